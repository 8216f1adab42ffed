package js_test

import (
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
)

// Start-up, one runtime made and an empty script run per op, with the
// modules the CLI registers. Cold forgets the compiled libraries first, as
// a new process starts without them (what `evloop run empty.js` pays);
// warm keeps them (a second runtime in one process: the page, a worker).
// Profile with -cpuprofile; site/docs/benchmarks.md, "Start-up profile".
func BenchmarkStartup_cold(b *testing.B) { benchStartup(b, true) }
func BenchmarkStartup_warm(b *testing.B) { benchStartup(b, false) }

func benchStartup(b *testing.B, cold bool) {
	b.ReportAllocs()
	// CPU time as well as wall: the compile runs on warm-up goroutines
	// beside js.New, so wall time hides it on an idle machine.
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op") }()
	for i := 0; i < b.N; i++ {
		if cold {
			js.ForgetCompiledLibs()
		}
		rt, err := js.New(js.Options{Stdout: io.Discard, Stderr: io.Discard, Modules: builtins.Portable()})
		if err != nil {
			b.Fatal(err)
		}
		if code := rt.RunSource("/empty.js", "\n"); code != 0 {
			b.Fatalf("exit code %d", code)
		}
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
