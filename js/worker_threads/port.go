package workerthreads

import (
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
)

// port is one end of a message channel (node's MessagePort). Messages
// cross as serialized strings (structured clone is done in JS on each
// side), so no goja value ever leaves its runtime.
//
// Sending appends to the receiving end's queue under its mutex and posts
// one completion per message to the receiver's loop (post: its backend's
// Post, safe from any goroutine), which wakes that loop as libuv's
// uv_async_send does. The receiver runs each message as its own callback
// in its poll phase, followed by its own microtask checkpoint, as node's
// MessagePort::OnMessage does.
type port struct {
	post func(loop.Completion) // wakes the owner's loop; safe from any goroutine

	mu     sync.Mutex
	queue  []string
	closed bool
	peer   *port

	// The owner's loop goroutine only: set when JS binds the port.
	r       *js.Runtime
	obj     *goja.Object
	h       *loop.Handle
	started bool
	done    bool // closed locally, its handle closing or closed
}

// newPair returns two entangled ports whose messages wake postA's and
// postB's loops.
func newPair(postA, postB func(loop.Completion)) (*port, *port) {
	a, b := &port{post: postA}, &port{post: postB}
	a.peer, b.peer = b, a
	return a, b
}

// send queues msg on the peer and wakes its loop. It reports false if the
// channel is closed (the message is dropped, as node drops it).
func (p *port) send(msg string) bool {
	q := p.peer
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.queue = append(q.queue, msg)
	q.mu.Unlock()
	q.post(loop.Completion{Label: "MessagePort message", Run: q.dispatch})
	return true
}

// receive takes the oldest queued message (receiveMessageOnPort).
func (p *port) receive() (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return "", false
	}
	m := p.queue[0]
	p.queue[0] = ""
	p.queue = p.queue[1:]
	return m, true
}

// dispatch delivers one queued message to JS (owner's loop, poll phase).
// A port not started keeps its messages until start.
func (p *port) dispatch() {
	if p.r == nil || !p.started || p.done {
		return
	}
	m, ok := p.receive()
	if !ok {
		return // taken by receiveMessageOnPort
	}
	fn, ok := goja.AssertFunction(p.obj.Get("onmessage"))
	if !ok {
		return
	}
	p.r.Call(fn, p.obj, p.r.VM().ToValue(m))
}

// start begins delivery: one wake-up for each message already queued.
func (p *port) start() {
	if p.started || p.done {
		return
	}
	p.started = true
	p.h.Start()
	p.mu.Lock()
	n := len(p.queue)
	p.mu.Unlock()
	for i := 0; i < n; i++ {
		p.post(loop.Completion{Label: "MessagePort message", Run: p.dispatch})
	}
}

// close closes this end (owner's loop) and asks the peer's loop to close
// the other: both emit 'close' from their close phase.
func (p *port) close() {
	if p.done {
		return
	}
	p.closeLocal()
	q := p.peer
	q.post(loop.Completion{Label: "MessagePort close", Run: q.closeLocal})
}

func (p *port) closeLocal() {
	p.mu.Lock()
	p.closed = true
	p.queue = nil
	p.mu.Unlock()
	if p.done || p.h == nil {
		return
	}
	p.done = true
	p.h.Close(func() {
		if fn, ok := goja.AssertFunction(p.obj.Get("onclose")); ok {
			p.r.Call(fn, p.obj)
		}
	})
}

// bind makes the JS handle object of p, owned by runtime r.
func (p *port) bind(r *js.Runtime) *goja.Object {
	vm := r.VM()
	p.r = r
	p.h = r.Loop().NewHandle("MESSAGEPORT")
	o := vm.NewObject()
	p.obj = o
	o.Set("postMessage", func(msg string) bool { return p.send(msg) })
	o.Set("start", func() { p.start() })
	o.Set("close", func() { p.close() })
	o.Set("ref", func() { p.h.Ref() })
	o.Set("unref", func() { p.h.Unref() })
	o.Set("hasRef", func() bool { return p.h.HasRef() && p.h.Active() })
	o.Set("receive", func() goja.Value {
		if m, ok := p.receive(); ok {
			return vm.ToValue(m)
		}
		return goja.Undefined()
	})
	return o
}
