package loop_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// testEngine is an Engine with its own microtask queue, drained when an
// entry returns; with batch set it is also a loop.Batcher.
type testEngine struct {
	jobs    []func()
	entries int
}

func (e *testEngine) Enter(fn func()) {
	e.entries++
	fn()
	for len(e.jobs) > 0 {
		j := e.jobs[0]
		e.jobs = e.jobs[1:]
		j()
	}
}

type batchingEngine struct{ *testEngine }

func (e batchingEngine) Settled() bool { return len(e.jobs) == 0 }

// recorder keeps the trace as lines, without times.
type recorder struct{ lines []string }

func (r *recorder) Emit(e trace.Event) {
	r.lines = append(r.lines, fmt.Sprintf("%s %s %s %d %s", e.Kind, e.Phase, e.Queue, e.ID, e.Label))
}

// TestLoop_invokeAll runs the same program with one entry per callback and
// with a Batcher engine: the log and the trace must be the same, with fewer
// entries.
func TestLoop_invokeAll(t *testing.T) {
	program := func(l *loop.Loop, e *testEngine, log func(string)) {
		job := func(name string) { e.jobs = append(e.jobs, func() { log(name) }) }
		for i := 0; i < 4; i++ {
			l.SetTimeout("plain", 1, func() { log(fmt.Sprint("t", i)) })
		}
		l.SetTimeout("with a job", 1, func() { log("tj"); job("tj.job") })
		l.SetTimeout("with a tick", 1, func() {
			log("tt")
			l.NextTick("tick", func() { log("tt.tick"); job("tt.tick.job") })
		})
		l.SetTimeout("after", 1, func() { log("ta") })
		iv := 0
		var ivl *loop.Timer
		ivl = l.SetInterval("interval", 1, func() {
			log("iv")
			if iv++; iv == 3 {
				ivl.Clear()
			}
		})
		for i := 0; i < 3; i++ {
			l.SetImmediate("imm", func() { log(fmt.Sprint("i", i)) })
		}
		l.SetImmediate("imm with a job", func() { log("ij"); job("ij.job") })
		l.SetImmediate("imm last", func() { log("il") })
	}
	type result struct {
		log, trace string
		entries    int
	}
	runWith := func(batch bool) result {
		e := &testEngine{}
		var eng loop.Engine = e
		if batch {
			eng = batchingEngine{e}
		}
		rec := &recorder{}
		l := loop.New(loop.Config{Clock: loop.NewVirtualClock(-1), Engine: eng, Trace: rec})
		var out []string
		l.RunMacrotask(trace.QueueMain, "main", func() { program(l, e, func(s string) { out = append(out, s) }) })
		if err := l.Run(); err != nil {
			t.Fatal(err)
		}
		return result{strings.Join(out, " "), strings.Join(rec.lines, "\n"), e.entries}
	}
	one, batched := runWith(false), runWith(true)
	const want = "i0 i1 i2 ij ij.job il t0 t1 t2 t3 tj tj.job tt tt.tick tt.tick.job ta iv iv iv"
	if one.log != want {
		t.Errorf("one entry per callback: got %q, want %q", one.log, want)
	}
	if batched.log != one.log {
		t.Errorf("batched: got %q, want %q", batched.log, one.log)
	}
	if batched.trace != one.trace {
		t.Errorf("the traces differ:\none entry per callback:\n%s\nbatched:\n%s", one.trace, batched.trace)
	}
	if batched.entries >= one.entries {
		t.Errorf("batched: %d entries, one per callback: %d", batched.entries, one.entries)
	}
	t.Logf("entries: %d one per callback, %d batched", one.entries, batched.entries)
}

