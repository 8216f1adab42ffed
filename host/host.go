package host

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

// The CLI's one module, the evloophost build (make wasm). The plain build
// (wasmbin/evloop.wasm, WASI only) is for the page and plugins and is not
// embedded.
//
//go:embed wasmbin/embedded
var wasmbin embed.FS

// ErrNotBuilt means this binary was built without the wasm module.
var ErrNotBuilt = errors.New("the wasm engine is not built: run make wasm, then build again")

// Module returns the embedded wasm module: the evloophost build, which
// imports WASI and the evloop host module (hostio.go) and runs programs on
// simulated I/O or, with Config.IO "real", the host's. Run gives it the
// evloop module in every run (simulated runs get the ES-module transform
// from it and no I/O).
func Module() ([]byte, error) {
	if b := embeddedBytes(wasmbin, moduleName); b != nil {
		return b, nil
	}
	b, err := wasmbin.ReadFile(moduleName)
	if err != nil {
		return nil, ErrNotBuilt
	}
	return b, nil
}

const moduleName = "wasmbin/embedded/evloop-host.wasm"

// embeddedBytes is the file name of fsys as the bytes the binary holds,
// not a copy, or nil (no such file, or an embed.FS laid out otherwise than
// this code knows: then ReadFile copies). ReadFile's copy of the 22 MB
// module was 10% of a warm start-up (the copy and its page faults). The
// bytes are read-only: wazero reads its module and never writes to it.
func embeddedBytes(fsys embed.FS, name string) []byte {
	// embed.FS is struct{ files *[]file }, file struct{ name, data string;
	// hash [16]byte } (the compiler writes that layout; see embed.go).
	v := reflect.ValueOf(fsys)
	if v.Kind() != reflect.Struct || v.NumField() != 1 || v.Field(0).Kind() != reflect.Pointer || v.Field(0).IsNil() {
		return nil
	}
	files := v.Field(0).Elem()
	if files.Kind() != reflect.Slice || files.Type().Elem().Kind() != reflect.Struct || files.Type().Elem().NumField() < 2 {
		return nil
	}
	for i := range files.Len() {
		f := files.Index(i)
		if f.Field(0).Kind() != reflect.String || f.Field(1).Kind() != reflect.String {
			return nil
		}
		if f.Field(0).String() == name {
			data := f.Field(1).String()
			if len(data) == 0 {
				return nil
			}
			return unsafe.Slice(unsafe.StringData(data), len(data))
		}
	}
	return nil
}

// HostModule is Module: one module serves both kinds of I/O.
func HostModule() ([]byte, error) { return Module() }

// Config is one program to run in the module.
type Config struct {
	abi.Config               // the program: filename, source, files, clock, bounds
	Stdout, Stderr io.Writer // program output (default: discarded)
	// Stdin, if set, is process.stdin: the guest reads it as WASI fd 0
	// (abi.Config.StdinFD). A read that must wait for input holds the
	// guest's loop until the input comes (see site/docs/limits.md).
	Stdin    io.Reader
	Trace    io.Writer // the trace as JSON lines; nil: not recorded
	Module   []byte    // the module; nil: the embedded one, else built from source (ModuleOrBuild)
	Progress io.Writer // where a build from source says so (ModuleOrBuild); nil: nowhere
	CacheDir string    // compilation cache; "": the user cache dir; "-": none
	// Cache, if set, is used instead of CacheDir: one in-memory cache
	// (wazero.NewCompilationCache) shared by many runs compiles once.
	Cache wazero.CompilationCache
	// Allow is the permission check of a real-I/O run, made here on the
	// host for every file and socket the guest asks for (op "read",
	// "write", "listen" or "connect"; see poller.Allow). nil: files under
	// the script's directory and the temp dir, sockets on loopback.
	Allow          func(op, target string) error
	MaxMemoryPages uint32 // guest memory limit in 64 KiB pages (0: wazero's default)
	Timeout        time.Duration
	StepsPerCall   int // loop steps per evloop_run call (default 1000)
}

