package js

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// goja's interpreter makes its own TypeErrors and ReferenceErrors (a call of
// a missing method, a property read of undefined, a class called without
// new) with its own words, inside the VM and with no hook: "Object has no
// member 'nope'" where V8 says "o.nope is not a function". A program that
// catches one sees goja's message (site/docs/limits.md). One that reaches the
// loop uncaught is what a user meets most, in the report on stderr, so
// before listeners and the report see it evloop gives it V8's words where
// they can be known: V8 builds most of them from the source text of the
// expression that failed (its CallPrinter), which evloop has too (the
// program's files, kept for the arrow) at the error's first frame. Where
// the source there is not one of the shapes below the message stays goja's.
//
// The same pass moves each frame's column at a call from goja's place (the
// call's parenthesis) to V8's (the start of the called name: "f" in
// "f()", "b" in "a.b()"), for the program's own files.

// v8Words rewrites the uncaught error v, made by the engine, in place: its
// message, its stack's header and the columns of its frames. It returns the
// first frame's place before and its column after (0 when unchanged), which
// is where node's arrow points.
func (r *Runtime) v8Words(v goja.Value) (top throwSite, topCol int) {
	obj, ok := v.(*goja.Object)
	if !ok || len(r.sources) == 0 || (r.v8Last != nil && r.v8Last.SameAs(obj)) {
		return
	}
	r.v8Last = obj // once: its stack's columns are UTF-16 units after this
	stv := obj.Get("stack")
	if stv == nil || goja.IsUndefined(stv) || v8Layout(stv.String()) {
		return // (a stack in V8's layout was rewritten where it was caught)
	}
	return r.v8Rewrite(obj, stv.String())
}

// v8Rewrite is v8Words for obj, whose stack is stack.
func (r *Runtime) v8Rewrite(obj *goja.Object, stack string) (top throwSite, topCol int) {
	msgv := obj.Get("message")
	if msgv == nil {
		return
	}
	msg := msgv.String()
	first := true
	changed := false
	newMsg := v8FixedMessage(msg)
	if m := gojaWords().bigInt.FindStringSubmatch(msg); m != nil {
		newMsg = "The number " + m[1] + " cannot be converted to a BigInt because it is not an integer"
	}
	if newMsg == "" {
		newMsg = nativeCallbackMessage(stack, msg)
	}
	lines := strings.Split(stack, "\n")
	for i, l := range lines {
		trimmed := strings.TrimSpace(l)
		if !strings.HasPrefix(trimmed, "at ") {
			continue
		}
		loc := frameNumbers(l)
		if loc == nil {
			first = false
			continue
		}
		file := frameFile(l[:loc[0]])
		lineNo, _ := strconv.Atoi(l[loc[2]:loc[3]])
		col, _ := strconv.Atoi(l[loc[4]:loc[5]])
		text, units, ok := r.frameLine(file, lineNo)
		if !ok {
			first = false
			continue
		}
		at := byteAt(text, col, units)
		pos := at
		if first && newMsg == "" && strings.HasPrefix(msg, "Cannot read private member #") {
			// o.#m() on an object without #m: V8 names the class
			if class := r.privateMethodClass(file, lineNo, text, at); class != "" {
				newMsg = "Receiver must be an instance of class " + class
			}
		}
		if first && newMsg == "" {
			if m, c := v8SourceMessage(msg, r.sourceBefore(file, lineNo), text, at); m != "" {
				newMsg, pos = m, c
			} else if m, c := v8RuntimeMessage(msg, text, at); m != "" {
				if strings.HasSuffix(m, ")") && strings.HasPrefix(m, "Cannot read properties of undefined (reading '") &&
					readsNull(r.sourceBefore(file, lineNo), text, at, m[len("Cannot read properties of undefined (reading '"):len(m)-2]) {
					m = "Cannot read properties of null" + m[len("Cannot read properties of undefined"):]
				}
				newMsg = m
				if c >= 0 {
					pos = c
				}
			}
		}
		if first && strings.HasPrefix(msg, "Cannot assign to read only property '") {
			// goja is at the property's name, V8 at the "="
			j := at + len(identAt(text, at))
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j > at && j < len(text) && text[j] == '=' {
				pos = j
			}
		}
		if pos == at {
			if c := calledName(text, at); c >= 0 {
				pos = c
			}
		}
		if first && pos != at {
			top, topCol = throwSite{file: file, line: lineNo, col: col}, colAt(text, pos, units)
		}
		first = false
		// V8 counts columns in UTF-16 units; goja a plain file's in bytes.
		if newCol := colAt(text, pos, utf16Units); newCol != col {
			lines[i] = l[:loc[4]] + strconv.Itoa(newCol) + l[loc[5]:]
			changed = true
		}
	}
	if newMsg != "" && newMsg != msg {
		// The header is the stack's text before its first frame: goja's is
		// "TypeError: <message>".
		head := 0
		for head < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[head]), "at ") {
			head++
		}
		h := strings.Join(lines[:head], "\n")
		if strings.Contains(h, msg) {
			h = strings.Replace(h, msg, newMsg, 1)
			frames := lines[head:]
			if strings.HasPrefix(newMsg, promiseResolverWords) && (len(frames) == 0 || !strings.Contains(frames[0], "at new Promise (")) {
				frames = append([]string{"    at new Promise (<anonymous>)"}, frames...)
			}
			lines = append(strings.Split(h, "\n"), frames...)
			changed = true
		}
		if err := obj.Set("message", newMsg); err != nil {
			return throwSite{}, 0
		}
	}
	if changed {
		_ = obj.Set("stack", strings.Join(lines, "\n"))
	}
	return top, topCol
}