// TestLoop_quietTurn runs recursive immediate chains, alone and mixed with
// what must end the shared entry (a timer coming due, a tick, a promise
// job, a check handle, an unref'd immediate, a closing handle), with one
// entry per callback and with a Batcher engine: the log and the trace must
// be the same. A chain alone runs in one entry when batched.
func TestLoop_quietTurn(t *testing.T) {
	type prog func(l *loop.Loop, e *testEngine, log func(string))
	chain := func(l *loop.Loop, name string, n int, log func(string), each func(i int)) {
		i := 0
		var again func()
		again = func() {
			log(fmt.Sprint(name, i))
			if each != nil {
				each(i)
			}
			if i++; i < n {
				l.SetImmediate(name, again)
			}
		}
		l.SetImmediate(name, again)
	}
	cases := []struct {
		name       string
		program    prog
		maxEntries int             // batched; 0: no bound
		ready      []time.Duration // when the backend has a completion ready (the chain moves the clock)
	}{
		{"I/O becomes ready", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 12, log, func(int) { l.Clock().(*loop.VirtualClock).Advance(100 * time.Microsecond) })
		}, 0, []time.Duration{150 * time.Microsecond, 180 * time.Microsecond, 220 * time.Microsecond, 720 * time.Microsecond}},
		{"chain alone", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 20, log, nil)
		}, 2, nil},
		{"two chains", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 10, log, nil)
			chain(l, "b", 5, log, nil)
		}, 2, nil},
		{"timers come due", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 30, log, func(i int) { l.Clock().(*loop.VirtualClock).Advance(300 * time.Microsecond) })
			l.SetTimeout("t1", 1, func() { log("t1") })
			l.SetTimeout("t3", 3, func() { log("t3") })
		}, 0, nil},
		{"ticks and jobs", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 12, log, func(i int) {
				switch i % 4 {
				case 1:
					l.NextTick("tick", func() { log("tick") })
				case 2:
					e.jobs = append(e.jobs, func() { log("job") })
				}
			})
		}, 0, nil},
		{"a check handle", func(l *loop.Loop, e *testEngine, log func(string)) {
			var h *loop.Handle
			n := 0
			h = l.NewPhaseHandle("check", trace.PhaseCheck, func() {
				log("check")
				if n++; n == 3 {
					h.Stop()
				}
			})
			h.Start()
			chain(l, "a", 8, log, nil)
		}, 0, nil},
		{"unref'd immediate and a timer", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 5, log, nil)
			im := l.SetImmediate("unref", func() { log("unref") })
			im.Unref()
			l.SetTimeout("t", 2, func() { log("t"); chain(l, "b", 3, log, nil) })
		}, 0, nil},
		{"a handle closing", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 6, log, func(i int) {
				if i == 2 {
					h := l.NewHandle("h")
					h.Start()
					h.Close(func() { log("closed") })
				}
			})
		}, 0, nil},
		{"stop", func(l *loop.Loop, e *testEngine, log func(string)) {
			chain(l, "a", 6, log, func(i int) {
				if i == 3 {
					l.Stop()
				}
			})
		}, 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			run := func(batch bool) (string, string, int) {
				e := &testEngine{}
				var eng loop.Engine = e
				if batch {
					eng = batchingEngine{e}
				}
				rec := &recorder{}
				var out []string
				var be loop.Backend
				clock := loop.NewVirtualClock(-1)
				if tc.ready != nil {
					be = &readyBackend{clock: clock, at: tc.ready, log: func(s string) { out = append(out, s) }}
				}
				l := loop.New(loop.Config{Clock: clock, Engine: eng, Trace: rec, Backend: be})
				l.RunMacrotask(trace.QueueMain, "main", func() { tc.program(l, e, func(s string) { out = append(out, s) }) })
				if err := l.Run(); err != nil {
					t.Fatal(err)
				}
				return strings.Join(out, " "), strings.Join(rec.lines, "\n"), e.entries
			}
			log1, trace1, n1 := run(false)
			logB, traceB, nB := run(true)
			if logB != log1 {
				t.Errorf("batched log %q, one entry per callback %q", logB, log1)
			}
			if traceB != trace1 {
				t.Errorf("the traces differ:\none entry per callback:\n%s\nbatched:\n%s", trace1, traceB)
			}
			if tc.maxEntries > 0 && nB > tc.maxEntries {
				t.Errorf("batched: %d entries, want at most %d", nB, tc.maxEntries)
			}
			t.Logf("%s; entries: %d one per callback, %d batched", log1, n1, nB)
		})
	}
}

// readyBackend has a completion ready (logging "io<k>") at each time in
// at, on the virtual clock; each is returned by the first Poll after it.
type readyBackend struct {
	clock *loop.VirtualClock
	at    []time.Duration
	next  int
	log   func(string)
}

func (b *readyBackend) Poll(buf []loop.Completion) []loop.Completion {
	for b.next < len(b.at) && b.clock.Now() >= b.at[b.next] {
		k := b.next
		b.next++
		buf = append(buf, loop.Completion{Label: "io", Run: func() { b.log(fmt.Sprint("io", k)) }})
	}
	return buf
}

func (b *readyBackend) Wait(time.Duration) {}
