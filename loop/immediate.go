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
	fn         func()
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
	*im = Immediate{l: l, id: l.nextID(), label: label, fn: fn, refed: true}
	l.immediates.queue.append(im)
	l.immediates.count++
	l.immediates.refCount++
	l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueCheck, ID: im.id, Label: label})
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
	im.l.emit(trace.Event{Kind: trace.Cancel, Queue: trace.QueueCheck, ID: im.id, Label: im.label})
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
func (l *Loop) dequeueImmediate() (callback, bool) {
	q := &l.immediates
	im := q.running.head
	if im == nil {
		return callback{}, false
	}
	q.running.remove(im)
	im.destroyed = true
	q.count--
	if im.refed {
		q.refCount--
	}
	im.refed = false
	l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueueCheck, ID: im.id, Label: im.label})
	return callback{q: trace.QueueCheck, id: im.id, label: im.label, fn: im.fn}, true
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
		l.invokeAll(l.nextImmediate, nil)
	}
	l.runHandles(l.checkHandles)
	l.leavePhase()
}