// Run runs the program to completion in a fresh module instance and returns
// its exit code. ctx cancellation and Timeout stop a runaway guest.
//
// With Config.IO "real" the guest gets the host's files and sockets: Run
// calls evloop_run, and while it answers RunAgain waits on the reactor
// (epoll_wait, kevent) for evloop_next_timeout or until a socket is ready.
//
// wazero stops a guest in the middle of a call only if it checks for
// cancellation in every function and loop of the guest
// (WithCloseOnContextDone), and that makes goja 4–5× slower. So Run turns
// it on only with a Timeout, whose point is stopping a runaway guest.
// Without one, a cancelled ctx makes Run return at once and leaves the
// guest to end in the background at its next return to the host, its
// later output dropped (a CLI exits then anyway). Either way, what the
// program printed before the stop has been written: a run that can be
// stopped has the guest echo its output as it writes it (abi.Config.Echo).
func Run(ctx context.Context, cfg Config) (int, error) {
	return runCancellable(ctx, cfg, runGuest)
}

// runCancellable runs runGuest, returning at once when ctx ends (see Run).
func runCancellable(ctx context.Context, cfg Config, runGuest func(context.Context, Config) (int, error)) (int, error) {
	if cfg.Timeout > 0 || ctx.Done() == nil {
		return runGuest(ctx, cfg)
	}
	var cut atomic.Bool
	cfg.Stdout, cfg.Stderr, cfg.Trace = cutOff(cfg.Stdout, &cut), cutOff(cfg.Stderr, &cut), cutOff(cfg.Trace, &cut)
	type result struct {
		code int
		err  error
	}
	done := make(chan result, 1)
	go func() {
		code, err := runGuest(ctx, cfg)
		done <- result{code, err}
	}()
	select {
	case res := <-done:
		return res.code, res.err
	case <-ctx.Done():
		cut.Store(true)
		return 0, stopped(ctx, cfg, ctx.Err())
	}
}

// cutOff wraps w so that nothing more is written once cut is set (nil
// stays nil: no output).
func cutOff(w io.Writer, cut *atomic.Bool) io.Writer {
	if w == nil {
		return nil
	}
	return cutWriter{w, cut}
}

type cutWriter struct {
	w   io.Writer
	cut *atomic.Bool
}

func (c cutWriter) Write(p []byte) (int, error) {
	if c.cut.Load() {
		return len(p), nil
	}
	return c.w.Write(p)
}

// runGuest is Run on the caller's goroutine.
func runGuest(ctx context.Context, cfg Config) (int, error) {
	realIO := cfg.Config.IO == "real"
	if realIO && cfg.Config.Clock == "" {
		cfg.Config.Clock = "real" // real I/O happens in real time
	}
	mod, err := moduleFor(ctx, cfg.Module, cfg.Progress)
	if err != nil {
		return 0, err
	}
	rc := wazero.NewRuntimeConfig().WithCloseOnContextDone(cfg.Timeout > 0)
	if cfg.MaxMemoryPages > 0 {
		rc = rc.WithMemoryLimitPages(cfg.MaxMemoryPages)
	}
	if cfg.Cache != nil {
		rc = rc.WithCompilationCache(cfg.Cache)
	} else if cache := openCache(cfg.CacheDir); cache != nil {
		rc = rc.WithCompilationCache(cache)
		defer cache.Close(ctx)
	}
	r := wazero.NewRuntimeWithConfig(ctx, rc)
	defer r.Close(ctx)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, r); err != nil {
		return 0, fmt.Errorf("wasi: %w", err)
	}
	// Most of a warm start is page faults (prefault_linux.go): give the
	// compile a heap already present, and populate wazero's machine code
	// (larger than the module) as it is read from the cache.
	warmHeap(len(mod) * compileHeapPerByte / 2)
	stopPopulating := populateNewMappings(len(mod))
	// A cold compile takes seconds: use every core (a warm cache skips it).
	compileStart := time.Now()
	compiled, err := r.CompileModule(experimental.WithCompilationWorkers(ctx, runtime.NumCPU()), mod)
	stopPopulating()
	if err != nil {
		if cfg.CacheDir != "-" && cfg.Cache == nil && ctx.Err() == nil {
			// A corrupt cache entry must not be fatal: retry without it.
			return runGuest(ctx, withoutCache(cfg))
		}
		return 0, fmt.Errorf("the wasm module does not compile: %w", err)
	}
	if cfg.Cache == nil && time.Since(compileStart) > coldCompile {
		// A cold compile wrote a new entry: drop the oldest ones.
		pruneCache(cacheDir(cfg.CacheDir), keepCacheEntries)
	}
	if cfg.Timeout > 0 {
		// The bound is on the program, not on a cold compile (with
		// WithCloseOnContextDone the module compiles to other code, cached
		// apart).
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cfg.Timeout)
		defer cancel()
	}
	return runInstance(ctx, r, compiled, cfg, nil)
}

