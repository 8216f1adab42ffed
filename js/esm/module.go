package esm

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// ImportFn is the name each module's code calls for import() and reads
// import.meta from: `import(` becomes `__impt(` and `import.meta` becomes
// `__impt.meta`, the same length, so that the source map stays exact. The
// runtime passes a function of that name, with a meta property, to every
// module it evaluates.
const ImportFn = "__impt"

// ScopeParam is the parameter of a module's code that holds its imported
// bindings: an object whose accessors read the exporting modules' bindings
// (live bindings) and throw on assignment.
const ScopeParam = "__evloop_scope"

// LinkParam is the parameter through which a module with top-level await
// hands over its export accessors when its evaluation starts.
const LinkParam = "__evloop_link"

// ModuleRequest is one module a module imports from (ECMA-262's
// ModuleRequest): the specifier and the import attributes' type.
type ModuleRequest struct {
	Specifier string `json:"specifier"`
	Type      string `json:"type,omitempty"` // with { type: ... }
	// Assert: the attributes were written with V8's deprecated `assert`
	// keyword (node warns); Unsupported: the first attribute other than
	// type, "key\x00value" (node refuses it).
	Assert      bool   `json:"assert,omitempty"`
	Unsupported string `json:"unsupported,omitempty"`
}

// ImportEntry is one imported binding: Local is bound to export Name of
// Requests[Request]; Name "*" is the namespace (`import * as`).
type ImportEntry struct {
	Local   string `json:"local"`
	Request int    `json:"request"`
	Name    string `json:"name"`
	Line    int    `json:"line,omitempty"` // 1-based position of the name in the source
	Column  int    `json:"column,omitempty"`
}

// ExportEntry is one exported name. A local export has Request -1 and
// Local set; an indirect export names Import of Requests[Request] ("*" for
// `export * as name from`).
type ExportEntry struct {
	Name    string `json:"name"`
	Local   string `json:"local,omitempty"`
	Request int    `json:"request"`
	Import  string `json:"import,omitempty"`
}

// analyzeModule reads esbuild's ES module output (code), records its
// import and export declarations in res and blanks them out (line breaks
// kept), and renames import() and import.meta to ImportFn.
func analyzeModule(code string, res *Result) string {
	buf := []byte(code)
	s := newScanner(code)
	requestIndex := map[ModuleRequest]int{}
	request := func(k ModuleRequest) int {
		if i, ok := requestIndex[k]; ok {
			return i
		}
		requestIndex[k] = len(res.Requests)
		res.Requests = append(res.Requests, k)
		return len(res.Requests) - 1
	}
	var localExports []ExportEntry
	for {
		t := s.next()
		if t.kind == tokEOF {
			break
		}
		switch {
		case t.isWord("import") && afterMemberDot(code, t.start):
			// a property named import
		case t.isWord("import"):
			p := &declParser{s: s}
			n := p.peek()
			if n.is(":") || n.is("(") && isMethodHead(code, n.start) {
				continue // a property key or a method named import
			}
			if n.is("(") || n.is(".") {
				copy(buf[t.start:], ImportFn)
				continue
			}
			p.importDecl(t, res, request, code)
			blank(buf, t.start, p.end)
			p.report(res, code, t)
		case t.isWord("export") && !afterMemberDot(code, t.start):
			p := &declParser{s: s}
			if n := p.peek(); n.is(":") || n.is("(") {
				continue // a property key or a method named export
			}
			if local := p.exportDecl(res, request); local != nil {
				localExports = append(localExports, local...)
			}
			blank(buf, t.start, p.end)
			p.report(res, code, t)
		}
	}
	// A local export of an imported binding is an indirect export
	// (ECMA-262 ParseModule).
	imports := map[string]ImportEntry{}
	for _, ie := range res.Imports {
		imports[ie.Local] = ie
	}
	for _, e := range localExports {
		if ie, ok := imports[e.Local]; ok && ie.Name != "*" {
			res.Exports = append(res.Exports, ExportEntry{Name: e.Name, Request: ie.Request, Import: ie.Name})
			continue
		}
		res.Exports = append(res.Exports, e)
	}
	// esbuild writes a non-ASCII identifier with escapes (café as
	// caf\u00E9): the records hold the names as JavaScript reads them.
	for i := range res.Imports {
		ie := &res.Imports[i]
		ie.Local, ie.Name = identValue(ie.Local), identValue(ie.Name)
	}
	for i := range res.Exports {
		e := &res.Exports[i]
		e.Name, e.Local, e.Import = identValue(e.Name), identValue(e.Local), identValue(e.Import)
	}
	return string(buf)
}

