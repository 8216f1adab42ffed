package inspect

import "testing"

func TestNormalizeStack(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain message stays", "Error: x", "Error: x"},
		{"goja layout becomes V8's",
			"Error: x\n\tat f (/a.js:2:3(7))\n\tat /a.js:5:1(20)\n",
			"Error: x\n    at f (/a.js:2:3)\n    at /a.js:5:1"},
		{"evloop's frames are dropped",
			"Error: x\n\tat /a.js:6:13(5)\n\tat github.com/evloop/evloop/js.(*Runtime).install.func5 (native)\n\tat enter (<eval>:1:30(3))\n",
			"Error: x\n    at /a.js:6:13"},
		{"a message that mentions evloop is kept",
			"Error: github.com/evloop/ is here\n\tat g (/b.js:1:1(0))\n",
			"Error: github.com/evloop/ is here\n    at g (/b.js:1:1)"},
	} {
		if got := normalizeStack(c.in); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
