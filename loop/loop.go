package loop

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/evloop/evloop/loop/trace"
)

// Engine is the JavaScript engine seen from the loop. Node runs the
// microtask checkpoint after every callback: the whole nextTick queue, then
// the promise job queue until empty, again while ticks remain. An engine such
// as goja drains its promise jobs only when the outermost call into it
// returns, so the loop enters the engine once per callback and runs the
// callback and the nextTick queue inside that one entry.
type Engine interface {
	// Enter runs fn as one top-level entry into the engine. When fn returns,
	// the engine runs its promise jobs until none are left (and may handle
	// unhandled rejections), then Enter returns.
	Enter(fn func())
}

// ContextEngine is an Engine with an asynchronous context (node's
// AsyncLocalStorage): the loop captures it when a Request begins and runs
// the request's callback inside it, so the context follows I/O.
type ContextEngine interface {
	Engine
	// CaptureContext returns the current context (nil: none).
	CaptureContext() any
	// RunInContext runs fn with ctx as the current context.
	RunInContext(ctx any, fn func())
}

// Config configures a Loop. The zero value is a loop on the real clock with
// no I/O and plain Go callbacks.
type Config struct {
	Clock   Clock      // nil: a new RealClock
	Backend Backend    // nil: no I/O
	Engine  Engine     // nil: Go callbacks, microtasks from QueueMicrotask
	Trace   trace.Sink // nil: no trace
	// MaxTicks bounds the nextTick callbacks one checkpoint may run, so an
	// endless nextTick chain ends with ErrStarved instead of hanging
	// (node would hang). 0 means no bound.
	MaxTicks int
	// BeforeExit is called when the loop runs out of work (node's
	// 'beforeExit'). If it schedules more work, the loop goes on.
	BeforeExit func()
}

// Errors reported by Run and Step.
var (
	// ErrStarved means a microtask checkpoint ran more callbacks than allowed.
	ErrStarved = errors.New("loop: the nextTick/microtask queue never emptied")
	// ErrDeadlock means the loop would wait forever: nothing can wake it.
	ErrDeadlock = errors.New("loop: waiting forever with nothing that can wake the loop")
	// ErrStopped is returned by Step after Terminate.
	ErrStopped = errors.New("loop: terminated")
)

// Loop is one event loop. All methods must be called on the goroutine that
// runs the loop unless they say otherwise.
type Loop struct {
	clock   Clock
	vclock  *VirtualClock // clock, when it is virtual
	backend Backend
	engine  Engine
	sink    trace.Sink
	cfg     Config

	now    int64 // loop time in ms (libuv's loop->time), refreshed by updateTime
	seq    uint64
	ids    uint64
	phase  trace.Phase
	stage  stage
	iter   int64
	stop   bool   // uv_stop: leave after the current iteration
	term   bool   // Terminate: run nothing more
	atExit func() // Exit's fn, waiting for the running callback's end
	err    error
	depth  int // nesting of callbacks (the main script counts)
	inTick bool

	timers     timerState
	immediates immediateQueue
	ticks      tickQueue
	microtasks []func() // used when no Engine is set

	cur   callback // the callback being run (invoke, invokeAll)
	batch batch    // invokeAll's entry
	// The functions the engine runs per entry, bound once: l.runCurrent,
	// l.runTicksCurrent, l.runBatch.
	enterCurrent, enterTicks, enterBatch func()
	nextImmediate                        func(*callback) bool // l.dequeueImmediate

	activeHandles int // active and referenced handles (libuv's active_handles)
	activeReqs    int
	liveHandles   map[*Handle]struct{}  // the active handles (ActiveResources)
	liveReqs      map[*Request]struct{} // the active requests (ActiveResources)
	idleHandles   []*Handle
	idleTime      time.Duration // spent in wait (IdleTime)
	prepHandles   []*Handle
	checkHandles  []*Handle
	pending       []pendingCB
	closing       []*Handle

	intr     chan struct{} // closed by Interrupt
	intrOnce sync.Once
	intrErr  error // set before intr is closed

	ready    []Completion // scratch for Backend.Poll
	injected []Completion // completions queued by Inject
}

type stage int

const (
	stageInit stage = iota // before uv_run: the timers pass of UV_RUN_DEFAULT
	stageTop               // start of an iteration
	stagePoll              // poll phase, possibly waiting
	stageDone              // out of work
)

