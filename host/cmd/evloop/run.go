package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/evloop/evloop/js"
	childprocess "github.com/evloop/evloop/js/child_process"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
)

// traceFlag is --trace, with an optional =format.
type traceFlag struct {
	set    bool
	format trace.Format
}

// parse takes the value of --trace ("" when given alone: text).
func (f *traceFlag) parse(s string) error {
	if s == "" {
		s = "text"
	}
	fm, err := trace.ParseFormat(s)
	if err != nil {
		return err
	}
	f.set, f.format = true, fm
	return nil
}

// traceFormatFor is the format --trace-out implies when --trace is not
// given: a .json file is for Perfetto (chrome), a .jsonl file is JSON
// lines, anything else is the text trace.
func traceFormatFor(file string) trace.Format {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".json":
		return trace.Chrome
	case ".jsonl", ".ndjson":
		return trace.JSON
	}
	return trace.Text
}

// options are the run flags (runFlags fills them) and what follows from
// them.
type options struct {
	trace         traceFlag
	traceOut      string
	clock         string
	engine        string
	timeout       time.Duration
	maxTicks      int
	maxMicrotasks int
	maxCallbacks  int
	maxHeapMB     int // --max-old-space-size
	inputType     string
	io            string
	allowFS       []string
	allowNet      []string
	allowSignals  bool     // --allow-signals: process.kill to other pids
	allowChild    bool     // --allow-child-process
	cwd           string   // the working directory the program sees (--cwd, default the process's)
	execArgv      []string // node's options as typed (process.execArgv)
	environ       []string // the environment, with --env-file's additions
	envFiles      []string // --env-file

	code           string // -e/-p CODE
	hasCode, print bool   // -e or -p given; -p
	help, version  bool
	addr           string   // playground --addr
	seen           []string // the flags given, by name (each time given)
	colors         bool     // stdout is a terminal: console output may be coloured, as node's
	stderrColors   bool
	windowSize     func(fd int) (columns, rows int, ok bool) // the terminal's size (stdio.windowSize)
}

func (o *options) given(name string) bool { return contains(o.seen, name) }

func defaultOptions() options {
	return options{clock: "real", engine: "native", inputType: "auto", io: "real"}
}

