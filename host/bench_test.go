package host

import (
	"context"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/evloop/evloop/wasm/abi"
)

// BenchmarkGuestCall measures one host→guest export call
// (evloop_abi_version, a cached api.Function) and one evloop_read of an
// empty stream through the checked path the host uses.
func BenchmarkGuestCall(b *testing.B) {
	m, err := Module()
	if err != nil {
		b.Skip("the wasm module is not built (make wasm)")
	}
	ctx := context.Background()
	cache, err := wazero.NewCompilationCacheWithDir(testCache)
	if err != nil {
		b.Fatal(err)
	}
	defer cache.Close(ctx)
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCompilationCache(cache))
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	if _, err := instantiateImports(ctx, r, nil); err != nil {
		b.Fatal(err)
	}
	inst, err := r.InstantiateWithConfig(ctx, m, wazero.NewModuleConfig().WithStartFunctions("_initialize"))
	if err != nil {
		b.Fatal(err)
	}
	g, err := bind(inst)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("abi_version", func(b *testing.B) {
		for b.Loop() {
			if _, err := g.call(ctx, g.version); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("read_empty", func(b *testing.B) {
		ptr, err := g.call(ctx, g.alloc, 64)
		if err != nil || ptr == 0 {
			b.Fatal("no buffer", err)
		}
		for b.Loop() {
			if _, err := g.call(ctx, g.read, abi.StreamStdout, ptr, 64); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkStart is one empty program from start to exit: Run (a runtime
// and a compile from the warm cache per program, as the CLI does) against
// an Engine (the module compiled once; an instance per program).
func BenchmarkStart(b *testing.B) {
	if _, err := Module(); err != nil {
		b.Skip("the wasm module is not built (make wasm)")
	}
	ctx := context.Background()
	cfg := Config{Config: abi.Config{Filename: "/main.js"}, CacheDir: testCache}
	if _, err := Run(ctx, cfg); err != nil { // warm the cache
		b.Fatal(err)
	}
	b.Run("Run", func(b *testing.B) {
		for b.Loop() {
			if _, err := Run(ctx, cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Engine", func(b *testing.B) {
		e := NewEngine(cfg)
		defer e.Close(ctx)
		if _, err := e.Run(ctx, cfg); err != nil { // compile
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := e.Run(ctx, cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
}
