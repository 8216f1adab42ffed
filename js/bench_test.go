package js_test

import (
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
)

// Per-callback cost of the JS binding: b.N callbacks of each kind in one program.
func benchScript(b *testing.B, src string) {
	b.Helper()
	rt, err := js.New(js.Options{Stdout: io.Discard, Stderr: io.Discard, Clock: loop.NewVirtualClock(-1)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if code := rt.RunSource("/bench.js", src); code != 0 {
		b.Fatalf("exit code %d", code)
	}
}

func BenchmarkJS_nextTick(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let n = 0; function t() { if (++n < %d) process.nextTick(t); } process.nextTick(t);`, b.N))
}

// BenchmarkJS_nextTickLocal is BenchmarkJS_nextTick with process read
// once: the difference is the global lookup of process (its accessor).
func BenchmarkJS_nextTickLocal(b *testing.B) {
	benchScript(b, fmt.Sprintf(`const p = process; let n = 0; function t() { if (++n < %d) p.nextTick(t); } p.nextTick(t);`, b.N))
}

// BenchmarkJS_nextTickBound calls nextTick itself, with no property read.
func BenchmarkJS_nextTickBound(b *testing.B) {
	benchScript(b, fmt.Sprintf(`const nt = process.nextTick; let n = 0; function t() { if (++n < %d) nt(t); } nt(t);`, b.N))
}

// BenchmarkJS_nextTickArg queues with an argument, as a stream's write
// completion does (process.nextTick(afterWrite, stream, state)).
func BenchmarkJS_nextTickArg(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let n = 0; function t(x) { if (++n < %d) process.nextTick(t, x); } process.nextTick(t, {});`, b.N))
}

func BenchmarkJS_promiseJob(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let n = 0; function t() { if (++n < %d) Promise.resolve().then(t); } t();`, b.N))
}

func BenchmarkJS_await(b *testing.B) {
	benchScript(b, fmt.Sprintf(`(async () => { for (let i = 0; i < %d; i++) await i; })();`, b.N))
}

func BenchmarkJS_setImmediate(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let n = 0; function t() { if (++n < %d) setImmediate(t); } setImmediate(t);`, b.N))
}

func BenchmarkJS_setTimeout(b *testing.B) {
	benchScript(b, fmt.Sprintf(`for (let i = 0; i < %d; i++) setTimeout(() => {}, i %% 51);`, b.N))
}

// The global Date and RegExp are Proxies of goja's (dateparse.go,
// regexpflags.go): what their common uses cost through them.
func BenchmarkJS_newDate(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += new Date(i).getTime();`, b.N))
}

func BenchmarkJS_newDateNoArgs(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += new Date().getTime() > 0;`, b.N))
}

func BenchmarkJS_dateNow(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += Date.now();`, b.N))
}

func BenchmarkJS_newRegExp(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += new RegExp('a+b').lastIndex;`, b.N))
}

func BenchmarkJS_newRegExpFlags(b *testing.B) {
	benchScript(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += new RegExp('a+b', 'g').lastIndex;`, b.N))
}

// The same promise programs on a bare goja runtime (no loop, no tracker):
// the engine's own cost, against which the JS_ figures above are read.
func benchBareGoja(b *testing.B, src string) {
	b.Helper()
	vm := goja.New()
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := vm.RunString(src); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkGoja_promiseJob(b *testing.B) {
	benchBareGoja(b, fmt.Sprintf(`let n = 0; function t() { if (++n < %d) Promise.resolve().then(t); } t();`, b.N))
}

func BenchmarkGoja_await(b *testing.B) {
	benchBareGoja(b, fmt.Sprintf(`(async () => { for (let i = 0; i < %d; i++) await i; })();`, b.N))
}

// The Date and RegExp programs above on bare goja (no Proxy): the floor.
func BenchmarkGoja_newDate(b *testing.B) {
	benchBareGoja(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += new Date(i).getTime();`, b.N))
}

func BenchmarkGoja_dateNow(b *testing.B) {
	benchBareGoja(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += Date.now();`, b.N))
}

func BenchmarkGoja_newRegExp(b *testing.B) {
	benchBareGoja(b, fmt.Sprintf(`let x = 0; for (let i = 0; i < %d; i++) x += new RegExp('a+b').lastIndex;`, b.N))
}

// BenchmarkJS_pendingTimerMemory reports the heap each pending setTimeout
// keeps (the Timeout object, its callback closure, the loop's Timer): b.N
// timers with distinct callbacks, all pending at once.
func BenchmarkJS_pendingTimerMemory(b *testing.B) {
	rt, err := js.New(js.Options{Stdout: io.Discard, Stderr: io.Discard, Clock: loop.NewVirtualClock(-1)})
	if err != nil {
		b.Fatal(err)
	}
	before := heapInUse()
	b.ResetTimer()
	src := fmt.Sprintf(`for (let i = 0; i < %d; i++) setTimeout(() => {}, 1000 + i %% 51);`, b.N)
	if err := rt.Start("/bench.js", src); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(heapInUse()-before)/float64(b.N), "B/pending-timer")
	runtime.KeepAlive(rt)
}

func heapInUse() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

// BenchmarkJS_newError is one `new Error()` a program makes and never
// reads the stack of, in a function two calls deep (errorstack.go gives
// each a stack accessor).
func BenchmarkJS_newError(b *testing.B) {
	benchScript(b, fmt.Sprintf(`function a() { return b(); } function b() { return new Error('x'); } for (let i = 0; i < %d; i++) a();`, b.N))
}

// BenchmarkJS_newErrorStack is BenchmarkJS_newError with its stack read.
func BenchmarkJS_newErrorStack(b *testing.B) {
	benchScript(b, fmt.Sprintf(`function a() { return b(); } function b() { return new Error('x'); } let n = 0; for (let i = 0; i < %d; i++) n += a().stack.length;`, b.N))
}
