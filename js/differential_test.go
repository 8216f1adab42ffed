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
// queueMicrotask, await, setImmediate and async-iteration callbacks that
// log their tags. It creates no timers: with no timer created after
// start-up, node's order depends on no clock, so node decides every line
// and evloop must match.
//
// An async-iteration step ("forawait": an async generator that logs,
// awaits and yields, consumed by for await, breaking early or not) starts
// in its own setImmediate callback, and its loop body schedules only
// nextTick and setImmediate callbacks (whose own bodies are unrestricted):
// lowered async iteration takes more microtask hops than V8's, so a loop
// running beside another promise chain would interleave differently, while
// a loop alone in its macrotask prints the same lines in the same order.
func genProgram(rnd *rand.Rand) string {
	n := 0
	var gen func(depth int, loopBody bool) string
	gen = func(depth int, loopBody bool) string {
		var b strings.Builder
		for k := rnd.IntN(4) + 1; k > 0; k-- {
			n++
			tag := fmt.Sprintf("L%d", n)
			kinds := []string{"log", "tick", "then", "qm", "imm", "async", "chain", "forawait"}
			if loopBody {
				kinds = []string{"log", "tick", "imm"}
			}
			kind := "log"
			if depth < 3 {
				kind = kinds[rnd.IntN(len(kinds))]
			}
			body := ""
			if kind == "forawait" {
				body = gen(depth+1, true)
			} else if kind != "log" {
				body = gen(depth+1, false)
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
			case "forawait":
				count, stop := rnd.IntN(3)+1, rnd.IntN(4)
				fmt.Fprintf(&b, "setImmediate(() => { (async () => { "+
					"const g = async function* () { try { for (let i = 0; i < %d; i++) { console.log('%sg' + i); await null; yield i; } } finally { console.log('%sf'); } }; "+
					"for await (const v of g()) { console.log('%sv' + v); if (v === %d) break; %s} console.log('%se'); })(); });\n",
					count, tag, tag, tag, stop, body, tag)
			}
		}
		return b.String()
	}
	return gen(0, false)
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
