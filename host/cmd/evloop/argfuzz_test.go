package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// argfuzzCrash is what a run must never show: a Go panic (evloop's "internal
// error" line, or the raw runtime report), a fatal error or a goroutine dump.
var argfuzzCrash = regexp.MustCompile(`internal error|panic: |fatal error: |goroutine \d+ \[|FATAL ERROR`)

// TestArgFuzz runs js/testdata/argfuzz/argfuzz.js, which calls every function
// reachable from the built-in modules and the globals with hostile arguments,
// as a real evloop process (this test binary as main) in a scratch directory.
// A JavaScript exception is the right answer to each call; the run must end
// with the program's own summary line and exit 0, and stderr must show no
// crash. The seed is fixed, so a failure replays with
// `ARGFUZZ_STRIDE=4 evloop argfuzz.js 1 1 ” 1e4 quick` (ARGFUZZ_TRACE=2
// names every call).
func TestArgFuzz(t *testing.T) {
	if testing.Short() {
		t.Skip("about 20 s of CPU")
	}
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "js", "testdata", "argfuzz", "argfuzz.js"))
	if err != nil {
		t.Fatal(err)
	}
	// The script's own directory is writable to it: keep the fuzzer's file
	// writes (relative names) in a temporary directory, away from the repo.
	dir := t.TempDir()
	file := filepath.Join(dir, "argfuzz.js")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	// A 1 GB heap limit: the hostile sizes (2 ** 32, 2 ** 31) meet
	// "Array buffer allocation failed" quickly instead of zero-filling gigabytes.
	// Seed 1, one random call per function, 10,000-character strings, each
	// hostile value as the only argument, every 4th function: about 170,000
	// calls in 30 s on the loaded 2-core machine. Seeds 2-4 (or
	// ARGFUZZ_STRIDE=1) cover the rest; `evloop argfuzz.js 1 6` is the whole run.
	cmd := evloopCmd(t, "run", "--max-old-space-size=1024", "--timeout=150s", file, "1", "1", "", "1e4", "quick")
	cmd.Env = append(cmd.Env, "ARGFUZZ_STRIDE=4")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	elapsed := time.Since(start)
	if m := argfuzzCrash.FindString(stderr.String()); m != "" {
		i := strings.Index(stderr.String(), m)
		t.Errorf("stderr shows a crash (%q):\n%s", m, tail(stderr.String()[max(0, i-2000):], 4000))
	}
	if err != nil {
		t.Errorf("exit: %v\nstderr tail:\n%s", err, tail(stderr.String(), 2000))
	}
	summary := regexp.MustCompile(`argfuzz done: .*`).FindString(stdout.String())
	if summary == "" {
		t.Errorf("no summary line: the run ended early\nstdout tail:\n%s", tail(stdout.String(), 1000))
	}
	t.Logf("%s in %v", summary, elapsed.Round(time.Millisecond))
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
