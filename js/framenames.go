package js

// V8 names a frame by how its function was called, not only by the
// function's own name: "at K.run" for a method of class K called on an
// instance, "at new B" for a constructor, "at Object.m" for an object
// literal's method, "at get g [as g]" for a getter, "at Array.map
// (<anonymous>)" for a built-in, and no frame at all for
// Function.prototype.call and apply. goja's frames carry the function's
// name only ("run", "map (native)", an unnamed class constructor). The
// rest can be read from the program's source, which evloop keeps: where
// the function is defined (a class's method, an object literal's member,
// X.prototype.m = function) and how the caller called it (the caller's
// frame is at the call: "new" there, or a "." before the called name).
// A method's type is its class's, where V8 takes the receiver's: a
// subclass's instance calling an inherited method reads "K.run" where
// node prints "S.run" (site/docs/limits.md).

import (
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// funcSite is one function of a program's file, as V8 would name its
// frames.
type funcSite struct {
	start, end int // byte offsets of the function in the file
	kind       siteKind
	typeName   string // the class's name (methodSite), X of X.prototype.m (protoSite)
	name       string // the function's own name
	key        string // the property it is defined as, when it is one
	async      bool   // an async method: resumed after an await, its frame has no caller
}

type siteKind uint8

const (
	plainSite    siteKind = iota
	ctorSite              // a class's constructor
	methodSite            // a class's method, static or not
	objectSite            // a function an object literal holds
	accessorSite          // a getter or setter, of a class or an object literal
	protoSite             // X.prototype.key = function
	assignSite            // a.key = function: V8 names it "a.key"
)

// fileSites is the functions of one file, innermost last among those
// that contain a place (sorted by start, then by end descending).
type fileSites struct {
	src   string
	sites []funcSite
}

// funcSites parses file's source once and lists its functions; nil if
// the source is not goja's to parse (then frames keep goja's names).
func (r *Runtime) funcSites(file string) *fileSites {
	src, ok := r.sources[file]
	if !ok {
		return nil
	}
	if fs, ok := r.siteFiles[file]; ok && fs.src == src {
		return fs
	}
	fs := &fileSites{src: src}
	if r.siteFiles == nil {
		r.siteFiles = map[string]*fileSites{}
	}
	r.siteFiles[file] = fs
	shift := 0 // bytes the parsed text has before src's first
	prg, err := parser.ParseFile(nil, "", src, 0, parser.WithDisableSourceMaps)
	if err != nil {
		// An ES module's (goja's parser reads scripts): its import and
		// export statements blanked, its top level made an async body.
		const head = "(async function(){"
		shift = len(head)
		if prg, err = parser.ParseFile(nil, "", head+moduleAsScript(src)+"\n})", 0, parser.WithDisableSourceMaps); err != nil {
			return fs
		}
	}
	seen := map[ast.Node]bool{}
	add := func(fn ast.Node, s funcSite) {
		if fn == nil || seen[fn] {
			return
		}
		seen[fn] = true
		s.start, s.end = int(fn.Idx0())-1-shift, int(fn.Idx1())-1-shift // an Idx is 1-based
		fs.sites = append(fs.sites, s)
	}
	keyName := func(k ast.Expression) string {
		switch k := k.(type) {
		case *ast.Identifier:
			return string(k.Name)
		case *ast.StringLiteral:
			return string(k.Value)
		case *ast.PrivateIdentifier:
			return "#" + string(k.Identifier.Name)
		}
		return ""
	}
	fnName := func(e ast.Expression) (ast.Node, string) {
		switch f := e.(type) {
		case *ast.FunctionLiteral:
			if f.Name != nil {
				return f, string(f.Name.Name)
			}
			return f, ""
		case *ast.ArrowFunctionLiteral:
			return f, ""
		}
		return nil, ""
	}
	astwalk.Walk(prg, func(node any) any {
		switch n := node.(type) {
		case *ast.ClassLiteral:
			class := ""
			if n.Name != nil {
				class = string(n.Name.Name)
			}
			for _, el := range n.Body {
				m, ok := el.(*ast.MethodDefinition)
				if !ok || m.Body == nil {
					continue
				}
				key := keyName(m.Key)
				switch {
				case key == "constructor" && !m.Static && m.Kind == ast.PropertyKindMethod:
					add(m.Body, funcSite{kind: ctorSite, typeName: class, name: class})
				case m.Kind == ast.PropertyKindGet || m.Kind == ast.PropertyKindSet:
					add(m.Body, funcSite{kind: accessorSite, name: string(m.Kind) + " " + key, key: key})
				default:
					add(m.Body, funcSite{kind: methodSite, typeName: class, name: key, key: key, async: m.Body.Async})
				}
			}
		case *ast.ObjectLiteral:
			for _, p := range n.Value {
				pk, ok := p.(*ast.PropertyKeyed)
				if !ok {
					continue
				}
				key := keyName(pk.Key)
				if pk.Kind == ast.PropertyKindGet || pk.Kind == ast.PropertyKindSet {
					if f, _ := fnName(pk.Value); f != nil {
						add(f, funcSite{kind: accessorSite, name: string(pk.Kind) + " " + key, key: key})
					}
					continue
				}
				if f, name := fnName(pk.Value); f != nil {
					if name == "" {
						name = key
					}
					add(f, funcSite{kind: objectSite, name: name, key: key})
				}
			}
		case *ast.AssignExpression:
			dot, ok := n.Left.(*ast.DotExpression)
			if !ok || n.Operator.String() != "=" {
				break
			}
			f, name := fnName(n.Right)
			if f == nil {
				break
			}
			key := string(dot.Identifier.Name)
			if inner, ok := dot.Left.(*ast.DotExpression); ok && inner.Identifier.Name == "prototype" {
				if id, ok := inner.Left.(*ast.Identifier); ok {
					add(f, funcSite{kind: protoSite, typeName: string(id.Name), name: name, key: key})
				}
				break
			}
			if id, ok := dot.Left.(*ast.Identifier); ok && name == "" {
				add(f, funcSite{kind: assignSite, name: string(id.Name) + "." + key, key: key})
			}
		case *ast.FunctionLiteral:
			name := ""
			if n.Name != nil {
				name = string(n.Name.Name)
			}
			add(n, funcSite{name: name})
		case *ast.ArrowFunctionLiteral:
			add(n, funcSite{})
		}
		return node
	})
	sort.SliceStable(fs.sites, func(i, j int) bool {
		a, b := fs.sites[i], fs.sites[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	return fs
}

// at is the innermost function of the file around byte offset off.
func (fs *fileSites) at(off int) (funcSite, bool) {
	best, found := funcSite{}, false
	for _, s := range fs.sites {
		if s.start > off {
			break
		}
		if off < s.end {
			best, found = s, true // a later one that contains off is inside
		}
	}
	return best, found
}

// frameRef is what v8FrameNames reads of one "    at " line.
type frameRef struct {
	name       string // the function's name as goja wrote it ("" for none)
	file       string
	line, col  int
	native     bool
	hasNumbers bool
}

func parseFrame(l string) frameRef {
	t := strings.TrimPrefix(strings.TrimSpace(l), "at ")
	if name, ok := strings.CutSuffix(t, " (native)"); ok {
		return frameRef{name: name, native: true}
	}
	loc := frameNumbers(l)
	if loc == nil {
		return frameRef{}
	}
	f := frameRef{hasNumbers: true, file: frameFile(l[:loc[0]])}
	f.line, _ = strconv.Atoi(l[loc[2]:loc[3]])
	f.col, _ = strconv.Atoi(l[loc[4]:loc[5]])
	if i := strings.LastIndex(t, " ("); i >= 0 && strings.HasSuffix(t, ")") {
		f.name = t[:i]
	}
	return f
}

// nativeOwner is the type V8 names a built-in's frame after, by the
// built-in's name (goja's frame has no receiver): Array's callbacks'
// methods, JSON's and String's. Built-ins not here keep goja's frame.
var nativeOwner = map[string]string{
	"map": "Array", "forEach": "Array", "filter": "Array", "reduce": "Array", "reduceRight": "Array",
	"some": "Array", "every": "Array", "find": "Array", "findIndex": "Array", "findLast": "Array",
	"findLastIndex": "Array", "flatMap": "Array", "sort": "Array", "toSorted": "Array",
	"from": "Function", "parse": "JSON", "stringify": "JSON", "replace": "String", "replaceAll": "String",
}

// v8FrameNames gives lines, a stack's "    at " lines in V8's layout
// (columns at the called name), V8's names for their functions.
func (r *Runtime) v8FrameNames(lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if !strings.HasPrefix(l, "    at ") {
			out = append(out, l)
			continue
		}
		f := parseFrame(l)
		if f.native {
			switch f.name {
			case "call", "apply":
				continue // V8 shows no frame for Function.prototype.call, apply, Reflect.apply
			}
			if owner, ok := nativeOwner[f.name]; ok {
				if f.name == "forEach" && i+1 < len(lines) {
					if t := r.receiverType(parseFrame(lines[i+1])); t != "" {
						owner = t
					}
				}
				l = "    at " + owner + "." + f.name + " (<anonymous>)"
			}
			out = append(out, l)
			continue
		}
		if f.hasNumbers && f.file == eventsFile && (f.name == "emit" || f.name == "onceWrapper") {
			if t := r.emitterType(lines[i+1:]); t != "" {
				l = "    at " + t + "." + f.name + " (" + frameWhere(l, f) + ")"
			}
			out = append(out, l)
			continue
		}
		if t := r.listenerReceiver(lines[i+1:]); t != "" && f.hasNumbers {
			// an event listener: node calls it with the emitter as this
			name := f.name
			if name == "" {
				name = "<anonymous>"
			}
			out = append(out, "    at "+t+"."+name+" ("+frameWhere(l, f)+")")
			continue
		}
		var caller frameRef
		if i+1 < len(lines) {
			caller = parseFrame(lines[i+1])
		} else if f.hasNumbers && r.calledAs.typ != "" && !isBound(r.calledAs.fn) {
			// the bottom frame: the callback the loop called as a method
			out = append(out, "    at "+r.calledAs.frameName(f.name)+" ("+frameWhere(l, f)+")")
			continue
		}
		if f.hasNumbers {
			if name, ok := r.v8FrameName(f, caller); ok {
				if f.name == "" {
					l = "    at " + name + " (" + l[len("    at "):] + ")"
				} else {
					l = "    at " + name + l[len("    at ")+len(f.name):]
				}
			}
		}
		out = append(out, l)
		// The executor's caller: V8 shows Promise's constructor between.
		if f.hasNumbers && caller.hasNumbers && r.callText(caller, "new Promise") {
			out = append(out, "    at new Promise (<anonymous>)")
		}
	}
	return out
}

// calledAs is how the loop calls a program's callback, which V8 shows in
// its frame: node calls a timer's callback as the Timeout's _onTimeout
// method ("at Timeout._onTimeout", "at Timeout.tick [as _onTimeout]").
type calledAs struct {
	typ, key string
	fn       goja.Value // the callback
}

// frameName is V8's name for the frame of a function named name (goja's
// name: "" for an anonymous one) called as c.
func (c calledAs) frameName(name string) string {
	if strings.HasPrefix(name, c.typ+".") {
		return name // (named so already)
	}
	if name == "" || name == c.key {
		return c.typ + "." + c.key
	}
	return c.typ + "." + name + " [as " + c.key + "]"
}

// eventsFile is the file name of evloop's events module in stacks.
const eventsFile = "node:events"

// listenerReceiver is the emitter's type when the frame above below, its
// callers, is an event listener called by emit (through once's wrapper,
// and apply): "MyEm" for `em.emit(...)` with `em = new MyEm()`; "" when
// it is not a listener or the source does not show the emitter's type.
func (r *Runtime) listenerReceiver(below []string) string {
	k := 0
	for k < len(below) {
		c := parseFrame(below[k])
		if c.native && (c.name == "apply" || c.name == "call") {
			k++
			continue
		}
		if !c.hasNumbers || c.file != eventsFile || (c.name != "emit" && c.name != "onceWrapper") {
			return ""
		}
		return r.emitterType(below[k+1:])
	}
	return ""
}

// emitterType is the type of the emitter whose emit (or once wrapper)
// was called from below, its callers: process when the runtime itself
// emitted (no JS caller: only process's events are emitted from Go), else
// what the calling line shows.
func (r *Runtime) emitterType(below []string) string {
	for k := 0; k < len(below); k++ {
		c := parseFrame(below[k])
		if c.native && (c.name == "apply" || c.name == "call") {
			continue
		}
		if c.hasNumbers && c.file == eventsFile && (c.name == "emit" || c.name == "onceWrapper") {
			continue // once's wrapper, called by emit
		}
		if !c.hasNumbers {
			return ""
		}
		var caller frameRef
		if k+1 < len(below) {
			caller = parseFrame(below[k+1])
		}
		return r.receiverAt(c, caller)
	}
	return "process"
}

// receiverAt is the type of the object whose method is called at frame
// f's place (`x.emit(`), where the source shows it: process, this in a
// class's method (the class), or a name assigned `new T(...)` in the file.
func (r *Runtime) receiverAt(f, caller frameRef) string {
	text, _, ok := r.frameLine(f.file, f.line)
	if !ok {
		return ""
	}
	at := byteAt(text, f.col, utf16Units)
	before, ok := strings.CutSuffix(strings.TrimRight(text[:at], " \t"), ".")
	if !ok {
		return ""
	}
	before = strings.TrimRight(before, " \t")
	i := len(before)
	for i > 0 && isIdentByte(before[i-1]) {
		i--
	}
	name := before[i:]
	switch {
	case name == "" || i > 0 && before[i-1] == '.':
		return ""
	case name == "process":
		return "process"
	case name == "this":
		if n, ok := r.v8FrameName(f, caller); ok {
			n = strings.TrimPrefix(n, "new ")
			if j := strings.IndexByte(n, '.'); j > 0 {
				n = n[:j]
			}
			if isIdent(n) {
				return n
			}
		}
		return ""
	}
	src := r.sources[f.file]
	typ := ""
	for from := 0; ; {
		j := strings.Index(src[from:], name)
		if j < 0 {
			break
		}
		j += from
		from = j + len(name)
		if j > 0 && isIdentByte(src[j-1]) {
			continue
		}
		rest := strings.TrimLeft(src[from:], " \t")
		if !strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "==") || strings.HasPrefix(rest, "=>") {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimLeft(rest[1:], " \t"), "new ")
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \t")
		n := 0
		for n < len(rest) && isIdentByte(rest[n]) {
			n++
		}
		if n > 0 && n < len(rest) && rest[n] == '(' {
			typ = rest[:n]
		}
	}
	return typ
}

// isBound reports whether fn is a bound function, which V8 calls with
// its own receiver (goja shows the target's frame alone).
func isBound(fn goja.Value) bool {
	o, ok := fn.(*goja.Object)
	if !ok {
		return false
	}
	name := o.Get("name")
	return name != nil && strings.HasPrefix(name.String(), "bound ")
}

// frameWhere is the place in frame line l ("file:line:col"), without the
// function's name and its parentheses.
func frameWhere(l string, f frameRef) string {
	w := strings.TrimPrefix(l, "    at ")
	if f.name != "" {
		w = strings.TrimPrefix(w, f.name+" ")
	}
	w = strings.TrimPrefix(w, "(")
	return strings.TrimSuffix(w, ")")
}

// callText reports whether the source at frame f's place starts with s.
func (r *Runtime) callText(f frameRef, s string) bool {
	text, _, ok := r.frameLine(f.file, f.line)
	if !ok {
		return false
	}
	at := byteAt(text, f.col, utf16Units)
	return strings.HasPrefix(text[at:], s)
}

// v8FrameName is V8's name for frame f's function, called from caller.
func (r *Runtime) v8FrameName(f, caller frameRef) (string, bool) {
	if f.name == wrapperName {
		return "", false
	}
	fs := r.funcSites(f.file)
	if fs == nil {
		return "", false
	}
	lf := r.lineIndex(f.file, fs.src)
	if f.line < 1 || f.line > len(lf.starts) {
		return "", false
	}
	text, _, _ := r.frameLine(f.file, f.line)
	site, ok := fs.at(lf.starts[f.line-1] + byteAt(text, f.col, utf16Units))
	if !ok {
		return "", false
	}
	isNew, isMember := false, false
	if caller.native {
		isMember = caller.name == "parse" || caller.name == "stringify" // a reviver's, toJSON's receiver: an object
	} else if caller.hasNumbers {
		if ct, _, ok := r.frameLine(caller.file, caller.line); ok {
			at := byteAt(ct, caller.col, utf16Units)
			rest, isNewCall := strings.CutPrefix(ct[at:], "new ")
			isNew = isNewCall && f.name != "" && strings.HasPrefix(strings.TrimLeft(rest, " \t"), f.name)
			j := at
			for j > 0 && (ct[j-1] == ' ' || ct[j-1] == '\t') {
				j--
			}
			isMember = j > 0 && ct[j-1] == '.'
		}
	}
	switch {
	case site.kind == ctorSite:
		if site.name == "" {
			return "", false
		}
		return "new " + site.name, true
	case isNew:
		if f.name == "" {
			return "", false
		}
		return "new " + f.name, true
	case site.kind == accessorSite:
		return site.name + " [as " + site.key + "]", true
	case !isMember && !(site.async && site.kind == methodSite && !caller.hasNumbers && !caller.native):
		// (an async method resumed by the job queue keeps the receiver
		// it was called with; V8 names it so)
		return "", false
	}
	typeName, name := "", site.name
	if caller.native && site.kind == plainSite {
		site.kind, name = objectSite, f.name // the object JSON.parse and stringify call with
		if name == "" {
			name = "<anonymous>"
		}
	}
	switch site.kind {
	case methodSite, protoSite:
		typeName = site.typeName
	case objectSite:
		typeName = "Object"
	case assignSite:
		return site.name, true
	default:
		return "", false
	}
	if typeName == "" {
		return "", false
	}
	if name == "" {
		name = site.key
	}
	out := typeName + "." + name
	if site.key != "" && name != site.key {
		out += " [as " + site.key + "]"
	}
	return out, true
}

// receiverType is the type of the receiver of the method called at frame
// f, where the source shows one: "new Map(...).forEach(", or "m.forEach("
// with "m = new Map(" in the file. Map, Set and the typed arrays have a
// forEach of their own; "" for Array's.
func (r *Runtime) receiverType(f frameRef) string {
	if !f.hasNumbers {
		return ""
	}
	text, _, ok := r.frameLine(f.file, f.line)
	if !ok {
		return ""
	}
	at := byteAt(text, f.col, utf16Units)
	before := strings.TrimRight(text[:at], " \t")
	before, ok = strings.CutSuffix(before, ".")
	if !ok {
		return ""
	}
	before = strings.TrimRight(before, " \t")
	typeOf := func(s string) string {
		for _, t := range []string{"Map", "Set", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
			"Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigInt64Array", "BigUint64Array"} {
			if strings.HasPrefix(s, t) && (len(s) == len(t) || !isIdentByte(s[len(t)])) {
				return t
			}
		}
		return ""
	}
	if strings.HasSuffix(before, ")") {
		if i := strings.LastIndex(before, "new "); i >= 0 {
			return typeOf(strings.TrimLeft(before[i+4:], " \t"))
		}
		return ""
	}
	j := len(before)
	for j > 0 && isIdentByte(before[j-1]) {
		j--
	}
	name := before[j:]
	if name == "" || isDigit(name[0]) {
		return ""
	}
	src := r.sources[f.file]
	for k := 0; ; {
		i := strings.Index(src[k:], name)
		if i < 0 {
			return ""
		}
		i += k
		k = i + len(name)
		if i > 0 && isIdentByte(src[i-1]) || k < len(src) && isIdentByte(src[k]) {
			continue
		}
		rest := strings.TrimLeft(src[k:], " \t")
		if rest, ok := strings.CutPrefix(rest, "="); ok && !strings.HasPrefix(rest, "=") {
			if rest, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t"), "new "); ok {
				return typeOf(strings.TrimLeft(rest, " \t"))
			}
		}
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// moduleAsScript is an ES module's source as a script of the same length,
// for the places of its functions only: "import.meta" reads as a name,
// "export default" as a declaration of one, "export" before a declaration
// and whole import and export-from statements as spaces.
func moduleAsScript(src string) string {
	b := []byte(strings.ReplaceAll(src, "import.meta", "import_meta"))
	blank := func(from, to int) {
		for i := from; i < to && i < len(b); i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
	}
	starts := []int{0}
	for i, c := range b {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	for _, st := range starts {
		i := st
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		rest := string(b[i:min(len(b), i+16)])
		switch {
		case strings.HasPrefix(rest, "export default") && (len(rest) == 14 || !isIdentByte(rest[14])):
			copy(b[i:], "var __=       ")
		case strings.HasPrefix(rest, "export") && len(rest) > 6 && (rest[6] == ' ' || rest[6] == '\t') &&
			!strings.HasPrefix(strings.TrimLeft(rest[6:], " \t"), "{") && !strings.HasPrefix(strings.TrimLeft(rest[6:], " \t"), "*"):
			blank(i, i+6)
		case strings.HasPrefix(rest, "export") || strings.HasPrefix(rest, "import") && len(rest) > 6 && rest[6] != '(' && rest[6] != '.' && !isIdentByte(rest[6]):
			// to the statement's end: its ";" or the end of its from '...'
			j, quote := i+6, byte(0)
			for ; j < len(b); j++ {
				c := b[j]
				if quote != 0 {
					if c == quote {
						quote = 0
						if k := j + 1; k < len(b) {
							for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
								k++
							}
							if !strings.HasPrefix(string(b[k:min(len(b), k+6)]), "with") && !strings.HasPrefix(string(b[k:min(len(b), k+6)]), "assert") {
								j = k
								if j < len(b) && b[j] == ';' {
									j++
								}
								break
							}
						}
					}
					continue
				}
				if c == '\'' || c == '"' {
					quote = c
				} else if c == ';' {
					j++
					break
				} else if c == '}' && strings.HasPrefix(rest, "export") {
					// export { a, b } without from: ends at a line's end
					k := j + 1
					for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
						k++
					}
					if k == len(b) || b[k] == '\n' || b[k] == ';' || b[k] == '\r' {
						if k < len(b) && b[k] == ';' {
							k++
						}
						if !strings.HasPrefix(strings.TrimLeft(string(b[k:min(len(b), k+12)]), " \t"), "from") {
							j = k
							break
						}
					}
				}
			}
			blank(i, j)
		}
	}
	return string(b)
}

// shownFile is file as node names it in a stack and above an uncaught
// error: code given with -e or on stdin is "[eval]" or "[stdin]", not a
// path (evloop names its module by the working directory, for require).
func (r *Runtime) shownFile(file string) string {
	if r.mainPseudo && file == r.mainFile {
		return path.Base(file)
	}
	return file
}

// shownFiles is v8FrameNames' lines with shownFile's names.
func (r *Runtime) shownFiles(lines []string) []string {
	if !r.mainPseudo {
		return lines
	}
	for i, l := range lines {
		lines[i] = strings.Replace(l, r.mainFile+":", path.Base(r.mainFile)+":", 1)
	}
	return lines
}
