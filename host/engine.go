package host

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

// Engine compiles the module once and runs many programs on it, each in a
// fresh instance. Run compiles on every call — wazero decodes and validates
// the whole module and reads its cached code each time, about 0.45 s of a
// warm start here — which suits a CLI that runs one program; a long-lived
// host (a server, a test suite) pays only the instance (about 70 ms).
// Programs may run concurrently. Close the Engine when done.
type Engine struct {
	tmpl Config // Module, Progress, CacheDir, Cache, MaxMemoryPages

	mu       sync.Mutex
	runtimes [2]*engineRuntime // [1]: with WithCloseOnContextDone (a Timeout)
	closed   bool
	cache    wazero.CompilationCache // opened from CacheDir; closed with the Engine
}

type engineRuntime struct {
	r        wazero.Runtime
	compiled wazero.CompiledModule
	io       sync.Map // guest instance (api.Module) → its *hostIO, during a real-I/O run
}

// NewEngine returns an Engine for the module, compilation cache and memory
// limit of cfg (its Module, Progress, CacheDir, Cache and MaxMemoryPages,
// as Run reads them; the rest of cfg is ignored). It compiles on first use
// (building the module from source first if the binary has none: see
// ModuleOrBuild).
func NewEngine(cfg Config) *Engine {
	return &Engine{tmpl: Config{Module: cfg.Module, Progress: cfg.Progress, CacheDir: cfg.CacheDir, Cache: cfg.Cache, MaxMemoryPages: cfg.MaxMemoryPages}}
}

// Run is host.Run on the Engine's compiled module; cfg's Module, CacheDir,
// Cache and MaxMemoryPages are the Engine's, not cfg's.
func (e *Engine) Run(ctx context.Context, cfg Config) (int, error) {
	return runCancellable(ctx, cfg, e.runGuest)
}

func (e *Engine) runGuest(ctx context.Context, cfg Config) (int, error) {
	if cfg.Config.IO == "real" && cfg.Config.Clock == "" {
		cfg.Config.Clock = "real" // real I/O happens in real time
	}
	er, err := e.runtime(ctx, cfg.Timeout > 0)
	if err != nil {
		return 0, err
	}
	if cfg.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cfg.Timeout)
		defer cancel()
	}
	return runInstance(ctx, er.r, er.compiled, cfg, &er.io)
}

// runtime is the Engine's runtime for programs with (or without) a
// Timeout, compiled on first use.
func (e *Engine) runtime(ctx context.Context, closeOnDone bool) (*engineRuntime, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, fmt.Errorf("host: the Engine is closed")
	}
	i := 0
	if closeOnDone {
		i = 1
	}
	if er := e.runtimes[i]; er != nil {
		return er, nil
	}
	mod, err := moduleFor(ctx, e.tmpl.Module, e.tmpl.Progress)
	if err != nil {
		return nil, err
	}
	cache := e.tmpl.Cache
	if cache == nil && e.cache == nil {
		e.cache = openCache(e.tmpl.CacheDir)
	}
	if cache == nil {
		cache = e.cache
	}
	er, err := e.compileRuntime(ctx, mod, cache, closeOnDone)
	if err != nil && cache != nil && e.tmpl.Cache == nil {
		// A corrupt cache entry must not be fatal: compile without it.
		if dir := cacheDir(e.tmpl.CacheDir); dir != "" {
			e.cache.Close(ctx)
			e.cache = nil
			os.RemoveAll(dir)
		}
		er, err = e.compileRuntime(ctx, mod, nil, closeOnDone)
	}
	if err != nil {
		return nil, err
	}
	e.runtimes[i] = er
	return er, nil
}

func (e *Engine) compileRuntime(ctx context.Context, mod []byte, cache wazero.CompilationCache, closeOnDone bool) (*engineRuntime, error) {
	rc := wazero.NewRuntimeConfig().WithCloseOnContextDone(closeOnDone)
	if e.tmpl.MaxMemoryPages > 0 {
		rc = rc.WithMemoryLimitPages(e.tmpl.MaxMemoryPages)
	}
	if cache != nil {
		rc = rc.WithCompilationCache(cache)
	}
	r := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, r); err != nil {
		r.Close(ctx)
		return nil, fmt.Errorf("wasi: %w", err)
	}
	er := &engineRuntime{r: r}
	// One import module for every guest: each call finds its caller's I/O.
	if _, err := instantiateImportsFor(ctx, r, func(caller api.Module) *hostIO {
		if h, ok := er.io.Load(caller); ok {
			return h.(*hostIO)
		}
		return nil
	}); err != nil {
		r.Close(ctx)
		return nil, fmt.Errorf("the evloop host module: %w", err)
	}
	compiled, err := r.CompileModule(experimental.WithCompilationWorkers(ctx, runtime.NumCPU()), mod)
	if err != nil {
		r.Close(ctx)
		return nil, fmt.Errorf("the wasm module does not compile: %w", err)
	}
	er.compiled = compiled
	return er, nil
}

// Close closes the Engine's runtimes (a program still running ends with
// an error) and its compilation cache.
func (e *Engine) Close(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.closed = true
	for i, er := range e.runtimes {
		if er != nil {
			er.r.Close(ctx)
			e.runtimes[i] = nil
		}
	}
	if e.cache != nil {
		e.cache.Close(ctx)
		e.cache = nil
	}
	return nil
}
