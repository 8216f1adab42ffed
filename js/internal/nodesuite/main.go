//go:build unix

// Command nodesuite runs a fixed selection of node's own test/parallel tests
// under node and under bin/evloop, and counts the tests evloop passes among
// those node passes (`<runtime> test-x.js` exits 0). Failures are grouped by
// their first error line. It is not part of `make test`: node's tests are not
// in this repository; pass a checkout of node's test/ directory:
//
//	go run ./js/internal/nodesuite -tests /tmp/nodetests/test -evloop bin/evloop
//	make nodesuite NODETESTS=/tmp/nodetests/test
//
// The selection (see selectTests): every test/parallel/test-<p>*.js for the
// event-loop prefixes in corePrefixes, plus every fifth file, in name order,
// of test-<area>-*.js for the areas in sampleAreas.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// corePrefixes are the event-loop areas taken whole.
var corePrefixes = []string{
	"timers", "next-tick", "promise", "microtask", "queue-microtask", "event",
	"eventtarget", "abort", "process-exit", "process-exit-code", "process-beforeexit",
}

// sampleAreas are taken one file in sampleEvery, in name order, from the first.
var sampleAreas = []string{"fs", "net", "buffer", "stream", "util"}

const sampleEvery = 5

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nodesuite", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tests := fs.String("tests", "", "`dir`: node's test/ directory (holding common/ and parallel/)")
	evloop := fs.String("evloop", "bin/evloop", "`path` of the evloop binary")
	node := fs.String("node", "node", "`path` of the node binary (the filter)")
	timeout := fs.Duration("timeout", 20*time.Second, "per-test time limit")
	jobs := fs.Int("j", 2, "tests run at once")
	engine := fs.String("engine", "native", "evloop's --engine")
	only := fs.String("only", "", "run only selected tests whose name contains `substring`")
	verbose := fs.Bool("v", false, "print each test's result")
	nodeList := fs.String("node-list", "", "`file` of the tests node passes: read if it exists (node is not run), else written")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *tests == "" {
		fmt.Fprintln(stderr, "nodesuite: -tests DIR (node's test/ directory) is required")
		return 2
	}
	root, err := filepath.Abs(*tests)
	if err != nil {
		fmt.Fprintf(stderr, "nodesuite: %v\n", err)
		return 2
	}
	bin, err := filepath.Abs(*evloop)
	if err != nil {
		fmt.Fprintf(stderr, "nodesuite: %v\n", err)
		return 2
	}
	names, err := selectTests(filepath.Join(root, "parallel"))
	if err != nil {
		fmt.Fprintf(stderr, "nodesuite: %v\n", err)
		return 2
	}
	if *only != "" {
		var kept []string
		for _, n := range names {
			if strings.Contains(n, *only) {
				kept = append(kept, n)
			}
		}
		names = kept
	}
	dir := filepath.Join(root, "parallel")
	nodeCmd := func(name string) []string { return []string{*node, name} }
	evCmd := func(name string) []string {
		return []string{bin, "--engine=" + *engine, "--allow-fs=" + root, "--allow-child-process", name}
	}

	var kept []string
	if b, err := os.ReadFile(*nodeList); *nodeList != "" && err == nil {
		listed := map[string]bool{}
		for _, n := range strings.Fields(string(b)) {
			listed[n] = true
		}
		for _, n := range names {
			if listed[n] {
				kept = append(kept, n)
			}
		}
	} else {
		nodeRes := runAll(dir, names, nodeCmd, *timeout, *jobs)
		for i, n := range names {
			if nodeRes[i].ok() {
				kept = append(kept, n)
			}
		}
		if *nodeList != "" {
			if err := os.WriteFile(*nodeList, []byte(strings.Join(kept, "\n")+"\n"), 0o644); err != nil {
				fmt.Fprintf(stderr, "nodesuite: %v\n", err)
				return 1
			}
		}
	}
	evRes := runAll(dir, kept, evCmd, *timeout, *jobs)

	causes := map[string][]string{}
	pass := 0
	for i, n := range kept {
		r := evRes[i]
		if r.ok() {
			pass++
			if *verbose {
				fmt.Fprintf(stdout, "PASS %s\n", n)
			}
			continue
		}
		c := r.cause()
		causes[c] = append(causes[c], n)
		if *verbose {
			fmt.Fprintf(stdout, "FAIL %s: %s\n", n, c)
		}
	}
	fmt.Fprintf(stdout, "selected %d tests; node passes %d; evloop (%s) passes %d of %d\n",
		len(names), len(kept), *engine, pass, len(kept))
	type group struct {
		cause string
		tests []string
	}
	var groups []group
	for c, ts := range causes {
		groups = append(groups, group{c, ts})
	}
	sort.Slice(groups, func(i, j int) bool {
		if len(groups[i].tests) != len(groups[j].tests) {
			return len(groups[i].tests) > len(groups[j].tests)
		}
		return groups[i].cause < groups[j].cause
	})
	for _, g := range groups {
		fmt.Fprintf(stdout, "%4d  %s\n", len(g.tests), g.cause)
		for _, t := range g.tests {
			fmt.Fprintf(stdout, "        %s\n", t)
		}
	}
	return 0
}

