//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A Result is what one node run of a case produced, as far as the corpus
// compares it: stdout and the exit code. stderr is deliberately left out:
// it holds stack traces with absolute paths and warnings whose wording is
// node's business.
type Result struct {
	Stdout []byte
	Code   int
}

// codeFile renders the exit code the way <name>.code stores it.
func (r Result) codeFile() []byte { return []byte(strconv.Itoa(r.Code) + "\n") }

// parseCode reads a <name>.code file.
func parseCode(b []byte) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0, fmt.Errorf("bad exit code file: %w", err)
	}
	return n, nil
}

// diff explains the first difference between two results, or returns "" if
// they are equal. The wording names a as "want" and b as "got".
func diff(want, got Result) string {
	if want.Code != got.Code {
		return fmt.Sprintf("exit code: want %d, got %d", want.Code, got.Code)
	}
	if bytes.Equal(want.Stdout, got.Stdout) {
		return ""
	}
	wl := strings.SplitAfter(string(want.Stdout), "\n")
	gl := strings.SplitAfter(string(got.Stdout), "\n")
	for i := 0; ; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("stdout line %d: want %q, got %q", i+1, w, g)
		}
	}
}

// agree returns the common result of repeated runs of one case, or an error
// naming the first run that differs from the first one. Callers use it to
// refuse goldens for non-deterministic cases.
func agree(runs []Result) (Result, error) {
	if len(runs) == 0 {
		return Result{}, errors.New("no runs")
	}
	for i := 1; i < len(runs); i++ {
		if d := diff(runs[0], runs[i]); d != "" {
			return Result{}, fmt.Errorf("run 1 and run %d differ: %s", i+1, d)
		}
	}
	return runs[0], nil
}

// scrubbedEnv is the environment node runs with: the caller's, minus the
// variables that change what node prints (warnings, colours, preloads, pool
// size). NODE_NO_WARNINGS in particular is removed so that node's defaults
// apply.
func scrubbedEnv(environ []string) []string {
	var env []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "NODE_"),
			name == "FORCE_COLOR", name == "NO_COLOR",
			name == "UV_THREADPOOL_SIZE":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// leakedPath returns the first of paths (made absolute) that occurs in stdout,
// or "". Goldens must not depend on where the repository is checked out, so
// the recorder refuses a case that prints its own directory (or a parent of
// it down to two levels) or the temporary directory.
func leakedPath(stdout []byte, paths ...string) string {
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		for i := 0; i < 3 && len(abs) > 1; i++ {
			if bytes.Contains(stdout, []byte(abs)) {
				return abs
			}
			abs = filepath.Dir(abs)
		}
	}
	return ""
}

// A recorder runs cases under node. It is used by one goroutine at a time.
type recorder struct {
	node    string
	runs    int
	timeout time.Duration
	out     io.Writer // per-case report lines
}

// runOnce runs a case once. An error means there is no result to compare:
// node could not start, the case timed out or was killed by a signal it
// was not sent (see signalDirective).
func (r *recorder) runOnce(ctx context.Context, c Case) (Result, error) {
	src, err := os.ReadFile(c.Script())
	if err != nil {
		return Result{}, err
	}
	sig, hasSig, err := signalDirective(src)
	if err != nil {
		return Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, r.node, filepath.Base(c.Script()))
	cmd.Dir = c.Dir
	cmd.Env = scrubbedEnv(os.Environ())
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second
	if hasSig {
		err = runSendingSignal(cmd, sig)
	} else {
		err = cmd.Run()
	}
	if ctx.Err() != nil {
		return Result{}, fmt.Errorf("timed out after %v", r.timeout)
	}
	code, err := exitCode(cmd, err, hasSig)
	if err != nil {
		return Result{}, fmt.Errorf("%v; stderr: %s", err, lastLine(stderr.Bytes()))
	}
	return Result{Stdout: stdout.Bytes(), Code: code}, nil
}

// lastLine is the last non-empty line of b, for one-line error reports.
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}

// runAll runs a case r.runs times, stopping at the first failed run.
func (r *recorder) runAll(ctx context.Context, c Case) ([]Result, error) {
	results := make([]Result, 0, r.runs)
	for i := 0; i < r.runs; i++ {
		res, err := r.runOnce(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("run %d: %w", i+1, err)
		}
		results = append(results, res)
	}
	return results, nil
}

