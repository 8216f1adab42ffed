package inspect

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// nodeResults runs every oracle case through node once and returns node's
// output per case, or skips the test when node is not installed.
func nodeResults(t *testing.T, cases []oracleCase) []string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH; expectations come from node at test time")
	}
	type jsonCase struct {
		Mode string `json:"mode"`
		Expr string `json:"expr"`
		Opts string `json:"opts,omitempty"`
	}
	in := make([]jsonCase, len(cases))
	for i, c := range cases {
		in[i] = jsonCase{c.mode, c.expr, c.opts}
	}
	input, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "testdata/oracle.js")
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var res []string
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output: %v", err)
	}
	if len(res) != len(cases) {
		t.Fatalf("node returned %d results for %d cases", len(res), len(cases))
	}
	return res
}

// evloopResult computes what this package prints for a case, mirroring
// testdata/oracle.js.
func evloopResult(rt *goja.Runtime, c oracleCase) string {
	v, err := rt.RunString("(" + c.expr + ")")
	if err != nil {
		return "EVAL ERROR: " + err.Error()
	}
	opts := Defaults()
	if c.opts != "" {
		ov, err := rt.RunString("(" + c.opts + ")")
		if err != nil {
			return "EVAL ERROR: " + err.Error()
		}
		opts = ParseOptions(rt, ov, opts)
	}
	var s string
	var ex *goja.Exception
	if c.mode == "format" {
		arr := v.(*goja.Object)
		n := int(arr.Get("length").ToInteger())
		args := make([]goja.Value, n)
		for i := range args {
			args[i] = arr.Get(itoa(i))
		}
		s, ex = TryFormat(rt, opts, args)
	} else {
		s, ex = TryInspect(rt, v, opts)
	}
	if ex != nil {
		msg := ""
		if o, ok := ex.Value().(*goja.Object); ok {
			msg = o.Get("message").String()
		}
		return "THROWS: " + msg
	}
	return s
}

// dropFrames removes stack frame lines, which differ between V8 and goja.
func dropFrames(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		t := strings.TrimLeft(stripANSI(l), " ")
		if strings.HasPrefix(t, "at ") || strings.HasPrefix(t, "... ") && strings.Contains(t, "lines matching cause stack trace") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestInspect_matchesNode(t *testing.T) {
	want := nodeResults(t, oracleCases)
	rt := goja.New()
	matched := 0
	for i, c := range oracleCases {
		name := c.mode + " " + c.expr
		if c.opts != "" {
			name += " " + c.opts
		}
		got := evloopResult(rt, c)
		exp := want[i]
		if c.frames {
			got, exp = dropFrames(got), dropFrames(exp)
		}
		if got == exp {
			matched++
		}
		t.Run(name, func(t *testing.T) {
			if c.engine != "" {
				if got == exp {
					t.Fatalf("marked as an engine difference (%s) but matches node now; drop the mark", c.engine)
				}
				t.Skipf("engine difference: %s\n got: %q\nwant: %q", c.engine, got, exp)
			}
			if got != exp {
				t.Errorf("\n got: %q\nwant: %q", got, exp)
			}
		})
	}
	t.Logf("%d of %d cases match node %s", matched, len(oracleCases), nodeVersion())
}

func nodeVersion() string {
	out, err := exec.Command("node", "--version").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(out))
}

// TestIteratorPreviewFields: the private goja fields previewIterator reads
// are still there (a goja upgrade that renames them fails here, not
// silently in every Map iterator's output).
func TestIteratorPreviewFields(t *testing.T) {
	rt := goja.New()
	for _, c := range []struct {
		expr string
		set  bool
		kv   bool
		n    int
	}{
		{`(() => { const it = new Map([[1, 2], [3, 4]]).entries(); it.next(); return it })()`, false, true, 2},
		{`new Map([[1, 2], [3, 4]]).keys()`, false, false, 2},
		{`new Set([1, 2, 3]).values()`, true, false, 3},
		{`new Set([1]).entries()`, true, true, 2},
	} {
		v, err := rt.RunString(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		p, ok := previewIterator(v.ToObject(rt))
		if !ok || p.set != c.set || p.keyValue != c.kv || len(p.values) != c.n {
			t.Errorf("%s: preview %+v ok=%v, want set=%v keyValue=%v %d values", c.expr, p, ok, c.set, c.kv, c.n)
		}
	}
	if _, ok := previewIterator(rt.NewObject()); ok {
		t.Error("a plain object previewed as an iterator")
	}
}