// selectTests lists the selection's file names in dir, sorted.
func selectTests(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var all []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasPrefix(e.Name(), "test-") && strings.HasSuffix(e.Name(), ".js") {
			all = append(all, e.Name())
		}
	}
	sort.Strings(all)
	picked := map[string]bool{}
	for _, n := range all {
		for _, p := range corePrefixes {
			if strings.HasPrefix(n, "test-"+p) {
				picked[n] = true
			}
		}
	}
	for _, a := range sampleAreas {
		i := 0
		for _, n := range all {
			if !strings.HasPrefix(n, "test-"+a+"-") {
				continue
			}
			if i%sampleEvery == 0 {
				picked[n] = true
			}
			i++
		}
	}
	var names []string
	for n := range picked {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

type result struct {
	code     int
	timedOut bool
	err      error
	output   []byte // stderr, then stdout
}

func (r result) ok() bool { return r.err == nil && !r.timedOut && r.code == 0 }

var errorLine = regexp.MustCompile(`(?:^|\s)(?:[A-Z][A-Za-z]*Error|AssertionError|Error)(?: \[[A-Z_0-9]+\])?:|^evloop: |^Mismatched |Uncaught|not (?:supported|implemented)`)

// cause is the first line that names an error, else a summary of how the run ended.
func (r result) cause() string {
	switch {
	case r.timedOut:
		return "timeout"
	case r.err != nil:
		return "could not run: " + r.err.Error()
	}
	for _, line := range strings.Split(string(r.output), "\n") {
		line = strings.TrimSpace(line)
		if errorLine.MatchString(line) {
			if len(line) > 160 {
				line = line[:160] + "…"
			}
			return line
		}
	}
	return fmt.Sprintf("exit code %d, no error line", r.code)
}

func runAll(dir string, names []string, cmd func(string) []string, timeout time.Duration, jobs int) []result {
	res := make([]result, len(names))
	var wg sync.WaitGroup
	// Each slot is a TEST_THREAD_ID, so that tests running at once get
	// their own test/.tmp.<id> (node's test/common/tmpdir.js).
	slots := make(chan int, max(jobs, 1))
	for i := range max(jobs, 1) {
		slots <- i
	}
	for i, n := range names {
		wg.Add(1)
		slot := <-slots
		go func() {
			defer wg.Done()
			defer func() { slots <- slot }()
			res[i] = runOne(dir, cmd(n), timeout, slot)
		}()
	}
	wg.Wait()
	return res
}

func runOne(dir string, argv []string, timeout time.Duration, slot int) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	c := exec.CommandContext(ctx, argv[0], argv[1:]...)
	c.Dir = dir
	c.Env = append(cleanEnv(), fmt.Sprintf("TEST_THREAD_ID=%d", slot))
	c.WaitDelay = 2 * time.Second
	var out, errb bytes.Buffer
	c.Stdout, c.Stderr = &out, &errb
	c.Stdin = nil
	err := c.Run()
	r := result{output: append(errb.Bytes(), out.Bytes()...)}
	if ctx.Err() != nil {
		r.timedOut = true
		return r
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
		if r.code < 0 {
			r.code = 128 + 9
		}
	default:
		r.err = err
	}
	return r
}

// cleanEnv drops the variables that change either runtime's defaults.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "NODE_") || strings.HasPrefix(k, "TEST_") || k == "FORCE_COLOR" || k == "NO_COLOR" || k == "UV_THREADPOOL_SIZE" {
			continue
		}
		env = append(env, kv)
	}
	return env
}
