package js_test

import "testing"

// The loop and engine programs of js/internal/bench, one whole run per op,
// under the native engine as `evloop run` runs them, for profiling
// (`go test -bench Program_ -cpuprofile`). Every op after the first runs on
// a heap the earlier ones grew: timers_100k is ~150 ms here against ~470 ms
// in a fresh process, where faulting in new heap pages dominates (see
// site/docs/benchmarks.md), so these profile the code, and the bench runner
// measures the process.
func BenchmarkProgram_fib27(b *testing.B)         { benchProgram(b, "fib27.js") }
func BenchmarkProgram_nextTick1M(b *testing.B)    { benchProgram(b, "next_tick_1m.js") }
func BenchmarkProgram_await1M(b *testing.B)       { benchProgram(b, "await_1m.js") }
func BenchmarkProgram_thenChain1M(b *testing.B)   { benchProgram(b, "then_chain_1m.js") }
func BenchmarkProgram_immediate200k(b *testing.B) { benchProgram(b, "immediate_200k.js") }
func BenchmarkProgram_timers100k(b *testing.B)    { benchProgram(b, "timers_100k.js") }
