package esm

import "testing"

func TestArrowParams(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(a, [b=1]=[]) => b", "(a, [b=1]=[],)=> b"},
		{"(a, [b=1]=[])=>b", "(a, [b=1]=[],)=>b"},
		{"([b=1]=[]) => b", "([b=1]=[]) => b"},     // one item: goja takes it
		{"(a, ...r) => r", "(a, ...r) => r"},       // a rest parameter: goja takes it
		{"(a, b,) => b", "(a, b,) => b"},           // a trailing comma already
		{"f(a, b); (c, d)", "f(a, b); (c, d)"},     // no arrow
		{"(a, f(b, c)) => 1", "(a, f(b, c),)=> 1"}, // inner parens
		{"(a = (b, c) => 0, d) => 1", "(a = (b, c,)=> 0, d,)=> 1"},
		{"x = `(${a}, b) => `", "x = `(${a}, b) => `"}, // in a template
		{"async (a, [b=1]=[]) => b", "async (a, [b=1]=[],)=> b"},
		{"(a, {b: [c] = []})\t=> 1", "(a, {b: [c] = []},)=> 1"},
	} {
		if got := ArrowParams(c.in); got != c.want {
			t.Errorf("ArrowParams(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParamPatterns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(a, { b: [c = 6] = [] } = {}) => c", "(a,...[{ b: [c = 6] = [] } = {}]) => c"},
		{"function f({ b: [d = 4] = [] }) {}", "function f(...[{ b: [d = 4] = [] }]) {}"},
		{"(a, { b: [c = 6] = [] },)=> c", "(a,...[{ b: [c = 6] = [] }])=> c"},                      // ArrowParams' comma
		{"function g(x, { b: [d] = [] }, ...r) {}", "function g(x,...[{ b: [d] = [] }, ...r]) {}"}, // errs towards wrapping
		{"if ({ b: [d = 4] = [] }) {}", "if ({ b: [d = 4] = [] }) {}"},                             // not a list
		{"catch ({ b: [d = 4] = [] }) {}", "catch ({ b: [d = 4] = [] }) {}"},                       // not a list
		{"f({ b: [d = 4] = [] })", "f({ b: [d = 4] = [] })"},                                       // a call
		{"(a, { b }) => b", "(a, { b }) => b"},
	} {
		if got := ParamPatterns(c.in); got != c.want {
			t.Errorf("ParamPatterns(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
