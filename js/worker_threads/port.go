package workerthreads

import (
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
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
//
// A port can move to another runtime inside a message (a transfer list):
// the sender detaches it (its handle closes, post becomes nil: messages
// sent to it meanwhile just queue), the receiver adopts it (its own loop's
// post, a new handle). gen counts the moves, so that a wake-up posted to
// an earlier owner's loop does nothing there.
type port struct {
	msgs *atomic.Uint64 // numbers traced messages, program-wide (trace.Event.Msg)

	mu   sync.Mutex
	post func(loop.Completion) // wakes the owner's loop; safe from any goroutine; nil in transit
	gen  uint64
	// queue holds the messages not yet delivered; inflight counts the
	// completions posted to the owner's loop that have not run yet: start
	// posts one more only for a message whose own wake-up ran before the
	// port was started.
	queue    []message
	inflight int
	closed   bool
	peer     *port

	// The owner's loop goroutine only: set when JS binds the port.
	r       *js.Runtime
	obj     *goja.Object
	h       *loop.Handle
	started bool
	done    bool // closed locally, its handle closing or closed
	// closeOnStart: the port arrived closed with messages queued; it
	// closes once start has delivered them, as node's does.
	closeOnStart bool
}

// message is one queued message: the serialized value, its trace number
// (0: untraced) and the ports it carries (transferred with it).
type message struct {
	data  string
	num   uint64
	ports []*port
}

// newPair returns two entangled ports whose messages wake postA's and
// postB's loops.
func newPair(postA, postB func(loop.Completion), msgs *atomic.Uint64) (*port, *port) {
	a, b := &port{post: postA, msgs: msgs}, &port{post: postB, msgs: msgs}
	a.peer, b.peer = b, a
	return a, b
}

// wake posts run to the owner's loop as the completion label (with trace
// number num); run is skipped if the port moved meanwhile. It reports
// false if the port is in transit (nothing posted).
func (p *port) wake(label string, num uint64, run func()) bool {
	p.mu.Lock()
	post, gen := p.post, p.gen
	p.mu.Unlock()
	if post == nil {
		return false
	}
	post(loop.Completion{Label: label, Msg: num, Run: func() {
		if p.current(gen) {
			run()
		}
	}})
	return true
}

// current reports whether gen is the port's present owner's.
func (p *port) current(gen uint64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.gen == gen
}

// send queues msg (and the ports it carries) on the peer and wakes its
// loop. It reports false if the channel is closed (the message is
// dropped, as node drops it).
//
// A traced run numbers the message: a send event in the sender's loop
// and the Msg of the completion that delivers it tie the two loops'
// events together (the page draws the message between them).
func (p *port) send(msg string, ports []*port) bool {
	q := p.peer
	var num uint64
	if p.r != nil && p.msgs != nil && p.r.Loop().Tracing() {
		num = p.msgs.Add(1)
	}
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		for _, t := range ports {
			t.close() // dropped with the message: its peer learns it closed
		}
		return false
	}
	q.queue = append(q.queue, message{data: msg, num: num, ports: ports})
	if q.post != nil {
		q.inflight++
	}
	q.mu.Unlock()
	if num != 0 {
		p.r.Loop().Emit(trace.Event{Kind: trace.Send, Queue: trace.QueueIO, Label: "postMessage", Msg: num})
	}
	q.wake("MessagePort message", num, q.dispatch)
	return true
}

// receive takes the oldest queued message (receiveMessageOnPort).
func (p *port) receive() (message, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return message{}, false
	}
	m := p.queue[0]
	p.queue[0] = message{}
	p.queue = p.queue[1:]
	return m, true
}

// handles adopts the ports a message carries into p's runtime and returns
// their JS handle objects.
func (p *port) handles(m message) goja.Value {
	out := make([]any, len(m.ports))
	p.mu.Lock()
	post := p.post
	p.mu.Unlock()
	for i, t := range m.ports {
		out[i] = t.adopt(p.r, post)
	}
	return p.r.VM().NewArray(out...)
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
	vm := p.r.VM()
	if len(m.ports) == 0 {
		p.r.Call(fn, p.obj, vm.ToValue(m.data))
		return
	}
	p.r.Call(fn, p.obj, vm.ToValue(m.data), p.handles(m))
}

// start begins delivery: one wake-up for each message already queued
// whose own wake-up came before the port was started.
func (p *port) start() {
	if p.started || p.done || p.h == nil {
		return
	}
	p.started = true
	p.h.Start()
	p.mu.Lock()
	k := max(len(p.queue)-p.inflight, 0)
	nums := make([]uint64, k)
	for i := range nums {
		nums[i] = p.queue[i].num
	}
	if p.post != nil {
		p.inflight += k
	}
	p.mu.Unlock()
	for _, num := range nums {
		p.wake("MessagePort message", num, p.dispatch)
	}
	if p.closeOnStart {
		p.closeOnStart = false
		p.wake("MessagePort close", 0, p.closeLocal)
	}
}