// recordAll records every case and returns the process exit status: 0 if all
// were recorded, 1 if any failed or was non-deterministic.
func (r *recorder) recordAll(ctx context.Context, cases []Case, stderr io.Writer) int {
	bad := 0
	for _, c := range cases {
		results, err := r.runAll(ctx, c)
		if err != nil {
			bad++
			fmt.Fprintf(r.out, "FAIL %s: %v\n", c.Rel, err)
			continue
		}
		res, err := agree(results)
		if err != nil {
			bad++
			fmt.Fprintf(r.out, "NONDETERMINISTIC %s: %v (not recorded)\n", c.Rel, err)
			continue
		}
		if p := leakedPath(res.Stdout, c.Dir, os.TempDir()); p != "" {
			bad++
			fmt.Fprintf(r.out, "FAIL %s: stdout contains the machine-specific path %q (not recorded)\n", c.Rel, p)
			continue
		}
		if err := writeGolden(c, res); err != nil {
			bad++
			fmt.Fprintf(r.out, "FAIL %s: %v\n", c.Rel, err)
			continue
		}
		fmt.Fprintf(r.out, "ok   %s (exit %d)\n", c.Rel, res.Code)
	}
	fmt.Fprintf(r.out, "recorded %d of %d cases, %d runs each\n", len(cases)-bad, len(cases), r.runs)
	if bad > 0 {
		fmt.Fprintf(stderr, "golden: %d cases not recorded\n", bad)
		return 1
	}
	return 0
}

// checkAll compares node's current results with the recorded goldens and
// returns 1 on any mismatch, missing golden or failed run.
func (r *recorder) checkAll(ctx context.Context, cases []Case, stderr io.Writer) int {
	bad := 0
	for _, c := range cases {
		want, err := readGolden(c)
		if err != nil {
			bad++
			fmt.Fprintf(r.out, "MISSING %s: %v\n", c.Rel, err)
			continue
		}
		results, err := r.runAll(ctx, c)
		if err != nil {
			bad++
			fmt.Fprintf(r.out, "FAIL %s: %v\n", c.Rel, err)
			continue
		}
		failed := false
		for i, got := range results {
			if d := diff(want, got); d != "" {
				fmt.Fprintf(r.out, "MISMATCH %s: run %d: %s\n", c.Rel, i+1, d)
				failed = true
				break
			}
		}
		if failed {
			bad++
			continue
		}
		fmt.Fprintf(r.out, "ok   %s\n", c.Rel)
	}
	fmt.Fprintf(r.out, "checked %d cases, %d bad\n", len(cases), bad)
	if bad > 0 {
		fmt.Fprintf(stderr, "golden: %d cases do not match their goldens\n", bad)
		return 1
	}
	return 0
}

// readGolden loads a case's recorded result.
func readGolden(c Case) (Result, error) {
	out, err := os.ReadFile(c.OutPath())
	if err != nil {
		return Result{}, err
	}
	codeText, err := os.ReadFile(c.CodePath())
	if err != nil {
		return Result{}, err
	}
	code, err := parseCode(codeText)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", filepath.Base(c.CodePath()), err)
	}
	return Result{Stdout: out, Code: code}, nil
}

// writeGolden stores a case's result, leaving files that already hold the
// same bytes untouched.
func writeGolden(c Case, res Result) error {
	if err := writeIfChanged(c.OutPath(), res.Stdout); err != nil {
		return err
	}
	return writeIfChanged(c.CodePath(), res.codeFile())
}

func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return os.WriteFile(path, data, 0o644)
}

// versionScript prints the oracle's identity in the NODE_VERSION format.
const versionScript = `console.log("node " + process.version);` +
	`console.log("libuv " + process.versions.uv);` +
	`console.log("v8 " + process.versions.v8);`

// writeVersion records which node and libuv produced the goldens in
// root/NODE_VERSION.
func (r *recorder) writeVersion(ctx context.Context, root string) error {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.node, "-e", versionScript)
	cmd.Env = scrubbedEnv(os.Environ())
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("ask %s for its version: %w", r.node, err)
	}
	return writeIfChanged(filepath.Join(root, "NODE_VERSION"), out)
}
