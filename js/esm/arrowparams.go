package esm

import "strings"

// ArrowParamsMessage is goja's parse error for a binding pattern it
// refuses: a parameter list of two or more items in parentheses before
// `=>`, one of which is an array pattern with a default (`[z = 3] = []`)
// whose elements have defaults of their own. goja parses such a list as a
// parenthesized expression first; `[z = 3] = []` becomes a destructuring
// assignment there, and turning it into a binding refuses the element's
// default. A list it cannot read as an expression (one item, a rest
// parameter, a trailing comma) it parses again as parameters, which
// takes the same pattern.
const ArrowParamsMessage = "Invalid destructuring binding target"

// ArrowParams gives every parameter list of two or more items before
// `=>` in src a trailing comma, which changes nothing in the function and
// makes goja parse the list as parameters (ArrowParamsMessage). Where
// white space separates `)` from `=>`, the comma takes the place of one
// character of it (`) =>` becomes `,)=>`), so no position on the line
// moves; else the rest of the line moves one column. src is returned as
// it is when no list needs the comma.
func ArrowParams(src string) string {
	type open struct {
		at     int  // the '(' offset
		commas bool // a comma at this depth
		rest   bool // a '...' at this depth
		last   token
	}
	var (
		stack []open
		edits []int // offsets of ')' that get a comma
		toks  []token
	)
	s := newScanner(src)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		toks = append(toks, t)
	}
	// brackets tracks (), [] and {} so that a comma inside an inner
	// pattern or default is not taken for one between parameters.
	type br struct {
		c    byte
		open int // index in stack for '(' else -1
	}
	var brs []br
	for i, t := range toks {
		if t.kind == tokPunct {
			switch t.text {
			case "(":
				stack = append(stack, open{at: t.start})
				brs = append(brs, br{'(', len(stack) - 1})
				continue
			case "[", "{":
				brs = append(brs, br{t.text[0], -1})
			case "]", "}":
				if n := len(brs); n > 0 && brs[n-1].open < 0 {
					brs = brs[:n-1]
				}
			case ")":
				n := len(brs)
				if n == 0 || brs[n-1].open < 0 {
					continue
				}
				o := stack[brs[n-1].open]
				stack = stack[:brs[n-1].open]
				brs = brs[:n-1]
				if o.commas && !o.rest && !o.last.is(",") && arrowAfter(toks, i) {
					edits = append(edits, t.start)
				}
				continue
			case ",":
				if n := len(brs); n > 0 && brs[n-1].open >= 0 {
					stack[brs[n-1].open].commas = true
				}
			case ".":
				if n := len(brs); n > 0 && brs[n-1].open >= 0 && i+2 < len(toks) &&
					toks[i+1].is(".") && toks[i+2].is(".") && toks[i+1].start == t.start+1 && toks[i+2].start == t.start+2 {
					stack[brs[n-1].open].rest = true
				}
			}
		}
		if n := len(brs); n > 0 && brs[n-1].open >= 0 {
			stack[brs[n-1].open].last = t
		}
	}
	if len(edits) == 0 {
		return src
	}
	var b strings.Builder
	b.Grow(len(src) + len(edits))
	from := 0
	for _, at := range edits {
		b.WriteString(src[from:at])
		b.WriteString(",)")
		from = at + 1
		if from < len(src) && (src[from] == ' ' || src[from] == '\t') {
			from++ // the comma took the place of this blank
		}
	}
	b.WriteString(src[from:])
	return b.String()
}

// arrowAfter reports whether the token after toks[i] (a ')') is `=>`.
func arrowAfter(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i+1].is("=") && toks[i+2].is(">") && toks[i+2].start == toks[i+1].start+1
}
