package trywrap

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// wrapped counts the try blocks Insert changed in src, in a file with a
// recursive function (recursive).
func wrapped(t *testing.T, src string) int {
	t.Helper()
	src += "\nfunction rec() { rec() }"
	prg, err := parser.ParseFile(nil, "x.js", src, 0)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	Insert(prg, src)
	n := 0
	astwalk.Walk(prg, func(x any) any {
		if c, ok := x.(*ast.CallExpression); ok {
			if id, ok := c.Callee.(*ast.Identifier); ok && id.Name == Name {
				n++
			}
		}
		return x
	})
	return n
}

func TestInsert(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{`try { f() } catch (e) {}`, 1},
		{`function g() { try { return f() } finally {} }`, 1},
		{`try { f(); try { g() } catch {} } catch {}`, 2},
		{`try { new F() } catch {}`, 1},
		{`try { for (const x of xs) {} } catch {}`, 1},
		{"try { tag`x` } catch {}", 1},
		{`for (;;) { try { f(); break } catch {} }`, 1}, // f() alone
		{`for (;;) { try { for (;;) { f(); break } } catch {} }`, 1},
		{`l: for (;;) { try { f(); continue l } catch {} }`, 1},
		{`l: for (;;) { try { if (f()) continue l } catch {} }`, 0},
		{`try { l: for (;;) { f(); continue l } } catch {}`, 1},
		{`switch (x) { case 1: try { f(); break } catch {} }`, 1},
		{`try { var v = f() } catch {}`, 0},
		{`try { for (var i in o) f() } catch {}`, 0},
		{`try { function h() {} h() } catch {}`, 1},
		{`try { var v = f(); g(v) } catch {}`, 1},
		{`try { const h = function () { var v; return 1 }; h() } catch {}`, 1},
		{`async function a() { try { await f() } catch {} }`, 0},
		{`async function a() { try { await null; r() } catch {} }`, 1},
		{`async function a() { try { const x = await g(); f(x); return h(x) } catch {} }`, 2},
		{`async function a() { try { await null; for (;;) { f(); break } } catch {} }`, 1},
		{`async function a() { try { f() } catch {} }`, 1},
		{`async function a() { try { const g = async () => { await f() }; g() } catch {} }`, 1},
		{`function* g() { try { yield f() } catch {} }`, 0},
		{`try { eval('f()') } catch {}`, 0},
		{`class A extends B { constructor() { try { super() } catch {} } }`, 0},
		{`try { x += 1 } catch {}`, 0},
		{`try { JSON.parse(s) } catch {}`, 0},
		{`try { JSON.stringify(s) } catch {}`, 1},
		{`try { const { a } = o; let b = a } catch (e) {}`, 0},
		{`try {} catch {}`, 0},
		{`try { 'use strict'; f() } catch {}`, 1}, // not a directive there: f() alone
	} {
		if got := wrapped(t, c.src); got != c.want {
			t.Errorf("%s: %d try blocks changed, want %d", c.src, got, c.want)
		}
	}
}

func TestMergeFrames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Error: x\n\tat /a.js:3:9(4)\n\tat github.com/evloop/evloop/" + tryFrame + "\n\tat f (/a.js:2:5(7))\n\tat /a.js:9:1(2)",
			"Error: x\n\tat f (/a.js:3:9(4))\n\tat /a.js:9:1(2)"},
		{"Error: x\n    at g (/a.js:3:9)\n    at github.com/evloop/evloop/" + tryFrame + "\n    at /a.mjs:2:5",
			"Error: x\n    at /a.js:3:9"},
		{"Error: x\n    at f (/a.js:3:9)", "Error: x\n    at f (/a.js:3:9)"},
	} {
		if got := MergeFrames(c.in); got != c.want {
			t.Errorf("MergeFrames(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestRecursive: only a file with a function that calls itself by name
// has its try blocks changed.
func TestRecursive(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`function f() { f() }`, true},
		{`const f = () => f();`, true},
		{`let f = function () { return 1 + f() };`, true},
		{`class K { run(n) { return n && this.run(n - 1) } }`, true},
		{`const o = { walk(t) { t.kids.forEach((k) => o.walk(k)) } };`, true},
		{`function f() { g() } function g() { return 1 }`, false},
		{`try { JSON.parse(x) } catch {}`, false},
		{`const f = () => g(); const g = () => 1;`, false},
	} {
		prg, err := parser.ParseFile(nil, "x.js", c.src, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got := recursive(prg); got != c.want {
			t.Errorf("%s: recursive %v, want %v", c.src, got, c.want)
		}
	}
}

// TestReactions: the handlers of then, catch and finally that may call a
// function pass through ReactionName, in a file with a recursive function.
func TestReactions(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{`p.then(function f() { f() })`, 1},
		{`p.then(a, b)`, 2},
		{`p.then(v => v + 1)`, 0},
		{`p.then(v => g(v), null)`, 1},
		{`p.catch(h).finally(() => done())`, 2},
		{`p.then(undefined, e => log(e))`, 1},
		{`p.then(...hs)`, 0},
		{`p.other(h)`, 0},
	} {
		src := c.src + "\nfunction rec() { rec() }"
		prg, err := parser.ParseFile(nil, "x.js", src, 0)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		Insert(prg, src)
		n := 0
		astwalk.Walk(prg, func(x any) any {
			if c, ok := x.(*ast.CallExpression); ok {
				if id, ok := c.Callee.(*ast.Identifier); ok && id.Name == ReactionName {
					n++
				}
			}
			return x
		})
		if n != c.want {
			t.Errorf("%s: %d handlers passed through, want %d", c.src, n, c.want)
		}
	}
}
