package loop_test

import (
	"fmt"
	"strings"
	"testing"

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