// identValue is the name an identifier's text spells, its \uXXXX and
// \u{...} escapes decoded.
func identValue(text string) string {
	if !strings.Contains(text, "\\u") {
		return text
	}
	return stringValue("'" + text + "'")
}

// isMethodHead reports whether the parenthesis at offset in code closes
// on a "{": the parameters of a method (import() { ... } in a class or an
// object), never an import() call.
func isMethodHead(code string, offset int) bool {
	s := newScanner(code[offset:])
	depth := 0
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		switch {
		case t.is("(") || t.is("[") || t.is("{"):
			depth++
		case t.is(")") || t.is("]") || t.is("}"):
			depth--
			if depth == 0 {
				return s.next().is("{")
			}
		}
	}
	return false
}

// afterMemberDot reports whether the word at offset follows a member
// access's dot (x.import), not a spread's three ({ ...import.meta }).
func afterMemberDot(code string, offset int) bool {
	return offset > 0 && code[offset-1] == '.' && !(offset >= 3 && code[offset-3:offset] == "...")
}

// blank replaces src[start:end) with spaces, keeping line breaks, so that
// every later position stays where the source map says.
func blank(b []byte, start, end int) {
	for i := start; i < end && i < len(b); i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
}

// declParser reads one import or export declaration from the scanner.
type declParser struct {
	s      *scanner
	peeked *token
	end    int
	err    error
}

func (p *declParser) peek() token {
	if p.peeked == nil {
		t := p.s.next()
		p.peeked = &t
	}
	return *p.peeked
}

func (p *declParser) next() token {
	t := p.peek()
	p.peeked = nil
	if t.kind != tokEOF {
		p.end = t.end
	}
	return t
}

// report records the parser's error, if any, on res (once).
func (p *declParser) report(res *Result, code string, at token) {
	if p.err == nil || res.Error != nil {
		return
	}
	line, col := lineCol(code, at.start)
	res.Error = &Error{Line: line, Column: col, Text: "evloop could not read esbuild's output: " + p.err.Error()}
}

func (p *declParser) fail(what string, t token) {
	if p.err == nil {
		p.err = fmt.Errorf("unexpected %q in %s", t.text, what)
	}
}

// name reads an identifier or a string (an arbitrary module namespace name).
func (p *declParser) name() string {
	t := p.next()
	switch t.kind {
	case tokIdent:
		return t.text
	case tokString:
		return stringValue(t.text)
	}
	p.fail("a declaration's name list", t)
	return ""
}

// from reads `from "spec" [with { type: "json" }]` and an optional semicolon.
func (p *declParser) from(request func(ModuleRequest) int) int {
	if t := p.next(); !t.isWord("from") {
		p.fail("an import declaration", t)
		return -1
	}
	return p.specifier(request)
}

func (p *declParser) specifier(request func(ModuleRequest) int) int {
	t := p.next()
	if t.kind != tokString {
		p.fail("a module specifier", t)
		return -1
	}
	req := ModuleRequest{Specifier: stringValue(t.text)}
	if n := p.peek(); n.isWord("with") || n.isWord("assert") {
		req.Assert = n.isWord("assert")
		p.next()
		if p.next().is("{") {
			for {
				k := p.next()
				if k.is("}") || k.kind == tokEOF {
					break
				}
				if k.is(",") {
					continue
				}
				key := k.text
				if k.kind == tokString {
					key = stringValue(k.text)
				}
				p.next() // :
				v := p.next()
				switch {
				case key == "type" && v.kind == tokString:
					req.Type = stringValue(v.text)
				case key != "type" && req.Unsupported == "" && v.kind == tokString:
					req.Unsupported = key + "\x00" + stringValue(v.text)
				}
			}
		}
	}
	if p.peek().is(";") {
		p.next()
	}
	return request(req)
}

func (p *declParser) importDecl(start token, res *Result, request func(ModuleRequest) int, code string) {
	type binding struct {
		local, name string
		at          int
	}
	var bs []binding
	t := p.peek()
	if t.kind == tokString {
		p.specifier(request)
		return
	}
	for {
		t = p.next()
		switch {
		case t.kind == tokIdent && !t.isWord("from"):
			bs = append(bs, binding{local: t.text, name: "default", at: t.start})
		case t.is("*"):
			p.next() // as
			l := p.next()
			bs = append(bs, binding{local: l.text, name: "*", at: l.start})
		case t.is("{"):
			for !p.peek().is("}") && p.peek().kind != tokEOF {
				at := p.peek().start
				name := p.name()
				local := name
				if p.peek().isWord("as") {
					p.next()
					local = p.name()
				}
				bs = append(bs, binding{local: local, name: name, at: at})
				if p.peek().is(",") {
					p.next()
				}
			}
			p.next()
		default:
			p.fail("an import declaration", t)
		}
		if p.peek().is(",") {
			p.next()
			continue
		}
		break
	}
	req := p.from(request)
	for _, b := range bs {
		line, col := lineCol(code, b.at)
		res.Imports = append(res.Imports, ImportEntry{Local: b.local, Request: req, Name: b.name, Line: line, Column: col})
	}
}

