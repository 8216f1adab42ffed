//go:build wasip1

// Command wasm is evloop's core as a WebAssembly module: the loop and the
// goja runtime on simulated I/O (the virtual clock; files from the config),
// driven through the exports of package abi. Build it as a WASI reactor:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -o evloop.wasm ./wasm
//
// or, with the build tag evloopcmd, as a WASI command whose _start runs
// `evloop-cmd.wasm [flags] script.js [args]` (main_cmd.go):
//
//	GOOS=wasip1 GOARCH=wasm go build -tags evloopcmd -o evloop-cmd.wasm ./wasm
//
// Goroutines in a wasip1 guest do not advance between export calls, so the
// module never leaves one waiting for the next call: worker threads are
// further loops on the same virtual clock, run one at a time
// (poller/simgroup.go); while evloop_run drives the main loop, a loop that
// would wait hands the turn to the next within the same call, and when the
// program ends its live workers are terminated and waited for before
// evloop_run returns.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/evloop/evloop/js"
	jsfs "github.com/evloop/evloop/js/fs"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/wasm/abi"
	"github.com/evloop/evloop/wasm/guestmem"
)

// The module's one program.
var (
	rt       *js.Runtime
	enc      *trace.Encoder
	shared   *trace.Shared // enc for every loop: the main one and the workers'
	outputs  = map[int32]*bytes.Buffer{abi.StreamStdout: {}, abi.StreamStderr: {}, abi.StreamTrace: {}}
	exitCode int32
	finished bool
	lent     = guestmem.New() // evloop_alloc'd buffers, kept alive until evloop_free
)

func init() {
	// goja allocates on every call into JS and the guest's collector runs
	// on the one thread it has: collect less often, as the CLI does. A
	// GOGC in the module's WASI environment still wins (measured at 100,
	// 400, 800 and off: not what bounds the module's speed; see
	// site/docs/benchmarks.md).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

//go:wasmexport evloop_abi_version
func abiVersion() int32 { return abi.Version }

//go:wasmexport evloop_alloc
func alloc(size int32) int32 { return lent.Alloc(size) }

//go:wasmexport evloop_free
func free(ptr int32) { lent.Free(ptr) }

// input returns the bytes [ptr, ptr+n) if they lie inside one buffer from
// evloop_alloc: the guest trusts no other pointer (evloop_load reads its
// config from one, evloop_read writes into one).
func input(ptr, n int32) ([]byte, abi.Errno) { return lent.Slice(ptr, n) }

// warm builds and drops one runtime before the program is known, so the
// libraries it compiles (shared by every runtime in the module) are ready
// when evloop_load comes, and so is the module's own code: a browser
// compiles each wasm function the first time it runs, and the first pass
// through the runtime's start, the loop and the trace encoder is most of a
// first run's time in a fresh tab. The page calls it while the reader
// reads, and a run then starts in a fraction of the time. what: 0 also
// loads fs and events (the page's later instances: the reader has time),
// 1 only what every program runs (the page's first instance: a click on
// Run soon after the page opens waits for this). Optional: a host that
// never calls it loses nothing but that head start.
//
//go:wasmexport evloop_warm
func warm(what int32) int32 {
	if rt != nil {
		return int32(abi.EALREADY)
	}
	tr := trace.NewShared(trace.NewEncoder(io.Discard, trace.JSON))
	w, err := js.New(js.Options{Stdout: io.Discard, Stderr: io.Discard, Clock: loop.NewVirtualClock(0), Trace: tr.For(0),
		Modules: jsfs.Modules()})
	if err != nil {
		return int32(abi.EINVAL)
	}
	src := "setTimeout(() => {}, 0); setImmediate(() => {}); process.nextTick(() => {}); Promise.resolve().then(() => {}); console.log('');"
	if what == 0 {
		src = "require('fs'); require('events'); " + src
	}
	if err := w.Start("/warm.js", src); err == nil {
		w.Drive(1000)
		w.Finish()
	}
	return int32(abi.ESUCCESS)
}

//go:wasmexport evloop_load
func load(ptr, n int32) int32 {
	if rt != nil {
		return int32(abi.EALREADY)
	}
	data, errno := input(ptr, n)
	if errno != abi.ESUCCESS {
		return int32(errno)
	}
	var cfg abi.Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		fmt.Fprintf(outputs[abi.StreamStderr], "evloop: bad config: %v\n", err)
		return int32(abi.EINVAL)
	}
	if err := start(cfg); err != nil {
		fmt.Fprintf(outputs[abi.StreamStderr], "evloop: %v\n", err)
		return int32(abi.EINVAL)
	}
	return int32(abi.ESUCCESS)
}