// privateMethodClass is the class whose method text calls at byte at of
// line lineNo of file (`o.#m(`), "" when at is not such a call or the
// class has no name.
func (r *Runtime) privateMethodClass(file string, lineNo int, text string, at int) string {
	i := strings.IndexByte(text[at:], '#')
	if i < 0 {
		return ""
	}
	j := at + i + 1
	for j < len(text) && isIdentByte(text[j]) {
		j++
	}
	if !strings.HasPrefix(strings.TrimLeft(text[j:], " \t"), "(") {
		return ""
	}
	fs := r.funcSites(file)
	if fs == nil {
		return ""
	}
	lf := r.lineIndex(file, fs.src)
	if lineNo < 1 || lineNo > len(lf.starts) {
		return ""
	}
	off := lf.starts[lineNo-1] + at
	class := ""
	for _, s := range fs.sites {
		if s.start > off {
			break
		}
		if off < s.end && (s.kind == methodSite || s.kind == ctorSite) {
			class = s.typeName
		}
	}
	return class
}

// frameColumn is the column V8 gives a frame at line:col of file, a
// program's file whose source evloop has: a call at the called name, in
// UTF-16 units. Other files' columns are returned as they are.
func (r *Runtime) frameColumn(file string, line, col int) int {
	text, units, ok := r.frameLine(file, line)
	if !ok || col < 1 {
		return col
	}
	at := byteAt(text, col, units)
	if c := calledName(text, at); c >= 0 {
		at = c
	} else if c := setterAssignment(text, at); c >= 0 {
		at = c
	}
	return colAt(text, at, utf16Units)
}

// assignedName is the name a plain assignment whose value starts at at
// stores to ("x" in "x = v") and where its "=" is; "" if there is none.
func assignedName(line string, at int) (string, int) {
	j := at
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	if j == 0 || line[j-1] != '=' || j >= 2 && strings.ContainsRune("=!<>+-*/%&|^?", rune(line[j-2])) {
		return "", -1
	}
	if j < len(line) && (line[j] == '=' || line[j] == '>') {
		return "", -1
	}
	e := j - 1
	for e > 0 && (line[e-1] == ' ' || line[e-1] == '\t') {
		e--
	}
	b := e
	for b > 0 && isIdentByte(line[b-1]) {
		b--
	}
	if b == e || isDigit(line[b]) || b > 0 && line[b-1] == '.' {
		return "", -1
	}
	if p := strings.TrimRight(line[:b], " \t"); strings.HasSuffix(p, "(") || strings.HasSuffix(p, ",") {
		// a parameter's default, `(a = b, b)`: the value read is the
		// uninitialized one
		return "", -1
	}
	return line[b:e], j - 1
}

// setterAssignment is where V8 places a frame at an assignment that ran
// a setter ("o.s = 1"): its "=", where goja is at the property's name; -1
// if the name at is not assigned to.
func setterAssignment(text string, at int) int {
	id := identAt(text, at)
	if id == "" || at == 0 || text[at-1] != '.' {
		return -1
	}
	j := at + len(id)
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j < len(text) && text[j] == '=' && (j+1 == len(text) || text[j+1] != '=' && text[j+1] != '>') {
		return j
	}
	return -1
}

// frameLine is line of a program's file whose source evloop keeps, and the
// units goja counts its columns in (columnUnits).
func (r *Runtime) frameLine(file string, line int) (text string, units func(rune) int, ok bool) {
	src, ok := r.sources[file]
	if !ok || line < 1 {
		return "", nil, false
	}
	lf := r.lineIndex(file, src)
	if line > len(lf.starts) {
		return "", nil, false
	}
	start, end := lf.starts[line-1], len(src)
	if line < len(lf.starts) {
		end = lf.starts[line] - 1 // before its "\n"
	}
	text = strings.TrimSuffix(src[start:end], "\r")
	if strings.HasPrefix(file, "file:") || r.loweredFiles[file] || len(text) <= maxLineOneColumns && lf.mappable {
		return text, utf16Units, true
	}
	return text, utf8Units, true
}

// lineFile is what frameLine needs of a program's file, worked out once:
// every caught error's frames are looked up in it.
type lineFile struct {
	src      string
	starts   []int // byte offset of each line, as sourceLine splits (at "\n")
	mappable bool
}

// lineIndex is file's lineFile for its source src.
func (r *Runtime) lineIndex(file, src string) *lineFile {
	if lf := r.lineFiles[file]; lf != nil && lf.src == src {
		return lf
	}
	lf := &lineFile{src: src, starts: []int{0}, mappable: mappable(file)}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lf.starts = append(lf.starts, i+1)
		}
	}
	if r.lineFiles == nil {
		r.lineFiles = map[string]*lineFile{}
	}
	r.lineFiles[file] = lf
	return lf
}

// columnUnits is what goja counts the columns of text, a line of file, in:
// UTF-16 units where a source map gives them (an ES module's and a lowered
// file's through esbuild's, a plain file's through positionMap's for its
// lines up to maxLineOneColumns bytes), else bytes.
func (r *Runtime) columnUnits(file, text string) func(rune) int {
	if strings.HasPrefix(file, "file:") || r.loweredFiles[file] || utf16Columns(file, text) {
		return utf16Units
	}
	return utf8Units
}