// New returns a loop. The loop clock starts at zero.
func New(cfg Config) *Loop {
	l := &Loop{cfg: cfg, clock: cfg.Clock, backend: cfg.Backend, engine: cfg.Engine, sink: cfg.Trace,
		intr: make(chan struct{})}
	if l.clock == nil {
		l.clock = NewRealClock()
	}
	l.vclock, _ = l.clock.(*VirtualClock)
	l.enterCurrent, l.enterTicks, l.enterBatch = l.runCurrent, l.runTicksCurrent, l.runBatch
	l.nextImmediate = l.dequeueImmediate
	if l.engine == nil {
		l.engine = goEngine{l}
	}
	l.timers.init()
	l.updateTime()
	name := "real"
	if l.clock.Virtual() {
		name = "virtual"
	}
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.LoopStart, Label: name})
	}
	return l
}

// Clock returns the loop's clock.
func (l *Loop) Clock() Clock { return l.clock }

// Now returns libuv's loop time in milliseconds: the time at the last
// update, not the current time. Node reads timers against it.
func (l *Loop) Now() int64 { return l.now }

// UpdateTime refreshes the loop time and returns it, as node's getLibuvNow
// does on every setTimeout.
func (l *Loop) UpdateTime() int64 { l.updateTime(); return l.now }

func (l *Loop) updateTime() {
	l.now = int64(l.clock.Now() / time.Millisecond)
}

// Phase returns the phase the loop is in.
func (l *Loop) Phase() trace.Phase { return l.phase }

// Iteration returns the number of the current iteration (0 before the first).
func (l *Loop) Iteration() int64 { return l.iter }

func (l *Loop) nextID() uint64 { l.ids++; return l.ids }

// NewID returns a fresh id for a traced item. Ids are unique per loop.
func (l *Loop) NewID() uint64 { return l.nextID() }

// Emit adds an event to the trace, stamping its sequence number, time and,
// if unset, the current phase. Engines use it for the events only they see.
func (l *Loop) Emit(e trace.Event) { l.emit(e) }

// Tracing reports whether events are recorded, so callers can skip work
// (like capturing a stack) that only the trace needs.
func (l *Loop) Tracing() bool { return l.sink != nil }

// emit records e. Callers test l.sink first, so that with no tracer the
// event is never built: a trace.Event is about 230 bytes, and Go builds the
// argument before the call (or, inlined, before the test), which at the
// dozen or so emits of an immediate was a tenth of its cost.
func (l *Loop) emit(e trace.Event) {
	if l.sink == nil {
		return
	}
	l.seq++
	e.Seq = l.seq
	e.T = int64(l.clock.Now())
	if e.Phase == "" {
		e.Phase = l.phase
	}
	l.sink.Emit(e)
}

// Stop makes the loop leave after the current iteration, like uv_stop. The
// next Run starts again.
func (l *Loop) Stop() { l.stop = true }

// Terminate ends the loop at once: no further callback runs, as when a
// node process calls process.exit. err (may be nil) is returned by Run.
func (l *Loop) Terminate(err error) {
	l.term = true
	if l.err == nil {
		l.err = err
	}
}

// Exit ends the loop as Terminate(nil) does and runs fn (the process's
// exit: node's 'exit' event) once the callback that is running has ended.
// node emits 'exit' for an uncaught exception only after the exception has
// unwound the callback's stack, so a trace shows the callback's
// callback.end first, then what fn does. fn runs at once when no callback
// is running or nothing is traced (then no one sees the order).
func (l *Loop) Exit(fn func()) {
	l.Terminate(nil)
	if l.depth == 0 || l.sink == nil {
		fn()
		return
	}
	l.atExit = fn
}

// runAtExit runs Exit's fn if it still waits: after the callback.end of
// the callback that was running, or when the engine's entry returns (a
// callback whose end the engine emits, a promise job's).
func (l *Loop) runAtExit() {
	if fn := l.atExit; fn != nil {
		l.atExit = nil
		fn()
	}
}

// Err returns the error that ended the loop, if any (ErrStarved, or what
// was passed to Terminate).
func (l *Loop) Err() error { return l.err }

// Interrupt ends the loop from another goroutine (Ctrl-C, a timeout): a
// wait in progress returns at once (the Backend is woken if it has a Wake
// method) and the loop terminates with err before running anything else.
// JavaScript that is running must be stopped by the engine itself.
// Safe from any goroutine; only the first call counts.
func (l *Loop) Interrupt(err error) {
	l.intrOnce.Do(func() {
		l.intrErr = err
		close(l.intr)
		if w, ok := l.backend.(interface{ Wake() error }); ok {
			w.Wake()
		}
	})
}

