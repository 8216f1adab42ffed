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