// frameNumbers finds a frame's ":line:column" (goja's, with or without its
// program counter after it, "(12)") at the end of a stack line l, as the
// indexes a regexp's FindStringSubmatchIndex gives: the match, the line
// and the column; nil if there is none. (A regexp took a fifth of the
// time of a caught error's rewrite.)
func frameNumbers(l string) []int {
	end := len(l)
	// stripPC moves end before a "(N)" that follows a column.
	stripPC := func() bool {
		if end == 0 || l[end-1] != ')' {
			return false
		}
		j := digitsBefore(l, end-1)
		if j < end-1 && j > 1 && l[j-1] == '(' && isDigit(l[j-2]) {
			end = j - 1
			return true
		}
		return false
	}
	if !stripPC() && end > 0 && l[end-1] == ')' {
		end-- // the frame's "(file:line:column)"
		stripPC()
	}
	colEnd := end
	colStart := digitsBefore(l, colEnd)
	if colStart == colEnd || colStart == 0 || l[colStart-1] != ':' {
		return nil
	}
	lineEnd := colStart - 1
	lineStart := digitsBefore(l, lineEnd)
	if lineStart == lineEnd || lineStart == 0 || l[lineStart-1] != ':' {
		return nil
	}
	return []int{lineStart - 1, len(l), lineStart, lineEnd, colStart, colEnd}
}

// digitsBefore is where the run of digits that ends at end of s starts.
func digitsBefore(s string, end int) int {
	for end > 0 && isDigit(s[end-1]) {
		end--
	}
	return end
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// frameFile is the file of a stack line cut before its ":line:column":
// "\tat f (file" or "\tat file".
func frameFile(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "at ")
	if i := strings.LastIndex(s, " ("); i >= 0 {
		return s[i+2:]
	}
	return s
}

// byteAt is the byte offset in line of the 1-based column col, counted in
// units; len(line) past its end.
func byteAt(line string, col int, units func(rune) int) int {
	n := 0
	for i, c := range line {
		if n >= col-1 {
			return i
		}
		n += units(c)
	}
	return len(line)
}

// colAt is the 1-based column, counted in units, of the byte offset i.
func colAt(line string, i int, units func(rune) int) int {
	n := 0
	for _, c := range line[:i] {
		n += units(c)
	}
	return n + 1
}

// goja's messages that V8 words differently (compiled on first use: a
// package-level regexp is compiled by every process at start).
var gojaWords = sync.OnceValue(func() (w struct{ noMember, notObject, readOf, bigInt *regexp.Regexp }) {
	w.noMember = regexp.MustCompile(`^Object has no member '(.*)'$`)
	w.notObject = regexp.MustCompile(`^Value is not an object: (.*)$`)
	w.readOf = regexp.MustCompile(`^Cannot read property '(.*)' of undefined(?: or null)?$`)
	w.bigInt = regexp.MustCompile(`^Cannot convert (-?[0-9]+\.[0-9]+(?:e[+-]?[0-9]+)?|NaN|-?Infinity) to a BigInt$`)
	return w
})

// callbackTakers are the built-ins that call a function they are given,
// which V8 names in its message when it is not one: [1].map(5) is "5 is not
// a function".
var callbackTakers = map[string]bool{"map": true, "forEach": true, "filter": true, "reduce": true,
	"reduceRight": true, "find": true, "findIndex": true, "findLast": true, "findLastIndex": true,
	"some": true, "every": true, "flatMap": true, "from": true}

// nativeCallbackMessage is V8's message when one of callbackTakers, the
// first frame of stack, was given a primitive that is not a function ("" if
// it is not that).
func nativeCallbackMessage(stack, msg string) string {
	for _, l := range strings.Split(stack, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "at ") {
			continue
		}
		name, ok := strings.CutSuffix(strings.TrimPrefix(l, "at "), " (native)")
		if w, weak := weakKeyWords[name]; ok && weak && gojaWords().notObject.MatchString(msg) {
			return w
		}
		if !ok || !callbackTakers[name] {
			return ""
		}
		if m := gojaWords().notObject.FindStringSubmatch(msg); m != nil {
			return m[1] + " is not a function"
		}
		return ""
	}
	return ""
}

// promiseResolverWords starts V8's message for new Promise(x) with an x
// that is not a function; V8's stack has a frame for the constructor there.
const promiseResolverWords = "Promise resolver "

// v8ValueWords is how V8 names a value in a message where goja prints it
// as a string: an object's "[object Object]" is "#<Object>".
func v8ValueWords(v string) string {
	if c, ok := strings.CutPrefix(v, "[object "); ok && strings.HasSuffix(c, "]") && isIdent(c[:len(c)-1]) {
		return "#<" + c[:len(c)-1] + ">"
	}
	return v
}

// weakKeyWords are V8's messages for a value that cannot be held weakly,
// by the native method goja's "Value is not an object" came from.
var weakKeyWords = map[string]string{"add": "Invalid value used in weak set", "set": "Invalid value used as weak map key"}

// gojaFixedWords are goja's messages that V8 says otherwise whatever the
// source: the ones a built-in throws.
var gojaFixedWords = map[string]string{
	"No initial value": "Reduce of empty array with no initial value",
	"Malformed URI":    "URI malformed",
	"Must call super constructor in derived class before accessing 'this'":                         "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
	"Must call super constructor in derived class before returning from derived constructor":       "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
	"toFixed() precision must be between 0 and 100":                                                "toFixed() digits argument must be between 0 and 100",
	"toExponential() precision must be between 0 and 100":                                          "toExponential() argument must be between 0 and 100",
	"toPrecision() precision must be between 1 and 100":                                            "toPrecision() argument must be between 1 and 100",
	"RegExp doesn't have global flag set":                                                          "String.prototype.matchAll called with a non-global RegExp argument",
	"The normalization form should be one of NFC, NFD, NFKC, NFKD":                                 "The normalization form should be one of NFC, NFD, NFKC, NFKD.",
	"Invalid property descriptor. Cannot both specify accessors and a value or writable attribute": "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>",
}

