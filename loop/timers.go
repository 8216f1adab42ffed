package loop

import (
	"container/heap"
	"math"

	"github.com/evloop/evloop/loop/trace"
)

// Timers follow node's lib/internal/timers.js on top of one libuv timer:
//
//   - one FIFO list per duration (in whole ms), so equal durations fire in
//     the order they were created;
//   - the lists sit in a priority queue ordered by expiry, ties by list id;
//   - a timer's start is the loop time refreshed when it was created;
//   - a pass compares every timer with the time at the start of the pass, so
//     a timer that becomes due while timers run waits for the next pass;
//   - an interval is re-armed from the time taken just before its callback;
//   - one reference count decides whether timers keep the loop alive.
//
// See https://github.com/nodejs/node/blob/v20.x/lib/internal/timers.js.

// TimeoutMax is the largest delay node accepts (2^31-1 ms); larger delays,
// NaN and delays below 1 become 1 ms.
const TimeoutMax = math.MaxInt32

// CoerceDelay turns a setTimeout delay into what node uses: after*1, and 1 ms
// when below 1, NaN or above TimeoutMax (overflow reports the last case, for
// node's TimeoutOverflowWarning). The result may have a fraction; lists use
// the truncated value.
func CoerceDelay(after float64) (ms float64, overflow bool) {
	if !(after >= 1 && after <= TimeoutMax) {
		return 1, after > TimeoutMax
	}
	return after, false
}

// Timer is a node Timeout: setTimeout or setInterval.
type Timer struct {
	l     *Loop
	id    uint64
	label string
	h     Firer

	idle      float64 // _idleTimeout: the delay; -1 once cleared
	repeat    float64 // _repeat: the interval, 0 for a timeout
	start     int64   // _idleStart: loop time when (re)inserted
	refed     bool
	destroyed bool

	list       *timerList
	prev, next *Timer
}

type timerList struct {
	msecs  int64
	expiry int64
	id     uint64
	head   *Timer
	tail   *Timer
	index  int // position in the priority queue
}

type timerState struct {
	lists    map[int64]*timerList
	queue    listQueue
	listID   uint64
	refCount int
	// nextExpiry is node's module-level nextExpiry: the expiry the libuv
	// timer was last scheduled for.
	nextExpiry float64
	// The single libuv timer handle node uses for all JS timers.
	handleActive bool
	handleDue    int64
}

func (t *timerState) init() {
	t.lists = map[int64]*timerList{}
	t.nextExpiry = math.Inf(1)
}

// alive reports whether timers keep the loop alive: the libuv timer is
// referenced while any referenced Timeout is pending.
func (t *timerState) alive() bool { return t.refCount > 0 }

// due returns when the libuv timer fires, if it is scheduled.
func (t *timerState) due() (int64, bool) { return t.handleDue, t.handleActive }

type listQueue []*timerList

func (q listQueue) Len() int { return len(q) }
func (q listQueue) Less(i, j int) bool {
	if q[i].expiry != q[j].expiry {
		return q[i].expiry < q[j].expiry
	}
	return q[i].id < q[j].id
}
func (q listQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *listQueue) Push(x any) { l := x.(*timerList); l.index = len(*q); *q = append(*q, l) }
func (q *listQueue) Pop() any {
	old := *q
	n := len(old)
	l := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	l.index = -1
	return l
}

// SetTimeout schedules fn after delay ms (coerced by CoerceDelay) and
// returns its Timer. label names it in the trace. Call only on the
// loop goroutine.
func (l *Loop) SetTimeout(label string, delay float64, fn func()) *Timer {
	return l.newTimer(label, delay, false, fn)
}

// SetInterval schedules fn every delay ms (coerced by CoerceDelay).
func (l *Loop) SetInterval(label string, delay float64, fn func()) *Timer {
	return l.newTimer(label, delay, true, fn)
}

func (l *Loop) newTimer(label string, delay float64, repeat bool, fn func()) *Timer {
	t := new(Timer)
	l.StartTimer(t, label, delay, repeat, fn)
	return t
}

// StartTimer starts t, a zero Timer the caller allocated (typically inside
// its own per-timer struct, saving an allocation), as SetTimeout (repeat
// false) or SetInterval (repeat true) would. Call only on the loop
// goroutine, once per Timer.
func (l *Loop) StartTimer(t *Timer, label string, delay float64, repeat bool, fn func()) {
	l.StartTimerFirer(t, label, delay, repeat, funcFirer(fn))
}

