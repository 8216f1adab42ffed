package loop

import (
	"fmt"

	"github.com/evloop/evloop/loop/trace"
)

// invoke runs one macrotask callback and the microtask checkpoint after it,
// as node does after every timer, immediate, I/O and close callback
// (processTicksAndRejections): the whole nextTick queue, then the promise
// jobs until none are left, again while ticks remain.
//
// This is the one place where microtasks are drained (invokeAll runs the
// same steps for a batch of callbacks).
func (l *Loop) invoke(q trace.Queue, id uint64, label string, stack []string, fn func()) {
	l.invokeFirer(q, id, label, stack, funcFirer(fn))
}

// invokeFirer is invoke with the callback as a Firer.
func (l *Loop) invokeFirer(q trace.Queue, id uint64, label string, stack []string, h Firer) {
	if l.term {
		return
	}
	l.depth++
	saved := l.cur // a checkpoint may run a callback of its own (process events)
	l.cur = callback{q: q, id: id, label: label, stack: stack, h: h}
	l.engine.Enter(l.enterCurrent)
	l.runAtExit()
	l.finishCheckpoint()
	l.cur = saved
	l.depth--
}

// A Firer is a timer's or immediate's callback given as a value's method
// (StartTimerFirer, StartImmediateFirer): the value that holds the Timer
// can fire itself without a method value (a closure, one allocation per
// timer) made for it.
type Firer interface{ Fire() }

// funcFirer is a func as a Firer. A func is pointer-shaped: it converts to
// the interface without an allocation.
type funcFirer func()

func (f funcFirer) Fire() { f() }

// callback is one macrotask callback, and the ticks its checkpoint ran.
type callback struct {
	q     trace.Queue
	id    uint64
	label string
	stack []string
	h     Firer // what runs: a func (funcFirer) or a Timer's or Immediate's own Firer
	ticks int
	msg   uint64 // the message it delivers (trace.Event.Msg), 0 if none
	cp    bool   // its checkpoint.start was emitted (none after the process exited)
}

// runCurrent runs l.cur and the nextTick queue after it, inside the
// engine's entry (l.enterCurrent: bound once in New, so that a callback
// costs no closure).
func (l *Loop) runCurrent() {
	c := &l.cur
	if l.vclock != nil {
		l.vclock.Charge()
	}
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.CallbackStart, Queue: c.q, ID: c.id, Label: c.label, Stack: c.stack, Msg: c.msg})
	}
	c.cp = false
	c.h.Fire()
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.CallbackEnd, Queue: c.q, ID: c.id, Label: c.label})
		l.runAtExit()
		if !l.term {
			// A process that exited runs no checkpoint.
			c.cp = true
			l.emit(trace.Event{Kind: trace.CheckpointStart})
		}
	}
	c.ticks += l.runTicks(c.ticks)
}

// runTicksCurrent runs the nextTick queue for l.cur's checkpoint.
func (l *Loop) runTicksCurrent() { l.cur.ticks += l.runTicks(l.cur.ticks) }

// finishCheckpoint ends l.cur's checkpoint once the engine has left (and
// run its promise jobs): while ticks remain, enter again.
func (l *Loop) finishCheckpoint() {
	for !l.term && l.ticks.len() > 0 {
		l.engine.Enter(l.enterTicks)
	}
	if l.sink != nil && l.cur.cp {
		l.emit(trace.Event{Kind: trace.CheckpointEnd})
	}
}

// Batcher is an Engine that can tell, inside an entry, that leaving it
// would run nothing: no promise job and no rejection is waiting. Then the
// checkpoint of the callback that just ran is over (when no tick is queued
// either), and the loop runs the phase's next callback in the same entry —
// the order and the trace are those of one entry per callback, without the
// cost of an entry (for goja about a microsecond and a fresh VM stack).
type Batcher interface {
	Engine
	// Settled reports whether leaving the current entry would run nothing.
	// Called only inside Enter, on the loop goroutine.
	Settled() bool
}

// invokeAll runs the callbacks next hands out, in order, each with its
// checkpoint and then done (the phase's bookkeeping after a callback; may
// be nil), exactly as invoke and done one by one would — but with a
// Batcher engine, consecutive callbacks whose checkpoints settle inside the
// engine share one entry. next fills in the next callback and returns
// true, or returns false when the phase has no more callbacks (what it
// leaves in its argument then is not used); it is not called after
// Terminate. It fills l.cur in place: a callback is 88 bytes, and copying
// it out and in again for every immediate showed in profiles.
func (l *Loop) invokeAll(next func(*callback) bool, done func()) {
	l.invokeBatches(next, done, false)
}

// invokeBatches is invokeAll; with turns set (the check phase), a batch
// whose last callback settled may go on into the next iteration's check
// phase inside the same entry, when nothing else would run in between
// (quietTurn).
func (l *Loop) invokeBatches(next func(*callback) bool, done func(), turns bool) {
	b, batching := l.engine.(Batcher)
	for !l.term {
		saved := l.cur
		if !next(&l.cur) {
			l.cur = saved
			return
		}
		if !batching {
			c := l.cur
			l.cur = saved
			l.invokeFirer(c.q, c.id, c.label, c.stack, c.h)
			if done != nil {
				done()
			}
			continue
		}
		l.depth++
		savedBatch := l.batch
		l.batch = batch{engine: b, next: next, done: done, turns: turns}
		l.engine.Enter(l.enterBatch)
		l.runAtExit()
		open := l.batch.open
		l.batch = savedBatch
		if open {
			// The last callback's checkpoint goes on outside the entry.
			l.finishCheckpoint()
			if done != nil {
				done()
			}
		}
		l.cur = saved
		l.depth--
	}
}

