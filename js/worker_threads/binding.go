// Package workerthreads is node's worker_threads module for evloop: each
// Worker is a new js.Runtime on a loop of its own, run by a goroutine of
// its own, talking to its parent through message ports.
//
// goja runtimes are not safe for concurrent use, so nothing crosses
// between runtimes but Go strings: a message is structured-cloned into a
// string in the sender's runtime, queued on the receiving port, and
// revived in the receiver's runtime on the receiver's loop goroutine,
// which the sender wakes through its backend's Post (libuv's async
// handle). A worker's stdout and stderr are carried the same way to the
// parent's loop, which writes them, as node pipes a worker's stdio
// through its parent.
//
// The composition root registers Module(Config) with js.Options.Modules;
// Config.NewOptions gives each worker its own backend and host.
package workerthreads

import (
	_ "embed"
	"encoding/json"
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
)

//go:embed worker_threads.js
var source string

// Config is how workers are made.
type Config struct {
	// NewOptions returns the options of a new worker's runtime: its own
	// Backend, which must have a Post(loop.Completion) method safe from any
	// goroutine (poller.Real has), and its Host; done releases them after
	// the worker ended. Stdout, Stderr, Argv, Env, Cwd, Modules and
	// Uncaught are filled in here. nil: workers cannot be started (ENOSYS).
	NewOptions func() (opts js.Options, done func(), err error)
	// Modules are the other extra modules a worker gets (child_process...).
	Modules []js.Module
	// Trace, if set, is the trace every loop writes to: a worker's events
	// carry its thread id (trace.Event.Loop). The main runtime should emit
	// through Trace.For(0).
	Trace *trace.Shared

	ids  *atomic.Int64  // thread ids of this program, from 1 (set by Module)
	msgs *atomic.Uint64 // the trace's message numbers (trace.Event.Msg), program-wide
	bc   *broadcast     // the program's BroadcastChannels (set by Module)
}

// Module returns worker_threads for the main thread.
func Module(cfg Config) js.Module {
	cfg.ids = new(atomic.Int64)
	cfg.msgs = new(atomic.Uint64)
	cfg.bc = &broadcast{}
	if cfg.Trace != nil {
		cfg.msgs = cfg.Trace.Msgs() // shared with the other modules' messages
	}
	return moduleFor(cfg, nil)
}

// thread is what a worker's own worker_threads module knows of itself.
type thread struct {
	id         int64
	parentPort *port
	workerData string
	// ports are the MessagePorts of the Worker's transferList option, in
	// transit until the worker's module adopts them on its loop (post).
	ports []*port
	post  func(loop.Completion)
}

func moduleFor(cfg Config, t *thread) js.Module {
	return js.Module{Name: "worker_threads", Load: func(r *js.Runtime) (goja.Value, error) {
		b := &binding{r: r, vm: r.VM(), cfg: cfg, self: t}
		internal := r.NewInternal()
		internal.Set("newChannel", b.newChannel)
		internal.Set("startWorker", b.startWorker)
		internal.Set("newBroadcast", b.newBroadcast)
		internal.Set("detach", func(v goja.Value) {
			if ab, ok := safeexport.Export(v).(goja.ArrayBuffer); ok {
				ab.Detach()
			}
		})
		if t != nil {
			internal.Set("threadId", t.id)
			internal.Set("parentPort", t.parentPort.bind(r))
			internal.Set("workerData", t.workerData)
			handles := make([]any, len(t.ports))
			for i, p := range t.ports {
				handles[i] = p.adopt(r, t.post)
			}
			internal.Set("workerDataPorts", r.VM().NewArray(handles...))
		} else {
			internal.Set("threadId", 0)
		}
		return r.RunBinding("worker_threads", source, internal)
	}}
}

type binding struct {
	r    *js.Runtime
	vm   *goja.Runtime
	cfg  Config
	self *thread

	bcGroup *bcGroup         // this thread's BroadcastChannels (broadcast.go)
	hooked  bool             // finish is registered
	mu      sync.Mutex       // guards live (an interrupt comes from any goroutine)
	live    map[*worker]bool // started and not yet ended
	running sync.WaitGroup   // the live workers' goroutines
}

// simulated reports whether b is a simulated backend (poller.Sim), whose
// loops take turns.
func simulated(b loop.Backend) bool {
	_, ok := b.(interface{ EndLoop() })
	return ok
}

// finish runs when this runtime's program ended (js.Runtime.OnFinish): the
// workers still alive are terminated, as node ends them when the thread
// that made them exits, and their goroutines are waited for, so none
// outlives the program. On real I/O the wait is bounded: a worker blocked
// in a synchronous call (spawnSync) is left to the process's exit.
func (b *binding) finish() func() {
	b.terminateAll(nil)
	if simulated(b.r.Backend()) {
		return b.running.Wait
	}
	return func() {
		done := make(chan struct{})
		go func() { b.running.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(finishWait):
		}
	}
}

// terminateAll terminates every live worker: at the program's end, and
// when the program is interrupted (js.Runtime.OnInterrupt; a worker
// spinning on the virtual clock holds the turn the main loop needs to end).
func (b *binding) terminateAll(error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for w := range b.live {
		w.terminate()
	}
}