// close closes this end (owner's loop) and asks the peer's loop to close
// the other: both emit 'close' from their close phase. A peer in transit
// is marked closed; its new owner closes it on arrival.
func (p *port) close() {
	if p.done {
		return
	}
	p.closeLocal()
	q := p.peer
	if !q.wake("MessagePort close", 0, q.closeLocal) {
		q.mu.Lock()
		q.closed = true
		q.mu.Unlock()
	}
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
	own(p.r, p, false)
	p.h.Close(func() {
		if fn, ok := goja.AssertFunction(p.obj.Get("onclose")); ok {
			p.r.Call(fn, p.obj)
		}
	})
}

// detach takes p from its owner (owner's loop): it is in a transfer list.
// Its handle closes without a 'close' event, as node's transferred port
// does not emit one in the sender; what is sent to it meanwhile queues.
func (p *port) detach() {
	p.mu.Lock()
	p.post = nil
	p.gen++
	p.inflight = 0
	p.mu.Unlock()
	if p.h != nil && !p.done {
		p.h.Close(nil)
	}
	if p.r != nil {
		own(p.r, p, false)
	}
	p.r, p.obj, p.h, p.started, p.done, p.closeOnStart = nil, nil, nil, false, false, false
}

// adopt makes p, arrived in a message, a port of runtime r whose loop
// post wakes, and returns its JS handle object.
func (p *port) adopt(r *js.Runtime, post func(loop.Completion)) *goja.Object {
	p.mu.Lock()
	p.post = post
	p.gen++
	p.inflight = 0
	closed := p.closed
	pending := len(p.queue) > 0
	p.mu.Unlock()
	o := p.bind(r)
	if closed {
		// Its peer closed while it travelled: it closes here, after the
		// messages sent before that are delivered (once it is started).
		p.closed = false
		if pending {
			p.closeOnStart = true
		} else {
			p.wake("MessagePort close", 0, p.closeLocal)
		}
	}
	return o
}

// owned lists the ports each runtime owns, so that a worker's ending
// closes them (closeOwned).
var owned = struct {
	sync.Mutex
	m map[*js.Runtime]map[*port]bool
}{m: map[*js.Runtime]map[*port]bool{}}

func own(r *js.Runtime, p *port, yes bool) {
	owned.Lock()
	defer owned.Unlock()
	if yes {
		if owned.m[r] == nil {
			owned.m[r] = map[*port]bool{}
		}
		owned.m[r][p] = true
		return
	}
	delete(owned.m[r], p)
	if len(owned.m[r]) == 0 {
		delete(owned.m, r)
	}
}

// closeOwned ends the ports runtime r still owns when its program ended
// (a worker's), but keep: their peers get 'close', as node closes a
// worker's ports when its environment goes away. Called on r's goroutine
// after its loop ended.
func closeOwned(r *js.Runtime, keep *port) {
	owned.Lock()
	ports := owned.m[r]
	delete(owned.m, r)
	owned.Unlock()
	for p := range ports {
		if p == keep || p.done {
			continue
		}
		p.done = true
		p.mu.Lock()
		p.closed, p.queue = true, nil
		p.mu.Unlock()
		q := p.peer
		if !q.wake("MessagePort close", 0, q.closeLocal) {
			q.mu.Lock()
			q.closed = true
			q.mu.Unlock()
		}
	}
}

// closeInTransit closes a port that no runtime adopted: its peer gets 'close'.
func (p *port) closeInTransit() {
	p.mu.Lock()
	p.closed, p.queue = true, nil
	p.mu.Unlock()
	q := p.peer
	if !q.wake("MessagePort close", 0, q.closeLocal) {
		q.mu.Lock()
		q.closed = true
		q.mu.Unlock()
	}
}

// bind makes the JS handle object of p, owned by runtime r.
func (p *port) bind(r *js.Runtime) *goja.Object {
	vm := r.VM()
	own(r, p, true)
	p.r = r
	p.h = r.Loop().NewHandle("MESSAGEPORT")
	h := p.h
	o := vm.NewObject()
	p.obj = o
	o.Set("postMessage", func(call goja.FunctionCall) goja.Value {
		var ports []*port
		if a, ok := call.Argument(1).(*goja.Object); ok {
			for _, k := range a.Keys() {
				if t := portOf(a.Get(k)); t != nil && t != p {
					ports = append(ports, t)
				}
			}
		}
		for _, t := range ports {
			t.detach()
		}
		return vm.ToValue(p.send(call.Argument(0).String(), ports))
	})
	o.Set("start", func() { p.start() })
	o.Set("close", func() { p.close() })
	// A detached port's handle is closed: these leave it alone.
	o.Set("ref", func() {
		if p.h == h {
			h.Ref()
		}
	})
	o.Set("unref", func() {
		if p.h == h {
			h.Unref()
		}
	})
	o.Set("hasRef", func() bool { return p.h == h && h.HasRef() && h.Active() })
	o.Set("receive", func() goja.Value {
		m, ok := p.receive()
		if !ok {
			return goja.Undefined()
		}
		if len(m.ports) == 0 {
			return vm.ToValue(m.data)
		}
		return vm.NewArray(m.data, p.handles(m))
	})
	// The port itself, for a transfer list naming this handle.
	o.Set("_port", vm.ToValue(p))
	return o
}

// portOf returns the port of a handle object made by bind, or nil.
func portOf(v goja.Value) *port {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	v = o.Get("_port")
	if v == nil {
		return nil
	}
	t, _ := safeexport.Export(v).(*port)
	return t
}
