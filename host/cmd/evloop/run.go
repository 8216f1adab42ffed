package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
)

const usage = `evloop — Node 20's event loop, rebuilt in Go so you can see it.

Usage:
  evloop run [flags] FILE [args...]   run a script (CommonJS) and the loop
  evloop -e CODE [args...]            run CODE as the main module
  evloop playground [--addr HOST:PORT] serve the built-in playground page (default 127.0.0.1:8080)
  evloop version                      print versions

Flags for run:
  --trace[=text|json|chrome]  write the loop's trace (default text) to stderr or --trace-out
  --trace-out FILE            where the trace goes
  --clock=real|virtual        virtual: deterministic time that jumps to the next timer (default real)
  --engine=native|wasm        run the core in this process or as the wasm module (default native)
  --timeout DURATION          stop a script that runs longer (e.g. 10s; default none)
  --max-ticks N               stop an endless nextTick chain after N ticks in one checkpoint
  --max-microtasks N          stop an endless promise chain after N jobs in one checkpoint
  --max-callbacks N           stop after N callbacks in all
  --io=real|sim               real: epoll/kqueue and the thread pool (default); sim: the page's simulation
                              (implies --clock=virtual; the wasm engine's real I/O runs on the real clock,
                              so there --clock=virtual alone picks sim)
  --allow-fs=DIR|all          also allow files under DIR (repeatable; default: cwd and the temp dir)
  --allow-net=HOST|all        also allow sockets to HOST (default: loopback only)
  --allow-signals             let process.kill signal other processes (default: EPERM; its own pid always)
  --allow-child-process       allow child_process to start programs (default: denied, EACCES)
  --cwd=DIR                   run as if started in DIR (process.cwd(), relative paths)
  --input-type=commonjs|module|auto  how to run -e code or a .js file no package.json decides
                              (auto, the default: as node 20 detects module syntax)
`

// traceFlag is --trace, with an optional =format.
type traceFlag struct {
	set    bool
	format trace.Format
}

func (f *traceFlag) String() string   { return string(f.format) }
func (f *traceFlag) IsBoolFlag() bool { return true }
func (f *traceFlag) Set(s string) error {
	if s == "true" {
		s = "text"
	}
	if s == "false" {
		f.set = false
		return nil
	}
	fm, err := trace.ParseFormat(s)
	if err != nil {
		return err
	}
	f.set, f.format = true, fm
	return nil
}

type options struct {
	trace         traceFlag
	traceOut      string
	clock         string
	engine        string
	timeout       time.Duration
	maxTicks      int
	maxMicrotasks int
	maxCallbacks  int
	inputType     string
	io            string
	allowFS       listFlag
	allowNet      listFlag
	allowSignals  bool   // --allow-signals: process.kill to other pids
	allowChild    bool   // --allow-child-process
	cwd           string // the working directory the program sees (--cwd, default the process's)
}

// listFlag is a repeatable flag (--allow-fs=DIR --allow-fs=DIR2).
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "evloop %s (node %s semantics, libuv %s)\n", js.Version, js.NodeVersion, js.UVVersion)
		return 0
	case "run":
		return runCmd(args[1:], stdout, stderr, false)
	case "-e", "--eval":
		return runCmd(args[1:], stdout, stderr, true)
	case "playground":
		return playgroundCmd(args[1:], stdout, stderr)
	}
	if strings.HasSuffix(args[0], ".js") || strings.HasSuffix(args[0], ".cjs") {
		return runCmd(args, stdout, stderr, false)
	}
	fmt.Fprintf(stderr, "evloop: unknown command %q (try evloop help)\n", args[0])
	return 2
}

