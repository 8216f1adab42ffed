package childprocess_test

import (
	"bytes"
	"io/fs"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	childprocess "github.com/evloop/evloop/js/child_process"
	"github.com/evloop/evloop/js/net"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/poller"
)

// runSim runs main on the simulation with files as its file system; it
// returns stdout+stderr and the exit code.
func runSim(t testing.TB, files map[string]string, main string) (string, int) {
	t.Helper()
	clock := loop.NewVirtualClock(0)
	host, s := poller.NewSimHost(clock, 4, poller.Latency{}, nil)
	var out bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &out, Cwd: "/", Clock: clock, Host: host, Backend: s,
		MaxTicks: 1_000_000, MaxMicrotasks: 1_000_000, Modules: []js.Module{childprocess.Module(), net.Module()},
		ReadFile: func(name string) ([]byte, error) {
			if c, ok := files[name]; ok {
				return []byte(c), nil
			}
			return nil, fs.ErrNotExist
		}})
	if err != nil {
		t.Fatal(err)
	}
	result := make(chan int, 1)
	go func() { result <- rt.RunSource("/main.js", main) }()
	select {
	case code := <-result:
		return out.String(), code
	case <-time.After(60 * time.Second):
		t.Fatal("the program did not end")
	}
	return "", 0
}

// noLeftovers fails if goroutines outlive the program.
func noLeftovers(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		runtime.Gosched()
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines left over (before: %d):\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

// TestSimForkBomb: a program that forks itself without end stops at
// MaxSimProcesses live simulated processes with node's EAGAIN, and when
// the main program ends every simulated process ends with it.
func TestSimForkBomb(t *testing.T) {
	before := runtime.NumGoroutine()
	bomb := `
const { fork } = require('child_process');
const c = fork('/bomb.js');
c.on('error', (e) => { console.log('depth', process.pid - 1000, e.code, e.syscall); });
setInterval(() => {}, 1000);`
	out, code := runSim(t, map[string]string{"/bomb.js": bomb}, bomb+`
setTimeout(() => process.exit(5), 10_000);`)
	want := "depth " + strconv.Itoa(childprocess.MaxSimProcesses) + " EAGAIN spawn /usr/local/bin/node\n"
	if out != want || code != 5 {
		t.Fatalf("code %d, output %q, want %q", code, out, want)
	}
	noLeftovers(t, before)
}

// TestSimNoZombies: children that end, are killed, fail to start or are
// still running when the parent ends leave no goroutine behind.
func TestSimNoZombies(t *testing.T) {
	before := runtime.NumGoroutine()
	files := map[string]string{
		"/quick.js":   "process.exitCode = 2",
		"/forever.js": "setInterval(() => {}, 1000); process.send('up')",
	}
	out, code := runSim(t, files, `
const { fork, spawn, spawnSync } = require('child_process');
fork('/quick.js').on('exit', (c) => console.log('quick', c));
const f = fork('/forever.js');
f.on('message', () => f.kill('SIGKILL')).on('exit', (c, s) => console.log('killed', c, s));
spawn('/bin/true').on('error', (e) => console.log('true:', e.code));
console.log('sync:', spawnSync(process.execPath, ['/quick.js']).error.code);
fork('/forever.js').on('message', () => console.log('left running'));
setTimeout(() => process.exit(0), 50);`)
	want := "sync: ENOSYS\ntrue: ENOENT\nquick 2\nkilled null SIGKILL\nleft running\n"
	if out != want || code != 0 {
		t.Fatalf("code %d, output %q, want %q", code, out, want)
	}
	noLeftovers(t, before)
}