// v8FixedMessage is V8's words for goja's message msg where they do not
// depend on the source ("" when there are none): gojaFixedWords, a write
// to a read-only property (V8 names the object: an array's index or a
// plain object's key, the usual frozen ones), a DataView read out of
// bounds, and a syntax error in code given to eval or new Function, which
// goja words "SyntaxError: <message> at <eval>:1:5" or
// "<eval>: Line 1:5 Unexpected token } (and 2 more errors)".
func v8FixedMessage(msg string) string {
	if m, ok := gojaFixedWords[msg]; ok {
		return m
	}
	if rest, ok := strings.CutPrefix(msg, "Cannot write private member "); ok {
		// V8 writes "to" the object
		return "Cannot write private member " + strings.Replace(rest, " from an object ", " to an object ", 1)
	}
	if name, ok := strings.CutPrefix(msg, "Cannot assign to read only property '#"); ok && strings.HasSuffix(name, "'") {
		// a private accessor with a getter alone
		return "'#" + name + " was defined without a setter"
	}
	if name, ok := strings.CutPrefix(msg, "Cannot assign to read only property '"); ok && strings.HasSuffix(name, "'") &&
		!strings.Contains(strings.TrimSuffix(name, "'"), "' of ") { // (not one that names its object already)
		if isNumber(strings.TrimSuffix(name, "'")) {
			return msg + " of object '[object Array]'"
		}
		return msg + " of object '#<Object>'"
	}
	if msg == "[object Object] is not extensible" {
		// Object.setPrototypeOf on a non-extensible object: goja prints the
		// object as a string, V8 a plain object as #<Object> (a module
		// namespace, an array or a date as goja does)
		return "#<Object> is not extensible"
	}
	if strings.HasPrefix(msg, "Index ") && strings.HasSuffix(msg, " is out of bounds") {
		return "Offset is outside the bounds of the DataView"
	}
	if m, ok := strings.CutPrefix(msg, "SyntaxError: "); ok {
		if i := strings.LastIndex(m, " at <eval>:"); i >= 0 {
			m = m[:i]
		}
		if rest, ok := strings.CutPrefix(m, "<eval>: Line "); ok {
			if i := strings.IndexByte(rest, ' '); i >= 0 {
				m = rest[i+1:]
			}
		}
		if i := strings.Index(m, " (and "); i >= 0 && strings.HasSuffix(m, " more errors)") {
			m = m[:i]
		}
		if tok, ok := strings.CutPrefix(m, "Unexpected token "); ok && !strings.HasPrefix(tok, "'") {
			m = unexpectedToken(tok)
		}
		if m == "Unexpected end of input" || !strings.Contains(m, "<eval>") {
			return m
		}
	}
	return ""
}

// v8RuntimeMessage is V8's message for goja's msg made at byte at of line, and the
// byte offset V8 reports it at (-1: the same place); "" when it is not known.
// goja does not say whether a value was undefined or null ("of undefined"
// for both): V8's words for undefined are used, the usual case.
func v8RuntimeMessage(msg, line string, at int) (string, int) {
	words := gojaWords()
	if m := words.readOf.FindStringSubmatch(msg); m != nil {
		// goja is at the object of a method call (a in a.nope()), V8 at
		// the name it reads.
		pos := -1
		if name := identAt(line, at); name != "" && name != m[1] {
			j := at + len(name)
			for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
				j++
			}
			if strings.HasPrefix(line[j:], "?.") {
				j += 2
			} else if strings.HasPrefix(line[j:], ".") {
				j++
			}
			for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
				j++
			}
			if identAt(line, j) == m[1] {
				pos = j
			}
		}
		return "Cannot read properties of undefined (reading '" + m[1] + "')", pos
	}
	// The call's parenthesis: goja's place in a plain file; an ES module's
	// places come through esbuild's source map, which has the called name.
	paren, isCall := at, at < len(line) && line[at] == '('
	if name := identAt(line, at); !isCall && (name != "" || at < len(line) && (line[at] == ']' || line[at] == ')')) {
		j := at + max(len(name), 1)
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		paren, isCall = j, j < len(line) && line[j] == '('
	}
	if words.noMember.MatchString(msg) || (words.notObject.MatchString(msg) && isCall) {
		if !isCall {
			return "", -1
		}
		callee, start := calleeText(line, paren)
		if callee == "" {
			return "", -1
		}
		return callee + " is not a function", start
	}
	notCtor := msg == "Value is not a constructor"
	notCallable, isNotCallable := strings.CutPrefix(msg, "Value is not callable: ")
	if (notCtor || isNotCallable || words.notObject.MatchString(msg)) && strings.HasPrefix(line[at:], "new") {
		rest := line[at+3:]
		trimmed := strings.TrimLeft(rest, " \t")
		if len(trimmed) == len(rest) {
			return "", -1
		}
		if p := strings.IndexByte(trimmed, '('); p > 0 {
			end := at + 3 + (len(rest) - len(trimmed)) + p
			if callee, _ := calleeText(line, end); callee != "" {
				if m := words.notObject.FindStringSubmatch(msg); callee == "Promise" && (m != nil || isNotCallable) {
					// goja's Promise constructor found no executor
					if m != nil {
						notCallable = m[1]
					}
					return promiseResolverWords + v8ValueWords(notCallable) + " is not a function", -1
				}
				if isNotCallable {
					return "", -1
				}
				return callee + " is not a constructor", -1
			}
		}
		return "", -1
	}
	if msg == "Class constructor cannot be invoked without 'new'" && isCall {
		if callee, start := calleeText(line, paren); callee != "" {
			name := callee[strings.LastIndexAny(callee, ".")+1:]
			return "Class constructor " + name + " cannot be invoked without 'new'", start
		}
		return "", -1
	}
	if msg == "Cannot access a variable before initialization" {
		if target, eq := assignedName(line, at); target != "" {
			// "x = v": goja is at the value it was to store, V8 at the "="
			return "Cannot access '" + target + "' before initialization", eq
		}
		if name := identAt(line, at); name != "" {
			// V8 puts a read in a return statement at the return.
			pos := -1
			if before := strings.TrimRight(line[:at], " \t"); strings.HasSuffix(before, "return") {
				if i := len(before) - len("return"); i == 0 || !isWordByte(line[i-1]) {
					pos = i
				}
			}
			return "Cannot access '" + name + "' before initialization", pos
		}
		return "", -1
	}
	if msg == "Cannot convert undefined or null to object" {
		// u.x = 1 with u undefined: goja is at the property's name, V8 at
		// the "=".
		name := identAt(line, at)
		if name == "" || at == 0 || line[at-1] != '.' {
			return "", -1
		}
		j := at + len(name)
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j < len(line) && line[j] == '=' && (j+1 == len(line) || (line[j+1] != '=' && line[j+1] != '>')) {
			return "Cannot set properties of undefined (setting '" + name + "')", j
		}
	}
	return "", -1
}

