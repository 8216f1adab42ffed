package esm

import "strings"

// transformCommonJS renames import() in a CommonJS file to ImportFn and,
// when asked, detects its named exports. A file without the word import
// comes back with no code: nothing to change.
func transformCommonJS(req Request) *Result {
	res := &Result{}
	if strings.Contains(req.Source, "import") {
		res.Code = renameDynamicImport(req.Source)
	}
	if req.Exports {
		res.CJSExports, res.CJSReexports = commonJSExports(req.Source)
	}
	return res
}

// renameDynamicImport returns src with each `import(` call renamed to
// ImportFn (same length: positions do not move), or "" if it has none.
func renameDynamicImport(src string) string {
	var buf []byte
	s := newScanner(src)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		if !t.isWord("import") || afterMemberDot(src, t.start) {
			continue
		}
		if rest := strings.TrimLeft(src[t.end:], " \t\r\n"); strings.HasPrefix(rest, "(") && !isMethodHead(rest, 0) {
			if buf == nil {
				buf = []byte(src)
			}
			copy(buf[t.start:], ImportFn)
		}
	}
	return string(buf)
}

// commonJSExports detects a CommonJS file's export names the way node's
// cjs-module-lexer does for the common forms:
//
//	exports.a = ...            module.exports.a = ...    exports['a'] = ...
//	Object.defineProperty(exports, 'a', ...)
//	module.exports = { a, b: c, 'd': e, ...require('./x') }
//	module.exports = require('./x')           (a re-export)
//	0 && (module.exports = { a, b })          (esbuild's annotation for node)
//	__exportStar(require('./x'), exports)     (TypeScript's; a re-export)
//
// It returns the names (without duplicates, in order of appearance) and
// the specifiers of re-exported modules.
func commonJSExports(src string) (names, reexports []string) {
	var toks []token
	s := newScanner(src)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		toks = append(toks, t)
	}
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	at := func(i int) token {
		if i < len(toks) {
			return toks[i]
		}
		return token{}
	}
	// member reads `.name` or `['name']` at i; it returns the name and the
	// index after it.
	member := func(i int) (string, int) {
		if at(i).is(".") && at(i+1).kind == tokIdent {
			return at(i + 1).text, i + 2
		}
		if at(i).is("[") && at(i+1).kind == tokString && at(i+2).is("]") {
			return stringValue(at(i + 1).text), i + 3
		}
		return "", i
	}
	assigns := func(i int) bool { return at(i).is("=") && !at(i+1).is("=") }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if (t.isWord("__exportStar") || t.isWord("__export")) && at(i+1).is("(") && at(i+1).end == at(i+2).start &&
			at(i+2).isWord("require") && at(i+3).is("(") && at(i+4).kind == tokString && at(i+5).is(")") {
			// TypeScript's re-export (tslib's too, after a dot):
			// __exportStar(require('x'), exports), __export(require('x'))
			reexports = append(reexports, stringValue(at(i+4).text))
			continue
		}
		if i > 0 && at(i-1).is(".") {
			continue
		}
		switch {
		case t.isWord("exports"):
			if n, j := member(i + 1); n != "" && assigns(j) {
				add(n)
			}
		case t.isWord("module"):
			m, j := member(i + 1)
			if m != "exports" {
				continue
			}
			if n, k := member(j); n != "" && assigns(k) {
				add(n)
				continue
			}
			if !assigns(j) {
				continue
			}
			j++
			if at(j).isWord("require") && at(j+1).is("(") && at(j+2).kind == tokString && at(j+3).is(")") {
				reexports = append(reexports, stringValue(at(j+2).text))
				continue
			}
			if at(j).is("{") {
				objectKeys(toks, j+1, add, &reexports)
			}
		case t.isWord("Object") && at(i+1).is(".") && at(i+2).isWord("defineProperty") && at(i+3).is("("):
			j := i + 4
			if at(j).isWord("exports") {
				j++
			} else if at(j).isWord("module") && at(j+1).is(".") && at(j+2).isWord("exports") {
				j += 3
			} else {
				continue
			}
			if at(j).is(",") && at(j+1).kind == tokString && at(j+2).is(",") && at(j+3).is("{") &&
				definesValueOrGetter(toks[min(j+4, len(toks)):]) {
				add(stringValue(at(j + 1).text))
			}
		}
	}
	return names, reexports
}

// definesValueOrGetter reports whether a property descriptor (the tokens
// after its brace) is one cjs-module-lexer accepts: `[enumerable: true,]
// value: ...` or `[enumerable: true,] get[: function]() { return a.b }`.
func definesValueOrGetter(toks []token) bool {
	at := func(i int) token {
		if i < len(toks) {
			return toks[i]
		}
		return token{}
	}
	i := 0
	if at(0).isWord("enumerable") && at(1).is(":") && at(2).isWord("true") && at(3).is(",") {
		i = 4
	}
	if at(i).isWord("value") && at(i+1).is(":") {
		return true
	}
	if !at(i).isWord("get") {
		return false
	}
	i++
	if at(i).is(":") && at(i+1).isWord("function") {
		i += 2
	}
	if !at(i).is("(") || !at(i+1).is(")") || !at(i+2).is("{") || !at(i+3).isWord("return") || at(i+4).kind != tokIdent {
		return false
	}
	i += 5
	for {
		switch {
		case at(i).is(".") && at(i+1).kind == tokIdent:
			i += 2
		case at(i).is("[") && at(i+1).kind == tokString && at(i+2).is("]"):
			i += 3
		default:
			if at(i).is(";") {
				i++
			}
			return at(i).is("}")
		}
	}
}

// objectKeys reads the keys of `{ a, b: c, 'd': e, ...f, ...require('x') }`
// from toks[i] on as node 20's cjs-module-lexer does: a property's value
// must be a lone identifier, or the lexer stops without its key (`a: 1`,
// `'a': "s"`); a value that is an identifier followed by anything but a
// `,` or `}` right after it (`a: x.y`, `a: x ,`) keeps the key and stops;
// so does a key followed by anything but `:`, `,` or `}` (`a() {}`). Keys
// read before the stop are kept.
func objectKeys(toks []token, i int, add func(string), reexports *[]string) {
	at := func(i int) token {
		if i < len(toks) {
			return toks[i]
		}
		return token{}
	}
	// adjacent reports whether toks[j] is c with nothing (not even a
	// space) before it: the lexer reads the character right after a value.
	adjacent := func(j int, c string) bool { return at(j).is(c) && j > 0 && at(j).start == at(j-1).end }
	for i < len(toks) {
		t := at(i)
		if t.is(".") && at(i+1).is(".") && at(i+2).is(".") {
			switch {
			case at(i+3).isWord("require") && at(i+4).is("(") && at(i+5).kind == tokString && at(i+6).is(")"):
				*reexports = append(*reexports, stringValue(at(i+5).text))
				i += 7
			case at(i+3).kind == tokIdent:
				i += 4
			default:
				return
			}
		} else {
			if t.kind != tokIdent && t.kind != tokString {
				return
			}
			if !at(i + 1).is(":") {
				if t.kind != tokIdent {
					return
				}
				add(t.text)
				i++
			} else {
				if at(i+2).kind != tokIdent {
					return
				}
				k := t.text
				if t.kind == tokString {
					k = stringValue(t.text)
				}
				add(k)
				i += 3
				if !adjacent(i, ",") && !adjacent(i, "}") {
					return
				}
			}
		}
		if !at(i).is(",") {
			return
		}
		i++
	}
}
