package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// run builds a loop on the virtual clock, runs main as the main script and
// returns what the callbacks logged.
func run(t *testing.T, cfg loop.Config, main func(l *loop.Loop, log func(string))) []string {
	t.Helper()
	if cfg.Clock == nil {
		cfg.Clock = loop.NewVirtualClock(-1)
	}
	var out []string
	l := loop.New(cfg)
	log := func(s string) { out = append(out, s) }
	l.RunMacrotask(trace.QueueMain, "main", func() { main(l, log) })
	if err := l.Run(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out
}

func TestLoop_ordering(t *testing.T) {
	tests := []struct {
		name string
		main func(l *loop.Loop, log func(string))
		want string
	}{
		{"nextTick before microtask", func(l *loop.Loop, log func(string)) {
			l.QueueMicrotask("p", func() { log("promise") })
			l.NextTick("t", func() { log("tick") })
			log("sync")
		}, "sync tick promise"},
		{"tick queued by a microtask runs after the microtask queue", func(l *loop.Loop, log func(string)) {
			l.QueueMicrotask("p1", func() {
				log("p1")
				l.NextTick("t", func() { log("tick") })
				l.QueueMicrotask("p2", func() { log("p2") })
			})
		}, "p1 p2 tick"},
		{"equal delays are FIFO", func(l *loop.Loop, log func(string)) {
			for i := 0; i < 5; i++ {
				l.SetTimeout("t", 1, func() { log(fmt.Sprint(i)) })
			}
		}, "0 1 2 3 4"},
		{"checkpoint after each timer", func(l *loop.Loop, log func(string)) {
			l.SetTimeout("t1", 1, func() {
				log("t1")
				l.NextTick("n", func() { log("n1") })
				l.QueueMicrotask("p", func() { log("p1") })
			})
			l.SetTimeout("t2", 1, func() { log("t2") })
		}, "t1 n1 p1 t2"},
		{"immediate queued in check runs next iteration", func(l *loop.Loop, log func(string)) {
			l.SetImmediate("i1", func() {
				log("i1")
				l.SetImmediate("i3", func() { log("i3") })
			})
			l.SetImmediate("i2", func() { log("i2") })
		}, "i1 i2 i3"},
		{"immediate first on the virtual clock with no time spent", func(l *loop.Loop, log func(string)) {
			l.SetTimeout("t", 1, func() { log("timeout") })
			l.SetImmediate("i", func() { log("immediate") })
		}, "immediate timeout"},
		{"inside a timer an immediate beats a 0 ms timer", func(l *loop.Loop, log func(string)) {
			l.SetTimeout("outer", 1, func() {
				l.SetTimeout("t", 1, func() { log("timeout") })
				l.SetImmediate("i", func() { log("immediate") })
			})
		}, "immediate timeout"},
		{"interval fires until cleared", func(l *loop.Loop, log func(string)) {
			n := 0
			var iv *loop.Timer
			iv = l.SetInterval("iv", 10, func() {
				n++
				log(fmt.Sprint("iv", n))
				if n == 3 {
					iv.Clear()
				}
			})
		}, "iv1 iv2 iv3"},
		{"cleared timeout never fires", func(l *loop.Loop, log func(string)) {
			a := l.SetTimeout("a", 5, func() { log("a") })
			l.SetTimeout("b", 1, func() { log("b"); a.Clear() })
		}, "b"},
		{"unref'd timer alone does not keep the loop alive", func(l *loop.Loop, log func(string)) {
			l.SetTimeout("t", 10, func() { log("fired") }).Unref()
			log("main")
		}, "main"},
		{"unref'd timer fires while another keeps the loop alive", func(l *loop.Loop, log func(string)) {
			l.SetTimeout("u", 5, func() { log("u") }).Unref()
			l.SetTimeout("r", 10, func() { log("r") })
		}, "u r"},
		{"shorter delay created later still fires first", func(l *loop.Loop, log func(string)) {
			l.SetTimeout("a", 20, func() { log("a") })
			l.SetTimeout("b", 10, func() { log("b") })
		}, "b a"},
		{"refresh restarts the timer", func(l *loop.Loop, log func(string)) {
			a := l.SetTimeout("a", 10, func() { log("a") })
			l.SetTimeout("b", 5, func() { log("b"); a.Refresh() })
			l.SetTimeout("c", 12, func() { log("c") })
		}, "b c a"},
		{"close callbacks run in the close phase after check", func(l *loop.Loop, log func(string)) {
			h := l.NewHandle("server")
			h.Start()
			l.SetImmediate("i", func() { log("immediate") })
			h.Close(func() { log("close") })
		}, "immediate close"},
		{"pending callbacks run at the start of the next iteration", func(l *loop.Loop, log func(string)) {
			l.SetImmediate("i", func() {
				log("immediate")
				l.Defer("p", func() { log("pending") })
				l.SetTimeout("t", 1, func() { log("timeout") })
			})
		}, "immediate pending timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(run(t, loop.Config{}, tt.main), " ")
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoop_beforeExit(t *testing.T) {
	var l *loop.Loop
	rounds := 0
	var out []string
	l = loop.New(loop.Config{Clock: loop.NewVirtualClock(-1), BeforeExit: func() {
		rounds++
		out = append(out, "beforeExit")
		if rounds < 3 {
			l.SetTimeout("again", 1, func() { out = append(out, "timer") })
		}
	}})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(out, " "); got != "beforeExit timer beforeExit timer beforeExit" {
		t.Errorf("got %q", got)
	}
}

func TestLoop_maxTicks(t *testing.T) {
	l := loop.New(loop.Config{Clock: loop.NewVirtualClock(-1), MaxTicks: 1000})
	var again func()
	again = func() { l.NextTick("again", again) }
	l.RunMacrotask(trace.QueueMain, "main", again)
	err := l.Run()
	if !errors.Is(err, loop.ErrStarved) {
		t.Fatalf("Run = %v, want ErrStarved", err)
	}
}

func TestLoop_virtualTraceIsDeterministic(t *testing.T) {
	record := func() string {
		var b strings.Builder
		enc := trace.NewEncoder(&b, trace.Text)
		l := loop.New(loop.Config{Clock: loop.NewVirtualClock(0), Trace: enc})
		l.RunMacrotask(trace.QueueMain, "main", func() {
			l.SetTimeout("a", 3, func() { l.SetImmediate("i", func() {}) })
			l.SetInterval("iv", 2, func() {}).Unref()
			l.NextTick("t", func() { l.QueueMicrotask("m", func() {}) })
		})
		if err := l.Run(); err != nil {
			t.Fatal(err)
		}
		enc.Close()
		return b.String()
	}
	a, b := record(), record()
	if a != b {
		t.Fatalf("two runs differ:\n%s\n---\n%s", a, b)
	}
	flat := strings.Join(strings.Fields(a), " ")
	for _, want := range []string{"── timers", "enqueue nextTick #", "poll.timeout wait at most 2ms", "clock +2.000ms waited in poll"} {
		if !strings.Contains(flat, want) {
			t.Errorf("trace lacks %q:\n%s", want, a)
		}
	}
}

func TestLoop_virtualClockJumpsToTimers(t *testing.T) {
	vc := loop.NewVirtualClock(-1)
	l := loop.New(loop.Config{Clock: vc})
	var at time.Duration
	l.RunMacrotask(trace.QueueMain, "main", func() {
		l.SetTimeout("t", 1500, func() { at = vc.Now() })
	})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if at != 1500*time.Millisecond {
		t.Errorf("timer ran at %v, want 1.5s", at)
	}
}

func TestCoerceDelay(t *testing.T) {
	tests := []struct {
		in       float64
		want     float64
		overflow bool
	}{{0, 1, false}, {-5, 1, false}, {0.5, 1, false}, {1.7, 1.7, false}, {10, 10, false},
		{float64(loop.TimeoutMax) + 1, 1, true}, {float64(loop.TimeoutMax), float64(loop.TimeoutMax), false}}
	for _, tt := range tests {
		got, ov := loop.CoerceDelay(tt.in)
		if got != tt.want || ov != tt.overflow {
			t.Errorf("CoerceDelay(%v) = %v, %v; want %v, %v", tt.in, got, ov, tt.want, tt.overflow)
		}
	}
}

// The seed articles' favourite: synchronous code, then nextTick, then
// promise jobs, then the loop's phases.
func Example() {
	l := loop.New(loop.Config{Clock: loop.NewVirtualClock(-1)})
	l.RunMacrotask(trace.QueueMain, "main", func() {
		fmt.Println("start")
		l.SetTimeout("timeout", 0, func() { fmt.Println("setTimeout") })
		l.QueueMicrotask("promise", func() { fmt.Println("Promise") })
		l.SetImmediate("immediate", func() { fmt.Println("setImmediate") })
		l.NextTick("nextTick", func() { fmt.Println("nextTick") })
		fmt.Println("end")
	})
	l.Run()
	// Output:
	// start
	// end
	// nextTick
	// Promise
	// setImmediate
	// setTimeout
}

// stepClock is a real (not virtual) clock that moves only when told to, so
// that a test can play the part of a kernel waking the loop at given times.
type stepClock struct{ now time.Duration }

func (c *stepClock) Now() time.Duration  { return c.now }
func (c *stepClock) Read() time.Duration { return c.now }
func (c *stepClock) Virtual() bool       { return false }

// earlyBackend wakes every wait after half its timeout (at least 10 µs),
// with nothing ready, and records the timeouts it was given.
type earlyBackend struct {
	c        *stepClock
	timeouts []time.Duration
}

func (b *earlyBackend) Poll(buf []loop.Completion) []loop.Completion { return buf }
func (b *earlyBackend) Wait(timeout time.Duration) {
	b.timeouts = append(b.timeouts, timeout)
	b.c.now += max(timeout/2, 10*time.Microsecond)
}

// On the real clock the loop waits until the exact instant its clock reaches
// a timer's due millisecond, and a wake-up before it (nothing ready) only
// waits again for what is left: no iteration, no phase runs early.
func TestLoop_realClockWaitsForTheDueInstant(t *testing.T) {
	c := &stepClock{now: 300 * time.Microsecond}
	b := &earlyBackend{c: c}
	var events []trace.Event
	l := loop.New(loop.Config{Clock: c, Backend: b, Trace: trace.SinkFunc(func(e trace.Event) {
		events = append(events, e)
	})})
	var firedAt time.Duration
	l.RunMacrotask(trace.QueueMain, "main", func() {
		l.SetTimeout("t", 2, func() { firedAt = c.now })
	})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	// Due at 2 ms on the loop's clock, set at 0.3 ms: the first wait is
	// 1.7 ms (not libuv's 2 ms from the truncated loop time of 0), then
	// what is left after each early wake-up.
	want := []time.Duration{1700 * time.Microsecond, 850 * time.Microsecond, 425 * time.Microsecond}
	if len(b.timeouts) < len(want) {
		t.Fatalf("waits %v, want at least %v", b.timeouts, want)
	}
	for i, w := range want {
		if b.timeouts[i] != w {
			t.Errorf("wait %d = %v, want %v (all: %v)", i, b.timeouts[i], w, b.timeouts)
		}
	}
	if firedAt < 2*time.Millisecond || firedAt >= 2*time.Millisecond+10*time.Microsecond {
		t.Errorf("timer ran at %v, want in [2ms, 2.01ms)", firedAt)
	}
	iters := 0
	for _, e := range events {
		if e.Kind == trace.Iteration {
			iters++
		}
	}
	if iters != 1 {
		t.Errorf("%d iterations, want 1: early wake-ups must not start new ones", iters)
	}
}
