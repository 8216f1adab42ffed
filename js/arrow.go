package js

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// The "arrow" is what node prints above an uncaught error: the file and line
// where it happened, that line of the source, and a caret under the column.
//
//	/home/me/app.js:3
//	  throw new Error('boom');
//	  ^
//
//	Error: boom
//	    at ...
//
// For an exception node takes the place from V8's message, which is where the
// value was thrown (a rethrow in a catch block points at the rethrow); for a
// promise's rejection reason, where the error was made (the top frame of its
// stack). evloop does the same with the stack goja captures at the throw
// (goja.Exception.Stack) and, for a rejection, the error's own first frame.
// Only the program's own files get an arrow: node shows its internal source
// where the throw was inside node (node:events' "throw er; // Unhandled
// 'error' event"), which evloop's JavaScript is not, so there it prints none.

// throwSite is where the last exception that reached the loop was thrown.
type throwSite struct {
	v         goja.Value
	file      string
	line, col int // 1-based
}

// noteSource keeps a module's source text under the name its stack frames
// carry (a path, or a file: URL for an ES module), for the arrow. The string
// is the one the module was compiled from, so this keeps nothing new alive
// for as long as the program runs, as V8 keeps its scripts' sources.
func (r *Runtime) noteSource(name, src string) {
	if r.sources == nil {
		r.sources = map[string]string{}
	}
	r.sources[name] = src
}

// noteUnits records whether file was compiled lowered (from esbuild's
// output, whose source map counts columns in UTF-16 units on every line).
func (r *Runtime) noteUnits(file string, lowered bool) {
	if lowered {
		if r.loweredFiles == nil {
			r.loweredFiles = map[string]bool{}
		}
		r.loweredFiles[file] = true
	} else {
		delete(r.loweredFiles, file)
	}
}

// noteThrow records where ex was thrown, for printError.
func (r *Runtime) noteThrow(ex *goja.Exception) {
	r.thrown = throwSite{v: ex.Value()}
	frames := ex.Stack()
	if len(frames) > 1 && frames[0].SrcName() == "<native>" && isIntrinsicFrame(frames[0].FuncName()) {
		// A built-in of the language (goja's, V8's C++ or Torque in node)
		// threw: V8's place for it is the call in the program.
		frames = frames[1:]
	}
	if len(frames) > 0 {
		p := frames[0].Position()
		r.thrown.file, r.thrown.line, r.thrown.col = frames[0].SrcName(), p.Line, p.Column
	}
}

// isIntrinsicFrame tells a native frame of one of the language's built-ins
// (goja names it after the function: "reduce", "parse") from one of
// evloop's (named after its Go function) and from node's own API, which
// evloop's JavaScript implements (node:fs, ...): node's report points into
// node's internals there, and evloop's, having none to show, prints no arrow.
func isIntrinsicFrame(name string) bool {
	// JSON.parse is evloop's wrapper, and node's report of it is V8's own
	// ("<anonymous_script>:1" and the JSON text): no arrow.
	return name != "" && name != "<native>" && name != "parse" && !strings.ContainsAny(name, "./(")
}

// arrow is the header node prints above the uncaught v ("" when there is
// none to print): "file:line\nsource line\ncaret\n".
func (r *Runtime) arrow(v goja.Value) string {
	site := r.thrown
	r.thrown = throwSite{}
	if o, ok := v.(*goja.Object); ok && r.syntaxArrows[o] != "" {
		return r.syntaxArrows[o] // a module's SyntaxError (moduleSyntaxErrorValue)
	}
	thrown := site.v != nil && site.v.SameAs(v)
	fromStack := false
	if !thrown {
		fromStack = true
		// Not thrown: a rejection's reason, reported where it was made.
		site = throwSite{}
		if obj, ok := v.(*goja.Object); ok {
			if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
				site.file, site.line, site.col = firstFrame(st.String())
			}
		}
	}
	src, ok := r.sources[site.file]
	if !ok || site.line < 1 || site.col < 1 || site.line > lineCount(src) {
		return ""
	}
	text := sourceLine(src, site.line)
	units := r.columnUnits(site.file, text)
	if fromStack && r.v8Last != nil && r.v8Last.SameAs(v) {
		units = utf16Units // a stack v8Words rewrote counts as V8's
	}
	if thrown {
		// goja keeps no throw site for an error object, only where it
		// was made (its stack). For the usual `throw new Error(...)`
		// that is the same line, and node's caret is under the throw.
		site.col = throwKeyword(text, site.col, units)
	}
	if c := calledName(text, byteAt(text, site.col, units)); c >= 0 {
		site.col = colAt(text, c, units) // V8's place for a call: the name
	}
	var b strings.Builder
	b.WriteString(r.shownFile(site.file) + ":" + strconv.Itoa(site.line) + "\n" + text + "\n")
	// The caret under the column, keeping the line's tabs.
	n := 0
	for _, c := range text {
		if n >= site.col-1 {
			break
		}
		if c == '\t' {
			b.WriteByte('\t')
		} else {
			// node writes one per UTF-16 unit: two for an emoji.
			b.WriteString("  "[:utf16Units(c)])
		}
		n += units(c)
	}
	b.WriteString("^\n")
	return b.String()
}

// throwKeyword is the column (1-based, counted as col is) of the last
// `throw` before col in line, or col when there is none: the error made at
// col is most likely what that statement throws (`throw new Error()`,
// `throw Object.assign(new Error(), {...})`).
func throwKeyword(line string, col int, units func(rune) int) int {
	end := byteAt(line, col, units)
	for i := strings.LastIndex(line[:end], "throw"); i >= 0; i = strings.LastIndex(line[:i], "throw") {
		after := i + len("throw")
		if (i == 0 || !isWordByte(line[i-1])) && (after == len(line) || !isWordByte(line[after])) {
			return colAt(line, i, units)
		}
	}
	return col
}

func utf8Units(c rune) int { return utf8.RuneLen(c) }

func utf16Units(c rune) int {
	if c >= 0x10000 {
		return 2
	}
	return 1
}

// firstFrame is the place of the first "at" line of a stack, in node's
// forms ("at name (file:line:col)", "at file:line:col") or goja's, which
// adds its program counter ("at name (file:line:col(12))").
func firstFrame(stack string) (file string, line, col int) {
	for _, l := range strings.Split(stack, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "at ") {
			continue
		}
		if name, ok := strings.CutSuffix(l[len("at "):], " (native)"); ok && isIntrinsicFrame(name) {
			continue // V8's place is the call in the program (noteThrow)
		}
		if name, ok := strings.CutSuffix(l[len("at "):], " (<anonymous>)"); ok && name != "JSON.parse" {
			continue // the same, named as V8 names it (framenames.go)
		}
		m := frameLocation().FindStringSubmatch(l)
		if m == nil {
			return "", 0, 0
		}
		line, _ = strconv.Atoi(m[2])
		col, _ = strconv.Atoi(m[3])
		return m[1], line, col
	}
	return "", 0, 0
}

// frameLocation matches a stack line's place: group 1 the file, 2 the
// line, 3 the column. Compiled on first use.
var frameLocation = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^at (?:[^(]*\()?(.+?):(\d+):(\d+)(?:\(\d+\))?\)?$`)
})