// runInstance runs the program in a new instance of compiled in r. shared
// is nil when r is the program's own: the evloop import module is then
// instantiated for it. In an Engine's runtime, guests share one import
// module, and shared gives it each guest's real I/O.
func runInstance(ctx context.Context, r wazero.Runtime, compiled wazero.CompiledModule, cfg Config, shared *sync.Map) (int, error) {
	realIO := cfg.Config.IO == "real"
	var hio *hostIO
	if realIO {
		var err error
		if hio, err = startHostIO(ctx, r, cfg, shared == nil); err != nil {
			return 0, err
		}
		defer hio.close()
	} else if shared == nil {
		// The embedded module imports the evloop module in every run (the
		// ES-module transform); a simulated run gets no real I/O from it.
		if _, err := instantiateImports(ctx, r, nil); err != nil {
			return 0, fmt.Errorf("the evloop host module: %w", err)
		}
	}
	mc := wazero.NewModuleConfig().WithStartFunctions("_initialize").
		WithSysNanotime().WithSysWalltime().WithSysNanosleep().WithRandSource(randReader{})
	if shared != nil {
		mc = mc.WithName("") // one of many in the runtime
	}
	// A run that may be stopped (a Timeout, or a ctx that can end) may stop
	// inside one evloop_run call — a while(true) in the main script — and a
	// stopped instance cannot be drained: its buffered output would be lost.
	// So such a run asks the guest to echo stdout and stderr to WASI fds 1
	// and 2 as they are written (abi.Config.Echo), and drain drops the
	// buffered copies. The trace keeps its stream: Echo would move it to
	// fd 3, which a wazero guest without preopens cannot write.
	echo := (cfg.Timeout > 0 || ctx.Done() != nil) && cfg.Trace == nil
	// errEcho holds back what looks like the guest's Go runtime dying
	// (fatal error, panic) until the call returns: a crash drops it into
	// CrashError.Detail (one line on the CLI's stderr, not a goroutine
	// dump); a call that returns lets it through, unchanged and in order.
	var errEcho *echoWriter
	if echo {
		errEcho = &echoWriter{w: orDiscard(cfg.Stderr), holdCrash: true}
		mc = mc.WithStdout(&echoWriter{w: orDiscard(cfg.Stdout)}).WithStderr(errEcho)
		cfg.Config.Echo = true
		cfg.Stdout, cfg.Stderr = nil, nil
	} else {
		// The program's output comes through evloop_read; WASI's fd 2
		// carries only the Go runtime's own last words, kept for Detail.
		errEcho = &echoWriter{w: io.Discard, holdCrash: true}
		mc = mc.WithStderr(errEcho)
	}
	fail := func(err error) error {
		var crash *CrashError
		if errors.As(err, &crash) {
			held := errEcho.take()
			crash.Detail = held + crash.Detail
			if why := goCrashLine(held); why != "" {
				crash.Reason = why
			}
		} else {
			errEcho.release()
		}
		return stopped(ctx, cfg, err)
	}
	if cfg.Stdin != nil {
		mc = mc.WithStdin(cfg.Stdin)
		cfg.Config.StdinFD = true
	}
	// The guest's memory is reserved whole, so that growing it copies nothing.
	inst, err := r.InstantiateModule(experimental.WithMemoryAllocator(ctx, memoryAllocator), compiled, mc)
	if err != nil {
		return 0, stopped(ctx, cfg, fmt.Errorf("the wasm module does not start: %w", err))
	}
	defer inst.Close(context.Background())
	if shared != nil && hio != nil {
		// _initialize calls no evloop import: the guest's first is in evloop_load.
		shared.Store(inst, hio)
		defer shared.Delete(inst)
	}
	g, err := bind(inst)
	if err != nil {
		return 0, err
	}
	if realIO && g.nextTimeout == nil {
		return 0, fmt.Errorf("not an evloop host module: it has no %s export", abi.ExportNextTimeout)
	}
	cfg.Config.Trace = cfg.Trace != nil
	if err := g.load(ctx, cfg.Config); err != nil {
		g.drain(ctx, cfg)
		return 0, fail(err)
	}
	errEcho.release()
	steps := cfg.StepsPerCall
	if steps <= 0 {
		steps = 1000
	}
	for {
		res, err := g.call(ctx, g.run, uint64(uint32(steps)))
		if err != nil {
			g.drain(ctx, cfg)
			return 0, fail(err)
		}
		errEcho.release()
		if err := g.drain(ctx, cfg); err != nil {
			return 0, err
		}
		switch int32(res) {
		case abi.RunAgain:
			if hio == nil {
				if ctx.Err() != nil {
					return 0, stopped(ctx, cfg, ctx.Err())
				}
				continue
			}
			// The guest would wait: the host does, on its reactor.
			timeout, err := g.nextWait(ctx)
			if err != nil {
				return 0, fail(err)
			}
			hio.wait(timeout)
			if ctx.Err() != nil {
				return 0, stopped(ctx, cfg, ctx.Err())
			}
			continue
		case abi.RunFinished:
			code, err := g.call(ctx, g.exitCode)
			if err != nil {
				return 0, fail(err)
			}
			return int(int32(code)), nil
		default:
			return 0, fmt.Errorf("evloop_run: %v", abi.Errno(-int32(res)))
		}
	}
}

