package host

import (
	"context"
	"os"
	"testing"

	"github.com/tetratelabs/wazero"
)

// BenchmarkWarmCompile is the CLI's CompileModule of the embedded module
// from a warm on-disk compilation cache (the first iteration may fill it):
// go test ./host -run '^$' -bench WarmCompile -cpuprofile cpu.out
func BenchmarkWarmCompile(b *testing.B) {
	mod, err := Module()
	if err != nil || mod == nil {
		b.Skip("no embedded module (make wasm)")
	}
	ctx := context.Background()
	dir := os.Getenv("EVLOOP_BENCH_CACHE") // a warm cache to profile only warm compiles
	if dir == "" {
		dir = b.TempDir()
	}
	compile := func() {
		cache, err := wazero.NewCompilationCacheWithDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCompilationCache(cache))
		if _, err := r.CompileModule(ctx, mod); err != nil {
			b.Fatal(err)
		}
		r.Close(ctx)
		cache.Close(ctx)
	}
	compile() // cold: fills the cache
	b.SetBytes(int64(len(mod)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		compile()
	}
}