// StartTimerFirer is StartTimer with the callback as h.Fire: a value that
// holds its Timer and is its own Firer (js's Timeout) starts it without a
// method value made for it.
func (l *Loop) StartTimerFirer(t *Timer, label string, delay float64, repeat bool, h Firer) {
	delay, _ = CoerceDelay(delay)
	*t = Timer{l: l, id: l.nextID(), label: label, h: h, idle: delay, refed: true}
	if repeat {
		t.repeat = delay
	}
	l.timers.refCount++
	l.insertTimer(t, delay, l.UpdateTime())
}

// ID returns the timer's trace id (also its numeric id for clearTimeout(n)).
func (t *Timer) ID() uint64 { return t.id }

// insertTimer is node's insert(): append t to the list of its duration,
// creating the list (and rescheduling the libuv timer) if needed.
func (l *Loop) insertTimer(t *Timer, delay float64, start int64) {
	ts := &l.timers
	msecs := int64(delay) // MathTrunc; delay ≥ 1
	t.start = start
	list := ts.lists[msecs]
	if list == nil {
		expiry := start + msecs
		ts.listID++
		list = &timerList{msecs: msecs, expiry: expiry, id: ts.listID}
		ts.lists[msecs] = list
		heap.Push(&ts.queue, list)
		if ts.nextExpiry > float64(expiry) {
			l.scheduleTimerHandle(msecs)
			ts.nextExpiry = float64(expiry)
		}
	}
	t.unlink()
	t.list = list
	t.prev = list.tail
	if list.tail != nil {
		list.tail.next = t
	} else {
		list.head = t
	}
	list.tail = t
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.Enqueue, Queue: trace.QueueTimers, ID: t.id, Label: t.label, Due: start + msecs})
	}
}

// unlink removes t from its list, if it is in one.
func (t *Timer) unlink() {
	list := t.list
	if list == nil {
		return
	}
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		list.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		list.tail = t.prev
	}
	t.list, t.prev, t.next = nil, nil, nil
}

// scheduleTimerHandle is uv_timer_start on node's one timer handle.
func (l *Loop) scheduleTimerHandle(msecs int64) {
	l.timers.handleActive = true
	l.timers.handleDue = l.now + msecs
}

// Clear cancels the timer (clearTimeout / clearInterval: node's unenroll).
// Clearing twice, or after it fired, does nothing.
func (t *Timer) Clear() {
	if t.destroyed {
		return
	}
	l := t.l
	t.destroyed = true
	if t.refed {
		l.timers.refCount--
	}
	wasQueued := t.list != nil
	list := t.list
	t.unlink()
	// Node looks the list up by the (untruncated) delay and deletes it if
	// empty; a fractional delay misses, and the empty list stays until the
	// next timers pass.
	if list != nil && list.head == nil && float64(list.msecs) == t.idle {
		if l.timers.lists[list.msecs] == list {
			delete(l.timers.lists, list.msecs)
		}
		if list.index >= 0 {
			heap.Remove(&l.timers.queue, list.index)
		}
	}
	t.idle = -1
	if wasQueued {
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Cancel, Queue: trace.QueueTimers, ID: t.id, Label: t.label})
		}
	}
}

// Delay returns the timer's delay in ms (node's _idleTimeout), -1 once cleared.
func (t *Timer) Delay() float64 { return t.idle }

// Repeat returns an interval's period in ms, 0 for a timeout.
func (t *Timer) Repeat() float64 { return t.repeat }

// SetRepeat sets the period (ms) with which the timer runs again after its
// next callback; 0 makes it a one-off. It is node's writable _repeat, which
// turns a timeout into an interval (js/lib/bootstrap.js calls it).
func (t *Timer) SetRepeat(ms float64) {
	if ms > 0 {
		t.repeat, _ = CoerceDelay(ms)
		return
	}
	t.repeat = 0
}

// Ref makes the timer keep the loop alive again (the default).
func (t *Timer) Ref() {
	if !t.refed {
		t.refed = true
		if !t.destroyed {
			t.l.timers.refCount++
		}
	}
}

// Unref stops the timer from keeping the loop alive.
func (t *Timer) Unref() {
	if t.refed {
		t.refed = false
		if !t.destroyed {
			t.l.timers.refCount--
		}
	}
}