// echoWriter passes the guest's echoed output to w until a write fails
// (the reader went away: `evloop x.js | head -1`), then drops the rest, as
// the native engine drops a stream's output after EPIPE and as node drops
// its queued pipe writes: the program runs on and exits with its own code.
// The guest never sees the error (wazero would give it EIO, which the guest
// would retry on every line).
type echoWriter struct {
	w      io.Writer
	broken atomic.Bool

	// holdCrash: a write that starts as the Go runtime's report of its
	// death starts holding the rest back (see runInstance); mu guards
	// held, which a stop may release from another goroutine.
	holdCrash bool
	mu        sync.Mutex
	holding   bool
	held      []byte
}

// goCrashStarts are how the Go runtime's report of a fatal error or an
// unrecovered panic begins (its first write is the prefix alone).
var goCrashStarts = []string{"fatal error: ", "panic: ", "runtime: ", "fatal: morestack"}

// goCrashLine is the line of the Go runtime's report that says why it
// died ("fatal error: out of memory", "panic: ..."), or "".
func goCrashLine(report string) string {
	for _, line := range strings.Split(report, "\n") {
		if strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "panic: ") {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// maxHeld bounds what an echoWriter holds back: past it, the text was
// the program's own after all, and it goes through.
const maxHeld = 1 << 20

func (e *echoWriter) Write(p []byte) (int, error) {
	if e.holdCrash {
		e.mu.Lock()
		if !e.holding {
			for _, s := range goCrashStarts {
				if strings.HasPrefix(string(p), s) {
					e.holding = true
					break
				}
			}
		}
		if e.holding && len(e.held)+len(p) <= maxHeld {
			e.held = append(e.held, p...)
			e.mu.Unlock()
			return len(p), nil
		}
		e.mu.Unlock()
		e.release()
	}
	e.pass(p)
	return len(p), nil
}

func (e *echoWriter) pass(p []byte) {
	if !e.broken.Load() {
		if _, err := e.w.Write(p); err != nil {
			e.broken.Store(true)
		}
	}
}

// release lets what was held back through: the guest lived on.
func (e *echoWriter) release() {
	if held := e.take(); held != "" {
		e.pass([]byte(held))
	}
}

// take returns and forgets what was held back.
func (e *echoWriter) take() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	held := string(e.held)
	e.held, e.holding = nil, false
	return held
}

// orDiscard is w, or io.Discard for no writer.
func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

// stopped explains why the guest ended early.
func stopped(ctx context.Context, cfg Config, err error) error {
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded) && cfg.Timeout > 0:
		return fmt.Errorf("script stopped: ran longer than --timeout %v", cfg.Timeout)
	case errors.Is(ctx.Err(), context.Canceled):
		return errors.New("script stopped: interrupted")
	}
	return err
}

func withoutCache(cfg Config) Config {
	if dir := cacheDir(cfg.CacheDir); dir != "" {
		os.RemoveAll(dir)
	}
	cfg.CacheDir = "-"
	return cfg
}

func cacheDir(dir string) string {
	if dir == "-" {
		return ""
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "evloop", "wazero")
	}
	return dir
}

// compileHeapPerByte/2 is about the Go heap a warm CompileModule
// allocates per byte of the module (47 MB for the 22 MB module).
const compileHeapPerByte = 5

// coldCompile: a CompileModule slower than this compiled (a warm one, from
// the cache, takes well under a second) and so wrote a new cache entry.
const coldCompile = 2 * time.Second

