package relchain

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func TestSource(t *testing.T) {
	vm := goja.New()
	for _, c := range []struct{ src, want string }{
		{`3 > 2 > 1`, "false"},
		{`1 < 2 < 3 < 0`, "false"},
		{`(3 > 2) > 1`, "false"},
		{`3 > (2 > 1)`, "true"},
		{`var a = [1]; 0 in a < 1`, "false"},
		{`(1) < (2) < (0)`, "false"},
		{`f = (x) => x; f(3) > f(2) > f(1)`, "false"},
		{"1" + strings.Repeat("&&1", 30), "1"},
		{"0" + strings.Repeat("||(0)", 30), "0"},
		{"null" + strings.Repeat("??null", 20) + "??7", "7"},
		{`1 + 2`, "3"},
	} {
		start := time.Now()
		out := Source(c.src, "", "")
		v, err := vm.RunString(out)
		if err != nil {
			t.Errorf("%s: %s: %v", c.src, out, err)
			continue
		}
		if got := v.String(); got != c.want {
			t.Errorf("%s: as %s gives %s, want %s", c.src, out, got, c.want)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: %v", c.src, d)
		}
	}
	// A function body parses inside the wrapper it is given.
	body := "return 3 > 2 > 1"
	if got := Source(body, "(function(){\n", "\n})"); got != "return ((3 > 2) > 1)" {
		t.Errorf("body: %q", got)
	}
	// Code that does not parse is left to goja to report.
	if got := Source("3 > 2 > ", "", ""); got != "3 > 2 > " {
		t.Errorf("bad code changed: %q", got)
	}
}
