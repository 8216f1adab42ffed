package loop

import "github.com/evloop/evloop/loop/trace"

// Handle is a long-lived object that keeps the loop alive while it is
// active and referenced (libuv's uv_handle_t): a server, a socket, a watcher.
// Node's timers and immediates have their own accounting (see Timer and
// Immediate). Call its methods only on the loop goroutine.
type Handle struct {
	l       *Loop
	id      uint64
	label   string
	active  bool
	unref   bool
	closing bool
	closed  bool
	phase   trace.Phase // idle, prepare or check handles run a callback each iteration
	fn      func()
	closeCB func()
}

// NewHandle returns an inactive, referenced handle.
func (l *Loop) NewHandle(label string) *Handle {
	return &Handle{l: l, id: l.nextID(), label: label}
}

// NewPhaseHandle returns a handle whose fn runs once per iteration in
// phase p (trace.PhaseIdle, PhasePrepare or PhaseCheck) while it is active.
func (l *Loop) NewPhaseHandle(label string, p trace.Phase, fn func()) *Handle {
	h := l.NewHandle(label)
	h.phase, h.fn = p, fn
	return h
}

// ID returns the handle's trace id.
func (h *Handle) ID() uint64 { return h.id }

// Start activates the handle.
func (h *Handle) Start() {
	if h.active || h.closing {
		return
	}
	h.active = true
	if !h.unref {
		h.l.activeHandles++
	}
	if h.l.liveHandles == nil {
		h.l.liveHandles = map[*Handle]struct{}{}
	}
	h.l.liveHandles[h] = struct{}{}
	switch h.phase {
	case trace.PhaseIdle:
		h.l.idleHandles = append(h.l.idleHandles, h)
	case trace.PhasePrepare:
		h.l.prepHandles = append(h.l.prepHandles, h)
	case trace.PhaseCheck:
		h.l.checkHandles = append(h.l.checkHandles, h)
	}
}

// Stop deactivates the handle.
func (h *Handle) Stop() {
	if !h.active {
		return
	}
	h.active = false
	if !h.unref {
		h.l.activeHandles--
	}
	delete(h.l.liveHandles, h)
	switch h.phase {
	case trace.PhaseIdle:
		h.l.idleHandles = without(h.l.idleHandles, h)
	case trace.PhasePrepare:
		h.l.prepHandles = without(h.l.prepHandles, h)
	case trace.PhaseCheck:
		h.l.checkHandles = without(h.l.checkHandles, h)
	}
}

func without(hs []*Handle, h *Handle) []*Handle {
	for i, x := range hs {
		if x == h {
			return append(hs[:i:i], hs[i+1:]...)
		}
	}
	return hs
}

// Ref makes an active handle keep the loop alive (the default).
func (h *Handle) Ref() {
	if h.unref {
		h.unref = false
		if h.active {
			h.l.activeHandles++
		}
	}
}

// Unref stops the handle from keeping the loop alive.
func (h *Handle) Unref() {
	if !h.unref {
		h.unref = true
		if h.active {
			h.l.activeHandles--
		}
	}
}

// HasRef reports whether the handle is referenced.
func (h *Handle) HasRef() bool { return !h.unref }

// Active reports whether the handle is active.
func (h *Handle) Active() bool { return h.active }

// Closing reports whether Close was called.
func (h *Handle) Closing() bool { return h.closing || h.closed }

// Close stops the handle and queues cb (may be nil) for the close phase.
// A closing handle keeps the loop alive until its callback ran.
func (h *Handle) Close(cb func()) {
	if h.closing || h.closed {
		return
	}
	h.Stop()
	h.closing = true
	h.closeCB = cb
	h.l.closing = append(h.l.closing, h)
	if h.l.sink != nil {
		h.l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueClose, ID: h.id, Label: h.label})
	}
}

// runClosing is the close phase. Handles closed by close callbacks wait for
// the next iteration, as in libuv.
func (l *Loop) runClosing() {
	l.enterPhase(trace.PhaseClose)
	batch := l.closing
	l.closing = nil
	for _, h := range batch {
		h.closing, h.closed = false, true
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueueClose, ID: h.id, Label: h.label})
		}
		if h.closeCB != nil && !l.term {
			l.invoke(trace.QueueClose, h.id, h.label, nil, h.closeCB)
		}
	}
	l.leavePhase()
}

type pendingCB struct {
	id    uint64
	label string
	fn    func()
}

// Defer queues fn for the pending phase of the next iteration (libuv's
// pending queue: I/O callbacks deferred by the backend, such as some
// connection errors). Call only on the loop goroutine.
func (l *Loop) Defer(label string, fn func()) {
	id := l.nextID()
	l.pending = append(l.pending, pendingCB{id: id, label: label, fn: fn})
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueuePending, ID: id, Label: label})
	}
}

func (l *Loop) runPending() {
	l.enterPhase(trace.PhasePending)
	batch := l.pending
	l.pending = nil
	for _, p := range batch {
		if l.term {
			break
		}
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueuePending, ID: p.id, Label: p.label})
		}
		l.invoke(trace.QueuePending, p.id, p.label, nil, p.fn)
	}
	l.leavePhase()
}

func (l *Loop) runIdle() {
	l.enterPhase(trace.PhaseIdle)
	l.runHandles(l.idleHandles)
	l.leavePhase()
}

func (l *Loop) runPrepare() {
	l.enterPhase(trace.PhasePrepare)
	l.runHandles(l.prepHandles)
	l.leavePhase()
}

func (l *Loop) runHandles(hs []*Handle) {
	if len(hs) == 0 {
		return
	}
	for _, h := range append([]*Handle(nil), hs...) {
		if h.active && !l.term {
			l.invoke(trace.Queue(h.phase), h.id, h.label, nil, h.fn)
		}
	}
}
