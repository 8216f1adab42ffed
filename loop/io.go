package loop

import (
	"sort"
	"time"

	"github.com/evloop/evloop/loop/trace"
)

// Backend is the loop's I/O boundary: the reactor (epoll, kqueue, the page's
// simulation, or a wasm host) and the thread pool, seen from the loop.
//
// The loop never blocks inside a Backend call it makes itself: in the poll
// phase it asks Poll for what is ready now. When nothing is and the poll
// timeout is not zero, Step returns to its caller, which waits (Wait, a
// browser timer, a wazero host's epoll_wait) and steps again. That is what
// lets one scheduler serve a blocking CLI, a wasm guest that must never
// block, and a page that steps one event at a time.
type Backend interface {
	// Poll appends the completions that are ready now to buf, without
	// waiting. Called on the loop goroutine.
	Poll(buf []Completion) []Completion
	// Wait blocks until a completion may be ready or timeout passes
	// (timeout < 0: no limit). Only Loop.Run calls it, never Step.
	Wait(timeout time.Duration)
}

// VirtualBackend is a Backend whose completions happen at known times of a
// virtual clock (the simulated I/O the page uses). Run jumps the clock to
// NextReady instead of waiting.
type VirtualBackend interface {
	Backend
	// NextReady returns when the next in-flight operation completes.
	NextReady() (at time.Duration, ok bool)
}

// SharedVirtualBackend is a VirtualBackend whose virtual clock other loops
// share (a worker's loop beside its parent's, in the simulation). Such a
// loop must not move the clock itself when it idles: it hands the clock to
// the group, which runs one loop at a time and moves time only when every
// loop is idle (poller.Sim documents the rule).
type SharedVirtualBackend interface {
	VirtualBackend
	// IdleUntil is called when the loop would jump the clock to at
	// (ok false: the loop has no deadline of its own). It returns once the
	// loop may run again: the clock reached at, or a completion was
	// posted to it, or it was woken. It returns false when no loop of the
	// group can ever run again (a deadlock).
	IdleUntil(at time.Duration, ok bool) bool
}

// Completion is one finished piece of I/O handed back to the loop.
type Completion struct {
	// Req is the request that finished, if the operation was one
	// (a file read, a DNS lookup, work on the pool); it stops keeping the
	// loop alive before Run is called.
	Req *Request
	// Label names the callback in the trace when Req is nil (a readable socket).
	Label string
	// Queue is where the callback runs: trace.QueueIO (default) or trace.QueuePending.
	Queue trace.Queue
	// Worker, Started and Ended describe pool work for the trace (Worker 1-based; 0 if none).
	Worker         int
	Started, Ended time.Duration
	// Msg is the number of the message this completion delivers (the
	// trace's Send event that sent it), 0 if none.
	Msg uint64
	// Run is the callback. It runs on the loop goroutine as one macrotask,
	// followed by a microtask checkpoint.
	Run func()
}

// Request is an operation in flight outside the loop: a thread-pool job, a
// DNS lookup, a connect. Active requests keep the loop alive (libuv's
// active_reqs).
type Request struct {
	ID    uint64
	Queue trace.Queue
	Label string
	done  bool
	ctx   any // the engine's context when the request began (ContextEngine)
}

// BeginRequest records a new active request and traces it joining q
// (trace.QueuePool for thread-pool work, trace.QueueIO otherwise).
// Call only on the loop goroutine.
func (l *Loop) BeginRequest(q trace.Queue, label string) *Request {
	r := &Request{ID: l.nextID(), Queue: q, Label: label}
	if ce, ok := l.engine.(ContextEngine); ok {
		r.ctx = ce.CaptureContext()
	}
	l.activeReqs++
	if l.liveReqs == nil {
		l.liveReqs = map[*Request]struct{}{}
	}
	l.liveReqs[r] = struct{}{}
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: q, ID: r.ID, Label: label})
	}
	return r
}

// ActiveResources is what keeps the loop alive, as node's
// process.getActiveResourcesInfo reads it: the labels of the active
// requests in the order they began, of the active referenced handles in
// the order they were made (closing ones included), and how many referenced timers and
// immediates are pending.
func (l *Loop) ActiveResources() (reqs, handles []string, timers, immediates int) {
	rs := make([]*Request, 0, len(l.liveReqs))
	for r := range l.liveReqs {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	for _, r := range rs {
		reqs = append(reqs, r.Label)
	}
	hs := make([]*Handle, 0, len(l.liveHandles)+len(l.closing))
	for h := range l.liveHandles {
		if !h.unref {
			hs = append(hs, h)
		}
	}
	for _, h := range l.closing {
		if !h.unref { // a closing handle is listed until its close callback
			hs = append(hs, h)
		}
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].id < hs[j].id })
	for _, h := range hs {
		handles = append(handles, h.label)
	}
	return reqs, handles, l.timers.refCount, l.immediates.refCount
}

// endRequest stops r keeping the loop alive. It is idempotent.
func (l *Loop) endRequest(r *Request) {
	if r == nil || r.done {
		return
	}
	r.done = true
	l.activeReqs--
	delete(l.liveReqs, r)
}

// CancelRequest ends r without running a callback (the operation was
// abandoned before it completed). Call only on the loop goroutine.
func (l *Loop) CancelRequest(r *Request) {
	if r == nil || r.done {
		return
	}
	l.endRequest(r)
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Cancel, Queue: r.Queue, ID: r.ID, Label: r.Label})
	}
}

// Inject queues c as if the backend had reported it ready: it runs in the
// poll phase of the next iteration. The JS binding loads an ES module main
// this way, because node's loader reads it asynchronously and evaluates it
// from inside the loop. Call only on the loop goroutine.
func (l *Loop) Inject(c Completion) {
	l.injected = append(l.injected, c)
}