// interrupted reports whether Interrupt was called, terminating the loop if so.
func (l *Loop) interrupted() bool {
	select {
	case <-l.intr:
		if !l.term {
			l.Terminate(l.intrErr)
		}
		return true
	default:
		return false
	}
}

// Terminated reports whether Terminate was called.
func (l *Loop) Terminated() bool { return l.term }

// Alive reports whether the loop has work that keeps it running: active
// referenced handles (timers and immediates count as node counts them),
// active requests, or handles being closed (uv__loop_alive).
func (l *Loop) Alive() bool {
	return l.activeHandles > 0 || l.activeReqs > 0 || len(l.closing) > 0 ||
		len(l.pending) > 0 || l.timers.alive() || l.immediates.refCount > 0
}

// Wait is what Step asks of its caller.
type Wait struct {
	// Done means the loop has no more work (or was terminated).
	Done bool
	// Timeout is how long the loop may sleep before stepping again:
	// negative means until I/O arrives. The caller may step earlier.
	Timeout time.Duration
}

// Step runs the loop until it would have to wait, and says for how long.
// It never blocks, so a wasm guest or a page can drive the loop: call Step,
// wait as told (delivering I/O to the Backend), and call Step again.
func (l *Loop) Step() (Wait, error) {
	for {
		if l.term || l.interrupted() {
			return Wait{Done: true}, l.err
		}
		switch l.stage {
		case stageInit:
			// uv_run(UV_RUN_DEFAULT) runs due timers once before the first
			// iteration, for backwards compatibility (libuv ≥ 1.45).
			if !l.Alive() {
				l.stage = stageDone
				continue
			}
			l.updateTime()
			l.runTimers()
			l.stage = stageTop
		case stageTop:
			if !l.Alive() || l.stop {
				l.stop = false
				l.stage = stageDone
				continue
			}
			l.iter++
			if l.sink != nil {
				l.emit(trace.Event{Kind: trace.Iteration, N: l.iter})
			}
			l.runPending()
			l.runIdle()
			l.runPrepare()
			l.stage = stagePoll
			l.enterPhase(trace.PhasePoll)
			timeout, why := l.pollTimeout()
			if l.sink != nil {
				l.emit(trace.Event{Kind: trace.PollTimeout, N: millisOrForever(timeout), Why: why})
			}
			if l.pollReady() || timeout == 0 {
				l.afterPoll()
				continue
			}
			return Wait{Timeout: timeout}, nil
		case stagePoll:
			// Resumed after the caller waited: update the time as
			// uv__io_poll does when epoll_wait returns, then run what is ready.
			l.updateTime()
			if !l.pollReady() {
				// Nothing arrived. If the wait was for a timer that is
				// not due yet on the loop's clock (the caller woke early),
				// wait again for what is left, as uv__io_poll does when
				// epoll_wait returns with no events before its timeout:
				// nothing runs until the timer is due.
				if left := l.timerWaitLeft(); left > 0 {
					return Wait{Timeout: left}, nil
				}
			}
			l.afterPoll()
		case stageDone:
			if l.cfg.BeforeExit != nil && !l.term {
				l.cfg.BeforeExit()
				if l.Alive() && !l.term {
					l.stage = stageInit
					continue
				}
			}
			return Wait{Done: true}, l.err
		}
	}
}

// afterPoll finishes an iteration: leave poll, pending again (libuv re-runs
// callbacks queued during poll up to 8 times), check, close, then — libuv
// 1.45 and later — update the time and run due timers.
func (l *Loop) afterPoll() {
	l.leavePhase()
	for i := 0; i < 8 && len(l.pending) > 0 && !l.term; i++ {
		l.runPending()
	}
	l.runCheck()
	l.runClosing()
	l.updateTime()
	l.runTimers()
	l.stage = stageTop
}

// Run drives the loop until it runs out of work, waiting on the Backend
// (real clock) or moving the virtual clock. It returns the error given to
// Terminate, ErrStarved, or ErrDeadlock.
func (l *Loop) Run() error {
	for {
		w, err := l.Step()
		if w.Done || err != nil {
			if l.sink != nil {
				l.emit(trace.Event{Kind: trace.Note, Text: "loop finished"})
			}
			return err
		}
		if err := l.wait(w.Timeout); err != nil {
			l.Terminate(err)
			return err
		}
	}
}

