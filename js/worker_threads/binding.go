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
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
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
}

// Module returns worker_threads for the main thread.
func Module(cfg Config) js.Module {
	return moduleFor(cfg, nil)
}

// thread is what a worker's own worker_threads module knows of itself.
type thread struct {
	id         int64
	parentPort *port
	workerData string
}

var threadIDs atomic.Int64

func moduleFor(cfg Config, t *thread) js.Module {
	return js.Module{Name: "worker_threads", Load: func(r *js.Runtime) (goja.Value, error) {
		b := &binding{r: r, vm: r.VM(), cfg: cfg, self: t}
		internal := r.NewInternal()
		internal.Set("newChannel", b.newChannel)
		internal.Set("startWorker", b.startWorker)
		if t != nil {
			internal.Set("threadId", t.id)
			internal.Set("parentPort", t.parentPort.bind(r))
			internal.Set("workerData", t.workerData)
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
}

// poster returns the Post of r's backend.
func poster(r *js.Runtime) (func(loop.Completion), bool) {
	p, ok := r.Backend().(interface{ Post(loop.Completion) })
	if !ok {
		return nil, false
	}
	return p.Post, true
}

// newChannel() → [port1, port2], both owned by this runtime.
func (b *binding) newChannel() (goja.Value, error) {
	post, ok := poster(b.r)
	if !ok {
		return nil, errors.New("evloop: MessageChannel needs a backend that can be woken (real I/O)")
	}
	p1, p2 := newPair(post, post)
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
	parentPost, ok := poster(r)
	if !ok || b.cfg.NewOptions == nil {
		return vm.ToValue("ENOSYS")
	}
	opts, done, err := b.cfg.NewOptions()
	if err != nil {
		return vm.ToValue("ENOSYS")
	}
	workerPost, ok := opts.Backend.(interface{ Post(loop.Completion) })
	if !ok {
		done()
		return vm.ToValue("ENOSYS")
	}
	id := threadIDs.Add(1)
	parentSide, workerSide := newPair(parentPost, workerPost.Post)
	t := &thread{id: id, parentPort: workerSide, workerData: spec.Get("workerData").String()}

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
	sendError := func(name, msg, stack string) {
		parentPost(loop.Completion{Label: "WORKER error", Run: func() {
			call("error", vm.ToValue(name), vm.ToValue(msg), vm.ToValue(stack))
		}})
	}
	opts.Uncaught = func(v goja.Value) {
		name, msg, stack := "Error", "", ""
		if o, ok := v.(*goja.Object); ok {
			if n := o.Get("name"); n != nil && !goja.IsUndefined(n) {
				name = n.String()
			}
			if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
				msg = m.String()
			}
			if s := o.Get("stack"); s != nil && !goja.IsUndefined(s) {
				stack = s.String()
			}
		} else {
			name, msg = "", v.String()
		}
		sendError(name, msg, stack)
	}

	w := &worker{}
	h := r.Loop().NewHandle("WORKER")
	h.Start()
	go func() {
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
						sendError("Error", msg, "Error: "+msg)
						ok = false
					}
					src = string(b)
				}
				if ok {
					parentPost(loop.Completion{Label: "WORKER online", Run: func() { call("online") }})
					code = rt.RunSource(filename, src)
				}
			}
		}
		workerSide.mu.Lock()
		workerSide.closed, workerSide.queue = true, nil
		workerSide.mu.Unlock()
		done()
		w.mu.Lock()
		if w.terminated {
			code = 1
		}
		w.mu.Unlock()
		parentPost(loop.Completion{Label: "WORKER exit", Run: func() {
			parentSide.closeLocal()
			h.Close(nil)
			call("exit", vm.ToValue(code))
		}})
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
