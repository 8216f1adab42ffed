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