// exportDecl reads an export declaration; it returns the local exports
// (which may turn out to re-export imports).
func (p *declParser) exportDecl(res *Result, request func(ModuleRequest) int) []ExportEntry {
	t := p.next()
	switch {
	case t.is("*"):
		name := ""
		if p.peek().isWord("as") {
			p.next()
			name = p.name()
		}
		req := p.from(request)
		if name == "" {
			res.Stars = append(res.Stars, req)
		} else {
			res.Exports = append(res.Exports, ExportEntry{Name: name, Request: req, Import: "*"})
		}
		return nil
	case t.is("{"):
		type pair struct{ local, name string }
		var ps []pair
		for !p.peek().is("}") && p.peek().kind != tokEOF {
			local := p.name()
			name := local
			if p.peek().isWord("as") {
				p.next()
				name = p.name()
			}
			ps = append(ps, pair{local, name})
			if p.peek().is(",") {
				p.next()
			}
		}
		p.next()
		if p.peek().isWord("from") {
			req := p.from(request)
			for _, x := range ps {
				res.Exports = append(res.Exports, ExportEntry{Name: x.name, Request: req, Import: x.local})
			}
			return nil
		}
		if p.peek().is(";") {
			p.next()
		}
		var out []ExportEntry
		for _, x := range ps {
			out = append(out, ExportEntry{Name: x.name, Local: x.local, Request: -1})
		}
		return out
	}
	// esbuild turns every other export form into a declaration and an
	// export list; anything else is a bug to report, not to guess at.
	p.fail("an export declaration (esbuild's output)", t)
	return nil
}

// lineCol is the 1-based line and 0-based column of offset in code.
func lineCol(code string, offset int) (int, int) {
	line := 1 + strings.Count(code[:offset], "\n")
	col := offset - (strings.LastIndexByte(code[:offset], '\n') + 1)
	return line, col
}

// wrapModule returns the function expression the runtime evaluates for a
// module whose (analysed) body is code: called with the import scope and
// ImportFn, it returns a generator function whose first step yields the
// accessors of the module's local exports (instantiation: function
// declarations hoisted, let/const/class in their temporal dead zone) and
// whose second step runs the body (evaluation). A module with top-level
// await returns an async function instead, which registers its accessors
// through LinkParam before its body runs. Everything added sits on one
// first line; the source map is shifted by that line.
func wrapModule(code string, res *Result, prologue string) string {
	var acc strings.Builder
	acc.WriteByte('{')
	names := map[string]bool{}
	var locals []string
	for _, e := range res.Exports {
		if e.Request < 0 && !names[e.Local] {
			names[e.Local] = true
			locals = append(locals, e.Local)
		}
	}
	sort.Strings(locals)
	for i, l := range locals {
		if i > 0 {
			acc.WriteByte(',')
		}
		fmt.Fprintf(&acc, "%s:()=>%s", strconv.Quote(l), l)
	}
	acc.WriteByte('}')
	var b strings.Builder
	b.WriteString("(function (" + ScopeParam + ", " + ImportFn + ", " + LinkParam + ") {")
	if len(res.Imports) > 0 {
		b.WriteString("with (" + ScopeParam + ") ")
	}
	if res.TLA {
		b.WriteString("return async function () {\"use strict\"; " + prologue + LinkParam + "(" + acc.String() + ");")
	} else {
		b.WriteString("return function* () {\"use strict\"; " + prologue + "yield " + acc.String() + ";")
	}
	b.WriteString("\n")
	b.WriteString(code)
	b.WriteString("\n}})")
	return b.String()
}

// Kinds of anonymous default export (defaultKind).
const (
	defaultNamed    = iota // named, or not a function or class
	defaultFunction        // export default function () {} (hoisted)
	defaultValue           // a class, or a function, arrow or class expression
)