// keepCacheEntries is how many compiled modules the cache keeps: each is
// 50-120 MB, and every new build of the module (or of wazero) adds one,
// with or without --timeout's code (compiled apart). Four is this
// binary's two and a previous binary's two.
const keepCacheEntries = 4

// pruneCache removes all but the keep most recently written entries of
// the compilation cache under dir (wazero keeps one directory per wazero
// version and platform, one file per compiled module, named by its hash).
// Only such files are touched; an entry another process is reading stays
// readable (Unix) or is left (Windows); a removed one is recompiled if
// wanted again.
func pruneCache(dir string, keep int) {
	if dir == "" {
		return
	}
	type entry struct {
		path string
		mod  time.Time
	}
	var entries []entry
	subdirs, _ := os.ReadDir(dir)
	for _, sd := range subdirs {
		if !sd.IsDir() || !strings.HasPrefix(sd.Name(), "wazero-") {
			continue
		}
		files, _ := os.ReadDir(filepath.Join(dir, sd.Name()))
		for _, f := range files {
			if !f.Type().IsRegular() || !isHexKey(f.Name()) {
				continue
			}
			if info, err := f.Info(); err == nil {
				entries = append(entries, entry{filepath.Join(dir, sd.Name(), f.Name()), info.ModTime()})
			}
		}
	}
	if len(entries) <= keep {
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].mod.After(entries[j].mod) })
	for _, e := range entries[keep:] {
		os.Remove(e.path)
	}
}

