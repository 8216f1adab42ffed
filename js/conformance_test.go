package js_test

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/poller"
)

// conformanceDir holds the cases: one behaviour per file, with stdout and
// exit code recorded from node by `make golden` (js/internal/golden).
const conformanceDir = "testdata/conformance"

type confCase struct {
	name     string // category/file without .js
	file     string // absolute path of the .js
	wantOut  string
	wantCode int
}

func loadCases(t testing.TB) []confCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*", "*.js"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []confCase
	for _, f := range files {
		base := strings.TrimSuffix(f, ".js")
		out, err := os.ReadFile(base + ".out")
		if err != nil {
			continue // no golden: a case node itself does not decide (see NONDETERMINISTIC.md)
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
		rel, _ := filepath.Rel(conformanceDir, base)
		cases = append(cases, confCase{name: filepath.ToSlash(rel), file: abs, wantOut: string(out), wantCode: code})
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases
}

// knownDifferences reads testdata/known-differences.txt: "category/name: reason"
// lines naming cases where evloop deliberately or not yet matches node.
// site/docs/conformance.md explains each.
func knownDifferences(t testing.TB) map[string]string {
	f, err := os.Open("testdata/known-differences.txt")
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

// realProcessCategories start real processes: they run only on the real
// clock with real I/O, with --allow-child-process (see
// site/docs/conformance.md).
var realProcessCategories = []string{"child_process/"}

// needsRealProcesses reports whether case name is in one of them.
func needsRealProcesses(name string) bool {
	for _, p := range realProcessCategories {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// runCase runs one case the way `evloop run` does, with the case's own
// directory as the working directory.
func runCase(c confCase, virtual bool) (string, string, int) {
	var stdout, stderr bytes.Buffer
	opts := js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{c.file}, Cwd: filepath.Dir(c.file),
		Env: []string{"PATH=/usr/bin:/bin"}, Modules: extModules()}
	// The real clock gets real I/O (the reactor and the thread pool); the
	// virtual clock gets the simulation the page uses.
	if virtual {
		clock := loop.NewVirtualClock(0)
		fsys := poller.NewSimFSOnClock(clock.Now)
		if err := fsys.Mount(filepath.Dir(c.file)); err != nil {
			return "", err.Error(), -1
		}
		host, s := poller.NewSimHost(clock, 4, poller.Latency{}, fsys)
		opts.Clock, opts.Backend, opts.Host = clock, s, host
		opts.MaxTicks = 5_000_000
		opts.MaxMicrotasks = 5_000_000
	} else if host, b, err := poller.NewRealHost(filepath.Dir(c.file)); err == nil {
		defer b.Close()
		host.Net = poller.NewNet(b)
		if needsRealProcesses(c.name) {
			// As `evloop run --allow-child-process`.
			host.Procs = poller.NewProcs(b)
			allow := &poller.Allow{FS: poller.OSFS{}, Dirs: []string{filepath.Dir(c.file), os.TempDir()}, ChildProcess: true}
			host.Allow = allow.Check
		}
		opts.Host, opts.Backend = host, b
	}
	rt, err := js.New(opts)
	if err != nil {
		return "", err.Error(), -1
	}
	src, err := os.ReadFile(c.file)
	if err != nil {
		return "", err.Error(), -1
	}
	// A case that hangs (node would have ended) must not hang the suite.
	stop := time.AfterFunc(30*time.Second, func() { rt.Interrupt(errors.New("conformance case ran longer than 30s")) })
	code := rt.RunSource(c.file, string(src))
	stop.Stop()
	return stdout.String(), stderr.String(), code
}

// TestConformance runs every case under the real and the virtual clock and
// compares stdout and the exit code with what node printed.
func TestConformance(t *testing.T) {
	cases := loadCases(t)
	if len(cases) == 0 {
		t.Fatal("no conformance cases found")
	}
	known := knownDifferences(t)
	for _, clock := range []string{"real", "virtual"} {
		t.Run(clock, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					if clock == "virtual" && needsRealProcesses(c.name) {
						t.Skip("starts real processes: real clock and real I/O only")
					}
					t.Parallel()
					out, errOut, code := runCase(c, clock == "virtual")
					match := out == c.wantOut && code == c.wantCode
					reason, isKnown := known[c.name]
					if !isKnown {
						reason, isKnown = known[c.name+"@"+clock]
					}
					switch {
					case match && isKnown:
						t.Errorf("%s now matches node: remove it from testdata/known-differences.txt", c.name)
					case match:
					case isKnown:
						t.Skipf("known difference: %s", reason)
					default:
						t.Errorf("exit code %d (node %d)\n--- evloop stdout\n%s--- node stdout\n%s--- evloop stderr\n%s",
							code, c.wantCode, out, c.wantOut, errOut)
					}
				})
			}
		})
	}
}
