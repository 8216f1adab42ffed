package loop_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// The loop's own cost per operation, with Go callbacks (no JS engine).

func newBenchLoop() *loop.Loop {
	return loop.New(loop.Config{Clock: loop.NewVirtualClock(-1)})
}

func BenchmarkNextTick(b *testing.B) {
	l := newBenchLoop()
	b.ReportAllocs()
	n := 0
	var tick func()
	tick = func() {
		n++
		if n < b.N {
			l.NextTick("", tick)
		}
	}
	b.ResetTimer()
	l.RunMacrotask(trace.QueueMain, "main", func() { l.NextTick("", tick) })
}

func BenchmarkMicrotask(b *testing.B) {
	l := newBenchLoop()
	b.ReportAllocs()
	n := 0
	var job func()
	job = func() {
		n++
		if n < b.N {
			l.QueueMicrotask("", job)
		}
	}
	b.ResetTimer()
	l.RunMacrotask(trace.QueueMain, "main", func() { l.QueueMicrotask("", job) })
}

// BenchmarkCheckpoint is one macrotask with an empty microtask checkpoint.
func BenchmarkCheckpoint(b *testing.B) {
	l := newBenchLoop()
	b.ReportAllocs()
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.RunMacrotask(trace.QueueMain, "", fn)
	}
}

func BenchmarkImmediate(b *testing.B) {
	runImmediateChain(b, newBenchLoop())
}

// runImmediateChain runs b.N immediates, each queued by the one before, so
// every one costs a loop iteration.
func runImmediateChain(b *testing.B, l *loop.Loop) {
	b.ReportAllocs()
	n := 0
	var again func()
	again = func() {
		n++
		if n < b.N {
			l.SetImmediate("", again)
		}
	}
	l.SetImmediate("", again)
	b.ResetTimer()
	if err := l.Run(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkTimerInsert schedules timers with 50 distinct delays.
func BenchmarkTimerInsert(b *testing.B) {
	l := newBenchLoop()
	b.ReportAllocs()
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.SetTimeout("", float64(1+i%50), fn)
	}
}

func BenchmarkTimerInsertCancel(b *testing.B) {
	l := newBenchLoop()
	b.ReportAllocs()
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.SetTimeout("", float64(1+i%50), fn).Clear()
	}
}

// BenchmarkTimerFire schedules b.N timers over 50 delays and runs them all.
func BenchmarkTimerFire(b *testing.B) {
	l := newBenchLoop()
	b.ReportAllocs()
	fn := func() {}
	for i := 0; i < b.N; i++ {
		l.SetTimeout("", float64(1+i%50), fn)
	}
	b.ResetTimer()
	if err := l.Run(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPollNothingReady is one loop iteration that polls a backend with
// nothing ready, kept alive by an immediate chain.
func BenchmarkPollNothingReady(b *testing.B) {
	runImmediateChain(b, loop.New(loop.Config{Clock: loop.NewVirtualClock(-1), Backend: idleBackend{}}))
}

type idleBackend struct{}

func (idleBackend) Poll(buf []loop.Completion) []loop.Completion { return buf }
func (idleBackend) Wait(time.Duration)                           {}

// BenchmarkTimerPendingMemory reports the heap a pending Timer keeps in the
// loop itself (Go callbacks: one shared func), b.N timers over 50 delays.
func BenchmarkTimerPendingMemory(b *testing.B) {
	l := newBenchLoop()
	fn := func() {}
	before := heapInUse()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.SetTimeout("", float64(1+i%50), fn)
	}
	b.StopTimer()
	b.ReportMetric(float64(heapInUse()-before)/float64(b.N), "B/pending-timer")
	runtime.KeepAlive(l)
}

func heapInUse() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}
