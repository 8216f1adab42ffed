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
// This is the one place where microtasks are drained.
func (l *Loop) invoke(q trace.Queue, id uint64, label string, stack []string, fn func()) {
	if l.term {
		return
	}
	l.depth++
	if l.vclock != nil {
		l.vclock.Charge()
	}
	ticks := 0
	l.engine.Enter(func() {
		l.emit(trace.Event{Kind: trace.CallbackStart, Queue: q, ID: id, Label: label, Stack: stack})
		fn()
		l.emit(trace.Event{Kind: trace.CallbackEnd, Queue: q, ID: id, Label: label})
		l.emit(trace.Event{Kind: trace.CheckpointStart})
		ticks += l.runTicks(ticks)
	})
	for !l.term && l.ticks.len() > 0 {
		l.engine.Enter(func() { ticks += l.runTicks(ticks) })
	}
	l.emit(trace.Event{Kind: trace.CheckpointEnd})
	l.depth--
}

// RunMacrotask runs fn as a callback from queue q with its checkpoint. The
// JS binding runs the main script this way. Call only on the loop goroutine.
func (l *Loop) RunMacrotask(q trace.Queue, label string, fn func()) {
	l.invoke(q, l.nextID(), label, nil, fn)
}

// InCallback reports whether a callback is running (the call stack is not empty).
func (l *Loop) InCallback() bool { return l.depth > 0 }

// tick is one process.nextTick callback.
type tick struct {
	id    uint64
	label string
	fn    func()
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
	q.buf[(q.head+q.size)%len(q.buf)] = t
	q.size++
}

func (q *tickQueue) pop() (tick, bool) {
	if q.size == 0 {
		return tick{}, false
	}
	t := q.buf[q.head]
	q.buf[q.head] = tick{}
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return t, true
}

// NextTick queues fn on the nextTick queue: it runs at the next microtask
// checkpoint, before promise jobs. Call only on the loop goroutine.
func (l *Loop) NextTick(label string, fn func()) uint64 {
	id := l.nextID()
	l.ticks.push(tick{id: id, label: label, fn: fn})
	l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueNextTick, ID: id, Label: label})
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
		t.fn()
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.CallbackEnd, Queue: trace.QueueNextTick, ID: t.id, Label: t.label})
		}
	}
	return n
}

// QueueMicrotask queues fn as a microtask when the loop runs without a JS
// engine (Go programs using the loop directly). With an Engine, microtasks
// belong to the engine. Call only on the loop goroutine.
func (l *Loop) QueueMicrotask(label string, fn func()) {
	id := l.nextID()
	l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueuePromise, ID: id, Label: label})
	l.microtasks = append(l.microtasks, func() {
		l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueuePromise, ID: id, Label: label})
		l.emit(trace.Event{Kind: trace.CallbackStart, Queue: trace.QueuePromise, ID: id, Label: label})
		fn()
		l.emit(trace.Event{Kind: trace.CallbackEnd, Queue: trace.QueuePromise, ID: id, Label: label})
	})
}

// goEngine is the Engine of a loop with no JavaScript: it drains the loop's
// own microtask queue when an entry returns.
type goEngine struct{ l *Loop }

func (e goEngine) Enter(fn func()) {
	fn()
	l := e.l
	for i := 0; i < len(l.microtasks) && !l.term; i++ {
		l.microtasks[i]()
	}
	clear(l.microtasks)
	l.microtasks = l.microtasks[:0]
}
