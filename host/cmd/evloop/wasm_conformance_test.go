package main

// The conformance corpus (js/testdata/conformance) on the wasm engine, as
// `evloop run --engine=wasm` runs it: on real I/O its output must be node's
// (the cases the native engine lists in js/testdata/known-differences.txt
// are skipped, as js.TestConformance skips them), and on the simulation
// with the virtual clock its JSON trace must be byte-identical to the
// native engine's. One in-memory compilation cache serves every run, so
// the module compiles once per test binary.

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/evloop/evloop/host"
)

const corpusDir = "../../../js/testdata/conformance"

type corpusCase struct {
	name     string // category/file without .js
	file     string // absolute path
	wantOut  string
	wantCode int
	signal   string // the signal the case is sent after "ready" (TestSignalCases), or ""
}

// loadCorpus is the cases that run on their own (no signal from outside).
func loadCorpus(t *testing.T) []corpusCase {
	var own []corpusCase
	for _, c := range loadAllCases(t) {
		if c.signal == "" {
			own = append(own, c)
		}
	}
	return own
}

// signalDirective is js/internal/golden's: send the signal once stdout has
// a line "ready".
var signalDirective = regexp.MustCompile(`(?m)^// golden: send (SIG[A-Z0-9]+) after "ready"$`)

func loadAllCases(t *testing.T) []corpusCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*", "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance cases under %s (%v)", corpusDir, err)
	}
	var cases []corpusCase
	for _, f := range files {
		base := strings.TrimSuffix(f, ".js")
		out, err := os.ReadFile(base + ".out")
		if err != nil {
			continue // node itself does not decide this one
		}
		codeText, err := os.ReadFile(base + ".code")
		if err != nil {
			t.Fatalf("%s has a .out but no .code", f)
		}
		code, err := strconv.Atoi(strings.TrimSpace(string(codeText)))
		if err != nil {
			t.Fatalf("%s.code: %v", base, err)
		}
		abs, _ := filepath.Abs(f)
		rel, _ := filepath.Rel(corpusDir, base)
		var signal string
		if src, err := os.ReadFile(f); err == nil {
			if m := signalDirective.FindSubmatch(src); m != nil {
				signal = string(m[1])
			}
		}
		cases = append(cases, corpusCase{name: filepath.ToSlash(rel), file: abs, wantOut: string(out), wantCode: code, signal: signal})
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases
}

// corpusKnown reads js/testdata/known-differences.txt ("name[@clock]: reason").
func corpusKnown() map[string]string {
	f, err := os.Open(filepath.Join(corpusDir, "..", "known-differences.txt"))
	if err != nil {
		return nil
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, ":")
		m[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return m
}

// needWasm skips without the module, and gives every wasm run of this test
// binary one host.Engine: the module compiled once.
func needWasm(t *testing.T) {
	t.Helper()
	if _, err := host.Module(); err != nil {
		t.Skip("the wasm module is not built (make wasm)")
	}
	if _, err := host.HostModule(); err != nil {
		t.Skip("the wasm host module is not built (make wasm)")
	}
	if testing.Short() {
		t.Skip("the corpus on the wasm engine takes minutes")
	}
	if wasmEngine == nil {
		wasmEngine = host.NewEngine(host.Config{Cache: wazero.NewCompilationCache()})
	}
}

func runCLI(args ...string) (string, string, int) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// caseTimeout bounds one case on the wasm engine. A case takes 1–5 s on a
// quiet 2-core machine; with the corpus running two at a time beside other
// work (CI's machine is busy; a load average of 30 was seen) the same cases
// took over 60 s, the bound before, and failed with no output. A hang still
// fails, only later.
const caseTimeout = "300s"

// TestWasmConformance_realIO: every case on the wasm engine with real I/O
// (the evloophost build: the host's reactor, files and sockets) prints
// what node printed.
func TestWasmConformance_realIO(t *testing.T) {
	needWasm(t)
	cases := loadCorpus(t)
	known := corpusKnown()
	var pass, skip atomic.Int32
	t.Cleanup(func() {
		t.Logf("wasm engine, real I/O: %d of %d cases match node, %d known differences skipped", pass.Load(), len(cases), skip.Load())
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if strings.HasPrefix(c.name, "child_process/") || strings.HasPrefix(c.name, "worker_threads/") {
				t.Skip("starts real processes: the wasm engine has no process host (site/docs/conformance.md)")
			}
			if strings.HasPrefix(c.name, "dgram/") {
				t.Skip("UDP: the wasm host's network gives the guest TCP only (dgram is ENOSYS there; site/docs/builtins.md); the simulation runs these cases")
			}
			t.Parallel()
			out, errOut, code := runCLI("run", "--engine=wasm", "--timeout="+caseTimeout, "--cwd="+filepath.Dir(c.file), c.file)
			if crash := goCrash(errOut); crash != "" {
				t.Fatalf("stderr shows a crash (%q), known difference or not:\n%s", crash, errOut)
			}
			match := out == c.wantOut && code == c.wantCode
			reason, isKnown := known[c.name]
			if !isKnown {
				reason, isKnown = known[c.name+"@real"]
			}
			switch {
			case match:
				pass.Add(1)
				if isKnown {
					t.Logf("%s matches node on the wasm engine although listed: %s", c.name, reason)
				}
			case isKnown:
				skip.Add(1)
				t.Skipf("known difference: %s", reason)
			default:
				t.Errorf("exit code %d (node %d)\n--- evloop wasm stdout\n%s--- node stdout\n%s--- evloop wasm stderr\n%s",
					code, c.wantCode, out, c.wantOut, errOut)
			}
		})
	}
}

