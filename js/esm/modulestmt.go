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
	at, _, _, ok := ImportedNameSpan(src, spec, name)
	if !ok || !inBraces(src, at) {
		return "", false
	}
	return lineAt(src, at), true
}

// inBraces reports whether offset at of src is after a '{' with no '}'
// between, on the way back to the declaration's keyword.
func inBraces(src string, at int) bool {
	i := strings.LastIndexAny(src[:at], "{}")
	return i >= 0 && src[i] == '{'
}

// ImportedNameSpan finds, in src (an ES module's own source), the import
// or export-from declaration of spec that asks it for the export name, and
// returns the byte offset and length of what V8's SyntaxError for a
// missing export underlines: the imported name in an import's braces
// (`nope` of `nope as other`), the local name of a default import
// (`x` of `import x from`), the whole specifier of a re-export (`gone as
// a` of `export { gone as a } from`), and whether the declaration is a
// re-export. found is false when no such declaration is seen.
func ImportedNameSpan(src, spec, name string) (at, length int, export, found bool) {
	if name != "default" && !strings.Contains(src, name) {
		return 0, 0, false, false
	}
	s := newScanner(src)
	var prev token
	for t := s.next(); t.kind != tokEOF; prev, t = t, s.next() {
		if !(t.isWord("import") || t.isWord("export")) || prev.is(".") {
			continue
		}
		export = t.isWord("export")
		// The declaration's clause, up to `from 'spec'` or a `;`.
		at, end, inBraces := -1, -1, false
		var last token
		first := true
		for u := s.next(); u.kind != tokEOF && !u.is(";"); last, u, first = u, s.next(), false {
			switch {
			case u.is("{"):
				inBraces = true
			case u.is("}"):
				inBraces = false
			case u.is(","):
			case first && !export && u.kind == tokIdent && !u.isWord("from") && name == "default":
				// import x from, import x, {...} from
				at, end = u.start, u.end
			case inBraces && !last.isWord("as") && (u.kind == tokIdent || u.kind == tokString):
				if n := u.text; u.kind == tokString && stringValue(n) == name || u.kind == tokIdent && n == name {
					at, end = u.start, u.end
				}
			case inBraces && export && last.isWord("as") && at >= 0 && end == last.end:
				end = u.end // the re-export's alias
			case u.kind == tokString && last.isWord("from"):
				if at >= 0 && stringValue(u.text) == spec {
					return at, end - at, export, true
				}
				at = -1
			}
			if u.kind == tokString && last.isWord("from") || u.is("(") && last.isWord("import") {
				break
			}
			if export && inBraces && u.isWord("as") && at >= 0 && end == last.end {
				end = u.end
			}
		}
	}
	return 0, 0, false, false
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

// AssertLines are the lines (1-based, in source order) of the import and
// export-from declarations of src, an ES module's source, that write their
// attributes with the deprecated `assert` keyword, where V8 warns.
func AssertLines(src string) []int {
	if !strings.Contains(src, "assert") {
		return nil
	}
	var lines []int
	s := newScanner(src)
	var prev token
	for t := s.next(); t.kind != tokEOF; prev, t = t, s.next() {
		if t.isWord("assert") && prev.kind == tokString && strings.HasPrefix(strings.TrimLeft(src[t.end:], " \t\r\n"), "{") {
			lines = append(lines, 1+strings.Count(src[:t.start], "\n"))
		}
	}
	return lines
}
