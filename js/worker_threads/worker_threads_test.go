package workerthreads_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
	"github.com/evloop/evloop/poller"
)

// newOptions gives each worker a real backend of its own.
func newOptions(dir string) func() (js.Options, func(), error) {
	return func() (js.Options, func(), error) {
		host, b, err := poller.NewRealHost(dir)
		if err != nil {
			return js.Options{}, nil, err
		}
		return js.Options{Host: host, Backend: b}, func() { b.Close() }, nil
	}
}

// run runs src in a main thread that can start workers.
func run(t testing.TB, src string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		t.Skip(err)
	}
	defer b.Close()
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Cwd: dir, Host: host, Backend: b,
		Modules: []js.Module{workerthreads.Module(workerthreads.Config{NewOptions: newOptions(dir)})}})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource(filepath.Join(dir, "main.js"), src)
	return stdout.String(), stderr.String(), code
}

// TestNoLeakedGoroutines: workers that end, throw, are terminated or
// never start leave no goroutine behind (their loop, reactor and pool).
func TestNoLeakedGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	src := `
const { Worker } = require('worker_threads');
let left = 4;
const done = () => { if (--left === 0) console.log('all exited'); };
new Worker('1 + 1', { eval: true }).on('exit', done);
new Worker('throw new Error("x")', { eval: true }).on('error', () => {}).on('exit', done);
const forever = new Worker('setInterval(() => {}, 1000)', { eval: true });
forever.on('online', () => forever.terminate()).on('exit', done);
new Worker('./missing.js').on('error', () => {}).on('exit', done);
`
	out, errOut, code := run(t, src)
	if out != "all exited\n" || code != 0 {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	// A worker's goroutines end just after its 'exit' reaches the parent; on
	// a loaded machine that can take a while (a fixed count of Gosched calls
	// was once too few: a goroutine still runnable in goexit), so wait by time.
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(5 * time.Second); n > before && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	if n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

// TestWorkerOutput: a worker's console output reaches the parent's stdout
// through the parent's loop, before the worker's 'exit'.
func TestWorkerOutput(t *testing.T) {
	out, errOut, code := run(t, `
const { Worker } = require('worker_threads');
new Worker('console.log("from the worker"); console.error("worker stderr")', { eval: true })
  .on('exit', (c) => console.log('exit', c));`)
	if out != "from the worker\nexit 0\n" || errOut != "worker stderr\n" || code != 0 {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestNoBackend: without a backend that can be woken, worker_threads says
// so instead of failing in Go.
func TestNoBackend(t *testing.T) {
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr,
		Modules: []js.Module{workerthreads.Module(workerthreads.Config{})}})
	if err != nil {
		t.Fatal(err)
	}
	rt.RunSource("/main.js", `
const { Worker, MessageChannel } = require('worker_threads');
try { new Worker('1', { eval: true }) } catch (e) { console.log(e.code) }
try { new MessageChannel() } catch (e) { console.log(e.message) }`)
	want := "ERR_WORKER_INIT_FAILED\nevloop: MessageChannel needs a backend that takes completions (real or simulated I/O)\n"
	if stdout.String() != want {
		t.Errorf("got %q, want %q (stderr %q)", stdout.String(), want, stderr.String())
	}
}

// Example starts a worker and prints its reply.
func Example() {
	dir := os.TempDir()
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()
	rt, _ := js.New(js.Options{Host: host, Backend: b,
		Modules: []js.Module{workerthreads.Module(workerthreads.Config{NewOptions: newOptions(dir)})}})
	rt.RunSource(filepath.Join(dir, "main.js"), `
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.postMessage(6 * 7)", { eval: true });
w.on('message', (m) => console.log('the worker says', m));`)
	// Output: the worker says 42
}

// TestMainEndsFirst: on real I/O too, workers still alive when the main
// thread's program ends (process.exit, an unref'd worker) are terminated
// and leave no goroutine behind.
func TestMainEndsFirst(t *testing.T) {
	before := runtime.NumGoroutine()
	out, errOut, code := run(t, `
const { Worker } = require('worker_threads');
new Worker('setInterval(() => {}, 1000)', { eval: true }).on('online', () => process.exit(4));
new Worker('for (;;) {}', { eval: true }).unref();
`)
	if out != "" || code != 4 {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	// A worker's goroutines end just after its 'exit' reaches the parent; on
	// a loaded machine that can take a while (a fixed count of Gosched calls
	// was once too few: a goroutine still runnable in goexit), so wait by time.
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(5 * time.Second); n > before && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	if n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}