// runCmd runs a script: evloop [options] FILE|-e CODE|- [args], or the
// same after `run` (cmd "run").
func runCmd(args []string, s stdio, cmd string) int {
	stdout, stderr := s.stdout, s.stderr
	o := defaultOptions()
	rest, err := parseFlags(runFlags, args, &o)
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 9 // node's exit code for invalid arguments
	}
	if o.help {
		if cmd == "run" {
			fmt.Fprint(stdout, runUsage())
		} else {
			fmt.Fprint(stdout, mainUsage())
		}
		return 0
	}
	if o.version {
		printVersion(stdout)
		return 0
	}
	ioSet := o.given("io")
	if o.engine == "wasm" && o.io == "real" && o.clock == "virtual" {
		// The wasm engine's real I/O is the host's reactor, in real time.
		if ioSet {
			fmt.Fprintln(stderr, "evloop: the wasm engine's real I/O runs on the real clock: use --clock=real, or --io=sim")
			return 9
		}
		o.io = "sim"
	}
	if o.io == "sim" {
		o.clock = "virtual" // simulated I/O happens on the virtual clock
	}
	if o.traceOut != "" && !o.trace.set {
		o.trace.set, o.trace.format = true, traceFormatFor(o.traceOut)
	}
	o.colors, o.stderrColors, o.windowSize = s.stdoutTTY, s.stderrTTY, s.windowSize
	if err := checkNodeOptionsEnv(os.Getenv("NODE_OPTIONS")); err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 9
	}
	if o.environ, err = withEnvFiles(os.Environ(), o.envFiles); err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 9 // node: "node: FILE: not found", exit 9
	}

	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 1
	}
	if o.cwd != "" {
		// As if started in that directory: node's cwd is the shell's.
		if !filepath.IsAbs(o.cwd) {
			o.cwd = filepath.Join(cwd, o.cwd)
		}
		if st, err := os.Stat(o.cwd); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "evloop: --cwd=%s is not a directory\n", o.cwd)
			return 9
		}
		cwd = o.cwd
	}
	o.cwd = cwd
	var filename, src string
	var argv []string
	switch {
	case o.hasCode:
		filename, src, argv = filepath.Join(cwd, "[eval]"), o.code, rest
		if o.print {
			src = printWrapper(o.code)
			o.inputType = "commonjs"
		}
	case len(rest) > 0 && rest[0] != "-":
		given := rest[0]
		if !filepath.IsAbs(given) {
			given = filepath.Join(cwd, given)
		}
		filename = resolveMain(given)
		b, err := os.ReadFile(filename)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) || errors.Is(err, syscall.EISDIR) {
				// node: its loader's MODULE_NOT_FOUND, the path made absolute.
				fmt.Fprint(stderr, js.MainNotFound(filename))
				return 1
			}
			fmt.Fprintf(stderr, "evloop: %s\n", describeOpenError(rest[0], err))
			return 1
		}
		src = string(b)
		// process.argv[1] is the path as given (absolute), __filename the file found.
		argv = append([]string{given}, rest[1:]...)
	case len(rest) > 0 || !s.stdinTTY:
		// node - [args], or no script and a stdin that is not a terminal.
		b, err := io.ReadAll(s.stdin)
		if err != nil {
			fmt.Fprintf(stderr, "evloop: reading the script from stdin: %v\n", err)
			return 1
		}
		filename, src = filepath.Join(cwd, "[stdin]"), string(b)
		argv = append([]string{"-"}, rest[min(1, len(rest)):]...)
	default:
		fmt.Fprintln(stderr, "evloop: no script given, and evloop has no REPL: evloop FILE, evloop -e CODE, "+
			"or a script on stdin (evloop --help)")
		return 9
	}

	var traceW io.Writer
	if o.trace.set {
		traceW = stderr
		if o.traceOut != "" {
			f, err := os.Create(o.traceOut)
			if err != nil {
				fmt.Fprintf(stderr, "evloop: --trace-out: %v\n", err)
				return 1
			}
			defer f.Close()
			traceW = f
		}
	}
	if o.engine == "wasm" {
		return runWasm(o, filename, src, argv, traceW, stdout, stderr)
	}
	return runNative(o, filename, src, argv, traceW, stdout, stderr)
}

// printWrapper is -p CODE as a CommonJS main module: node evaluates CODE as
// a script with require, module and the rest as globals, and prints its
// value with console.log at once.
func printWrapper(code string) string {
	q, _ := json.Marshal(code)
	return "Object.assign(globalThis, { require, module, exports, __filename, __dirname }); " +
		"console.log((0, eval)(" + string(q) + "));"
}

// resolveMain finds the main script as node's CommonJS loader does for
// `node PATH`: the file itself, else PATH.js, else a directory's
// package.json "main" (as a file, with .js, or its index.js) or its
// index.js. Nothing found: PATH itself, for the error to name.
// `evloop pkg` and `evloop ./lib/start` said "is a directory" / "no such
// file" where node runs pkg/index.js and lib/start.js.
func resolveMain(path string) string {
	isFile := func(p string) bool {
		st, err := os.Stat(p)
		return err == nil && !st.IsDir()
	}
	if isFile(path) {
		return path
	}
	if isFile(path + ".js") {
		return path + ".js"
	}
	if st, err := os.Stat(path); err != nil || !st.IsDir() {
		return path
	}
	if b, err := os.ReadFile(filepath.Join(path, "package.json")); err == nil {
		var pj struct {
			Main string `json:"main"`
		}
		if json.Unmarshal(b, &pj) == nil && pj.Main != "" {
			m := filepath.Join(path, pj.Main)
			for _, c := range []string{m, m + ".js", filepath.Join(m, "index.js")} {
				if isFile(c) {
					return c
				}
			}
		}
	}
	if index := filepath.Join(path, "index.js"); isFile(index) {
		return index
	}
	return path
}

func describeOpenError(name string, err error) string {
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Sprintf("open %s: no such file or directory", name)
	}
	return err.Error()
}

