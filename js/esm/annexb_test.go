package esm

import "testing"

func TestNeedsAnnexBLowering(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"{ function f() {} }\nf();", true},
		{"if (x) { function f() {} }", true},
		{"if (x) {} else { function f() {} }", true},
		{"try { function f() {} } catch (e) {}", true},
		{"switch (x) { case 1: function f() {} }", true},
		{"for (;;) { function f() {} break; }", true},
		{"function g() { if (a) { function f() {} } }", true},
		{"function f() {}\nfunction g() { return function () {}; }", false},
		{"const o = { a: function () {} };", false},
		{"if (x) { const f = function () {}; }", false},
		{"if (x) { async function f() {} }", false},
		{"if (x) { function* f() {} }", false},
		{"class A { m() { function inner() {} } }", false},
		{"const g = () => { function f() {} };", false},
		{"x.forEach(function (y) { function f() {} });", false},
		{"const s = '{ function f() {} }';", false},
	} {
		if got := NeedsAnnexBLowering(tt.src); got != tt.want {
			t.Errorf("NeedsAnnexBLowering(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
