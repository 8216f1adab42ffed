package childprocess_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	childprocess "github.com/evloop/evloop/js/child_process"
	"github.com/evloop/evloop/js/net"
	"github.com/evloop/evloop/poller"
)

// run runs src on real I/O with child processes allowed (or not) and
// returns stdout, stderr and the exit code.
func run(t testing.TB, src string, allow bool) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		t.Skip(err)
	}
	defer b.Close()
	host.Procs = poller.NewProcs(b)
	a := &poller.Allow{Dirs: []string{dir}, ChildProcess: allow}
	host.Allow = a.Check
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Cwd: dir, Env: []string{"PATH=/usr/bin:/bin"},
		Host: host, Backend: b, Modules: []js.Module{childprocess.Module(), net.Module()}})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource(filepath.Join(dir, "main.js"), src)
	return stdout.String(), stderr.String(), code
}

// zombies lists this process's children that have ended but were not
// reaped (state Z in /proc).
func zombies(t *testing.T) []string {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	me := strconv.Itoa(os.Getpid())
	var out []string
	for _, f := range stats {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so cut at the last ')'.
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		if i < 0 {
			continue
		}
		fields := strings.Fields(s[i+1:])
		if len(fields) >= 2 && fields[0] == "Z" && fields[1] == me {
			out = append(out, s[:i+1])
		}
	}
	return out
}

// TestNoZombiesNoLeaks: children that exit, are killed, fail to start or
// run synchronously are all reaped, and the goroutines that watched them
// are gone once the program ended.
func TestNoZombiesNoLeaks(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("counts zombies in /proc")
	}
	before := runtime.NumGoroutine()
	src := `
const cp = require('child_process');
let left = 0;
const done = () => { if (--left === 0) console.log('all done'); };
for (let i = 0; i < 20; i++) { left++; cp.spawn('true').on('close', done); }
left++; const s = cp.spawn('sleep', ['10']); s.on('close', done); s.kill('SIGKILL');
left++; cp.spawn('no-such-command-evloop').on('error', () => {}).on('close', done);
left++; cp.exec('echo hi', done);
cp.spawnSync('true'); cp.execSync('echo sync');
`
	out, errOut, code := run(t, src, true)
	if out != "all done\n" || code != 0 {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	if z := zombies(t); len(z) > 0 {
		t.Errorf("zombie children left: %v", z)
	}
	// The waiters have posted every exit before the loop could end; give
	// them the scheduler to return (no clock involved).
	n := runtime.NumGoroutine()
	for i := 0; i < 1000 && n > before; i++ {
		runtime.Gosched()
		n = runtime.NumGoroutine()
	}
	if n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

// TestPermission: without --allow-child-process every way to start a
// program fails with EACCES naming the flag, and nothing is started.
func TestPermission(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"spawn", `require('child_process').spawn('true').on('error', e => console.log(e.code, e.message))`,
			"EACCES spawn true EACCES (not allowed; run with --allow-child-process)\n"},
		{"exec", `require('child_process').exec('true', e => console.log(e.code, e.syscall))`,
			"EACCES spawn /bin/sh\n"},
		{"spawnSync", `const r = require('child_process').spawnSync('true'); console.log(r.error.code, r.error.message, r.pid)`,
			"EACCES spawnSync true EACCES (not allowed; run with --allow-child-process) 0\n"},
		{"execSync", `try { require('child_process').execSync('true') } catch (e) { console.log(e.code) }`,
			"EACCES\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, _ := run(t, c.src, false)
			if out != c.want {
				t.Errorf("got %q, want %q (stderr %q)", out, c.want, errOut)
			}
		})
	}
}

// TestNoHost: a runtime whose host cannot start processes (the page, a
// plugin) reports ENOSYS, not a Go error.
func TestNoHost(t *testing.T) {
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Modules: []js.Module{childprocess.Module(), net.Module()}})
	if err != nil {
		t.Fatal(err)
	}
	rt.RunSource("/main.js", `
const cp = require('child_process');
try { cp.spawn('true') } catch (e) { console.log(e.code, e.syscall) }
console.log(cp.spawnSync('true').error.code)`)
	if got, want := stdout.String(), "ENOSYS spawn\nENOSYS\n"; got != want {
		t.Errorf("got %q, want %q (stderr %q)", got, want, stderr.String())
	}
}

// Example runs a child and prints what came back through its pipe.
func Example() {
	dir := os.TempDir()
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()
	host.Procs = poller.NewProcs(b)
	host.Allow = nil // allow everything
	rt, _ := js.New(js.Options{Host: host, Backend: b, Modules: []js.Module{childprocess.Module(), net.Module()}})
	rt.RunSource(filepath.Join(dir, "main.js"), `
const { execFile } = require('child_process');
execFile('echo', ['hello from a child'], (err, stdout) => console.log(err, stdout.trim()));`)
	// Output: null hello from a child
}