func runNative(o options, filename, src string, argv []string, traceW, stdout, stderr io.Writer) int {
	opts := js.Options{Stdout: stdout, Stderr: stderr, Argv: argv, Env: o.environ, ExecArgv: o.execArgv, Cwd: o.cwd, StdoutTTY: o.colors, StderrTTY: o.stderrColors, WindowSize: o.windowSize,
		MaxTicks: o.maxTicks, MaxMicrotasks: o.maxMicrotasks, MaxCallbacks: o.maxCallbacks, InputType: o.inputType,
		Modules: nodeModules(), Stdin: os.Stdin, StdinTTY: isTerminal(os.Stdin)}
	if exe, err := os.Executable(); err == nil {
		opts.ExecPath = exe // fork() starts evloop again
	}
	if opts.StdinTTY {
		// process.stdin.setRawMode; the terminal is itself again when the
		// run ends, whatever the program left it in.
		term := &stdinTerm{}
		opts.SetRawMode = term.setRawMode
		defer term.restore()
	}
	if o.clock == "virtual" {
		opts.Clock = loop.NewVirtualClock(0)
		if o.maxTicks == 0 {
			opts.MaxTicks = js.DefaultVirtualMaxTicks
		}
		if o.maxMicrotasks == 0 {
			opts.MaxMicrotasks = js.DefaultVirtualMaxMicrotasks
		}
	}
	var enc *trace.Encoder
	var shared *trace.Shared // one trace for the main loop and every worker's
	if traceW != nil {
		enc = trace.NewEncoder(traceW, o.trace.format)
		shared = trace.NewShared(enc)
		opts.Trace = shared.For(0)
	}
	// On real I/O each worker gets a reactor and pool of its own; on the
	// simulation it is a further loop on the same virtual clock
	// (poller.Sim.ForkWorker), and NewOptions is not used.
	// A worker gets the same built-ins as the main thread (worker_threads
	// adds its own).
	wcfg := workerthreads.Config{Modules: nodeModules(), Trace: shared}
	if o.io == "real" {
		wcfg.NewOptions = workerOptions(o, filepath.Dir(filename))
	}
	opts.Modules = append(opts.Modules, workerthreads.Module(wcfg))
	closeIO, err := setupIO(&opts, o, filepath.Dir(filename))
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 1
	}
	defer closeIO()
	rt, err := js.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 1
	}
	if err := forkChild(rt, opts); err != nil {
		fmt.Fprintf(stderr, "evloop: the IPC channel (NODE_CHANNEL_FD): %v\n", err)
		return 1
	}
	stop := watchInterrupts(rt, o.timeout, stderr)
	defer stop()
	heapLimit := js.DefaultHeapLimit()
	if o.maxHeapMB > 0 {
		heapLimit = int64(o.maxHeapMB) << 20
	}
	var onStuck []func()
	if exitWhenStuck {
		onStuck = append(onStuck, func() {
			// Inside a built-in that does not return to the VM: ended as
			// node's V8 ends the process.
			fmt.Fprintf(stderr, js.HeapFatalMessage+"evloop: the heap passed the limit of %d MB (raise it with --max-old-space-size=MB)\n", heapLimit>>20)
			os.Exit(134)
		})
	}
	defer rt.WatchHeap(heapLimit, onStuck...)()
	code := rt.RunSource(filename, src)
	if enc != nil {
		if err := enc.Close(); err != nil {
			fmt.Fprintf(stderr, "evloop: writing the trace: %v\n", err)
		}
	}
	return code
}

// setupIO gives the program its world: real I/O (epoll/kqueue, the thread
// pool, the permission flags) or the simulation the page uses.
func setupIO(opts *js.Options, o options, dir string) (closeIO func(), err error) {
	if o.io == "sim" {
		clock, ok := opts.Clock.(*loop.VirtualClock)
		if !ok {
			clock = loop.NewVirtualClock(0)
			opts.Clock = clock
		}
		// The script's directory, copy-on-write: reads reach the disk,
		// writes stay in memory.
		fsys := poller.NewSimFSOnClock(clock.Now)
		if err := fsys.Mount(dir); err != nil {
			return nil, err
		}
		host, s := poller.NewSimHost(clock, poller.PoolSize(os.Getenv), poller.Latency{}, fsys)
		opts.Backend, opts.Host = s, host
		return func() {}, nil
	}
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		return nil, fmt.Errorf("%w (try --io=sim)", err)
	}
	host.Net = poller.NewNet(b)
	host.Procs = poller.NewProcs(b)
	allow, err := permissions(o, dir)
	if err != nil {
		b.Close()
		return nil, err
	}
	host.Allow = allow.Check
	sigs := poller.NewSignals(b)
	sigs.AllowOthers = o.allowSignals
	host.Signals = sigs
	opts.Host, opts.Backend = host, b
	return func() { sigs.Close(); b.Close() }, nil
}

