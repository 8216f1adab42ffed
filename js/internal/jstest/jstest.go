// Package jstest holds what the binding rooms' tests share: running a
// program on evloop with the built-ins the CLI registers (js/builtins),
// on the real or the simulated pool, and running the same program under
// node to compare.
package jstest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
)

// IORun runs src as the main module with a thread pool of poolSize workers
// and a resolver: the simulated pool on the virtual clock (sim), or the
// real pool. rec, if not nil, records the trace; pool, if not nil, gets
// every pool completion the backend hands the loop (worker, start, end).
func IORun(t testing.TB, src string, sim bool, poolSize int, rec *trace.Recorder, pool *[]loop.Completion) (string, string, int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "prog.js")
	var out, errOut bytes.Buffer
	opts := js.Options{Stdout: &out, Stderr: &errOut, Argv: []string{file}, Cwd: filepath.Dir(file),
		Env: []string{"PATH=/usr/bin:/bin"}, MaxTicks: 1_000_000, MaxMicrotasks: 1_000_000, Modules: builtins.Portable()}
	if rec != nil {
		opts.Trace = rec
	}
	if sim {
		clock := loop.NewVirtualClock(0)
		s := poller.NewSim(clock, poolSize, poller.Latency{})
		opts.Clock, opts.Host = clock, &sys.Host{Pool: s, Resolver: poller.NewSimResolver()}
		opts.Backend = &poolSpy{VirtualBackend: s, seen: pool}
	} else {
		b, err := poller.NewReal(poolSize)
		if err != nil {
			t.Skipf("no reactor here: %v", err)
		}
		defer b.Close()
		opts.Host = &sys.Host{Pool: b, Resolver: poller.NewResolver(nil)}
		opts.Backend = &realSpy{Real: b, seen: pool}
	}
	rt, err := js.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	stop := time.AfterFunc(60*time.Second, func() { rt.Interrupt(errors.New("ran longer than 60s")) })
	defer stop.Stop()
	code := rt.RunSource(file, src)
	return out.String(), errOut.String(), code
}

// poolSpy passes a simulated backend through, noting the pool completions.
type poolSpy struct {
	loop.VirtualBackend
	seen *[]loop.Completion
}

func (p *poolSpy) Poll(buf []loop.Completion) []loop.Completion {
	n := len(buf)
	buf = p.VirtualBackend.Poll(buf)
	note(p.seen, buf[n:])
	return buf
}

// realSpy is poolSpy for the real backend.
type realSpy struct {
	*poller.Real
	seen *[]loop.Completion
}

func (p *realSpy) Poll(buf []loop.Completion) []loop.Completion {
	n := len(buf)
	buf = p.Real.Poll(buf)
	note(p.seen, buf[n:])
	return buf
}

func note(seen *[]loop.Completion, cs []loop.Completion) {
	if seen == nil {
		return
	}
	for _, c := range cs {
		if c.Worker != 0 {
			*seen = append(*seen, c)
		}
	}
}

// NetRun runs src (as file) with a network: real sockets on a Real
// backend (sim false), or the simulated loopback on the virtual clock with
// free clock reads and a 1 ns hop, where only the poll phases between a
// write and its read matter, as on a real loopback. extra modules are
// registered beside builtins.Portable().
func NetRun(t testing.TB, file, src string, sim bool, extra ...js.Module) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts := js.Options{Stdout: &out, Stderr: &errOut, Argv: []string{file}, Cwd: filepath.Dir(file),
		Env: []string{"PATH=/usr/bin:/bin"}, Modules: append(builtins.Portable(), extra...)}
	if sim {
		clock := loop.NewVirtualClock(-1)
		host, s := poller.NewSimHost(clock, 4, poller.Latency{Net: time.Nanosecond}, nil)
		opts.Clock, opts.Backend, opts.Host = clock, s, host
	} else {
		b, err := poller.NewReal(4)
		if err != nil {
			t.Skipf("no reactor here: %v", err)
		}
		defer b.Close()
		opts.Backend = b
		opts.Host = &sys.Host{Pool: b, Net: poller.NewNet(b)}
	}
	rt, err := js.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	stop := time.AfterFunc(30*time.Second, func() {
		rt.Interrupt(errors.New("ran longer than 30s"))
		if b, ok := opts.Backend.(*poller.Real); ok {
			b.Post(loop.Completion{Label: "test deadline", Run: func() {}}) // wakes a blocked Wait
		}
	})
	defer stop.Stop()
	code = rt.RunSource(file, src)
	return out.String(), errOut.String(), code
}

// SandboxRun runs src as dir/main.js on the real host the CLI makes
// (poller.NewRealHost, with loopback networking), its fs permission
// narrowed to dir and the also directories, so that the rest of the temp
// directory, where a test keeps what must stay out of reach, is denied as
// anything beyond --allow-fs is. It skips without a reactor.
func SandboxRun(t testing.TB, dir, src string, also ...string) (stdout, stderr string, code int) {
	t.Helper()
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		t.Skipf("no real host here: %v", err)
	}
	defer b.Close()
	host.Net = poller.NewNet(b)
	allow := &poller.Allow{FS: poller.OSFS{}, Dirs: append([]string{dir}, also...)}
	host.Allow = allow.Check
	var out, errOut bytes.Buffer
	file := filepath.Join(dir, "main.js")
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &errOut, Argv: []string{file}, Cwd: dir,
		Host: host, Backend: b, Env: []string{}, Modules: builtins.Portable()})
	if err != nil {
		t.Fatal(err)
	}
	code = rt.RunSource(file, src)
	return out.String(), errOut.String(), code
}

// BareRun runs src on the virtual clock with no Host at all: no pool, no
// resolver (a plugin sandbox).
func BareRun(t *testing.T, src string, rec *trace.Recorder) (string, string, int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "prog.js")
	var out, errOut bytes.Buffer
	opts := js.Options{Stdout: &out, Stderr: &errOut, Argv: []string{file}, Cwd: filepath.Dir(file),
		Env: []string{"PATH=/usr/bin:/bin"}, Clock: loop.NewVirtualClock(0), Modules: builtins.Portable()}
	if rec != nil {
		opts.Trace = rec
	}
	rt, err := js.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource(file, src)
	return out.String(), errOut.String(), code
}

// NodeRun runs src under node (as prog.js in dir), or skips the test
// without node.
func NodeRun(t *testing.T, dir, src string) (string, int) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	file := filepath.Join(dir, "prog.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, file)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout = &out
	err = cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), code
}

// DiffLines reports, line by line, where got (evloop's output) differs
// from want (node's); label, if not empty, heads each report.
func DiffLines(t testing.TB, label, got, want string) {
	t.Helper()
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(gl), len(wl)) {
		g, w := "", ""
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%sline %d:\n evloop %s\n node   %s", label, i+1, g, w)
		}
	}
}