// batch is the state of invokeAll's entry.
type batch struct {
	engine Batcher
	next   func(*callback) bool
	done   func()
	open   bool // the entry ended with l.cur's checkpoint unfinished
	turns  bool // the check phase: quietTurn may carry the entry into the next iteration
}

// runBatch runs l.cur, then, while each checkpoint settles inside the
// entry, the next callbacks.
func (l *Loop) runBatch() {
	for {
		l.runCurrent()
		if l.term || l.ticks.len() > 0 || !l.batch.engine.Settled() {
			l.batch.open = true
			return
		}
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.CheckpointEnd})
		}
		if l.batch.done != nil {
			l.batch.done()
		}
		if l.term {
			return
		}
		ok := l.batch.next(&l.cur)
		if !ok && l.batch.turns && l.quietTurn() {
			ok = l.batch.next(&l.cur)
		}
		if !ok {
			return
		}
	}
}

// RunMacrotask runs fn as a callback from queue q with its checkpoint. The
// JS binding runs the main script this way. Call only on the loop goroutine.
func (l *Loop) RunMacrotask(q trace.Queue, label string, fn func()) {
	l.invoke(q, l.nextID(), label, nil, fn)
}

// InCallback reports whether a callback is running (the call stack is not empty).
func (l *Loop) InCallback() bool { return l.depth > 0 }

// tick is one process.nextTick callback: fn(), or call(arg) (NextTickArg).
type tick struct {
	id    uint64
	label string
	fn    func()
	call  func(any)
	arg   any
}

// tickQueue is a FIFO ring buffer: nextTick chains push and pop millions of
// times, so it must not allocate per operation once warm.
type tickQueue struct {
	buf        []tick
	head, size int
}

func (q *tickQueue) len() int { return q.size }

func (q *tickQueue) push(t tick) {
	if q.size == len(q.buf) {
		n := make([]tick, max(16, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			n[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = n, 0
	}
	i := q.head + q.size // no modulo: a division per tick showed in profiles
	if i >= len(q.buf) {
		i -= len(q.buf)
	}
	q.buf[i] = t
	q.size++
}

func (q *tickQueue) pop() (tick, bool) {
	if q.size == 0 {
		return tick{}, false
	}
	t := q.buf[q.head]
	q.buf[q.head] = tick{}
	if q.head++; q.head == len(q.buf) {
		q.head = 0
	}
	q.size--
	return t, true
}

// NextTick queues fn on the nextTick queue: it runs at the next microtask
// checkpoint, before promise jobs. Call only on the loop goroutine.
func (l *Loop) NextTick(label string, fn func()) uint64 {
	id := l.nextID()
	l.ticks.push(tick{id: id, label: label, fn: fn})
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueNextTick, ID: id, Label: label})
	}
	return id
}

// NextTickArg queues call(arg) on the nextTick queue, as NextTick does
// func() { call(arg) }, without a closure per tick: call is made once by
// the caller, and arg is usually a pointer already (no allocation when
// boxed). A recursive process.nextTick chain queues millions of these.
func (l *Loop) NextTickArg(label string, call func(any), arg any) uint64 {
	id := l.nextID()
	l.ticks.push(tick{id: id, label: label, call: call, arg: arg})
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueNextTick, ID: id, Label: label})
	}
	return id
}

// PendingTicks returns the length of the nextTick queue.
func (l *Loop) PendingTicks() int { return l.ticks.len() }

// runTicks runs the nextTick queue until it is empty, including ticks queued
// by ticks. ran is how many already ran in this checkpoint (for MaxTicks).
func (l *Loop) runTicks(ran int) int {
	n := 0
	for !l.term {
		t, ok := l.ticks.pop()
		if !ok {
			break
		}
		n++
		if l.cfg.MaxTicks > 0 && ran+n > l.cfg.MaxTicks {
			l.Terminate(fmt.Errorf("%w: more than %d process.nextTick callbacks ran in one checkpoint without returning to the event loop", ErrStarved, l.cfg.MaxTicks))
			return n
		}
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueueNextTick, ID: t.id, Label: t.label})
			l.emit(trace.Event{Kind: trace.CallbackStart, Queue: trace.QueueNextTick, ID: t.id, Label: t.label})
		}
		if t.fn != nil {
			t.fn()
		} else {
			t.call(t.arg)
		}
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.CallbackEnd, Queue: trace.QueueNextTick, ID: t.id, Label: t.label})
			l.runAtExit()
		}
	}
	return n
}

// QueueMicrotask queues fn as a microtask when the loop runs without a JS
// engine (Go programs using the loop directly). With an Engine, microtasks
// belong to the engine. Call only on the loop goroutine.
func (l *Loop) QueueMicrotask(label string, fn func()) {
	id := l.nextID()
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueuePromise, ID: id, Label: label})
	}
	l.microtasks = append(l.microtasks, func() {
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueuePromise, ID: id, Label: label})
			l.emit(trace.Event{Kind: trace.CallbackStart, Queue: trace.QueuePromise, ID: id, Label: label})
		}
		fn()
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.CallbackEnd, Queue: trace.QueuePromise, ID: id, Label: label})
		}
	})
}

// goEngine is the Engine of a loop with no JavaScript: it drains the loop's
// own microtask queue when an entry returns.
type goEngine struct{ l *Loop }

// Settled implements Batcher: no microtask is queued.
func (e goEngine) Settled() bool { return len(e.l.microtasks) == 0 }

func (e goEngine) Enter(fn func()) {
	fn()
	l := e.l
	for i := 0; i < len(l.microtasks) && !l.term; i++ {
		l.microtasks[i]()
	}
	clear(l.microtasks)
	l.microtasks = l.microtasks[:0]
}
