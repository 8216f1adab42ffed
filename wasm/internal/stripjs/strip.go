package main

import "strings"

// strip returns src with every line that holds only a // comment made
// empty, or src unchanged when that could alter the program. Lines stay
// where they are, so the positions in a stack trace through the file are
// the same as in the original.
//
// A // line is a comment unless it lies inside a template literal (the
// only JavaScript literal that may span lines, besides a string continued
// with a backslash), so a file with a line holding an odd number of
// backticks or ending in a backslash is left as it is: whatever is between
// its backticks stays. Lines inside a /* */ comment may be emptied too.
func strip(src string) string {
	lines := strings.Split(src, "\n")
	for _, l := range lines {
		if strings.Count(l, "`")%2 == 1 || strings.HasSuffix(strings.TrimRight(l, " \t\r"), `\`) {
			return src
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "//") {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}