// isHexKey: a cache file's name, a hex SHA-256.
func isHexKey(name string) bool {
	if len(name) != 64 {
		return false
	}
	for _, c := range name {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

func openCache(dir string) wazero.CompilationCache {
	d := cacheDir(dir)
	if d == "" {
		return nil
	}
	c, err := wazero.NewCompilationCacheWithDir(d)
	if err != nil {
		return nil // no cache is slower, not wrong
	}
	return c
}

// guest holds the module's exports, checked once.
type guest struct {
	mem                                        api.Memory
	version, alloc, free, load_, run, exitCode api.Function
	read                                       api.Function
	nextTimeout                                api.Function // optional: the host build's
	nextWaitNs                                 api.Function // optional: the same, exact
	buf                                        uint32       // a guest buffer for evloop_read
}

const readBuf = 64 << 10

func bind(inst api.Module) (*guest, error) {
	g := &guest{mem: inst.Memory()}
	for name, f := range map[string]*api.Function{abi.ExportABIVersion: &g.version, abi.ExportAlloc: &g.alloc,
		abi.ExportFree: &g.free, abi.ExportLoad: &g.load_, abi.ExportRun: &g.run, abi.ExportExitCode: &g.exitCode,
		abi.ExportRead: &g.read} {
		*f = inst.ExportedFunction(name)
		if *f == nil {
			return nil, fmt.Errorf("not an evloop module: it has no %s export", name)
		}
	}
	if g.mem == nil {
		return nil, errors.New("not an evloop module: it exports no memory")
	}
	g.nextTimeout = inst.ExportedFunction(abi.ExportNextTimeout)
	g.nextWaitNs = inst.ExportedFunction(abi.ExportNextWaitNs)
	res, err := g.version.Call(context.Background())
	if err != nil {
		return nil, fmt.Errorf("evloop_abi_version: %w", err)
	}
	if v := int32(res[0]); v != abi.Version {
		return nil, fmt.Errorf("the wasm module speaks evloop ABI %d; this host speaks %d", v, abi.Version)
	}
	return g, nil
}

// nextWait asks the guest how long the host may wait (negative: no limit):
// to the nanosecond if the module says so, else in whole milliseconds.
func (g *guest) nextWait(ctx context.Context) (time.Duration, error) {
	if g.nextWaitNs != nil {
		ns, err := g.call(ctx, g.nextWaitNs)
		if err != nil {
			return 0, err
		}
		if int64(ns) < 0 {
			return -1, nil
		}
		return time.Duration(int64(ns)), nil
	}
	ms, err := g.call(ctx, g.nextTimeout)
	if err != nil {
		return 0, err
	}
	if int32(ms) < 0 {
		return -1, nil
	}
	return time.Duration(int32(ms)) * time.Millisecond, nil
}

func (g *guest) call(ctx context.Context, f api.Function, args ...uint64) (uint64, error) {
	res, err := f.Call(ctx, args...)
	if err != nil {
		if ctx.Err() != nil {
			return 0, err // stopped, not crashed: stopped explains it
		}
		return 0, crashOf(err)
	}
	if len(res) == 0 {
		return 0, nil
	}
	return res[0], nil
}

// A CrashError is the guest dying under the host in the middle of a call:
// a wasm trap (unreachable, a memory access out of bounds, the wasm call
// stack exhausted), its Go runtime exiting (a fatal error such as running
// out of memory), or a panic in a host function. It is always a bug in
// evloop or a resource evloop failed to bound, never the program's error,
// so a CLI reports it in one line (Error) and exits 70, as it does for a
// Go panic of the native engine; Detail keeps wazero's whole report (the
// wasm stack) for a bug report.
type CrashError struct {
	Reason string // one line: "unreachable", "exit code 2", ...
	Detail string // wazero's full error text, wasm stack included
}

func (e *CrashError) Error() string { return "the wasm engine crashed: " + e.Reason }

// crashOf turns the error of a guest call that was not stopped into a
// CrashError.
func crashOf(err error) error {
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		// A reactor never calls proc_exit itself (process.exit ends a run
		// through evloop_run): its Go runtime did, after a fatal error.
		return &CrashError{Reason: fmt.Sprintf("the guest's runtime exited with code %d", exit.ExitCode()), Detail: err.Error()}
	}
	reason, _, _ := strings.Cut(err.Error(), "\n")
	reason = strings.TrimPrefix(reason, "wasm error: ")
	return &CrashError{Reason: reason, Detail: err.Error()}
}

// load copies the config into a guest buffer and calls evloop_load.
func (g *guest) load(ctx context.Context, cfg abi.Config) error {
	data, err := json.Marshal(cfg)
	if err != nil {
		return err
	}
	if len(data) > abi.MaxInput {
		return fmt.Errorf("the program is larger than %d bytes", abi.MaxInput)
	}
	ptr, err := g.call(ctx, g.alloc, uint64(len(data)))
	if err != nil {
		return err
	}
	if ptr == 0 || !g.mem.Write(uint32(ptr), data) {
		return errors.New("the wasm module gave a bad buffer for the program")
	}
	defer g.call(ctx, g.free, ptr)
	errno, err := g.call(ctx, g.load_, ptr, uint64(len(data)))
	if err != nil {
		return err
	}
	if e := abi.Errno(uint32(errno)); e != abi.ESUCCESS {
		return fmt.Errorf("evloop_load: %v", e)
	}
	return nil
}

// drain copies the guest's buffered output streams to the host writers.
func (g *guest) drain(ctx context.Context, cfg Config) error {
	if g.buf == 0 {
		ptr, err := g.call(ctx, g.alloc, readBuf)
		if err != nil || ptr == 0 {
			return errors.New("the wasm module gave no read buffer")
		}
		g.buf = uint32(ptr)
	}
	for stream, w := range map[int32]io.Writer{abi.StreamStdout: cfg.Stdout, abi.StreamStderr: cfg.Stderr, abi.StreamTrace: cfg.Trace} {
		for {
			n, err := g.call(ctx, g.read, uint64(stream), uint64(g.buf), readBuf)
			if err != nil {
				return err
			}
			k := int32(n)
			if k == 0 {
				break
			}
			if k < 0 || k > readBuf {
				return fmt.Errorf("evloop_read returned %d", k)
			}
			data, ok := g.mem.Read(g.buf, uint32(k))
			if !ok {
				return errors.New("evloop_read pointed outside guest memory")
			}
			if w != nil {
				if _, err := w.Write(data); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// startHostIO opens the program's reactor and, with imports, adds the
// evloop import module to r; a cancelled ctx wakes a wait in progress.
func startHostIO(ctx context.Context, r wazero.Runtime, cfg Config, imports bool) (*hostIO, error) {
	cwd := filepath.Dir(cfg.Config.Filename)
	allow := cfg.Allow
	if allow == nil {
		a := &poller.Allow{FS: poller.OSFS{}, Dirs: []string{cwd, os.TempDir()}}
		allow = a.Check
	}
	hio, err := newHostIO(allow, cwd)
	if err != nil {
		return nil, fmt.Errorf("real I/O: %w (try --io=sim)", err)
	}
	if imports {
		if _, err := instantiateImports(ctx, r, hio); err != nil {
			hio.close()
			return nil, fmt.Errorf("the evloop host module: %w", err)
		}
	}
	hio.unwake = context.AfterFunc(ctx, func() { hio.b.Wake() })
	return hio, nil
}
