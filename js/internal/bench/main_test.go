package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun drives the tool once per case on a one-line program, with shell
// scripts standing in for evloop and the peer (they run node or print
// something else), so it checks the plumbing — the table, the output check,
// the "needs" rule — in a fraction of a second. No figure is asserted.
func TestRun(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	script := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Both stand-ins take the program as their last argument, as evloop and the peer do.
	same := script("same", `for a; do f=$a; done; exec `+node+` "$f"`)
	other := script("other", `echo ms=2; echo something else`)
	progs := filepath.Join(dir, "programs")
	os.Mkdir(progs, 0o755)
	os.WriteFile(filepath.Join(progs, "tiny.js"), []byte("console.log('ms=' + 1.5);\nconsole.log('done');\n"), 0o644)
	os.WriteFile(filepath.Join(progs, "io.js"), []byte("// needs: fs\nconsole.log('ms=1');\n"), 0o644)

	for _, tc := range []struct {
		name       string
		evloop     string
		only       string
		extra      []string
		code       int
		wantOut    []string
		wantStderr string
	}{
		{"same output", same, "tiny", nil, 0, []string{"| `tiny` | 1.50 | 1.50 | 1.50 | 1.00× | 1.00× |"}, ""},
		{"other output", other, "tiny", nil, 1, []string{"| `tiny` | 1.50 | error |"}, "output differs from node's"},
		{"needs a node module", same, "io", nil, 0, []string{"| `io` | 1.00 | 1.00 | — | 1.00× | — |"}, ""},
		{"two programs", same, "tiny, io", nil, 0, []string{"| `tiny` |", "| `io` |"}, ""},
		{"a base binary", same, "tiny", []string{"-base", same}, 0,
			[]string{"evloop native base ms | evloop native / node | evloop native / goja_nodejs | evloop native / base |",
				"| `tiny` | 1.50 | 1.50 | 1.50 | 1.50 | 1.00× | 1.00× | 1.00× |"}, ""},
		{"a base that differs", same, "tiny", []string{"-base", other}, 1, nil, "evloop native base, run 1: output differs"},
		{"cpu table", same, "tiny", []string{"-cpu"}, 0, []string{"CPU time of each process", "| `tiny` | 1.50 |"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"-runs", "1", "-engines", "native", "-node", node, "-evloop", tc.evloop,
				"-peer", same, "-programs", progs, "-only", tc.only}, tc.extra...), &out, &errb)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, out.String(), errb.String())
			}
			if tc.only == "tiny" && strings.Contains(out.String(), "`io`") {
				t.Errorf("-only tiny ran io.js too:\n%s", out.String())
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			if tc.wantStderr != "" && !strings.Contains(errb.String(), tc.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.wantStderr, errb.String())
			}
		})
	}
}