// finishWait bounds finish's wait for terminated workers on real I/O.
const finishWait = 5 * time.Second

// poster returns how to hand a completion to the loop of backend b: the
// Post of real I/O (from any goroutine), or the Deliver of the simulation
// (from the loop that has the turn; poller.Sim).
func poster(b loop.Backend) (func(loop.Completion), bool) {
	switch p := b.(type) {
	case interface{ Post(loop.Completion) }:
		return p.Post, true
	case interface{ Deliver(loop.Completion) }:
		return p.Deliver, true
	}
	return nil, false
}

// forker is a backend on a virtual clock that runs workers as further
// loops on the same clock, one loop at a time (poller.Sim.ForkWorker).
type forker interface {
	ForkWorker(parent *sys.Host) (host *sys.Host, b loop.Backend, enter, leave func())
}

// workerOptions returns the new worker's options, how its goroutine
// enters its turn (nil: it needs none) and how it releases them.
func (b *binding) workerOptions() (opts js.Options, enter, done func(), err error) {
	if f, ok := b.r.Backend().(forker); ok {
		parent := b.r.Options()
		host, be, enter, leave := f.ForkWorker(parent.Host)
		return js.Options{Host: host, Backend: be, Clock: parent.Clock, ReadFile: parent.ReadFile,
			MaxTicks: parent.MaxTicks, MaxMicrotasks: parent.MaxMicrotasks, MaxCallbacks: parent.MaxCallbacks}, enter, leave, nil
	}
	if b.cfg.NewOptions == nil {
		return js.Options{}, nil, nil, errors.New("no workers")
	}
	opts, done, err = b.cfg.NewOptions()
	return opts, nil, done, err
}

// newChannel() → [port1, port2], both owned by this runtime.
func (b *binding) newChannel() (goja.Value, error) {
	post, ok := poster(b.r.Backend())
	if !ok {
		return nil, errors.New("evloop: MessageChannel needs a backend that takes completions (real or simulated I/O)")
	}
	p1, p2 := newPair(post, post, b.cfg.msgs)
	return b.vm.NewArray(p1.bind(b.r), p2.bind(b.r)), nil
}

// postWriter is a worker's stdout or stderr: each write is carried to the
// parent's loop, which writes it.
type postWriter struct {
	post func(loop.Completion)
	w    func([]byte)
}

func (p postWriter) Write(b []byte) (int, error) {
	c := append([]byte(nil), b...)
	p.post(loop.Completion{Label: "worker stdio", Run: func() { p.w(c) }})
	return len(b), nil
}

// worker is a running worker seen from its parent.
type worker struct {
	mu         sync.Mutex
	rt         *js.Runtime // set once its goroutine made it
	terminated bool
}

func (w *worker) terminate() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.terminated = true
	if w.rt != nil {
		w.rt.Terminate()
	}
}