func runCmd(args []string, stdout, stderr io.Writer, eval bool) int {
	fs := flag.NewFlagSet("evloop run", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o options
	fs.Var(&o.trace, "trace", "")
	fs.StringVar(&o.traceOut, "trace-out", "", "")
	fs.StringVar(&o.clock, "clock", "real", "")
	fs.StringVar(&o.engine, "engine", "native", "")
	fs.DurationVar(&o.timeout, "timeout", 0, "")
	fs.IntVar(&o.maxTicks, "max-ticks", 0, "")
	fs.IntVar(&o.maxMicrotasks, "max-microtasks", 0, "")
	fs.IntVar(&o.maxCallbacks, "max-callbacks", 0, "")
	fs.StringVar(&o.inputType, "input-type", "auto", "")
	fs.StringVar(&o.io, "io", "real", "")
	fs.Var(&o.allowFS, "allow-fs", "")
	fs.Var(&o.allowNet, "allow-net", "")
	fs.BoolVar(&o.allowSignals, "allow-signals", false, "")
	fs.BoolVar(&o.allowChild, "allow-child-process", false, "")
	fs.StringVar(&o.cwd, "cwd", "", "")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 9 // node's exit code for invalid arguments
	}
	rest := fs.Args()
	if len(rest) == 0 {
		if eval {
			fmt.Fprintln(stderr, "evloop: -e needs code to run")
		} else {
			fmt.Fprintln(stderr, "evloop: run needs a file (evloop run FILE)")
		}
		return 9
	}
	if o.clock != "real" && o.clock != "virtual" {
		fmt.Fprintf(stderr, "evloop: --clock must be real or virtual, not %q\n", o.clock)
		return 9
	}
	if o.inputType != "commonjs" && o.inputType != "module" && o.inputType != "auto" {
		fmt.Fprintf(stderr, "evloop: --input-type must be commonjs, module or auto, not %q\n", o.inputType)
		return 9
	}
	if o.io != "real" && o.io != "sim" {
		fmt.Fprintf(stderr, "evloop: --io must be real or sim, not %q\n", o.io)
		return 9
	}
	ioSet := false
	fs.Visit(func(f *flag.Flag) { ioSet = ioSet || f.Name == "io" })
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
	if o.engine != "native" && o.engine != "wasm" {
		fmt.Fprintf(stderr, "evloop: --engine must be native or wasm, not %q\n", o.engine)
		return 9
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
	argv := rest
	if eval {
		filename, src = filepath.Join(cwd, "[eval]"), rest[0]
		argv = rest[1:]
	} else {
		filename = rest[0]
		if !filepath.IsAbs(filename) {
			filename = filepath.Join(cwd, filename)
		}
		b, err := os.ReadFile(filename)
		if err != nil {
			fmt.Fprintf(stderr, "evloop: %s\n", describeOpenError(rest[0], err))
			return 1
		}
		src = string(b)
		argv = append([]string{filename}, rest[1:]...)
	}

	var traceW io.Writer
	if o.trace.set {
		traceW = stderr
		if o.traceOut != "" {
			f, err := os.Create(o.traceOut)
			if err != nil {
				fmt.Fprintf(stderr, "evloop: %v\n", err)
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

func describeOpenError(name string, err error) string {
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Sprintf("open %s: no such file or directory", name)
	}
	return err.Error()
}

func runNative(o options, filename, src string, argv []string, traceW, stdout, stderr io.Writer) int {
	opts := js.Options{Stdout: stdout, Stderr: stderr, Argv: argv, Cwd: o.cwd,
		MaxTicks: o.maxTicks, MaxMicrotasks: o.maxMicrotasks, MaxCallbacks: o.maxCallbacks, InputType: o.inputType,
		Modules: nodeModules()}
	if o.clock == "virtual" {
		opts.Clock = loop.NewVirtualClock(0)
		if o.maxTicks == 0 {
			opts.MaxTicks = 10_000_000
		}
		if o.maxMicrotasks == 0 {
			opts.MaxMicrotasks = 10_000_000
		}
	}
	var enc *trace.Encoder
	if traceW != nil {
		enc = trace.NewEncoder(traceW, o.trace.format)
		opts.Trace = enc
	}
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
	stop := watchInterrupts(rt, o.timeout)
	defer stop()
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
func watchInterrupts(rt *js.Runtime, timeout time.Duration) (stop func()) {
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
		}
	}()
	return func() { close(done) }
}