// v8SourceMessage is V8's words for goja's msg made on line (before: the
// file's source above it) where V8 names source text that goja's message
// does not, and the byte offset V8 reports it at: "5 is not iterable"
// (goja: "object is not iterable") for `for (const v of 5)`, `[...x]` and
// `const [a] = x`, at the expression; "Cannot destructure property 'a' of
// 'res' as it is undefined." (goja: "Value is not object coercible") for
// `const { a } = res`, at the pattern. goja's place for these is the
// enclosing function's, not the expression's, so the line is read whole,
// and only a line with one such construct is reworded ("" otherwise).
func v8SourceMessage(msg, before, line string, at int) (string, int) {
	switch msg {
	case "object is not iterable", "Cannot convert undefined or null to object":
		var found []iterated
		if i := strings.Index(line, " of "); i >= 0 && strings.Contains(line[:i], "for") {
			if e, off := expressionUntil(line, i+4, ')'); e != "" {
				found = append(found, iterated{expr: e, at: off, callee: -1})
			}
		}
		found = append(found, spreads(line)...)
		if d, ok := patternAssignment(line, '['); ok {
			found = append(found, iterated{expr: d.rhs, at: d.rhsAt, callee: -1, pattern: true})
		}
		if len(found) != 1 {
			return "", -1
		}
		it := found[0]
		if it.callee >= 0 {
			// f(...x): V8 is at the called name
			if msg == "object is not iterable" {
				return "Spread syntax requires ...iterable[Symbol.iterator] to be a function", it.callee
			}
			is := "undefined"
			if nullValued(it.expr) || isIdent(it.expr) && assignedNull(before+line[:it.at], it.expr) {
				is = "null"
			}
			return it.expr + " is not iterable (cannot read property " + is + ")", it.callee
		}
		if callee, name := calledExpression(it.expr); callee != "" {
			return callee + " is not a function or its return value is not iterable", it.at + name
		}
		if it.pattern && !isIdent(it.expr) && !nullValued(it.expr) {
			// V8 names the value there ("number 3 is not iterable"),
			// which the source does not show
			return "", -1
		}
		return it.expr + " is not iterable", it.at + lastNameAt(it.expr)
	case "Value is not object coercible":
		d, ok := patternAssignment(line, '{')
		if !ok {
			// goja is at the function whose parameter it is: f({ x })
			// called without an argument (V8's words for undefined)
			if !strings.HasPrefix(line[at:], "function") && !strings.HasPrefix(line[at:], "(") && !strings.HasPrefix(line[at:], "async") {
				return "", -1
			}
			open := strings.IndexByte(line[at:], '(')
			if open < 0 {
				return "", -1
			}
			k := at + open + 1
			for k < len(line) && line[k] == ' ' {
				k++
			}
			if k == len(line) || line[k] != '{' {
				return "", -1
			}
			d = destructuring{pattern: line[k+1:], rhs: "undefined", at: k}
		}
		name := firstPatternKey(d.pattern)
		if name == "" {
			return "", -1
		}
		is := "undefined"
		if nullValued(d.rhs) || isIdent(d.rhs) && assignedNull(before+line[:d.at], d.rhs) {
			is = "null"
		}
		// V8 is at the property's name
		return "Cannot destructure property '" + name + "' of '" + d.rhs + "' as it is " + is + ".", d.at + 1 + strings.Index(d.pattern, name)
	}
	return "", -1
}

// iterated is an expression a line iterates: after a for-of's "of", in a
// spread, or on the right of an array pattern.
type iterated struct {
	expr    string
	at      int  // where expr starts
	callee  int  // a call's spread argument: where the called name starts (-1: not one)
	pattern bool // the right side of `const [a] = expr`
}