// startWorker(spec, callbacks) → {threadId, port, terminate, ref, unref} |
// an error code. spec: {filename, eval, src, workerData, cwd, env, argv};
// callbacks: {online(), error(name, message, stack), exit(code)}.
func (b *binding) startWorker(spec, cbs *goja.Object) goja.Value {
	vm, r := b.vm, b.r
	parentPost, ok := poster(r.Backend())
	if !ok {
		return vm.ToValue("ENOSYS")
	}
	opts, enter, done, err := b.workerOptions()
	if err != nil {
		return vm.ToValue("ENOSYS")
	}
	workerPost, ok := poster(opts.Backend)
	if !ok {
		if enter != nil {
			enter()
		}
		done()
		return vm.ToValue("ENOSYS")
	}
	id := b.cfg.ids.Add(1)
	parentSide, workerSide := newPair(parentPost, workerPost, b.cfg.msgs)
	t := &thread{id: id, parentPort: workerSide, workerData: spec.Get("workerData").String(), post: workerPost}
	// The ports of the transferList option leave this runtime now; the
	// worker's module adopts them.
	if a, ok := spec.Get("ports").(*goja.Object); ok {
		for _, k := range a.Keys() {
			if p := portOf(a.Get(k)); p != nil {
				p.detach()
				t.ports = append(t.ports, p)
			}
		}
	}

	filename := spec.Get("filename").String()
	isEval := spec.Get("eval").ToBoolean()
	src := spec.Get("src").String()
	opts.Cwd = spec.Get("cwd").String()
	_ = vm.ExportTo(spec.Get("env"), &opts.Env)
	var argv []string
	_ = vm.ExportTo(spec.Get("argv"), &argv)
	if isEval {
		filename = filepath.Join(opts.Cwd, "[worker eval]")
		opts.Argv = append([]string{"[worker eval]"}, argv...)
	} else {
		opts.Argv = append([]string{filename}, argv...)
	}
	stdout, stderr := r.Stdout(), r.Stderr()
	opts.Stdout = postWriter{post: parentPost, w: func(p []byte) { _, _ = stdout.Write(p) }}
	opts.Stderr = postWriter{post: parentPost, w: func(p []byte) { _, _ = stderr.Write(p) }}
	opts.Modules = append(append([]js.Module(nil), b.cfg.Modules...), moduleFor(b.cfg, t))
	if b.cfg.Trace != nil {
		opts.Trace = b.cfg.Trace.For(int(id))
	}

	call := func(name string, args ...goja.Value) {
		if fn, ok := goja.AssertFunction(cbs.Get(name)); ok {
			r.Call(fn, cbs, args...)
		}
	}
	sendError := func(name, msg, stack, kind, props string) {
		parentPost(loop.Completion{Label: "WORKER error", Run: func() {
			call("error", vm.ToValue(name), vm.ToValue(msg), vm.ToValue(stack), vm.ToValue(kind), vm.ToValue(props))
		}})
	}
	opts.Uncaught = func(v goja.Value) {
		// As node's serializeError: an Error crosses as its class, message,
		// stack and own enumerable properties; anything else as a clone of
		// the value itself (a thrown string stays a string).
		o, ok := v.(*goja.Object)
		if !ok {
			if v == nil || goja.IsUndefined(v) {
				sendError("", "", "", "undefined", "")
				return
			}
			sendError("", "", "", "value", ownJSON(safeexport.Export(v)))
			return
		}
		if o.ClassName() != "Error" {
			sendError("", "", "", "object", ownProps(o, nil))
			return
		}
		name, msg, stack := "Error", "", ""
		if n := o.Get("name"); n != nil && !goja.IsUndefined(n) {
			name = n.String()
		}
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			msg = m.String()
		}
		if s := o.Get("stack"); s != nil && !goja.IsUndefined(s) {
			stack = s.String()
		}
		sendError(name, msg, stack, "error", ownProps(o, map[string]bool{"stack": true, "message": true}))
	}

	w := &worker{}
	if !b.hooked {
		b.hooked = true
		b.live = map[*worker]bool{}
		r.OnFinish(b.finish)
		r.OnInterrupt(b.terminateAll)
	}
	b.mu.Lock()
	b.live[w] = true
	b.mu.Unlock()
	b.running.Add(1)
	h := r.Loop().NewHandle("WORKER")
	h.Start()
	go func() {
		defer b.running.Done()
		if enter != nil {
			enter() // the simulation: wait for this loop's first turn
		}
		code := 1
		rt, err := js.New(opts)
		if err == nil {
			w.mu.Lock()
			stopped := w.terminated
			w.rt = rt
			w.mu.Unlock()
			if !stopped {
				ok := true
				if !isEval {
					b, err := rt.Options().ReadFile(filename)
					if err != nil {
						// node: an 'error' event with MODULE_NOT_FOUND.
						msg := "Cannot find module '" + filename + "'"
						sendError("Error", msg, "Error: "+msg, "error", "")
						ok = false
					}
					src = string(b)
				}
				if ok {
					parentPost(loop.Completion{Label: "WORKER online", Run: func() { call("online") }})
					code = rt.RunSource(filename, src)
				}
			}
			// Its ports close with it; their peers get 'close'.
			closeOwned(rt, workerSide)
		}
		for _, p := range t.ports {
			if p.r == nil { // never adopted: the worker did not start or never loaded worker_threads
				p.closeInTransit()
			}
		}
		workerSide.mu.Lock()
		workerSide.closed, workerSide.queue = true, nil
		workerSide.mu.Unlock()
		w.mu.Lock()
		if w.terminated {
			code = 1
		}
		w.mu.Unlock()
		parentPost(loop.Completion{Label: "WORKER exit", Run: func() {
			b.mu.Lock()
			delete(b.live, w)
			b.mu.Unlock()
			parentSide.closeLocal()
			h.Close(nil)
			call("exit", vm.ToValue(code))
		}})
		done() // last: in the simulation it hands the turn on
	}()

	o := vm.NewObject()
	o.Set("threadId", id)
	o.Set("port", parentSide.bind(r))
	o.Set("terminate", func() { w.terminate() })
	o.Set("ref", func() { h.Ref() })
	o.Set("unref", func() { h.Unref() })
	o.Set("hasRef", func() bool { return h.HasRef() })
	return o
}

// ownJSON is v (an exported goja value) as JSON, or "null" if it has no
// JSON form.
func ownJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// ownProps is o's own enumerable properties but skip, as a JSON object;
// those without a JSON form are left out.
func ownProps(o *goja.Object, skip map[string]bool) string {
	m := map[string]json.RawMessage{}
	keys := []string{}
	for _, k := range o.Keys() {
		if skip[k] {
			continue
		}
		b, err := json.Marshal(safeexport.Export(o.Get(k)))
		if err != nil {
			continue
		}
		m[k] = b
		keys = append(keys, k)
	}
	// In the object's own key order (a map would sort them).
	var buf []byte
	buf = append(buf, '{')
	for i, k := range keys {
		if i > 0 {
			buf = append(buf, ',')
		}
		kb, _ := json.Marshal(k)
		buf = append(buf, kb...)
		buf = append(buf, ':')
		buf = append(buf, m[k]...)
	}
	return string(append(buf, '}'))
}
