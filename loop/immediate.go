package loop

import "github.com/evloop/evloop/loop/trace"

// Immediates follow node's processImmediate: the check phase detaches the
// whole queue before running it, so an immediate queued by an immediate
// runs in the next iteration, and a referenced immediate keeps an idle
// handle active so the poll phase does not block.

// Immediate is a node Immediate (setImmediate).
type Immediate struct {
	l          *Loop
	id         uint64
	label      string
	h          Firer
	refed      bool
	destroyed  bool
	prev, next *Immediate
	list       *immediateList
}

type immediateList struct{ head, tail *Immediate }

func (q *immediateList) append(im *Immediate) {
	im.list = q
	im.prev = q.tail
	if q.tail != nil {
		q.tail.next = im
	} else {
		q.head = im
	}
	q.tail = im
}

func (q *immediateList) remove(im *Immediate) {
	if im.prev != nil {
		im.prev.next = im.next
	} else {
		q.head = im.next
	}
	if im.next != nil {
		im.next.prev = im.prev
	} else {
		q.tail = im.prev
	}
	im.prev, im.next, im.list = nil, nil, nil
}

type immediateQueue struct {
	queue    immediateList // waiting for the next check phase
	running  immediateList // the batch the current check phase runs
	count    int
	refCount int
}

// SetImmediate queues fn for the check phase. Call only on the loop goroutine.
func (l *Loop) SetImmediate(label string, fn func()) *Immediate {
	im := new(Immediate)
	l.StartImmediate(im, label, fn)
	return im
}

// StartImmediate is SetImmediate into an Immediate the caller allocated, so
// a binding can embed it in its own object (one allocation per immediate,
// not two), as StartTimer does for timers. im must not be queued already.
// Call only on the loop goroutine.
func (l *Loop) StartImmediate(im *Immediate, label string, fn func()) {
	l.StartImmediateFirer(im, label, funcFirer(fn))
}

// StartImmediateFirer is StartImmediate with the callback as h.Fire: a
// value that holds its Immediate and is its own Firer queues it without a
// method value made for it.
func (l *Loop) StartImmediateFirer(im *Immediate, label string, h Firer) {
	*im = Immediate{l: l, id: l.nextID(), label: label, h: h, refed: true}
	l.immediates.queue.append(im)
	l.immediates.count++
	l.immediates.refCount++
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueCheck, ID: im.id, Label: label})
	}
}

// ID returns the immediate's trace id.
func (im *Immediate) ID() uint64 { return im.id }

// Clear cancels the immediate (clearImmediate).
func (im *Immediate) Clear() {
	if im.destroyed {
		return
	}
	q := &im.l.immediates
	im.destroyed = true
	q.count--
	if im.refed {
		q.refCount--
	}
	im.refed = false
	if im.list != nil {
		im.list.remove(im)
	}
	if im.l.sink != nil {
		im.l.emit(trace.Event{Kind: trace.Cancel, Queue: trace.QueueCheck, ID: im.id, Label: im.label})
	}
}

// Ref makes the immediate keep the loop alive (the default).
func (im *Immediate) Ref() {
	if !im.refed && !im.destroyed {
		im.refed = true
		im.l.immediates.refCount++
	}
}

// Unref stops the immediate from keeping the loop alive.
func (im *Immediate) Unref() {
	if im.refed {
		im.refed = false
		im.l.immediates.refCount--
	}
}

// HasRef reports whether the immediate keeps the loop alive.
func (im *Immediate) HasRef() bool { return im.refed }

// PendingImmediates returns how many immediates wait for a check phase.
func (l *Loop) PendingImmediates() int { return l.immediates.count }

// dequeueImmediate takes the next immediate of the running batch as a
// callback for invokeAll (bound once in New as l.nextImmediate).
func (l *Loop) dequeueImmediate(c *callback) bool {
	q := &l.immediates
	im := q.running.head
	if im == nil {
		return false
	}
	q.running.remove(im)
	im.destroyed = true
	q.count--
	if im.refed {
		q.refCount--
	}
	im.refed = false
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueueCheck, ID: im.id, Label: im.label})
	}
	*c = callback{q: trace.QueueCheck, id: im.id, label: im.label, h: im.h}
	return true
}

// runCheck is the check phase: node's immediates, then check handles.
func (l *Loop) runCheck() {
	l.enterPhase(trace.PhaseCheck)
	q := &l.immediates
	if q.count > 0 {
		q.running = q.queue
		q.queue = immediateList{}
		for im := q.running.head; im != nil; im = im.next {
			im.list = &q.running
		}
		l.invokeBatches(l.nextImmediate, nil, true)
	}
	l.runHandles(l.checkHandles)
	l.leavePhase()
}

// quietTurn is called inside a settled engine entry when the check phase
// has run its last immediate. If the loop would now go round to the next
// check phase without running anything else — no check handle, nothing
// closing, no timer due, nothing pending, no idle or prepare handle,
// nothing ready to poll, and immediates that keep the poll from blocking
// (a recursive setImmediate) — it does that iteration's bookkeeping here,
// exactly as afterPoll and Step would (the same phases and trace events
// in the same order), starts the next check phase and returns true: its
// immediates then run in the same entry. For goja an entry is an outer
// call and a fresh VM stack; leaving it here would run nothing. Otherwise
// it changes nothing but the loop time and returns false.
//
// The poll is done first, before any phase moves: what it finds (which
// would have to run in the poll phase, in an entry of its own) stays in
// l.ready for the poll phase of the ordinary path, which appends to it.
func (l *Loop) quietTurn() bool {
	q := &l.immediates
	if l.term || l.stop || q.refCount == 0 || q.queue.head == nil || l.ticks.len() > 0 ||
		len(l.checkHandles) > 0 || len(l.closing) > 0 || len(l.pending) > 0 ||
		len(l.idleHandles) > 0 || len(l.prepHandles) > 0 || len(l.injected) > 0 || len(l.ready) > 0 {
		return false
	}
	l.updateTime() // afterPoll's, before the timers phase
	if ts := &l.timers; ts.handleActive && ts.handleDue <= l.now {
		return false
	}
	if l.backend != nil {
		if l.ready = l.backend.Poll(l.ready); len(l.ready) > 0 {
			return false
		}
	}
	if l.interrupted() {
		return false
	}
	// The rest of this iteration (afterPoll after the check phase).
	l.leavePhase()
	l.runClosing()
	l.runTimers()
	// The next one (Step's stageTop), up to its check phase.
	l.iter++
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Iteration, N: l.iter})
	}
	l.runPending()
	l.runIdle()
	l.runPrepare()
	l.stage = stagePoll
	l.enterPhase(trace.PhasePoll)
	timeout, why := l.pollTimeout() // 0: immediates are pending
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.PollTimeout, N: millisOrForever(timeout), Why: why})
	}
	l.leavePhase()
	l.enterPhase(trace.PhaseCheck)
	q.running = q.queue
	q.queue = immediateList{}
	for im := q.running.head; im != nil; im = im.next {
		im.list = &q.running
	}
	return true
}