// spreads are the spread elements of line's array literals and the spread
// arguments of its calls (not rest parameters or rest elements of a
// pattern, which take no iterable).
func spreads(line string) []iterated {
	var out []iterated
	for i := strings.Index(line, "..."); i >= 0; {
		open, depth := -1, 0
		for k := i - 1; k >= 0 && open < 0; k-- {
			switch line[k] {
			case ')', ']', '}':
				depth++
			case '(', '[', '{':
				if depth == 0 {
					open = k
				}
				depth--
			}
		}
		closeCh := byte(']')
		if open >= 0 && line[open] == '(' {
			closeCh = ')'
		}
		if open >= 0 && line[open] != '{' {
			e, off := argumentAt(line, i+3)
			end := matchingClose(line, open)
			after := ""
			if end >= 0 {
				after = strings.TrimLeft(line[end+1:], " \t")
			}
			isPattern := closeCh == ']' && strings.HasPrefix(after, "=") && !strings.HasPrefix(after, "==") && !strings.HasPrefix(after, "=>")
			isParams := closeCh == ')' && (strings.HasPrefix(after, "{") || strings.HasPrefix(after, "=>"))
			if e != "" && !isPattern && !isParams {
				it := iterated{expr: e, at: off, callee: -1}
				if closeCh == ')' {
					callee, start := calleeText(line, open)
					if callee == "" {
						e = "" // (a grouping, or a call V8 words otherwise)
					}
					it.callee = start
				}
				if e != "" {
					out = append(out, it)
				}
			}
		}
		j := strings.Index(line[i+3:], "...")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return out
}

// argumentAt is the expression in line from byte from to the next comma
// or closing bracket at its own depth, trimmed, and where it starts.
func argumentAt(line string, from int) (string, int) {
	end := from + initializerEnd(line[from:])
	e := strings.TrimSpace(line[from:end])
	if e == "" || end == len(line) || line[end] == ';' {
		return "", -1
	}
	return e, from + strings.Index(line[from:], e)
}

// matchingClose is where the bracket opened at line[open] closes (-1:
// not on this line).
func matchingClose(line string, open int) int {
	depth := 0
	for k := open; k < len(line); k++ {
		switch line[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// calledExpression is, for an expression that is a call (`obj.f()`), its
// callee's text and where in expr the callee's last name starts ("" if
// expr is not a call of a name or member chain).
func calledExpression(expr string) (string, int) {
	if !strings.HasSuffix(expr, ")") {
		return "", 0
	}
	open := -1
	depth := 0
	for i := len(expr) - 1; i >= 0 && open < 0; i-- {
		switch expr[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				open = i
			}
		}
	}
	if open <= 0 {
		return "", 0
	}
	callee, start := calleeText(expr, open)
	if callee == "" || start < 0 || strings.TrimSpace(expr[:open]) != callee {
		return "", 0
	}
	return callee, start
}

// lastNameAt is where V8 puts an error about reading expr: its last
// property's name in a member chain (`obj.list`), the bracket of a keyed
// read (`a[0]`), or its start.
func lastNameAt(expr string) int {
	if strings.HasSuffix(expr, "]") {
		// a keyed read (`a[0]`): at its bracket
		depth := 0
		for i := len(expr) - 1; i > 0; i-- {
			switch expr[i] {
			case ']':
				depth++
			case '[':
				if depth--; depth == 0 {
					return i
				}
			}
		}
		return 0
	}
	i := strings.LastIndexByte(expr, '.')
	if i < 0 || !isIdent(expr[i+1:]) {
		return 0
	}
	return i + 1
}

// expressionUntil is the expression in line from byte from up to the
// first close at its own bracket depth, trimmed, and where it starts (""
// if a comma or semicolon comes first, or no close).
func expressionUntil(line string, from int, close byte) (string, int) {
	depth := 0
	for i := from; i < len(line); i++ {
		switch c := line[i]; {
		case c == '(' || c == '[' || c == '{':
			depth++
		case (c == ')' || c == ']' || c == '}') && depth > 0:
			depth--
		case c == close:
			e := strings.TrimSpace(line[from:i])
			return e, from + strings.Index(line[from:], e)
		case depth == 0 && (c == ',' || c == ';'):
			return "", -1
		}
	}
	return "", -1
}

// destructuring is a declaration `const <pattern> = <rhs>` on a line.
type destructuring struct {
	pattern, rhs string // the pattern's text inside its brackets
	at, rhsAt    int    // where the pattern and the right side start
}

// patternAssignment finds the one declaration in line that destructures
// with a pattern opened by open ('{' or '['): `const { a } = rhs;`.
func patternAssignment(line string, open byte) (d destructuring, ok bool) {
	closeCh := byte('}')
	if open == '[' {
		closeCh = ']'
	}
	n := 0
	for _, kw := range []string{"const ", "let ", "var "} {
		for i := 0; ; {
			j := strings.Index(line[i:], kw)
			if j < 0 {
				break
			}
			i += j + len(kw)
			if i-len(kw) > 0 && isWordByte(line[i-len(kw)-1]) {
				continue
			}
			k := i
			for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
				k++
			}
			if k == len(line) || line[k] != open {
				continue
			}
			depth, end := 0, -1
			for m := k; m < len(line) && end < 0; m++ {
				switch line[m] {
				case '{', '[', '(':
					depth++
				case '}', ']', ')':
					depth--
					if depth == 0 {
						end = m
					}
				}
			}
			if end < 0 || line[end] != closeCh {
				continue
			}
			after := end + 1
			for after < len(line) && (line[after] == ' ' || line[after] == '\t') {
				after++
			}
			if after == len(line) || line[after] != '=' || strings.HasPrefix(line[after:], "==") {
				continue
			}
			r := line[after+1:]
			r = r[:initializerEnd(r)]
			rhs := strings.TrimSpace(r)
			if rhs == "" {
				continue
			}
			n++
			d = destructuring{pattern: line[k+1 : end], rhs: rhs, at: k, rhsAt: after + 1 + strings.Index(r, rhs)}
		}
	}
	return d, n == 1
}

// initializerEnd is where the initializer at the start of r ends: at a
// semicolon, or a comma or closing bracket at its own depth, as in
// `() => { const { a } = undefined }, next` (len(r) if none).
func initializerEnd(r string) int {
	depth := 0
	for i := 0; i < len(r); i++ {
		switch r[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return i
			}
			depth--
		case ',':
			if depth == 0 {
				return i
			}
		case ';':
			return i
		case '\'', '"', '`':
			// a string's brackets are not the line's
			q := r[i]
			for i++; i < len(r) && r[i] != q; i++ {
				if r[i] == '\\' {
					i++
				}
			}
		}
	}
	return len(r)
}

// firstPatternKey is the first property an object pattern's text reads
// when it is a plain name (`a` in `a, b` or `a: x`; "" for a default, a
// computed or quoted key or a nested pattern, which V8 words otherwise).
func firstPatternKey(pattern string) string {
	p := strings.TrimSpace(pattern)
	i := 0
	for i < len(p) && isWordByte(p[i]) {
		i++
	}
	if i == 0 {
		return ""
	}
	rest := strings.TrimLeft(p[i:], " \t")
	if rest == "" || rest[0] == ',' || rest[0] == '}' {
		return p[:i]
	}
	if rest[0] == ':' {
		if v := strings.TrimLeft(rest[1:], " \t"); v != "" && v[0] != '{' && v[0] != '[' {
			return p[:i]
		}
	}
	return ""
}

// sourceBefore is file's source before its line lineNo ("" if unknown).
func (r *Runtime) sourceBefore(file string, lineNo int) string {
	src, ok := r.sources[file]
	if !ok || lineNo < 1 {
		return ""
	}
	lf := r.lineIndex(file, src)
	if lineNo > len(lf.starts) {
		return ""
	}
	return src[:lf.starts[lineNo-1]]
}

// readsNull reports whether the source shows that the value whose
// property prop was read at byte at of line (goja's place, at the object)
// was null: goja says "of undefined" for both, V8 tells them apart. It
// knows the usual cases: the literal null, a String match or RegExp exec
// that found nothing (`s.match(re)[1]`), and a name whose last declaration
// or assignment before (on the line or in before) was one of those.
func readsNull(before, line string, at int, prop string) bool {
	if at < 0 || at > len(line) {
		return false
	}
	var obj string
	if strings.HasPrefix(line[at:], "[") || strings.HasPrefix(line[at:], "?.[") {
		obj = exprBefore(line[:at]) // at the brackets of a keyed read (m[1])
	} else if strings.HasPrefix(line[at:], prop) && at > 0 && (line[at-1] == '.' || line[at-1] == '[') {
		// goja is at the name read (null.x): the object is before it
		obj = exprBefore(strings.TrimSuffix(line[:at-1], "?"))
	} else {
		// at the object (a.b in a.b.nope()): it runs to the read
		rest := line[at:]
		k := -1
		for _, access := range []string{"?." + prop, "." + prop, "[" + prop + "]", "['" + prop + "']", "[\"" + prop + "\"]"} {
			if i := strings.Index(rest, access); i >= 0 && (k < 0 || i < k) {
				k = i
			}
		}
		if k <= 0 {
			return false
		}
		obj = strings.TrimSpace(rest[:k])
	}
	if nullValued(obj) {
		return true
	}
	if !isIdent(obj) {
		return false
	}
	return assignedNull(before+line[:at], obj)
}

// assignedNull reports whether the last assignment of name in text (a
// declaration's or a plain one) gives it a nullValued expression.
func assignedNull(text, name string) bool {
	for end := len(text); end > 0; {
		i := strings.LastIndex(text[:end], name)
		if i < 0 {
			return false
		}
		end = i
		if i > 0 && isWordByte(text[i-1]) || i+len(name) < len(text) && isWordByte(text[i+len(name)]) {
			continue
		}
		after := strings.TrimLeft(text[i+len(name):], " \t")
		if !strings.HasPrefix(after, "=") || strings.HasPrefix(after, "==") || strings.HasPrefix(after, "=>") {
			continue
		}
		rhs := after[1:]
		if j := strings.IndexAny(rhs, ";\n"); j >= 0 {
			rhs = rhs[:j]
		}
		return nullValued(strings.TrimSpace(rhs))
	}
	return false
}

// exprBefore is the member or call expression that ends text: names,
// dots and balanced brackets back to the first other character.
func exprBefore(text string) string {
	text = strings.TrimRight(text, " \t")
	i := len(text)
	for i > 0 {
		c := text[i-1]
		switch {
		case c == ')' || c == ']':
			depth := 0
			j := i - 1
			for ; j >= 0; j-- {
				if text[j] == ')' || text[j] == ']' {
					depth++
				} else if text[j] == '(' || text[j] == '[' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j < 0 {
				return ""
			}
			i = j
		case isWordByte(c) || c == '.' || c == '?':
			i--
		default:
			return text[i:]
		}
	}
	return text[i:]
}

// nullValued reports whether expression text is null when it is read: the
// literal, or a call of match or exec (which give null when nothing
// matches; a read of the result's property failed, so nothing did).
func nullValued(text string) bool {
	if text == "null" {
		return true
	}
	if !strings.HasSuffix(text, ")") {
		return false
	}
	depth := 0
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				callee := strings.TrimSpace(text[:i])
				return strings.HasSuffix(callee, ".match") || strings.HasSuffix(callee, ".exec")
			}
		}
	}
	return false
}