// forkChild opens the IPC channel of an evloop started by fork() (node's
// NODE_CHANNEL_FD, JSON serialization) before the main script runs.
func forkChild(rt *js.Runtime, opts js.Options) error {
	fdText := os.Getenv("NODE_CHANNEL_FD")
	b, ok := opts.Backend.(*poller.Real)
	if fdText == "" || !ok {
		return nil
	}
	os.Unsetenv("NODE_CHANNEL_FD") // a grandchild gets a channel of its own
	fd, err := strconv.Atoi(fdText)
	if err != nil || fd < 0 {
		return fmt.Errorf("bad descriptor %q", fdText)
	}
	if mode := os.Getenv("NODE_CHANNEL_SERIALIZATION_MODE"); mode != "" && mode != "json" {
		return fmt.Errorf("serialization %q is not supported (only json)", mode)
	}
	c, err := poller.NewProcs(b).Open(fd)
	if err != nil {
		return err
	}
	return childprocess.ForkChild(rt, c)
}

// workerOptions gives each worker thread a runtime of its own on real I/O
// (its own reactor and thread pool) with the parent's permissions.
func workerOptions(o options, dir string) func() (js.Options, func(), error) {
	return func() (js.Options, func(), error) {
		opts := js.Options{MaxTicks: o.maxTicks, MaxMicrotasks: o.maxMicrotasks, MaxCallbacks: o.maxCallbacks}
		w := o
		w.io = "real"
		closeIO, err := setupIO(&opts, w, dir)
		if err != nil {
			return js.Options{}, nil, err
		}
		return opts, closeIO, nil
	}
}

// permissions is the check behind --allow-fs and --allow-net: files under
// dir (the script's) and the temp dir, sockets on loopback, and what the
// flags add. Both engines use it (the wasm engine on the host side).
func permissions(o options, dir string) (*poller.Allow, error) {
	allow := &poller.Allow{FS: poller.OSFS{}, Dirs: []string{dir, os.TempDir()}, ChildProcess: o.allowChild}
	for _, d := range o.allowFS {
		if d == "all" {
			allow.AllFS = true
			continue
		}
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		allow.Dirs = append(allow.Dirs, abs)
	}
	for _, h := range o.allowNet {
		if h == "all" || h == "true" {
			allow.AllNet = true
			continue
		}
		allow.Hosts = append(allow.Hosts, strings.Split(h, ",")...)
	}
	return allow, nil
}

// watchInterrupts stops the script after timeout. (Ctrl-C, SIGTERM and
// SIGHUP are signals: process.on handlers get them, else the process dies
// by them as node's does; see signals.)
func watchInterrupts(rt *js.Runtime, timeout time.Duration, stderr io.Writer) (stop func()) {
	done := make(chan struct{})
	var timer <-chan time.Time
	if timeout > 0 {
		timer = time.After(timeout)
	}
	go func() {
		select {
		case <-timer:
			rt.Interrupt(fmt.Errorf("ran longer than --timeout %v", timeout))
		case <-done:
			return
		}
		if !exitWhenStuck {
			return
		}
		// goja sees an interruption between instructions: a built-in that
		// runs long in Go (new Array(2 ** 32 - 1).fill(0)) ran on past
		// the timeout.
		select {
		case <-done:
		case <-time.After(js.StuckGrace):
			fmt.Fprintf(stderr, "evloop: script stopped: ran longer than --timeout %v (inside a built-in call)\n", timeout)
			os.Exit(1)
		}
	}()
	return func() { close(done) }
}
