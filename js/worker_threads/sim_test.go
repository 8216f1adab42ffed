package workerthreads_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
)

// runSim runs src on the virtual clock with simulated I/O, workers being
// further loops on the same clock (poller.Sim.ForkWorker); it returns
// stdout+stderr, the JSON trace of every loop and the exit code.
func runSim(t testing.TB, src string) (string, string, int) {
	t.Helper()
	clock := loop.NewVirtualClock(0)
	host, s := poller.NewSimHost(clock, 4, poller.Latency{}, nil)
	var out, tr bytes.Buffer
	enc := trace.NewEncoder(&tr, trace.JSON)
	shared := trace.NewShared(enc)
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &out, Cwd: "/", Clock: clock, Host: host, Backend: s,
		Trace: shared.For(0), MaxTicks: 1_000_000, MaxMicrotasks: 1_000_000,
		Modules: []js.Module{workerthreads.Module(workerthreads.Config{Trace: shared})}})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource("/main.js", src)
	enc.Flush()
	return out.String(), tr.String(), code
}

// The scheduling rule of several loops on one virtual clock (poller's
// simgroup.go): time moves only when every loop is idle, to the earliest
// deadline of any loop, so timers of different loops interleave by their
// virtual due times, whatever Go's scheduler does.
func TestSimLockstep(t *testing.T) {
	const src = `
const { Worker } = require('worker_threads');
const body = (ms) => "const { parentPort, threadId } = require('worker_threads');" +
  "setTimeout(() => parentPort.postMessage('worker ' + threadId + ' after ' + " + ms + "), " + ms + ");";
for (const ms of [30, 10]) {
  const w = new Worker(body(ms), { eval: true });
  w.on('message', (m) => console.log(m));
  const id = w.threadId;
  w.on('exit', (c) => console.log('exit', id, c));
}
setTimeout(() => console.log('main after 20'), 20);
`
	tests := []struct {
		name string
		src  string
		want string
		code int
	}{
		{"timers of three loops interleave by due time", src,
			"worker 2 after 10\nexit 2 0\nmain after 20\nworker 1 after 30\nexit 1 0\n", 0},
		// The main thread ends while workers live (js.Runtime.OnFinish):
		// they are terminated and their goroutines end with the program.
		{"process.exit in main ends a worker with an interval", `
const { Worker } = require('worker_threads');
new Worker("setInterval(() => console.log('tick'), 10)", { eval: true });
setTimeout(() => { console.log('main exits'); process.exit(3); }, 35);
`, "tick\ntick\ntick\nmain exits\n", 3},
		{"an unref'd worker spinning forever ends with main", `
const { Worker } = require('worker_threads');
new Worker("setInterval(() => {}, 10); for (;;) {}", { eval: true }).unref();
console.log('main done');
`, "main done\n", 0},
		{"nested workers end with main", `
const { Worker } = require('worker_threads');
new Worker("const { Worker } = require('worker_threads');" +
  "new Worker('setInterval(() => {}, 5)', { eval: true }); setInterval(() => {}, 7)", { eval: true });
setTimeout(() => process.exit(0), 20);
`, "", 0},
		{"an uncaught error in main ends a waiting worker", `
const { Worker } = require('worker_threads');
new Worker("require('worker_threads').parentPort.on('message', () => {})", { eval: true });
setTimeout(() => { throw new Error('main fails'); }, 1);
`, "/main.js:4\nsetTimeout(() => { throw new Error('main fails'); }, 1);\n                   ^\n\n" + // node's arrow
			"Error: main fails\n    at Timeout._onTimeout (/main.js:4:26)\n\nNode.js " + js.NodeVersion + "\n", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			out, tr, code := runSim(t, tc.src)
			if tc.code >= 0 && (out != tc.want || code != tc.code) {
				t.Fatalf("code %d, output:\n%s--- want (code %d)\n%s", code, out, tc.code, tc.want)
			}
			if tc.code < 0 {
				if code == 0 || !strings.Contains(out, "waiting forever") {
					t.Fatalf("want a deadlock error, got code %d, output:\n%s", code, out)
				}
				return
			}
			if !strings.Contains(tr, `"loop":1`) || !strings.Contains(tr, `"loop":2`) && strings.Count(tc.src, "new Worker") > 1 {
				t.Errorf("the trace does not carry the workers' loop ids")
			}
			for i := 0; i < 5; i++ {
				out2, tr2, code2 := runSim(t, tc.src)
				if out2 != out || tr2 != tr || code2 != code {
					t.Fatalf("run %d differs from the first: the simulation must not depend on Go's scheduler", i+2)
				}
			}
			deadline := time.Now().Add(2 * time.Second)
			for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
				runtime.Gosched()
			}
			if n := runtime.NumGoroutine(); n > before {
				t.Errorf("%d goroutines left over (before: %d)", n, before)
			}
		})
	}
}