// defaultKind reads how src exports its default: ECMA-262 names an
// anonymous function or class exported as default "default", where
// esbuild's output declares it under a name of its own (file_default).
func defaultKind(src string) int {
	if !strings.Contains(src, "default") {
		return defaultNamed
	}
	var toks []token
	s := newScanner(src)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		toks = append(toks, t)
	}
	at := func(i int) token {
		if i < len(toks) {
			return toks[i]
		}
		return token{}
	}
	for i, t := range toks {
		if !t.isWord("export") || !at(i+1).isWord("default") || (i > 0 && at(i-1).is(".")) {
			continue
		}
		j := i + 2
		switch {
		case at(j).isWord("function") && (at(j+1).is("(") || at(j+1).is("*") && at(j+2).is("(")),
			at(j).isWord("async") && at(j+1).isWord("function") && (at(j+2).is("(") || at(j+2).is("*") && at(j+3).is("(")):
			return defaultFunction
		case at(j).isWord("class") && (at(j+1).is("{") || at(j+1).isWord("extends")):
			return defaultValue
		}
		for at(j).is("(") && !arrowAt(toks, j) {
			j++ // a parenthesized expression
		}
		switch {
		case at(j).isWord("function") && (at(j+1).is("(") || at(j+1).is("*") && at(j+2).is("(")),
			at(j).isWord("async") && at(j+1).isWord("function") && (at(j+2).is("(") || at(j+2).is("*") && at(j+3).is("(")),
			at(j).isWord("class") && (at(j+1).is("{") || at(j+1).isWord("extends")),
			at(j).kind == tokIdent && isArrow(toks, j+1),
			at(j).isWord("async") && at(j+1).kind == tokIdent && isArrow(toks, j+2),
			arrowAt(toks, j),
			at(j).isWord("async") && arrowAt(toks, j+1):
			return defaultValue
		}
		return defaultNamed
	}
	return defaultNamed
}

// arrowAt reports whether toks[i] is a "(" whose matching ")" is
// followed by "=>": an arrow function's parameters.
func arrowAt(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].is("(") {
		return false
	}
	depth := 0
	for j := i; j < len(toks); j++ {
		switch {
		case toks[j].is("(") || toks[j].is("[") || toks[j].is("{"):
			depth++
		case toks[j].is(")") || toks[j].is("]") || toks[j].is("}"):
			depth--
			if depth == 0 {
				return isArrow(toks, j+1)
			}
		}
	}
	return false
}

// isArrow reports whether toks[i] starts "=>" (the scanner makes one
// token per punctuation character).
func isArrow(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].is("=") && toks[i+1].is(">") && toks[i+1].start == toks[i].end
}

// nameDefault gives local, the binding esbuild's output (code) declares
// for an anonymous default export of kind k, the name "default": a hoisted
// function from the module's first step (prologue, run before the body),
// a class or expression right after its declaration, inserted at the end
// of the declaration's last line, so no mapped position moves.
func nameDefault(code string, k int, local string) (string, string) {
	set := "Object.defineProperty(" + local + `, "name", { value: "default", configurable: true });`
	if k == defaultFunction {
		return code, set
	}
	s := newScanner(code)
	var prev token
	for t := s.next(); t.kind != tokEOF; prev, t = t, s.next() {
		if !(t.kind == tokIdent && t.text == local && (prev.isWord("var") || prev.isWord("class"))) {
			continue
		}
		isClass := prev.isWord("class")
		depth := 0
		for u := s.next(); u.kind != tokEOF; u = s.next() {
			switch {
			case u.is("(") || u.is("[") || u.is("{"):
				depth++
			case u.is(")") || u.is("]") || u.is("}"):
				depth--
				if isClass && depth == 0 && u.is("}") {
					return insertAtLineEnd(code, u.end, set), ""
				}
			case u.is(";") && depth == 0 && !isClass:
				return insertAtLineEnd(code, u.end, set), ""
			}
		}
		return code, ""
	}
	return code, ""
}

// insertAtLineEnd inserts text at the end of the line holding offset.
func insertAtLineEnd(code string, offset int, text string) string {
	end := strings.IndexByte(code[offset:], '\n')
	if end < 0 {
		return code + text
	}
	return code[:offset+end] + text + code[offset+end:]
}

// nameDefault is nameDefault for res's local default export, if any.
func (res *Result) nameDefault(code string, kind int) (string, string) {
	if kind == defaultNamed {
		return code, ""
	}
	for _, e := range res.Exports {
		if e.Name == "default" && e.Request < 0 && e.Local != "" {
			return nameDefault(code, kind, e.Local)
		}
	}
	return code, ""
}