func start(cfg abi.Config) error {
	if cfg.Filename == "" {
		cfg.Filename = "/main.js"
	}
	if !path.IsAbs(cfg.Filename) {
		cfg.Filename = "/" + cfg.Filename
	}
	files := map[string]string{}
	for name, content := range cfg.Files {
		files[path.Clean("/"+name)] = content
	}
	files[cfg.Filename] = cfg.Source
	env := []string{}
	for k, v := range cfg.Env {
		env = append(env, k+"="+v)
	}
	var stdout, stderr io.Writer = outputs[abi.StreamStdout], outputs[abi.StreamStderr]
	if cfg.Echo {
		stdout, stderr = io.MultiWriter(stdout, os.Stdout), io.MultiWriter(stderr, os.Stderr)
	}
	opts := js.Options{
		Stdout: stdout, Stderr: stderr,
		Argv: append([]string{cfg.Filename}, cfg.Argv...), Env: env, Cwd: cwdOf(cfg), Pid: cfg.Pid,
		ReadFile: func(name string) ([]byte, error) {
			name = path.Clean(name)
			if c, ok := files[name]; ok {
				return []byte(c), nil
			}
			if holdsFiles(files, name) { // a directory: the module resolver tells it by EISDIR
				return nil, &fs.PathError{Op: "read", Path: name, Err: syscall.EISDIR}
			}
			return nil, fs.ErrNotExist
		},
		InputType:     cfg.InputType,
		ExecArgv:      cfg.ExecArgv,
		Modules:       nodeModules(),
		MaxCallbacks:  orDefault(cfg.MaxCallbacks, 200_000),
		MaxTicks:      orDefault(cfg.MaxTicks, js.DefaultVirtualMaxTicks),
		MaxMicrotasks: orDefault(cfg.MaxMicrotasks, js.DefaultVirtualMaxMicrotasks),
	}
	switch {
	case cfg.StdinFD:
		opts.Stdin = os.Stdin
	case cfg.Stdin != "":
		opts.Stdin = strings.NewReader(cfg.Stdin)
	}
	opts.StdinTTY = cfg.StdinTTY
	opts.StdoutTTY, opts.StderrTTY = cfg.StdoutTTY, cfg.StderrTTY
	if cfg.Columns > 0 && cfg.Rows > 0 {
		opts.WindowSize = func(int) (int, int, bool) { return cfg.Columns, cfg.Rows, true }
	}
	if opts.InputType == "" {
		opts.InputType = "auto"
	}
	var vc *loop.VirtualClock
	switch cfg.Clock {
	case "", "virtual":
		vc = loop.NewVirtualClock(0)
		opts.Clock = vc
	case "real":
	default:
		return fmt.Errorf("clock must be virtual or real, not %q", cfg.Clock)
	}
	if cfg.Trace {
		var tw io.Writer = outputs[abi.StreamTrace]
		if cfg.Echo {
			// Streamed as the encoder's buffer fills, so a host sees a long
			// checkpoint progress and keeps the trace of a run it ends.
			tw = os.NewFile(3, "trace")
		}
		enc = trace.NewEncoder(tw, trace.JSON)
		shared = trace.NewShared(enc)
		opts.Trace = shared.For(0)
	}
	opts.Modules = append(opts.Modules, workers(shared))
	if err := attachIO(&opts, cfg, vc, files); err != nil {
		return err
	}
	var err error
	rt, err = js.New(opts)
	if err != nil {
		return err
	}
	if err := rt.Start(cfg.Filename, cfg.Source); err != nil {
		finish()
		return nil // the program ended in its main module; stderr says why
	}
	if vc != nil && cfg.StartupMs > 0 {
		// Time spent before the loop starts (node's bootstrap): with 1 ms
		// or more, a setTimeout(0) from the main module is already due when
		// the loop runs its first timers.
		vc.Advance(time.Duration(cfg.StartupMs * float64(time.Millisecond)))
	}
	return nil
}

// orDefault applies a bound's default: 0 means the default (the page's
// bounds), a negative value means no bound (the CLI's real-clock runs).
func orDefault(v, d int) int {
	switch {
	case v > 0:
		return v
	case v < 0:
		return 0
	}
	return d
}

func finish() {
	if finished {
		return
	}
	finished = true
	exitCode = int32(rt.Finish())
	if enc != nil {
		enc.Close()
	}
}

//go:wasmexport evloop_run
func run(maxSteps int32) int32 {
	if rt == nil {
		return -int32(abi.EINVAL)
	}
	if finished {
		return abi.RunFinished
	}
	if maxSteps <= 0 {
		maxSteps = 1
	}
	if drive(int(maxSteps)) {
		finish()
		return abi.RunFinished
	}
	return abi.RunAgain
}

//go:wasmexport evloop_exit_code
func exitCodeExport() int32 { return exitCode }

//go:wasmexport evloop_read
func read(stream, ptr, n int32) int32 {
	buf, ok := outputs[stream]
	if !ok || n < 0 {
		return -int32(abi.EINVAL)
	}
	if enc != nil && stream == abi.StreamTrace {
		enc.Flush()
	}
	if n == 0 || buf.Len() == 0 {
		return 0
	}
	dst, errno := input(ptr, n)
	if errno != abi.ESUCCESS {
		return -int32(errno)
	}
	k, _ := buf.Read(dst)
	return int32(k)
}

// cwdOf is the program's working directory: the host's (the CLI passes
// its own, as node's is the shell's), else the main module's directory.
func cwdOf(cfg abi.Config) string {
	if cfg.Cwd != "" && path.IsAbs(cfg.Cwd) {
		return path.Clean(cfg.Cwd)
	}
	return path.Dir(cfg.Filename)
}

// holdsFiles reports whether dir is a directory of the seeded files: one
// of them lies under it.
func holdsFiles(files map[string]string, dir string) bool {
	prefix := strings.TrimSuffix(dir, "/") + "/"
	for name := range files {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}