// TestSimInterrupt: a worker spinning forever holds the simulation's turn;
// interrupting the program (--timeout) terminates it, so the main loop gets
// its turn back and ends with the reason, and no goroutine is left.
func TestSimInterrupt(t *testing.T) {
	before := runtime.NumGoroutine()
	spinning := make(chan struct{})
	var once sync.Once
	ready := js.Module{Name: "spinning", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.VM().ToValue(func() { once.Do(func() { close(spinning) }) }), nil
	}}
	clock := loop.NewVirtualClock(0)
	host, s := poller.NewSimHost(clock, 4, poller.Latency{}, nil)
	var out bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &out, Cwd: "/", Clock: clock, Host: host, Backend: s,
		Modules: []js.Module{workerthreads.Module(workerthreads.Config{Modules: []js.Module{ready}})}})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		<-spinning
		rt.Interrupt(errors.New("ran longer than --timeout 1s"))
	}()
	result := make(chan int, 1)
	go func() {
		result <- rt.RunSource("/main.js", `
const { Worker } = require('worker_threads');
new Worker("require('spinning')(); for (;;) {}", { eval: true });`)
	}()
	var code int
	select {
	case code = <-result:
	case <-time.After(30 * time.Second):
		t.Fatal("the interrupted program did not end: the spinning worker kept the turn")
	}
	if code != 1 || !strings.Contains(out.String(), "script stopped: ran longer than --timeout 1s") {
		t.Fatalf("code %d, output %q", code, out.String())
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		runtime.Gosched()
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left over (before: %d)", n, before)
	}
}

// A traced message ties two loops together: the sender's send event and
// the receiver's callback.start that delivers it carry one msg number, each
// message is delivered once (a message queued before the worker's port was
// started is not run twice), and the numbers are the program's, not a loop's.
func TestSimTrace_messagesTieLoops(t *testing.T) {
	const src = `
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.on('message', (m) => require('worker_threads').parentPort.postMessage(m + '!'))", { eval: true });
let n = 0;
w.on('message', (m) => { if (++n === 3) w.terminate(); else w.postMessage(m); });
w.postMessage('a'); // queued before the worker's script starts its port
`
	sends, recvs := map[uint64]int{}, map[uint64]int{}
	loopOf := map[uint64][2]int{}
	out, tr, code := runSim(t, src)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(tr), "\n") {
		var e trace.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		if e.Msg == 0 {
			continue
		}
		l := loopOf[e.Msg]
		switch e.Kind {
		case trace.Send:
			sends[e.Msg]++
			l[0] = e.Loop
		case trace.CallbackStart:
			recvs[e.Msg]++
			l[1] = e.Loop
		default:
			t.Errorf("msg on a %s event", e.Kind)
		}
		loopOf[e.Msg] = l
	}
	// main → worker 'a', back, twice more: six messages, all delivered.
	if len(sends) != 6 || len(recvs) != 6 {
		t.Errorf("%d messages sent, %d delivered, want 6 and 6", len(sends), len(recvs))
	}
	for n, k := range sends {
		if k != 1 || recvs[n] != 1 {
			t.Errorf("message %d sent %d times, delivered %d times", n, k, recvs[n])
		}
		if l := loopOf[n]; l[0] == l[1] {
			t.Errorf("message %d sent and received by loop %d", n, l[0])
		}
	}
}

// A worker's ports close when it ends, also a port it received and one of
// the transferList option that it never took (its script does not load
// worker_threads): their peers get 'close' and stop keeping the parent
// alive (before, the parent waited for them for ever).
func TestSimWorkerEndClosesItsPorts(t *testing.T) {
	const src = `
const { Worker, MessageChannel } = require('worker_threads');
const a = new MessageChannel(), b = new MessageChannel();
const w = new Worker("require('worker_threads').parentPort.once('message', ({ port }) => port.postMessage('bye'))", { eval: true });
w.postMessage({ port: a.port2 }, [a.port2]);
a.port1.on('message', (m) => console.log('a got', m));
a.port1.on('close', () => console.log('a close'));
new Worker('0', { eval: true, workerData: b.port2, transferList: [b.port2] });
b.port1.on('message', () => {});
b.port1.on('close', () => console.log('b close'));
`
	out, _, code := runSim(t, src)
	for _, want := range []string{"a got bye\n", "a close\n", "b close\n"} {
		if !strings.Contains(out, want) || code != 0 {
			t.Fatalf("code %d, output %q: want %q in it", code, out, want)
		}
	}
}
