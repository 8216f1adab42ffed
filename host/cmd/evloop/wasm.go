package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/evloop/evloop/host"
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

// wasmEngine, if set, runs every wasm run on one compiled module (the
// tests: hundreds of runs in one process); nil: host.Run, which compiles
// from the cache under the user cache dir, once per process.
var wasmEngine *host.Engine

// runWasm runs the script on the wasm build of the core, through the wazero
// host. With --io=real (the default) it is the evloophost build, whose files
// and sockets are the host's, behind the same --allow-fs/--allow-net check
// as the native engine's, made on the host. With --io=sim it is the plain
// build on simulated I/O: the script's directory is copied in (its .js,
// .mjs, .cjs, .json files) so require and imports work.
// wasmRunForTest, if set, runs every wasm run instead of the module: a
// test sees the Config and context a run gets and fakes its end.
var wasmRunForTest func(context.Context, host.Config) (int, error)

func runWasm(o options, filename, src string, argv []string, traceW, stdout, stderr io.Writer) int {
	// Ctrl-C: the process dies by the signal (see signals); the guest has
	// no signal handlers.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	defer lazyHostGC()()
	// The CLI's bounds: none unless asked for, except that an endless
	// nextTick or promise chain on the virtual clock must still end.
	noBound := func(v, virtualDefault int) int {
		switch {
		case v != 0:
			return v
		case o.clock == "virtual" && virtualDefault > 0:
			return virtualDefault
		}
		return -1
	}
	o.maxTicks = noBound(o.maxTicks, js.DefaultVirtualMaxTicks)
	o.maxMicrotasks = noBound(o.maxMicrotasks, js.DefaultVirtualMaxMicrotasks)
	o.maxCallbacks = noBound(o.maxCallbacks, 0)
	env := map[string]string{}
	for _, kv := range o.environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	cfg := host.Config{
		Config: abi.Config{Filename: filename, Source: src, Argv: argv[min(1, len(argv)):], Env: env, Cwd: o.cwd, Pid: os.Getpid(),
			Clock: o.clock, IO: o.io, InputType: o.inputType, ExecArgv: o.execArgv, MaxTicks: o.maxTicks, MaxMicrotasks: o.maxMicrotasks,
			MaxCallbacks: o.maxCallbacks, StdinTTY: isTerminal(os.Stdin), StdoutTTY: o.colors, StderrTTY: o.stderrColors},
		Stdout: stdout, Stderr: stderr, Trace: traceW, Stdin: os.Stdin,
	}
	for _, fd := range []int{1, 2} {
		if o.windowSize == nil || cfg.Config.Columns > 0 {
			break
		}
		if cols, rows, ok := o.windowSize(fd); ok {
			cfg.Config.Columns, cfg.Config.Rows = cols, rows
		}
	}
	if wasmEngine == nil && wasmRunForTest == nil {
		// A binary without the module (go install) builds it from source
		// once, before --timeout starts counting.
		mod, err := host.ModuleOrBuild(ctx, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "evloop: %v (or use --engine=native)\n", err)
			return 1
		}
		cfg.Module = mod
	}
	if o.timeout > 0 {
		// Not cfg.Timeout: that compiles the module with wazero's
		// cancellation checks (4-5x slower code, and a second 78 MB cache
		// entry). A deadline on ctx makes Run return at once when it
		// passes, with what the program wrote so far already written; the
		// process then exits, guest and all. (It counts a cold compile too.)
		var cancelT context.CancelFunc
		ctx, cancelT = context.WithTimeout(ctx, o.timeout)
		defer cancelT()
	}
	if o.io == "sim" {
		cfg.Config.Files = poller.ScriptFiles(filepath.Dir(filename))
	} else {
		allow, err := permissions(o, filepath.Dir(filename))
		if err != nil {
			fmt.Fprintf(stderr, "evloop: %v\n", err)
			return 1
		}
		cfg.Allow = allow.Check
	}
	if o.trace.set && o.trace.format != trace.JSON {
		// The guest writes JSON lines; the host re-encodes them.
		re := trace.NewReencoder(trace.NewEncoder(traceW, o.trace.format))
		defer func() {
			if err := re.Close(); err != nil {
				fmt.Fprintf(stderr, "evloop: writing the trace: %v\n", err)
			}
		}()
		cfg.Trace = re
	}
	run := host.Run
	switch {
	case wasmRunForTest != nil:
		run = wasmRunForTest
	case wasmEngine != nil:
		run = wasmEngine.Run
	}
	code, err := run(ctx, cfg)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) && o.timeout > 0 {
			fmt.Fprintf(stderr, "evloop: script stopped: ran longer than --timeout %v\n", o.timeout)
			return 1
		}
		var crash *host.CrashError
		if errors.As(err, &crash) {
			// One line, as a Go panic of the native engine (safeRun): the
			// wasm stack is for a bug report, not for the program's author.
			fmt.Fprintf(stderr, "evloop: internal error: %v (this is a bug in evloop; please report it with the script)\n", crash)
			return 70
		}
		if errors.Is(err, host.ErrNotBuilt) {
			fmt.Fprintf(stderr, "evloop: %v (or use --engine=native)\n", err)
		} else {
			fmt.Fprintf(stderr, "evloop: %v\n", err)
		}
		return 1
	}
	return code
}

// lazyHostGC makes this process's collector run only near a memory limit
// while the wasm engine runs (GOGC or GOMEMLIMIT set: left alone), and
// returns the undo. The collector cannot stop the goroutine that runs
// guest code (wazero's compiled code has no safe points), so a cycle that
// starts while the guest runs spins, signalling it, until the guest next
// returns to the host. Start-up allocates the decoded module (tens of MB,
// live until the end) and then runs the guest's runtime and bootstrap:
// with GOGC=400 the cycles that fell in that cost a quarter of a warm
// start (site/docs/benchmarks.md). After start-up the host allocates
// little (its I/O buffers), and the limit still bounds it.
func lazyHostGC() (undo func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	lazyGC.Lock()
	defer lazyGC.Unlock()
	if lazyGC.runs == 0 {
		lazyGC.percent = debug.SetGCPercent(-1)
		lazyGC.limit = debug.SetMemoryLimit(hostMemoryLimit)
	}
	lazyGC.runs++
	return func() {
		lazyGC.Lock()
		defer lazyGC.Unlock()
		if lazyGC.runs--; lazyGC.runs == 0 {
			debug.SetMemoryLimit(lazyGC.limit)
			debug.SetGCPercent(lazyGC.percent)
		}
	}
}

// lazyGC counts the wasm runs in progress (tests run several at once): the
// first sets the lazy collector, the last restores what was.
var lazyGC struct {
	sync.Mutex
	runs    int
	percent int
	limit   int64

	// current is the percent gc.go's policy last chose.
	current int
}

// hostMemoryLimit is the host's heap (not the guest's memory, which is not
// Go's) past which its collector runs during a wasm run. Start-up peaks at
// ~103 MB (one forced cycle, none other, at 256 MB as at 512 MB); a
// server's I/O copies are garbage that reached the limit: make soak's
// 10,000 connections peaked at 1,252 MB with 512 MB and 1,002 MB with 256,
// the echo equally fast (52.6 s and 52.9 s, one run each, load 3-12).
const hostMemoryLimit = 256 << 20
