package trywrap

import "strings"

// tryFrame is how goja names the frame of the runtime's function bound
// to Name (js.(*Runtime).tryBlock) in a stack: a native function takes
// its Go name.
const tryFrame = "js.(*Runtime).tryBlock-fm (native)"

// MergeFrames is stack text (goja's "\tat " layout or V8's) with
// the frames trywrap adds made one again: the try block's arrow, which
// has the position, and tryBlock's native frame, which stand above the
// frame of the function the block is in, which has the name. The merged
// frame has that function's name and the block's position, as node's.
func MergeFrames(text string) string {
	if !strings.Contains(text, tryFrame) {
		return text
	}
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasSuffix(strings.TrimSpace(l), tryFrame) {
			out = append(out, l)
			continue
		}
		if len(out) == 0 || i+1 >= len(lines) {
			continue
		}
		block := out[len(out)-1]
		outer := lines[i+1]
		merged := tryAtPrefix(block) + tryFrameLocation(block)
		if name, ok := tryFrameName(outer); ok {
			merged = tryAtPrefix(block) + name + " (" + tryFrameLocation(block) + ")"
		}
		out[len(out)-1] = merged
		i++ // the outer frame is merged into the block's
	}
	return strings.Join(out, "\n")
}

// tryAtPrefix is the indentation and "at " of a stack line.
func tryAtPrefix(l string) string {
	if i := strings.Index(l, "at "); i >= 0 {
		return l[:i+3]
	}
	return l
}

// tryFrameName is the function name of a stack line "at name (location)";
// ok is false for a frame with no name ("at location"), whose line the
// block's location then stands for alone.
func tryFrameName(l string) (string, bool) {
	rest := strings.TrimPrefix(l, tryAtPrefix(l))
	if strings.HasSuffix(rest, ")") {
		if i := strings.LastIndex(rest, " ("); i > 0 {
			return rest[:i], true
		}
	}
	return "", false
}

// tryFrameLocation is the location of a stack line, without parentheses.
func tryFrameLocation(l string) string {
	rest := strings.TrimPrefix(l, tryAtPrefix(l))
	if strings.HasSuffix(rest, ")") {
		if i := strings.LastIndex(rest, " ("); i >= 0 {
			return rest[i+2 : len(rest)-1]
		}
	}
	return rest
}
