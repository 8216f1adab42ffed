package js_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// genProgram writes a random program of nested nextTick, promise,
// queueMicrotask, await and setImmediate callbacks that log their tags.
// It creates no timers: with no timer created after start-up, node's order
// depends on no clock, so node decides every line and evloop must match.
func genProgram(rnd *rand.Rand) string {
	n := 0
	var gen func(depth int) string
	gen = func(depth int) string {
		var b strings.Builder
		for k := rnd.IntN(4) + 1; k > 0; k-- {
			n++
			tag := fmt.Sprintf("L%d", n)
			kinds := []string{"log", "tick", "then", "qm", "imm", "async", "chain"}
			kind := "log"
			if depth < 3 {
				kind = kinds[rnd.IntN(len(kinds))]
			}
			body := ""
			if kind != "log" {
				body = gen(depth + 1)
			}
			switch kind {
			case "log":
				fmt.Fprintf(&b, "console.log('%s');\n", tag)
			case "tick":
				fmt.Fprintf(&b, "process.nextTick(() => { console.log('%s'); %s});\n", tag, body)
			case "then":
				fmt.Fprintf(&b, "Promise.resolve().then(() => { console.log('%s'); %s});\n", tag, body)
			case "qm":
				fmt.Fprintf(&b, "queueMicrotask(() => { console.log('%s'); %s});\n", tag, body)
			case "imm":
				fmt.Fprintf(&b, "setImmediate(() => { console.log('%s'); %s});\n", tag, body)
			case "async":
				fmt.Fprintf(&b, "(async () => { console.log('%sa'); await null; console.log('%sb'); %s})();\n", tag, tag, body)
			case "chain":
				fmt.Fprintf(&b, "Promise.resolve().then(() => console.log('%sx')).then(() => { console.log('%sy'); %s});\n", tag, tag, body)
			}
		}
		return b.String()
	}
	return gen(0)
}

// TestDifferential runs random programs under node (at test time) and
// under evloop on both clocks, and compares their output line for line.
func TestDifferential(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the differential test needs the oracle")
	}
	dir := t.TempDir()
	for seed := uint64(1); seed <= 40; seed++ {
		src := genProgram(rand.New(rand.NewPCG(seed, 2026)))
		file := filepath.Join(dir, fmt.Sprintf("p%d.js", seed))
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			var want bytes.Buffer
			cmd := exec.Command(node, file)
			cmd.Stdout = &want
			if err := cmd.Run(); err != nil {
				t.Fatalf("node: %v", err)
			}
			c := confCase{name: "differential", file: file}
			for _, virtual := range []bool{false, true} {
				got, stderr, code := runCase(c, virtual)
				if got != want.String() || code != 0 {
					t.Errorf("virtual=%v: exit %d, output differs from node's\nprogram:\n%s\n--- evloop\n%s--- node\n%s--- stderr\n%s",
						virtual, code, src, got, want.String(), stderr)
				}
			}
		})
	}
}