// calledName is the byte offset V8 gives a call at line's parenthesis at:
// the start of the called name when the callee ends in one ("f(", "a.b (")
// and -1 otherwise ("(f)(", "a[0](" are where goja puts them, too).
func calledName(line string, at int) int {
	if at >= len(line) || line[at] != '(' {
		return -1
	}
	j := at
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	i := j
	for i > 0 && isWordByte(line[i-1]) {
		i--
	}
	if i == j || (line[i] >= '0' && line[i] <= '9') || callKeywords[line[i:j]] {
		return -1
	}
	return i
}

// callKeywords are words a parenthesis follows that are not called.
var callKeywords = map[string]bool{"if": true, "for": true, "while": true, "switch": true, "catch": true,
	"function": true, "return": true, "typeof": true, "void": true, "delete": true, "await": true,
	"yield": true, "in": true, "of": true, "new": true, "do": true, "else": true, "case": true,
	"throw": true, "instanceof": true, "super": true, "import": true}

// identAt is the identifier that starts at byte at of line ("" if none).
func identAt(line string, at int) string {
	j := at
	for j < len(line) && isWordByte(line[j]) {
		j++
	}
	if j == at || (line[at] >= '0' && line[at] <= '9') {
		return ""
	}
	return line[at:j]
}

// calleeText is the source of the callee before the call's parenthesis at
// byte paren of line, printed as V8's CallPrinter prints it ("a.b",
// "this.x", "a[0]", "a.b(...).c", a string literal's key as a name), and
// the byte offset of its last name; "" for other shapes.
func calleeText(line string, paren int) (string, int) {
	j := paren
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	var parts []string
	last := -1
	for {
		if j == 0 {
			return "", -1
		}
		c := line[j-1]
		switch {
		case isWordByte(c):
			i := j
			for i > 0 && isWordByte(line[i-1]) {
				i--
			}
			word := line[i:j]
			if word == "super" && len(parts) > 0 && (i == 0 || line[i-1] != '.') {
				// super.m(): V8 names the home object's prototype so
				parts = append(parts, "(intermediate value)")
				j = i
				break
			}
			if word[0] >= '0' && word[0] <= '9' || callKeywords[word] {
				return "", -1
			}
			if len(parts) == 0 {
				last = i
			}
			parts = append(parts, word)
			j = i
		case c == ']':
			i := strings.LastIndexByte(line[:j-1], '[')
			if i < 0 {
				return "", -1
			}
			key := strings.TrimSpace(line[i+1 : j-1])
			switch {
			case key == "":
				return "", -1
			case isNumber(key) || isIdent(key):
				parts = append(parts, "["+key+"]")
			case len(key) >= 2 && (key[0] == '\'' || key[0] == '"') && key[len(key)-1] == key[0] && isIdent(key[1:len(key)-1]):
				parts = append(parts, "."+key[1:len(key)-1])
			default:
				return "", -1
			}
			if len(parts) == 1 {
				last = paren // V8 reports a keyed call at its parenthesis
			}
			j = i
			continue // a bracket is followed by its object directly
		case c == ')':
			depth, i := 0, j-1
			for ; i >= 0; i-- {
				if line[i] == ')' {
					depth++
				} else if line[i] == '(' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if i <= 0 || !isWordByte(line[i-1]) && line[i-1] != ']' && line[i-1] != ')' {
				return "", -1
			}
			parts = append(parts, "(...)")
			if len(parts) == 1 {
				last = paren
			}
			j = i
			continue // a call is followed by its callee directly
		case (c == '\'' || c == '"') && len(parts) > 0:
			// A string literal's method: V8 prints it in double quotes.
			i := strings.LastIndexByte(line[:j-1], c)
			if i < 0 || strings.ContainsAny(line[i+1:j-1], "\\\"'") {
				return "", -1
			}
			parts = append(parts, "\""+line[i+1:j-1]+"\"")
			j = i
			break
		default:
			return "", -1
		}
		if strings.HasPrefix(parts[len(parts)-1], "\"") {
			break // a literal starts the chain
		}
		// After a name: a dot (or ?.) continues the chain.
		k := j
		for k > 0 && (line[k-1] == ' ' || line[k-1] == '\t') {
			k--
		}
		if k > 0 && line[k-1] == '.' && !(k > 1 && line[k-2] == '.') {
			sep := "."
			k--
			if k > 0 && line[k-1] == '?' {
				sep = "?."
				k--
			}
			parts[len(parts)-1] = sep + parts[len(parts)-1]
			for k > 0 && (line[k-1] == ' ' || line[k-1] == '\t') {
				k--
			}
			j = k
			continue
		}
		break
	}
	// parts are from the end back; a leading dot belongs to the name after it.
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	s := b.String()
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "(intermediate value)") {
		return "", -1
	}
	return s, last
}

func isIdent(s string) bool {
	if s == "" || (s[0] >= '0' && s[0] <= '9') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isWordByte(s[i]) {
			return false
		}
	}
	return true
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
