package esm

import "strings"

// FirstModuleStatement finds the first import or export declaration in
// src, a CommonJS source: where V8, compiling it as a script, stops with
// "Cannot use import statement outside a module" or "Unexpected token
// 'export'". keyword is "import" or "export"; found is false when src has
// neither. A declaration starts a statement: it follows nothing, `;`, `{`,
// `}` or a line break, and an `import` is not `import(` or `import.meta`
// (an expression a script may hold, or refuse in other words).
func FirstModuleStatement(src string) (offset int, keyword string, found bool) {
	if !strings.Contains(src, "import") && !strings.Contains(src, "export") {
		return 0, "", false
	}
	s := newScanner(src)
	var prev token
	first := true
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		if t.isWord("import") || t.isWord("export") {
			atStart := first || prev.is(";") || prev.is("{") || prev.is("}") ||
				strings.ContainsAny(src[prev.end:t.start], "\n\r")
			if atStart && !prev.is(".") {
				after := strings.TrimLeft(src[t.end:], " \t\r\n")
				if t.text == "export" || !strings.HasPrefix(after, "(") && !strings.HasPrefix(after, ".") {
					return t.start, t.text, true
				}
			}
		}
		prev, first = t, false
	}
	return 0, "", false
}

// ImportedNameLine finds, in src (an ES module's own source), the import
// or export-from declaration of spec whose braces name the export name,
// and returns the text of the source line that name is on: the line V8's
// error for a missing export points at, which node reads the named imports
// from ({...} on it) to suggest a destructuring of a CommonJS module's
// default export. found is false when no such declaration is seen.
func ImportedNameLine(src, spec, name string) (line string, found bool) {
	if !strings.Contains(src, name) {
		return "", false
	}
	s := newScanner(src)
	var prev token
	for t := s.next(); t.kind != tokEOF; prev, t = t, s.next() {
		if !(t.isWord("import") || t.isWord("export")) || prev.is(".") {
			continue
		}
		// The declaration's clause, up to `from 'spec'` or a `;`.
		at, inBraces := -1, false
		var last token
		for u := s.next(); u.kind != tokEOF && !u.is(";"); last, u = u, s.next() {
			switch {
			case u.is("{"):
				inBraces = true
			case u.is("}"):
				inBraces = false
			case inBraces && !last.isWord("as") && (u.kind == tokIdent || u.kind == tokString):
				if n := u.text; u.kind == tokString && stringValue(n) == name || u.kind == tokIdent && n == name {
					at = u.start
				}
			case u.kind == tokString && last.isWord("from"):
				if at >= 0 && stringValue(u.text) == spec {
					return lineAt(src, at), true
				}
				at = -1
			}
			if u.kind == tokString && last.isWord("from") || u.is("(") && last.isWord("import") {
				break
			}
		}
	}
	return "", false
}

// lineAt is the text of the line of src that holds offset at.
func lineAt(src string, at int) string {
	start := strings.LastIndexAny(src[:at], "\n\r") + 1
	end := strings.IndexAny(src[at:], "\n\r")
	if end < 0 {
		return src[start:]
	}
	return src[start : at+end]
}