// goCrash names the first sign of a Go crash in stderr (the host's or the
// guest's: a panic, a fatal error, a goroutine dump, wazero's trap for a
// guest that died, or the one line the CLI prints for a crash instead:
// "evloop: internal error: …"), or "".
func goCrash(stderr string) string {
	for _, bad := range []string{"panic:", "fatal error:", "goroutine ", "wasm error:", "wasm stack trace", "internal error:"} {
		if strings.Contains(stderr, bad) {
			return bad
		}
	}
	return ""
}

// TestWasmTrace_matchesNative: on the simulation and the virtual clock, the
// wasm engine's JSON trace (and output) is byte for byte the native
// engine's, for every case.
func TestWasmTrace_matchesNative(t *testing.T) {
	needWasm(t)
	cases := loadCorpus(t)
	var same atomic.Int32
	t.Cleanup(func() {
		t.Logf("virtual clock: %d of %d cases give byte-identical traces on both engines", same.Load(), len(cases))
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			simChild := strings.HasPrefix(c.name, "child_process/sim_")
			if strings.HasPrefix(c.name, "child_process/") && !simChild {
				t.Skip("starts real processes: only the sim_ cases run their children on the simulation (site/docs/conformance.md)")
			}
			t.Parallel()
			dir := t.TempDir()
			traces := [2][]byte{}
			outs := [2]string{}
			codes := [2]int{}
			for i, engine := range []string{"native", "wasm"} {
				tr := filepath.Join(dir, engine+".jsonl")
				out, errOut, code := runCLI("run", "--engine="+engine, "--clock=virtual", "--io=sim", "--timeout="+caseTimeout,
					"--trace=json", "--trace-out="+tr, "--cwd="+filepath.Dir(c.file), c.file)
				if crash := goCrash(errOut); crash != "" {
					t.Fatalf("%s engine: stderr shows a crash (%q):\n%s", engine, crash, errOut)
				}
				b, err := os.ReadFile(tr)
				if err != nil {
					t.Fatal(err)
				}
				// The one thing that differs by nature: the process id in
				// node's warnings (the guest's is WASI's).
				b = pidRE.ReplaceAll(b, []byte("(node:PID)"))
				traces[i], outs[i], codes[i] = b, out, code
			}
			if outs[0] != outs[1] || codes[0] != codes[1] {
				t.Fatalf("output differs: native exit %d, wasm exit %d\n--- native\n%s--- wasm\n%s", codes[0], codes[1], outs[0], outs[1])
			}
			if (simChild || strings.HasPrefix(c.name, "worker_threads/")) && (outs[1] != c.wantOut || codes[1] != c.wantCode) {
				// Workers and simulated children are node-exact (js TestConformance/virtual).
				t.Fatalf("wasm --io=sim: exit %d (node %d)\n--- wasm\n%s--- node\n%s", codes[1], c.wantCode, outs[1], c.wantOut)
			}
			if !bytes.Equal(traces[0], traces[1]) {
				t.Fatalf("traces differ (%d and %d bytes) from line %d:\n--- native\n%s\n--- wasm\n%s",
					len(traces[0]), len(traces[1]), firstDiff(traces[0], traces[1])+1,
					lineAt(traces[0], firstDiff(traces[0], traces[1])), lineAt(traces[1], firstDiff(traces[0], traces[1])))
			}
			same.Add(1)
		})
	}
}

var pidRE = regexp.MustCompile(`\(node:[0-9]+\)`)

// firstDiff is the index of the first line where a and b differ.
func firstDiff(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i
		}
	}
	return min(len(la), len(lb))
}

func lineAt(b []byte, i int) string {
	lines := bytes.Split(b, []byte("\n"))
	if i < len(lines) {
		return string(lines[i])
	}
	return "(end)"
}
