package js_test

import "testing"

// structuredClone of a structure deeper than node 20's serializer goes
// (1,960 objects at a script's top level, measured in node) throws a
// RangeError the program catches, as node's; goja's own call-stack bound
// would have ended the run with an uncatchable one. (Not a conformance case:
// a clone this deep takes goja seconds, the wasm engine over its budget.)
func TestStructuredClone_depth(t *testing.T) {
	got := runVirtual(t, `
function nest(n) { let o = {}; for (let i = 0; i < n; i++) o = { a: o }; return o; }
for (const n of [1959, 1960]) {
  try { console.log(n, typeof structuredClone(nest(n))); } catch (e) { console.log(n, e instanceof RangeError, e.message); }
}
`)
	if want := "1959 object\n1960 true Maximum call stack size exceeded\n"; got != want {
		t.Errorf("got %q, want (node) %q", got, want)
	}
}

// Array.prototype.join (so toString and String()) and toLocaleString of
// nested arrays, and flat(Infinity), stop at node 20's depths (toLocaleString
// at join's: node's own is 3,587) with a
// catchable RangeError (measured in node at a script's top level): goja
// recursed in Go without a bound, and a million nested arrays ended evloop
// with "fatal error: stack overflow" (case errors/deep_join).
func TestNesting_bounds(t *testing.T) {
	got := runVirtual(t, `
function nest(n) { let a = []; for (let i = 0; i < n; i++) a = [a]; return a; }
function at(label, f, n) {
  try { f(nest(n)); console.log(label, n, 'ok'); } catch (e) { console.log(label, n, e instanceof RangeError, e.message); }
}
for (const n of [3219, 3220]) at('join', (a) => a.join(), n);
for (const n of [3219, 3220]) at('toLocaleString', (a) => a.toLocaleString(), n);
for (const n of [6277, 6278]) at('flat', (a) => a.flat(Infinity), n);
at('join nested in a callback', (a) => [0].map(() => a.join()), 3000);
`)
	want := `join 3219 ok
join 3220 true Maximum call stack size exceeded
toLocaleString 3219 ok
toLocaleString 3220 true Maximum call stack size exceeded
flat 6277 ok
flat 6278 true Maximum call stack size exceeded
join nested in a callback 3000 ok
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
