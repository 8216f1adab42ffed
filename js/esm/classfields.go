package esm

import "strings"

// classFieldsLowered is what the transforms lower, on top of their usual
// features, for a source NeedsClassFieldLowering finds: class fields,
// instance and static (esbuild then lowers private fields too, to keep
// their order, as WeakMaps), which move into the constructor and after
// the class. Such a file is transformed with esbuild's keepNames: its
// lowering renames a class whose static fields refer to it (_A) and
// leaves the arrows it moves unnamed, and keepNames gives both their
// names back (__name).
var classFieldsLowered = map[string]bool{"class-field": false, "class-static-field": false}

// withClassFields is supported (an esbuild Supported map) with
// classFieldsLowered added when src needs it.
//
// It adds regExpPropsLowered too for a source NeedsRegExpLowering finds.
func withClassFields(supported map[string]bool, src string) map[string]bool {
	fields, props := NeedsClassFieldLowering(src), NeedsRegExpLowering(src)
	if !fields && !props {
		return supported
	}
	m := map[string]bool{}
	for k, v := range supported {
		m[k] = v
	}
	if fields {
		for k, v := range classFieldsLowered {
			m[k] = v
		}
	}
	if props {
		for k, v := range regExpPropsLowered {
			m[k] = v
		}
	}
	return m
}

// regExpPropsLowered makes esbuild write every regular expression literal
// with the u (or y) flag as new RegExp(source, flags), in a source that
// may hold a Unicode property escape: goja compiles \p{…} in a literal
// into a pattern that never matches, and the runtime's RegExp writes it
// as ranges (js/regexpprops.go). esbuild's own feature for property
// escapes misses those inside a class ([\p{L}\d]).
var regExpPropsLowered = map[string]bool{"regexp-sticky-and-unicode-flags": false, "regexp-unicode-property-escapes": false}

// NeedsRegExpLowering reports whether src may hold a regular expression
// literal with a Unicode property escape (\p{ or \P{ anywhere).
func NeedsRegExpLowering(src string) bool {
	return strings.Contains(src, `\p{`) || strings.Contains(src, `\P{`)
}

// NeedsClassFieldLowering reports whether src has a class field whose
// initializer holds an arrow function using this or super (`f = () =>
// this.x`). goja runs class field initializers with the argument count of
// the frame that said `new` (or defined the class) still set, and computes
// the initializer's `this` from it when a closure captures `this`: the
// arrow then sees the wrong value, a TypeError ("Value is not an Object")
// or a crash inside goja follows (site/docs/limits.md). Lowered by esbuild,
// the fields are set in the constructor, whose frame goja builds right.
//
// The scan is cheap and errs on the side of lowering: inside a class
// body, a member `name = ...` (static or not) whose initializer, up to the
// next ';' or member at the body's depth, has both "=>" and this or super,
// or a super property (`super.x`, `super[k]`).
func NeedsClassFieldLowering(src string) bool {
	if !strings.Contains(src, "class") || !strings.Contains(src, "super") &&
		(!strings.Contains(src, "=>") || !strings.Contains(src, "this")) {
		return false
	}
	s := newScanner(src)
	var toks []token
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		toks = append(toks, t)
	}
	// bodies holds, for each open brace, whether it opens a class body.
	var bodies []bool
	pendingClass := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.isWord("class") && (i == 0 || !toks[i-1].is(".")):
			pendingClass = true
		case t.is("{"):
			bodies = append(bodies, pendingClass)
			pendingClass = false
		case t.is("}"):
			if n := len(bodies); n > 0 {
				bodies = bodies[:n-1]
			}
		case t.is("=") && len(bodies) > 0 && bodies[len(bodies)-1] && i > 0 &&
			!(i+1 < len(toks) && (toks[i+1].is("=") || toks[i+1].is(">"))) && fieldKey(toks, i-1):
			if initializerCaptures(src, toks, i+1) {
				return true
			}
		}
	}
	return false
}

// fieldKey reports whether toks[i] ends a class member's key: a name, a
// string or number, a #private name or a computed key's "]".
func fieldKey(toks []token, i int) bool {
	t := toks[i]
	return t.kind == tokIdent || t.kind == tokString || t.kind == tokNumber || t.is("]")
}

// initializerCaptures reports whether the initializer from toks[i] on (to
// the ';' or line's end at its own depth, or the class body's '}') has an
// arrow and uses this or super, or uses super at all: goja's parser
// refuses super in a field's initializer (`x = super.m()`, which node
// runs), and in the constructor esbuild moves it to, super is allowed.
func initializerCaptures(src string, toks []token, i int) bool {
	depth, arrow, this := 0, false, false
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if depth == 0 && j > i && memberStartsAt(src, toks, j) {
			return arrow && this // the next member, after a line break (no ';')
		}
		switch {
		case t.is("(") || t.is("[") || t.is("{"):
			depth++
		case t.is(")") || t.is("]") || t.is("}"):
			if depth == 0 {
				return arrow && this
			}
			depth--
		case t.is(";") && depth == 0:
			return arrow && this
		case t.is("=") && j+1 < len(toks) && toks[j+1].is(">") && toks[j+1].start == t.end:
			arrow = true
		case t.isWord("super") && j+1 < len(toks) && (toks[j+1].is(".") || toks[j+1].is("[")):
			return true
		case t.isWord("this") || t.isWord("super"):
			this = true
		}
		if arrow && this {
			return true
		}
	}
	return false
}

// memberStartsAt reports whether toks[j] starts a new line that begins a
// class member, the previous line having ended a value: how a field
// without a ';' ends.
func memberStartsAt(src string, toks []token, j int) bool {
	prev, t := toks[j-1], toks[j]
	if t.kind != tokIdent || prev.end > t.start || !strings.ContainsAny(src[prev.end:t.start], "\n\r") {
		return false
	}
	switch {
	case prev.kind == tokIdent && !regexpKeywords[prev.text], prev.kind == tokString, prev.kind == tokNumber,
		prev.kind == tokTemplate, prev.kind == tokRegexp, prev.is(")"), prev.is("]"), prev.is("}"):
	default:
		return false
	}
	return true
}
