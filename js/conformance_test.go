package js_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/poller"
)

// conformanceDir holds the cases: one behaviour per file, with stdout and
// exit code recorded from node by `make golden` (js/internal/golden).
const conformanceDir = "testdata/conformance"

// caseWatchdog ends a case that hangs (node would have ended) so that it cannot
// hang the suite. Generous: a 3 s case ran past 30 s on a 2-core machine at a
// load average of 16, two cases at a time.
const caseWatchdog = 120 * time.Second

type confCase struct {
	name     string // category/file without .js
	file     string // absolute path of the .js
	wantOut  string
	wantCode int
}

// signalDirective marks a case that js/internal/golden records by sending
// node a signal (see its signal.go).
var signalDirective = regexp.MustCompile(`(?m)^// golden: send SIG[A-Z0-9]+ after "ready"$`)

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
		if src, err := os.ReadFile(f); err == nil && signalDirective.Match(src) {
			// Sent a signal from outside once it prints "ready": run as a
			// real process by host/cmd/evloop's TestSignalCases.
			continue
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
var realProcessCategories = []string{"child_process/", "worker_threads/"}

// needsRealProcesses reports whether case name is in one of them.
func needsRealProcesses(name string) bool {
	for _, p := range realProcessCategories {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// realProcesses lets host start children, as --allow-child-process does.
func realProcesses(host *sys.Host, b *poller.Real, dir string) {
	host.Procs = poller.NewProcs(b)
	allow := &poller.Allow{FS: poller.OSFS{}, Dirs: []string{dir, os.TempDir()}, ChildProcess: true}
	host.Allow = allow.Check
}

// runCase runs one case the way `evloop run` does, with the case's own
// directory as the working directory.
func runCase(c confCase, virtual bool) (string, string, int) {
	return runCaseIO(c, virtual, false)
}

// runCaseIO is runCase; realIO on the virtual clock gives the case real I/O
// (the reactor and the thread pool) instead of the simulation, as
// `evloop run --clock=virtual` does: the clock must wait for real work.
func runCaseIO(c confCase, virtual, realIO bool) (string, string, int) {
	var stdout, stderr bytes.Buffer
	opts := js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{c.file}, Cwd: filepath.Dir(c.file),
		Env: []string{"PATH=/usr/bin:/bin"}, Modules: extModules()}
	// The real clock gets real I/O (the reactor and the thread pool); the
	// virtual clock gets the simulation the page uses.
	if virtual && realIO {
		host, b, err := poller.NewRealHost(filepath.Dir(c.file))
		if err != nil {
			return "", err.Error(), -1
		}
		defer b.Close()
		host.Net = poller.NewNet(b)
		opts.Clock, opts.Host, opts.Backend = loop.NewVirtualClock(0), host, b
		opts.MaxTicks = 5_000_000
		opts.MaxMicrotasks = 5_000_000
	} else if virtual {
		clock := loop.NewVirtualClock(0)
		fsys := poller.NewSimFSOnClock(clock.Now)
		if err := fsys.Mount(filepath.Dir(c.file)); err != nil {
			return "", err.Error(), -1
		}
		host, s := poller.NewSimHost(clock, 4, poller.Latency{}, fsys)
		opts.Clock, opts.Backend, opts.Host = clock, s, host
		// Workers and simulated children run as further loops on the same
		// clock (poller.Sim.ForkWorker).
		opts.Modules = append(opts.Modules, workerthreads.Module(workerthreads.Config{Modules: extModules()}))
		opts.MaxTicks = 5_000_000
		opts.MaxMicrotasks = 5_000_000
	} else if host, b, err := poller.NewRealHost(filepath.Dir(c.file)); err == nil {
		defer b.Close()
		host.Net = poller.NewNet(b)
		if needsRealProcesses(c.name) {
			// As `evloop run --allow-child-process`.
			realProcesses(host, b, filepath.Dir(c.file))
			opts.Modules = append(opts.Modules, workerthreads.Module(workerthreads.Config{
				Modules: extModules(),
				NewOptions: func() (js.Options, func(), error) {
					host, b, err := poller.NewRealHost(filepath.Dir(c.file))
					if err != nil {
						return js.Options{}, nil, err
					}
					host.Net = poller.NewNet(b)
					realProcesses(host, b, filepath.Dir(c.file))
					return js.Options{Host: host, Backend: b}, func() { b.Close() }, nil
				}}))
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
	stop := time.AfterFunc(caseWatchdog, func() { rt.Interrupt(fmt.Errorf("conformance case ran longer than %v", caseWatchdog)) })
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
	// virtual-realio: the io/ and fs/ cases on the virtual clock with real
	// I/O, as `evloop run --clock=virtual` runs them.
	for _, clock := range []string{"real", "virtual", "virtual-realio"} {
		t.Run(clock, func(t *testing.T) {
			for _, c := range cases {
				if clock == "virtual-realio" && !strings.HasPrefix(c.name, "io/") && !strings.HasPrefix(c.name, "fs/") {
					continue
				}
				t.Run(c.name, func(t *testing.T) {
					switch simChild := strings.HasPrefix(c.name, "child_process/sim_"); {
					case clock == "virtual" && strings.HasPrefix(c.name, "child_process/") && !simChild:
						t.Skip("starts real processes: real clock and real I/O only")
					case clock == "real" && simChild:
						// process.execPath must be evloop's binary for a real
						// fork; this test has none (host/cmd/evloop's fork test runs one).
						t.Skip("forks evloop itself: run on the simulation here (site/docs/conformance.md)")
					}
					t.Parallel()
					out, errOut, code := runCaseIO(c, clock != "real", clock == "virtual-realio")
					for _, crash := range []string{"panic:", "fatal error:", "goroutine "} {
						if strings.Contains(errOut, crash) {
							t.Errorf("stderr shows a Go crash (%q): evloop must fail as node does\n%s", crash, errOut)
						}
					}
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