// HasRef reports whether the timer keeps the loop alive.
func (t *Timer) HasRef() bool { return t.refed }

// Destroyed reports whether the timer has fired (a timeout) or been cleared.
func (t *Timer) Destroyed() bool { return t.destroyed }

// Scheduled reports whether the timer waits in a list to run (false while
// its callback runs, unless the callback refreshed it).
func (t *Timer) Scheduled() bool { return t.list != nil }

// Refresh restarts the timer from now with its delay, even after it fired
// (node's insertGuarded). A cleared timer stays cleared.
func (t *Timer) Refresh() {
	if t.idle < 0 {
		return
	}
	l := t.l
	if t.destroyed {
		t.destroyed = false
		if t.refed {
			l.timers.refCount++
		}
	}
	l.insertTimer(t, t.idle, l.UpdateTime())
}

// runTimers is the timers phase: libuv runs node's timer handle if it is
// due (uv__run_timers), and node's RunTimers calls processTimers.
func (l *Loop) runTimers() {
	l.enterPhase(trace.PhaseTimers)
	ts := &l.timers
	if ts.handleActive && ts.handleDue <= l.now && !l.term {
		ts.handleActive = false
		now := l.UpdateTime() // RunTimers reads the time afresh (GetNow)
		next := l.processTimers(now)
		if next != 0 && !l.term {
			d := int64(math.Abs(next)) - l.now
			if d <= 0 {
				d = 1
			}
			l.scheduleTimerHandle(d)
		}
	}
	l.leavePhase()
}

// processTimers runs every list whose expiry has come and returns the next
// expiry (negative if no referenced timer remains), or 0 if none is left.
func (l *Loop) processTimers(now int64) float64 {
	ts := &l.timers
	ts.nextExpiry = math.Inf(1)
	for len(ts.queue) > 0 && !l.term {
		list := ts.queue[0]
		if list.expiry > now {
			ts.nextExpiry = float64(list.expiry)
			if ts.refCount > 0 {
				return ts.nextExpiry
			}
			return -ts.nextExpiry
		}
		l.listOnTimeout(list, now)
	}
	return 0
}

func (l *Loop) listOnTimeout(list *timerList, now int64) {
	ts := &l.timers
	var (
		cur   *Timer // the timer whose callback runs
		start int64  // an interval's new start, read before its callback
		early bool   // the list has timers that are not due yet
	)
	next := func(c *callback) bool {
		t := list.head
		if t == nil {
			return false
		}
		if now-t.start < list.msecs {
			// Too early for this one: the rest of the list is later still.
			list.expiry = max(t.start+list.msecs, now+1)
			ts.listID++
			list.id = ts.listID
			heap.Fix(&ts.queue, list.index)
			early = true
			return false
		}
		t.unlink()
		start = 0
		if t.repeat > 0 {
			start = l.UpdateTime()
		}
		cur = t
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueueTimers, ID: t.id, Label: t.label})
		}
		*c = callback{q: trace.QueueTimers, id: t.id, label: t.label, h: t.h}
		return true
	}
	done := func() {
		t := cur
		if t.repeat > 0 && t.idle != -1 {
			if start == 0 {
				// _repeat was set by the callback itself: node reads
				// the time now (insert() with no start).
				start = l.UpdateTime()
			}
			t.idle = t.repeat
			l.insertTimer(t, t.idle, start)
		} else if t.list == nil && !t.destroyed {
			t.destroyed = true
			if t.refed {
				ts.refCount--
			}
		}
	}
	// Due timers run one after another, each with its checkpoint, in as
	// few engine entries as those checkpoints allow.
	l.invokeAll(next, done)
	if early {
		return
	}
	if ts.lists[list.msecs] == list {
		delete(ts.lists, list.msecs)
		if list.index >= 0 {
			heap.Remove(&ts.queue, list.index)
		}
	} else if list.index >= 0 && list.head == nil {
		// An orphaned empty list (see Clear) leaves the queue too.
		heap.Remove(&ts.queue, list.index)
	}
}

// PendingTimers returns how many timers are scheduled.
func (l *Loop) PendingTimers() int {
	n := 0
	for _, list := range l.timers.queue {
		for t := list.head; t != nil; t = t.next {
			n++
		}
	}
	return n
}
