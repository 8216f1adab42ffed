package inspect

import (
	"os/exec"
	"strings"
	"testing"
)

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
		if got := normalizeStack(c.in, nil); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestBuiltInNames_matchNode finds node's builtInObjects from the outside:
// a class named after each global, with its own toString, is printed by %s
// with inspect exactly when its name is in the set.
func TestBuiltInNames_matchNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	out, err := exec.Command(node, "-e", `
const util = require('util');
for (const n of Object.getOwnPropertyNames(globalThis).filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n))) {
  const C = ({ [n]: class { toString() { return 'own'; } } })[n];
  if (util.format('%s', new C()) !== 'own') console.log(n);
}`).Output()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, n := range strings.Fields(string(out)) {
		got[n] = true
		if !builtInNames[n] {
			t.Errorf("node treats %s as built in; builtInNames lacks it", n)
		}
	}
	for n := range builtInNames {
		if !got[n] {
			t.Errorf("builtInNames has %s; node does not treat it as built in", n)
		}
	}
}