// WaitFor waits as Step asked (w.Timeout): on the real clock on the
// Backend, on the virtual clock by jumping it to the earlier of the timeout
// and the simulated I/O's next completion. Run is Step and WaitFor in a
// loop; a host that steps the loop itself may call it, or wait its own way.
func (l *Loop) WaitFor(timeout time.Duration) error { return l.wait(timeout) }

// IdleTime is how long the loop has waited for I/O or timers (libuv's
// idle time, behind perf_hooks' eventLoopUtilization). Call only on the
// loop goroutine.
func (l *Loop) IdleTime() time.Duration { return l.idleTime }

func (l *Loop) countIdle(start time.Duration) { l.idleTime += l.clock.Read() - start }

func (l *Loop) wait(timeout time.Duration) error {
	defer l.countIdle(l.clock.Read())
	vc, virtual := l.clock.(*VirtualClock)
	if !virtual {
		if l.backend == nil {
			if timeout < 0 {
				return ErrDeadlock
			}
			t := time.NewTimer(timeout)
			defer t.Stop()
			select {
			case <-t.C:
			case <-l.intr:
			}
			return nil
		}
		l.backend.Wait(timeout)
		return nil
	}
	step := timeout
	if vb, ok := l.backend.(VirtualBackend); ok {
		if at, ok := vb.NextReady(); ok {
			d := at - vc.Now()
			if d < 0 {
				d = 0
			}
			if step < 0 || d < step {
				step = d
			}
		}
	} else if l.backend != nil && (l.activeReqs > 0 || l.activeHandles > 0) {
		// Real I/O under a virtual clock costs no virtual time. While a
		// request is in flight (pool work, a lookup, a connect) the clock
		// waits for it however long it takes in real time, so a timer
		// never overtakes work node would have finished first. Open
		// handles alone (a server, an idle socket) may wait on the world
		// outside forever: they get a moment of real time, then the clock
		// moves to the next timer. With nothing due at all, wait for them.
		for {
			real := 20 * time.Millisecond
			if step < 0 || l.activeReqs > 0 {
				real = -1
			}
			l.backend.Wait(real)
			if l.pollPending() {
				return nil
			}
			select {
			case <-l.intr:
				return nil // the next Step terminates
			default:
			}
			if real >= 0 {
				break
			}
		}
	}
	if sb, ok := l.backend.(SharedVirtualBackend); ok {
		before := vc.Now()
		if !sb.IdleUntil(before+step, step >= 0) {
			return ErrDeadlock
		}
		if d := vc.Now() - before; d > 0 {
			if l.sink != nil {
				l.emit(trace.Event{Kind: trace.Clock, N: int64(d)})
			}
		}
		return nil
	}
	if step < 0 {
		return ErrDeadlock
	}
	if step > 0 {
		vc.Advance(step)
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Clock, N: int64(step)})
		}
	}
	return nil
}

// pollPending reports whether the backend has completions waiting; they are
// kept for the poll phase.
func (l *Loop) pollPending() bool {
	if l.backend == nil {
		return false
	}
	l.ready = l.backend.Poll(l.ready)
	return len(l.ready) > 0
}

func millisOrForever(d time.Duration) int64 {
	if d < 0 {
		return -1
	}
	return int64((d + time.Millisecond - 1) / time.Millisecond)
}

// pollTimeout is uv__backend_timeout: zero when the loop must not block,
// else the time to the nearest timer, else forever. why names the rule.
func (l *Loop) pollTimeout() (time.Duration, string) {
	switch {
	case l.stop:
		return 0, "stop was called"
	case l.activeHandles == 0 && l.activeReqs == 0 && !l.timers.alive() && l.immediates.refCount == 0:
		return 0, "no active handles or requests"
	case l.immediates.refCount > 0:
		return 0, "immediates are pending (node keeps an idle handle active)"
	case len(l.idleHandles) > 0:
		return 0, "an idle handle is active"
	case len(l.pending) > 0:
		return 0, "pending callbacks are queued"
	case len(l.closing) > 0:
		return 0, "handles are closing"
	}
	if due, ok := l.timers.due(); ok {
		why := ""
		if l.sink != nil { // only the trace reads it: no Sprintf per iteration
			why = fmt.Sprintf("the nearest timer is due at %dms", due)
		}
		if l.vclock == nil && !l.clock.Virtual() {
			// The real clock: wait until the exact instant the loop's
			// clock reaches the due millisecond, not for a whole number
			// of milliseconds from the truncated loop time (libuv's
			// timeout), which lands up to 1 ms after it.
			return max(l.untilMillis(due), 0), why
		}
		d := due - l.now
		if d < 0 {
			d = 0
		}
		return time.Duration(d) * time.Millisecond, why
	}
	return -1, "no timers: wait for I/O"
}

