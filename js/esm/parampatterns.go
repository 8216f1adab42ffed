package esm

import "strings"

// ParamPatterns is for the parameter lists ArrowParams does not help: one
// with an object pattern holding an array pattern that has a default and
// defaults inside (`function f({ b: [c = 6] = [] } = {})`), which goja
// refuses in any binding (ArrowParamsMessage) except inside an array
// pattern, where it checks nothing. The parameters from the first such
// one to the end become one rest parameter's array pattern: `(a, { b: [c
// = 6] = [] } = {})` is read as `(a, ...[{ b: [c = 6] = [] } = {}])`,
// which binds the same names to the same values; only the function's
// length can differ (it counts the parameters before the first with a
// default). The `...[` takes the place of a blank before the parameter
// where there is one (the rest of the line moves three columns, else
// four); the `]` takes a trailing comma's place, else goes before `)`.
// A list is one whose `)` is followed by `=>` or `{`, except the
// parentheses of if, while, for, switch, catch and with. src is returned
// as it is when no list needs it.
func ParamPatterns(src string) string {
	var toks []token
	s := newScanner(src)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		toks = append(toks, t)
	}
	type group struct {
		paren  bool
		open   int   // token index of the opening bracket
		items  []int // token index of each item's first token (parens only)
		expect bool  // the next token starts an item
	}
	type edit struct {
		at     int
		cut    int // bytes of src replaced
		insert string
	}
	var (
		stack []group
		edits []edit
	)
	control := map[string]bool{"if": true, "while": true, "for": true, "switch": true, "catch": true, "with": true}
	for i, t := range toks {
		if n := len(stack); n > 0 && stack[n-1].paren && stack[n-1].expect && !t.is(")") {
			stack[n-1].items = append(stack[n-1].items, i)
			stack[n-1].expect = false
		}
		if t.kind != tokPunct {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			stack = append(stack, group{paren: t.text == "(", open: i, expect: true})
		case ")", "]", "}":
			n := len(stack)
			if n == 0 {
				continue
			}
			g := stack[n-1]
			stack = stack[:n-1]
			if !g.paren || t.text != ")" {
				continue
			}
			if g.open > 0 && toks[g.open-1].kind == tokIdent && control[toks[g.open-1].text] {
				continue
			}
			if !(arrowAfter(toks, i) || i+1 < len(toks) && toks[i+1].is("{")) {
				continue
			}
			for k, first := range g.items {
				end := i
				if k+1 < len(g.items) {
					end = g.items[k+1]
				}
				if !toks[first].is("{") || !refusedPattern(toks[first:end]) {
					continue
				}
				at, cut := toks[first].start, 0
				if at > 0 && (src[at-1] == ' ' || src[at-1] == '\t') {
					at, cut = at-1, 1
				}
				edits = append(edits, edit{at, cut, "...["})
				if last := toks[i-1]; last.is(",") {
					edits = append(edits, edit{last.start, 1, "]"})
				} else {
					edits = append(edits, edit{t.start, 0, "]"})
				}
				break
			}
		case ",":
			if n := len(stack); n > 0 && stack[n-1].paren {
				stack[n-1].expect = true
			}
		}
	}
	if len(edits) == 0 {
		return src
	}
	// edits come in the order their lists close: sort by offset
	for i := 1; i < len(edits); i++ {
		for j := i; j > 0 && edits[j].at < edits[j-1].at; j-- {
			edits[j], edits[j-1] = edits[j-1], edits[j]
		}
	}
	var b strings.Builder
	from := 0
	for _, e := range edits {
		if e.at < from {
			continue
		}
		b.WriteString(src[from:e.at])
		b.WriteString(e.insert)
		from = e.at + e.cut
	}
	b.WriteString(src[from:])
	return b.String()
}

// refusedPattern reports whether toks (a parameter that is an object
// pattern) holds `] =`: an array pattern with a default inside it.
func refusedPattern(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].is("]") && toks[i+1].is("=") && !toks[i+2].is("=") && !toks[i+2].is(">") {
			return true
		}
	}
	return false
}
