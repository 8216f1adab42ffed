package js

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// syntaxError is a file that does not parse, positioned as node positions
// it: the 1-based line, the 0-based byte column and the length of the
// offending token in that line, whose text is lineText.
type syntaxError struct {
	file, message, lineText string
	line, col, length       int
	// topLevelAwait: an await outside an async function, at the top
	// level of a source that compiles as a module's body
	topLevelAwait bool
}

func (e *syntaxError) Error() string {
	return e.file + ":" + strconv.Itoa(e.line) + ":" + strconv.Itoa(e.col+1) + ": SyntaxError: " + e.message
}

// header is what node prints above a SyntaxError's name and message (and
// puts at the top of its stack): the file and line, the source line, and
// a caret line that keeps the line's tabs and underlines the token.
func (e *syntaxError) header() string {
	var b strings.Builder
	b.WriteString(e.file + ":" + strconv.Itoa(e.line) + "\n" + e.lineText + "\n")
	for i := 0; i < e.col && i < len(e.lineText); i++ {
		if e.lineText[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString(strings.Repeat("^", e.length))
	b.WriteString("\n\n")
	return b.String()
}

// value is the error as the SyntaxError object node throws (from require)
// or reports (the main module): its stack starts with the header.
func (r *Runtime) syntaxErrorValue(e *syntaxError) goja.Value {
	v := r.newError("SyntaxError", e.message)
	if o, ok := v.(*goja.Object); ok {
		stack := "SyntaxError: " + e.message
		if s := o.Get("stack"); s != nil && !goja.IsUndefined(s) {
			stack = s.String()
		}
		// Writable, configurable, not enumerable: as V8's own stack.
		_ = o.DefineDataProperty("stack", r.vm.ToValue(e.header()+stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return v
}

// moduleSyntaxErrorValue is the SyntaxError node's ES module loader
// rejects an import (or a require of an ES module) with for a module that
// does not parse: V8 makes it while compiling, so its stack starts with
// the name and message, as an error's does. The header (file, line,
// caret) is only node's decoration of the error for the uncaught report,
// which still prints it above the stack (r.arrow).
func (r *Runtime) moduleSyntaxErrorValue(e *syntaxError) goja.Value {
	v := r.newError("SyntaxError", e.message)
	if o, ok := v.(*goja.Object); ok {
		if r.syntaxArrows == nil {
			r.syntaxArrows = map[*goja.Object]string{}
		}
		r.syntaxArrows[o] = strings.TrimSuffix(e.header(), "\n")
	}
	return v
}

// sourceLine is line n (1-based) of src, without its terminator.
func sourceLine(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}

// lineCount is the number of lines in src, as node numbers them (an empty
// line after the last newline counts).
func lineCount(src string) int { return strings.Count(src, "\n") + 1 }

// tokenLength guesses the length of the token at col in line, for the
// caret: a name or number runs to its end, anything else is one
// character, and the end of the line (of input) none.
func tokenLength(line string, col int) int {
	if col >= len(line) {
		return 0
	}
	n := 0
	for col+n < len(line) && isWordByte(line[col+n]) {
		n++
	}
	if n == 0 {
		return 1
	}
	return n
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