// untilMillis returns how long until the clock reads ms milliseconds.
func (l *Loop) untilMillis(ms int64) time.Duration {
	return time.Duration(ms)*time.Millisecond - l.clock.Now()
}

// timerWaitLeft returns, on the real clock, how long is left until the
// timer the loop was waiting for is due: positive only when the loop is
// in its poll phase, nothing else may end the wait (see pollTimeout), and
// the loop's time has not reached the timer's due millisecond.
func (l *Loop) timerWaitLeft() time.Duration {
	if l.vclock != nil || l.clock.Virtual() || l.stop || l.term {
		return 0
	}
	due, ok := l.timers.due()
	if !ok || due <= l.now {
		return 0
	}
	if t, _ := l.pollTimeout(); t <= 0 {
		return 0
	}
	return l.untilMillis(due)
}

// pollReady runs the completions that are ready now, each as a callback in
// the poll phase. It reports whether any ran.
func (l *Loop) pollReady() bool {
	if l.backend == nil && len(l.injected) == 0 {
		return false
	}
	if len(l.injected) > 0 {
		l.ready = append(l.ready, l.injected...)
		clear(l.injected)
		l.injected = l.injected[:0]
	}
	if l.backend != nil {
		l.ready = l.backend.Poll(l.ready)
	}
	if len(l.ready) == 0 {
		return false
	}
	ready := l.ready
	l.ready = nil
	i := 0
	// The completions' callbacks run in order, each with its checkpoint, in
	// as few engine entries as those checkpoints allow.
	l.invokeAll(func(cb *callback) bool {
		for i < len(ready) {
			c := &ready[i]
			i++
			if c.Queue == trace.QueuePending {
				l.Defer(c.Label, c.Run)
				continue
			}
			if next, ok := l.completion(c); ok {
				*cb = next
				return true
			}
		}
		return false
	}, nil)
	clear(ready)
	l.ready = ready[:0]
	return true
}

// completion does a completion's bookkeeping (the request ends) and
// returns its callback, if it has one.
func (l *Loop) completion(c *Completion) (callback, bool) {
	q, id, label := trace.QueueIO, uint64(0), c.Label
	if c.Req != nil {
		id, label = c.Req.ID, c.Req.Label
		if c.Worker != 0 {
			l.emit(trace.Event{Kind: trace.PoolDone, Queue: trace.QueuePool, ID: id, Label: label, Worker: c.Worker,
				N: int64(c.Ended - c.Started)})
		}
		l.endRequest(c.Req)
		if l.sink != nil {
			l.emit(trace.Event{Kind: trace.Dequeue, Queue: c.Req.Queue, ID: id, Label: label})
		}
	}
	if id == 0 {
		id = l.nextID()
	}
	if c.Run == nil {
		return callback{}, false
	}
	run := c.Run
	if c.Req != nil && c.Req.ctx != nil {
		if ce, ok := l.engine.(ContextEngine); ok {
			ctx, inner := c.Req.ctx, run
			run = func() { ce.RunInContext(ctx, inner) }
		}
	}
	return callback{q: q, id: id, label: label, h: funcFirer(run), msg: c.Msg}, true
}

func (l *Loop) enterPhase(p trace.Phase) {
	l.phase = p
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.PhaseEnter, Phase: p})
	}
}

func (l *Loop) leavePhase() {
	if l.sink != nil {
		l.emit(trace.Event{Kind: trace.PhaseLeave, Phase: l.phase})
	}
	l.phase = ""
}

// SetPhase marks what the loop is doing outside uv_run (the main script, the
// 'exit' event) for the trace.
func (l *Loop) SetPhase(p trace.Phase) {
	if l.phase != "" {
		l.leavePhase()
	}
	if p != "" {
		l.enterPhase(p)
	}
}
