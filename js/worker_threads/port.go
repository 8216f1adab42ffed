package workerthreads

import (
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
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
	msgs *atomic.Uint64        // numbers traced messages, program-wide (trace.Event.Msg)

	mu    sync.Mutex
	queue []string
	nums  []uint64 // the traced number of each queued message (0: untraced)
	// inflight counts the completions posted to the owner's loop that have
	// not run yet: start posts one more only for a message whose own
	// completion ran before the port was started.
	inflight int
	closed   bool
	peer     *port

	// The owner's loop goroutine only: set when JS binds the port.
	r       *js.Runtime
	obj     *goja.Object
	h       *loop.Handle
	started bool
	done    bool // closed locally, its handle closing or closed
}

// newPair returns two entangled ports whose messages wake postA's and
// postB's loops.
func newPair(postA, postB func(loop.Completion), msgs *atomic.Uint64) (*port, *port) {
	a, b := &port{post: postA, msgs: msgs}, &port{post: postB, msgs: msgs}
	a.peer, b.peer = b, a
	return a, b
}

// send queues msg on the peer and wakes its loop. It reports false if the
// channel is closed (the message is dropped, as node drops it).
//
// A traced run numbers the message: a send event in the sender's loop
// and the Msg of the completion that delivers it tie the two loops'
// events together (the page draws the message between them).
func (p *port) send(msg string) bool {
	q := p.peer
	var num uint64
	if p.r != nil && p.msgs != nil && p.r.Loop().Tracing() {
		num = p.msgs.Add(1)
	}
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.queue = append(q.queue, msg)
	q.nums = append(q.nums, num)
	q.inflight++
	q.mu.Unlock()
	if num != 0 {
		p.r.Loop().Emit(trace.Event{Kind: trace.Send, Queue: trace.QueueIO, Label: "postMessage", Msg: num})
	}
	q.post(loop.Completion{Label: "MessagePort message", Run: q.dispatch, Msg: num})
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
	p.nums = p.nums[1:]
	return m, true
}

// dispatch delivers one queued message to JS (owner's loop, poll phase).
// A port not started keeps its messages until start.
func (p *port) dispatch() {
	p.mu.Lock()
	p.inflight--
	p.mu.Unlock()
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

// start begins delivery: one wake-up for each message already queued
// whose own wake-up came before the port was started.
func (p *port) start() {
	if p.started || p.done {
		return
	}
	p.started = true
	p.h.Start()
	p.mu.Lock()
	k := max(len(p.queue)-p.inflight, 0)
	nums := append([]uint64(nil), p.nums[:k]...)
	p.inflight += k
	p.mu.Unlock()
	for _, num := range nums {
		p.post(loop.Completion{Label: "MessagePort message", Run: p.dispatch, Msg: num})
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
	p.queue, p.nums = nil, nil
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
