package js

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/js/internal/trywrap"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
)

// NodeVersion and UVVersion are the node and libuv versions whose semantics
// evloop follows; process.version and process.versions report them.
const (
	NodeVersion = "v20.20.2"
	UVVersion   = "1.46.0"
	Version     = "0.1.0" // evloop's own version, in process.versions.evloop
)

// The bounds a host should give a run on the virtual clock, where an
// endless nextTick or promise chain would otherwise spin forever without
// time passing: each stops such a chain in about a second of CPU on the
// native engine (node would hang; the message names the flag that raises
// the bound). The CLI and the wasm module use them.
const (
	DefaultVirtualMaxTicks      = 1_000_000
	DefaultVirtualMaxMicrotasks = 500_000
)

// Options configure a Runtime. Zero fields take the defaults named.
type Options struct {
	Stdout, Stderr io.Writer // default os.Stdout, os.Stderr
	// StdoutTTY, StderrTTY say the streams are terminals: process.stdout.isTTY,
	// and console colours objects there as node does (NO_COLOR, FORCE_COLOR).
	StdoutTTY, StderrTTY bool
	// WindowSize gives the terminal's size in columns and rows for fd 1 or
	// 2 when StdoutTTY or StderrTTY says it is one: tty.WriteStream's
	// columns, rows and getWindowSize(). nil, or ok false, leaves them
	// undefined, as node has them when the ioctl fails.
	WindowSize func(fd int) (columns, rows int, ok bool)
	Argv       []string // process.argv after argv[0] (argv[1] is the script)
	Env        []string // KEY=value pairs; default os.Environ()
	Cwd        string   // default os.Getwd()
	Pid        int      // process.pid; default os.Getpid()
	// ReadFile loads modules; default os.ReadFile. The wasm module gives
	// its simulated file system here.
	ReadFile func(name string) ([]byte, error)
	Clock    loop.Clock   // default real
	Backend  loop.Backend // default none
	Trace    trace.Sink   // default none
	// MaxTicks bounds nextTick callbacks per checkpoint and MaxMicrotasks
	// promise jobs per checkpoint (0: no bound), so an endless chain ends
	// with a clear error instead of hanging.
	MaxTicks, MaxMicrotasks int
	// MaxCallbacks bounds the callbacks the whole run may make (0: none), so
	// an endless setImmediate chain ends on the page with a clear message.
	MaxCallbacks int
	// MaxCallStack is the JS call depth that raises "Maximum call stack size
	// exceeded" (default 10000, about what node allows).
	MaxCallStack int
	// InputType says how to run a main module whose file name does not
	// decide: "commonjs" or "module" (node's --input-type), or "auto" and ""
	// (the default): as node 20 decides a file no package.json "type"
	// names, an ES module only if it fails to parse as CommonJS because of
	// import/export statements, import.meta or top-level await.
	InputType string
	// Platform is process.platform (default: the host's, as node names it).
	Platform string
	// Host is the world outside the loop (files, sockets, the thread pool);
	// nil means none: I/O modules then fail with a clear error.
	Host *sys.Host
	// Stdin is process.stdin's source (nil: empty). A reader that may block
	// (os.Stdin) is read on a goroutine of its own when the Backend can
	// take completions from other goroutines (poller.Real); one with a Len
	// method (strings.Reader) never blocks and is read on the loop.
	Stdin io.Reader
	// StdinTTY says stdin is a terminal (process.stdin.isTTY).
	StdinTTY bool
	// SetRawMode puts the terminal on stdin in raw mode (no line editing,
	// no echo, no signal keys: each key as it is typed) or back, for
	// process.stdin.setRawMode; the embedder restores the terminal when the
	// run ends. nil: setRawMode only records isRaw.
	SetRawMode func(raw bool) error
	// Modules adds extra built-in modules (name → exports factory), after
	// the standard ones: the binding rooms (js/fs, js/zlib, ...; the list
	// js/builtins gives) and an embedder's own. Without js/fs's, a program
	// has no fs.
	Modules []Module
	// ExecPath is process.execPath (default: node's usual path). The CLI
	// gives its own binary, so a program can start evloop as a child.
	ExecPath string
	// ExecArgv is process.execArgv: node's own options, as given before the
	// script. The runtime acts on those it knows (nodeoptions.go: -r,
	// --import, --no-warnings, the deprecation switches,
	// --unhandled-rejections, --title); a bad value makes New fail.
	ExecArgv []string
	// Uncaught, if set, is given an exception no 'uncaughtException'
	// listener took, instead of printing it; the program then ends with
	// code 1 as usual. A worker thread hands its error to the parent so.
	Uncaught func(v goja.Value)
}

// Module is a built-in module: Load returns its exports.
type Module struct {
	Name string
	Load func(r *Runtime) (goja.Value, error)
}

// Runtime is one JS program on one loop.
type Runtime struct {
	// calledAs is the receiver and key of the callback the loop is running
	// now (a Timeout's _onTimeout): V8 names its frame after them.
	calledAs calledAs

	vm   *goja.Runtime
	loop *loop.Loop
	opts Options

	// arrays reads goja's array objects (js/holes.go); nil: a layout
	// evloop does not know.
	arrays *arrayProbe

	stdout, stderr io.Writer
	// frames: the trace's entry for each stack frame seen (stack).
	frames map[goja.StackFrame]string

	// sources are the program's module sources by file, and thrown where
	// the last uncaught exception was thrown: the report's arrow (arrow.go).
	sources      map[string]string
	loweredFiles map[string]bool // files compiled from esbuild's output (noteUnits)
	thrown       throwSite
	// syntaxArrows are the headers of the ES modules' SyntaxErrors the
	// loader made (moduleSyntaxErrorValue), printed only if uncaught.
	syntaxArrows map[*goja.Object]string
	// jsonFailure is the last JSON.parse error, for its arrow (jsonparse.go).
	jsonFailure jsonFailure
	// lineFiles index the lines of sources for frameLine.
	lineFiles map[string]*lineFile
	// v8Last is the last uncaught error given V8's words (v8words.go).
	v8Last *goja.Object
	// errorCtor is the global Error (errorstack.go), whose stackTraceLimit
	// a new error's stack reads; stackSetter is the setter of the stack
	// accessor lazyStack gives a new error.
	errorCtor   *goja.Object
	stackSetter goja.Value
	// classCtors caches ownConstructor's answer for each error subclass.
	classCtors map[*goja.Object]bool
	// siteFiles are the functions of the program's files, for the names
	// of their frames (framenames.go).
	siteFiles map[string]*fileSites
	cwd       string
	epoch     time.Time

	enter goja.Callable // (f) => f(): the JS frame every loop entry runs under
	// namedGroups: a compiled source wrote a named group, so exec's results
	// are reshaped (noteNamedGroups).
	namedGroups bool
	rxFlags     rxFlags    // the RegExp flags d and v (regexpflags.go)
	rxStat      rxStatics  // RegExp.$1 and the other legacy statics (regexpstatics.go)
	enterCB     goja.Value // Go function calling r.entering
	entering    func()

	process  *goja.Object // nil until first used (processObject)
	nodeOpts nodeOptions  // what Options.ExecArgv asks of the runtime
	// exitState holds process.exitCode's value in its "code" field: the
	// property is a validating accessor, and the loop reads and writes the
	// field directly so that no JS runs (an exit may have interrupted the VM).
	exitState     *goja.Object
	internals     *goja.Object   // __evloop: JS helpers from the bootstrap
	internalStore *internalStore // internals' properties (internalobj.go)
	emit          goja.Callable
	exiting       bool
	exitCode      int
	exitSet       bool // process.exit was called (exitCode holds its code)
	fatal         bool
	outBroken     [2]bool // stdout (1), stderr (0): the reader closed the pipe

	modules      map[string]*moduleRecord
	requireCache *goja.Object // require.cache: filename → module
	builtins     map[string]Module
	// bindingHidden: each binding's module.hidden (RunBinding), by name.
	bindingHidden map[string]*goja.Object
	builtinEx     map[string]goja.Value

	jobs        jobTracker
	callbacks   int
	handledLate []lateHandled
	inJS        int          // depth of Go→JS entries under Enter
	bootstrap   *goja.Object // exports of lib/bootstrap.js
	runTick     func(any)    // runs process.nextTick(fn) (natives.go), made once
	runTickCall func(any)    // runs process.nextTick(fn, ...args) (natives.go), made once
	freeTicks   []*tickCall  // tickCall records whose call returned, for reuse (newTick)
	// lastTimeout is the Timeout made or looked up last, while it has not
	// ended: the timer natives find it without goja's Export (an export
	// context and more a call; a socket's idle timer is set, read and
	// cleared several times a request).
	lastTimeout  *timeoutObj
	lastFired    *goja.Object // the last timer or immediate callback fired (callObject)
	lastFiredFn  goja.Callable
	seenFired    *goja.Object  // the last callback callObject called through fireCall
	fireCall     goja.Callable // goja's own Function.prototype.call (makeFireCall)
	fireArgs     []goja.Value  // fireCall's arguments, reused
	mainModule   *goja.Object
	mainFile     string
	mainESM      bool
	compiled     compiledCJS  // the last CommonJS compile, kept by module-type detection
	mainTLA      *goja.Object // the main module's top-level await, if any
	unsettledTLA bool         // the loop emptied while mainTLA was pending: exit code 13
	resolved     goja.Value   // Promise.resolve(), for scheduling the ESM main
	resolvedThen goja.Value
	asyncCtx     *asyncFrame             // the current async context (js/asyncctx.go), nil: none
	asyncIDs     *asyncIDs               // async_hooks' ids and hooks, nil until it is loaded
	reqType      string                  // node's resource type of the request about to begin (CaptureContext)
	esm          esmState                // the ES module loader (esm_load.go)
	rejected     rejections              // rejected without a handler, in order
	reported     map[*goja.Promise]int   // rejections handed to listeners or warned of: their rejection ids
	sites        *traceSites             // nil unless tracing
	streams      *tcpHandles             // the stream handles (StreamHandle, NewStream): stream_wrap.go
	newBuffer    func([]byte) goja.Value // a Buffer over the bytes (buffer.go), once lib/buffer.js set it up
	finishHooks  []func() func()         // OnFinish
	interrupts   interruptHooks
	stdin        *stdin      // process.stdin's source (stdin.go)
	bindingState map[any]any // BindingState

	extensions *goja.Object  // require.extensions, shared by every module
	cjsHooks   *cjsHooks     // the module built-in's _load/_resolveFilename (cjshooks.go), nil until loaded
	reorder    goja.Callable // keyorder.go's reorderKeys, made once
	mainPseudo bool          // the main module is [eval] or [stdin] (node -e, a script on stdin)
}

type exitSignal struct{ code int }

// New creates a Runtime and its loop.
func New(opts Options) (*Runtime, error) {
	r := &Runtime{opts: opts, stdout: opts.Stdout, stderr: opts.Stderr, cwd: opts.Cwd,
		reported: map[*goja.Promise]int{}}
	if r.stdout == nil {
		r.stdout = os.Stdout
	}
	if r.stderr == nil {
		r.stderr = os.Stderr
	}
	if r.cwd == "" {
		wd, err := os.Getwd()
		if err != nil {
			wd = "/"
		}
		r.cwd = wd
	}
	if r.opts.ReadFile == nil {
		r.opts.ReadFile = os.ReadFile
	}
	if r.opts.Env == nil {
		r.opts.Env = os.Environ()
	}
	if r.opts.MaxCallStack == 0 {
		r.opts.MaxCallStack = 10000
	}
	// NODE_OPTIONS first, then the command line's, which win where both
	// set one thing (--unhandled-rejections, --title).
	nodeOpts, err := parseNodeOptions(append(nodeOptionsEnv(r.opts.Env), opts.ExecArgv...))
	if err != nil {
		return nil, err
	}
	r.nodeOpts = nodeOpts
	warmLibs()
	r.vm = goja.New()
	r.vm.SetMaxCallStackSize(r.opts.MaxCallStack)
	sink := opts.Trace
	if sink != nil {
		r.sites = newTraceSites(r, sink)
		sink = r.sites
	}
	r.loop = loop.New(loop.Config{Clock: opts.Clock, Backend: opts.Backend, Engine: r, Trace: sink,
		MaxTicks: opts.MaxTicks, BeforeExit: r.beforeExit})
	clock := r.loop.Clock()
	epoch := time.Now()
	if clock.Virtual() {
		epoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	r.epoch = epoch
	r.vm.SetTimeSource(func() time.Time { return epoch.Add(clock.Read()) })
	r.vm.SetRandSource(newRandSource(clock.Virtual()))
	r.jobs.r = r
	r.vm.SetAsyncContextTracker(&r.jobs)
	r.vm.SetPromiseRejectionTracker(r.trackRejection)
	if err := r.install(); err != nil {
		return nil, err
	}
	return r, nil
}

// VM returns the goja runtime. Call only on the loop goroutine.
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Loop returns the runtime's loop.
func (r *Runtime) Loop() *loop.Loop { return r.loop }

// Interrupt stops the running JavaScript at its next instruction and ends
// the program with reason. Safe from any goroutine (a timeout, Ctrl-C).
func (r *Runtime) Interrupt(reason error) {
	r.vm.Interrupt(reason)
	r.loop.Interrupt(reason)
	r.runInterruptHooks(reason)
}

// Enter implements loop.Engine: fn runs under one JS frame, so promise jobs
// queued by fn and by the ticks it runs wait until the frame returns.
func (r *Runtime) Enter(fn func()) {
	prev := r.entering
	r.entering = fn
	r.jobs.ran = 0
	r.asyncCtx = nil // a callback from the loop starts outside any async context
	r.jobs.exited = nil
	r.callbacks++
	if r.opts.MaxCallbacks > 0 && r.callbacks > r.opts.MaxCallbacks {
		r.entering = prev
		r.fatalText(fmt.Sprintf("evloop: stopped after %d callbacks (the bound set by --max-callbacks; node would go on)", r.opts.MaxCallbacks), 1)
		return
	}
	_, err := r.enter(goja.Undefined(), r.enterCB)
	r.entering = prev
	if err != nil {
		r.uncaught(err)
	}
	if !r.loop.Terminated() && (r.rejected.len() > 0 || len(r.handledLate) > 0) {
		r.processRejections()
	}
}

// call runs a JS function from a loop callback; a throw becomes an
// uncaught exception, as in node.
func (r *Runtime) call(fn goja.Callable, this goja.Value, args ...goja.Value) {
	if _, err := fn(this, args...); err != nil {
		r.uncaught(err)
	}
}

// uncaught handles an exception that reached the loop: process
// 'uncaughtException' listeners, or node's fatal path (print, 'exit', code 1).
func (r *Runtime) uncaught(err error) {
	if r.heapOutOfMemory(err) {
		return
	}
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		r.vm.ClearInterrupt()
		if sig, ok := intr.Value().(exitSignal); ok {
			r.exitCode = sig.code
			r.loop.Terminate(nil)
			if r.inJS > 0 {
				// Keep unwinding the enclosing JS frames, so the promise
				// jobs they queued are dropped, as a dying process drops them.
				r.vm.Interrupt(sig)
			}
			return
		}
		r.fatalText(fmt.Sprintf("evloop: script stopped: %v", intr.Value()), 1)
		return
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		r.fatalValue(r.newError("RangeError", "Maximum call stack size exceeded"), true)
		return
	}
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		r.fatalText("evloop: "+err.Error(), 1)
		return
	}
	top, col := r.v8Words(ex.Value())
	r.noteThrow(ex)
	if col > 0 && r.thrown.file == top.file && r.thrown.line == top.line && r.thrown.col == top.col {
		r.thrown.col = col
	}
	r.fatalValue(ex.Value(), true)
}

// fatalValue reports a thrown value: to 'uncaughtException' listeners if
// any (and allowed), else printed as node prints it, then exit code 1.
func (r *Runtime) fatalValue(v goja.Value, listeners bool) {
	r.fatalValueFrom(v, listeners, "uncaughtException")
}

// fatalValueFrom is fatalValue with the origin the listeners are told:
// "unhandledRejection" for an error node receives through a promise (the
// main ES module's evaluation), "uncaughtException" otherwise.
func (r *Runtime) fatalValueFrom(v goja.Value, listeners bool, origin string) {
	if r.loop.Terminated() {
		return
	}
	r.v8Words(v)
	if listeners {
		if err := r.monitor(v, origin); err != nil {
			r.handlerThrew(err)
			return
		}
	}
	if listeners && !r.exiting {
		if fn := r.captureCallback(); fn != nil {
			if _, err := fn(goja.Undefined(), v); err != nil {
				r.handlerThrew(err)
			}
			return
		}
	}
	if listeners && !r.exiting && r.listenerCount("uncaughtException") > 0 {
		if _, err := r.emit(r.process, r.vm.ToValue("uncaughtException"), v, r.vm.ToValue(origin)); err != nil {
			r.handlerThrew(err)
		}
		return
	}
	if r.opts.Uncaught != nil {
		r.opts.Uncaught(v)
	} else {
		r.printError(v)
	}
	r.die(1)
}

// monitor emits process 'uncaughtExceptionMonitor' (error, origin), as node
// does before it looks for 'uncaughtException' listeners. The error is
// what a throwing monitor threw.
func (r *Runtime) monitor(v goja.Value, origin string) error {
	if r.listenerCount("uncaughtExceptionMonitor") == 0 {
		return nil
	}
	_, err := r.emit(r.process, r.vm.ToValue("uncaughtExceptionMonitor"), v, r.vm.ToValue(origin))
	return err
}

// handlerThrew ends the run as node does when a monitor or an
// 'uncaughtException' listener throws: the new error printed, exit code 7
// and no 'exit' event.
func (r *Runtime) handlerThrew(err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		r.printError(ex.Value())
	} else {
		fmt.Fprintln(r.stderr, err)
	}
	r.exiting = true // node exits from its C++ handler: no 'exit' listeners run
	r.die(7)
}

func (r *Runtime) fatalText(msg string, code int) {
	if r.loop.Terminated() {
		return
	}
	fmt.Fprintln(r.stderr, msg)
	text := msg
	if s := errorSummary(msg); s != firstLine(msg) {
		text = s // a module's SyntaxError: its message and position
	}
	r.loop.Emit(trace.Event{Kind: trace.Error, Text: text})
	r.die(code)
}

// die ends the program as node does after a fatal error: 'exit' listeners
// run with the code, then nothing else.
func (r *Runtime) die(code int) {
	r.fatal = true
	r.exitCode = code
	r.exitSet = true
	if r.inJS == 0 {
		r.runExit()
		r.loop.Terminate(nil)
		return
	}
	// A loop callback's JS is on the stack: node emits 'exit' once the
	// error has unwound it, so the loop runs the exit after the callback's
	// end (at once when nothing is traced). Meanwhile the interrupt unwinds
	// what JS is still running; the exit listeners run with it cleared, and
	// the enclosing frames go on unwinding with the code they leave.
	r.vm.Interrupt(exitSignal{r.exitCode})
	r.loop.Exit(func() {
		r.vm.ClearInterrupt()
		r.runExit()
		if r.inJS > 0 {
			r.vm.Interrupt(exitSignal{r.exitCode})
		}
	})
}

// printError writes an uncaught error to stderr in node's shape.
func (r *Runtime) printError(v goja.Value) {
	var text string
	if obj, ok := v.(*goja.Object); ok {
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
			hasCause := hasOwn(obj, "errors") || hasOwn(obj, "cause")
			if hasCause && obj.ClassName() == "Error" && goja.IsString(st) && !headerLine().MatchString(firstLine(st.String())) &&
				strings.Contains(strings.TrimRight(cleanStack(st.String()), "\n"), "\n") {
				// node prints an uncaught error as util.inspect does: its
				// own properties, [cause] and an AggregateError's [errors]
				// after the stack. Only for an error with a cause or errors
				// (the rest print as below: inspect would move the columns
				// v8Words gave their stack a second time), nor one with no
				// frames (inspect would bracket it: node's have frames).
				text = r.inspect(v)
			} else {
				// The extras go after the last frame, as node's " {": a stack
				// whose evloop frames are dropped ends in blank lines first.
				text = r.v8StackLayout(st.String())
				if extra := r.errorExtras(obj); extra != "" {
					text += " " + extra
				}
			}
		}
	}
	arrow := r.arrow(v)
	if f := r.jsonFailure; arrow == "" && f.err != nil && f.err.SameAs(v) {
		arrow = f.arrow()
	}
	r.jsonFailure = jsonFailure{}
	if text == "" {
		// A value that is not an error: node prints it after the arrow,
		// with a blank line above; an object inspected, a primitive as
		// its string (a symbol as nothing) and a hint below.
		inspected := r.inspect(v) // once: a custom inspect is the program's code
		shown, hint := inspected, ""
		if _, ok := v.(*goja.Object); !ok {
			shown, hint = "", "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"
			if _, isSym := v.(*goja.Symbol); !isSym {
				shown = v.String()
			}
		}
		fmt.Fprintf(r.stderr, "\n%s%s\n%s\nNode.js %s\n", arrow, shown, hint, NodeVersion)
		r.loop.Emit(trace.Event{Kind: trace.Error, Text: errorSummary("Uncaught " + inspected)})
		return
	}
	if arrow != "" && !headerLine().MatchString(firstLine(text)) {
		// (A SyntaxError's stack starts with its own header already.)
		fmt.Fprintf(r.stderr, "%s\n", arrow)
	}
	fmt.Fprintf(r.stderr, "%s\n\nNode.js %s\n", text, NodeVersion)
	r.loop.Emit(trace.Event{Kind: trace.Error, Text: errorSummary(text)})
}

// errorSummary is the one line of an error report the trace keeps: its
// first line, or for a report that starts as node's SyntaxError does (the
// file and line, the source line, a caret under the token) the message
// after that header with the position: "SyntaxError: Unexpected token ';'
// (/main.js:2:9)".
func errorSummary(text string) string {
	lines := strings.SplitN(text, "\n", 6)
	if len(lines) < 5 || lines[3] != "" || lines[4] == "" || !headerLine().MatchString(lines[0]) {
		return firstLine(text)
	}
	if c := strings.IndexByte(lines[2], '^'); c >= 0 && strings.TrimLeft(lines[2][:c], " \t") == "" {
		return fmt.Sprintf("%s (%s:%d)", lines[4], lines[0], utf8.RuneCountInString(lines[2][:c])+1)
	}
	if lines[2] == "" { // no caret: the end of the input
		return fmt.Sprintf("%s (%s)", lines[4], lines[0])
	}
	return firstLine(text)
}

// headerLine matches the first line of node's report of a SyntaxError: the
// file (a path or a file: URL) and the line. Compiled on first use, as
// are the package's other regexps: a package-level MustCompile runs in
// every process at start.
var headerLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\S.*:\d+$`) })

// cleanStack drops the frames of evloop's own machinery (Go natives, the
// entry frame) from a printed stack, so the user sees their own code.
func cleanStack(text string) string {
	lines := strings.Split(trywrap.MergeFrames(text), "\n")
	out := lines[:0]
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "at ") && (strings.Contains(t, "github.com/evloop/") || strings.HasPrefix(t, "at enter (<eval>")) {
			continue
		}
		out = append(out, withoutBytecodeOffset(l))
	}
	return strings.Join(out, "\n")
}

// withoutBytecodeOffset is a stack line l without goja's "(N)" after its
// frame's line:column.
func withoutBytecodeOffset(l string) string {
	m := frameNumbers(l)
	if m == nil {
		return l
	}
	if end := m[5]; end < len(l) && l[end] == '(' {
		if close := strings.IndexByte(l[end:], ')'); close > 0 {
			return l[:end] + l[end+close+1:]
		}
	}
	return l
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func (r *Runtime) newError(name, msg string) goja.Value {
	ctor := r.vm.Get(name)
	obj, err := r.vm.New(ctor, r.vm.ToValue(msg))
	if err != nil {
		return r.vm.ToValue(name + ": " + msg)
	}
	return obj
}

// captureCallback is process.setUncaughtExceptionCaptureCallback's
// function, nil if none is set: node gives it what would have gone to
// 'uncaughtException' (after 'uncaughtExceptionMonitor').
func (r *Runtime) captureCallback() goja.Callable {
	if r.internals == nil {
		return nil
	}
	fn, _ := goja.AssertFunction(r.internals.Get("uncaughtCapture"))
	return fn
}

func (r *Runtime) listenerCount(event string) int {
	if r.process == nil {
		return 0 // never made: nothing can listen
	}
	fn, ok := goja.AssertFunction(r.process.Get("listenerCount"))
	if !ok {
		return 0
	}
	v, err := fn(r.process, r.vm.ToValue(event))
	if err != nil {
		return 0
	}
	return int(v.ToInteger())
}

// beforeExit is the loop's BeforeExit hook: node emits 'beforeExit' with
// the exit code when the loop empties, unless process.exit was called.
func (r *Runtime) beforeExit() {
	if ids := r.asyncIDs; ids != nil && len(ids.destroys) > 0 && !r.exiting && !r.fatal {
		// node reports the destroys still waiting before 'beforeExit'.
		r.loop.RunMacrotask(trace.QueueCheck, "async_hooks destroy", func() { r.flushDestroysAll() })
	}
	if r.exiting || r.fatal {
		return
	}
	r.loop.SetPhase(trace.PhaseExit)
	r.loop.RunMacrotask(trace.QueueEvent, "process 'beforeExit'", func() {
		if r.process == nil {
			return // never made: nothing listens (the trace shows the emit all the same)
		}
		r.call(r.emit, r.process, r.vm.ToValue("beforeExit"), r.vm.ToValue(r.currentExitCode()))
	})
	r.loop.SetPhase("")
}

func (r *Runtime) currentExitCode() int {
	if r.exitSet {
		return r.exitCode
	}
	if r.process == nil {
		return 0
	}
	v := r.exitCodeValue()
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return int(v.ToInteger())
}

// runExit emits process 'exit' once, with process._exiting set. As in
// node, the code the process ends with is process.exitCode as the
// listeners leave it; a throw inside a listener is an uncaught exception:
// 'uncaughtException' handlers get it (the code stays), or it is printed
// and the code is the one the program set, else 1.
func (r *Runtime) runExit() {
	if r.exiting {
		return
	}
	r.exiting = true
	code := r.currentExitCode()
	if r.process == nil {
		// Never made: no listener to run, no exitCode set but by
		// process.exit's native, which set exitSet. The trace still
		// shows the exit phase, as for any program.
		r.exitCode, r.exitSet = code, true
		r.loop.Emit(trace.Event{Kind: trace.PhaseEnter, Phase: trace.PhaseExit})
		r.loop.Emit(trace.Event{Kind: trace.PhaseLeave, Phase: trace.PhaseExit})
		return
	}
	prop := r.exitCodeValue()
	propSet := prop != nil && !goja.IsUndefined(prop) && !goja.IsNull(prop)
	userSet := r.exitSet || propSet
	r.process.Set("_exiting", true)
	switch {
	case r.unsettledTLA && !propSet:
		// node's first 'exit' listener (handleProcessExit, added before
		// the main module ran) does process.exitCode ??= 13: the
		// listeners get 0 and read 13.
		r.setExitCodeValue(13)
	case propSet || code != 0:
		// A run that ends by itself with no code set leaves
		// process.exitCode undefined for the listeners, as node's.
		r.setExitCodeValue(code)
	}
	r.loop.Emit(trace.Event{Kind: trace.PhaseEnter, Phase: trace.PhaseExit})
	if _, err := r.emit(r.process, r.vm.ToValue("exit"), r.vm.ToValue(code)); err != nil {
		var intr *goja.InterruptedError
		var ex *goja.Exception
		switch {
		case errors.As(err, &intr):
			r.vm.ClearInterrupt()
			if sig, ok := intr.Value().(exitSignal); ok {
				r.exitCode, r.exitSet = sig.code, true
			}
		case errors.As(err, &ex):
			after := r.currentPropCode(code)
			if after == code && !userSet {
				after = 1
			}
			r.exitCode, r.exitSet = after, true
			if merr := r.monitor(ex.Value(), "uncaughtException"); merr != nil {
				if errors.As(merr, &ex) {
					r.printError(ex.Value())
				}
				r.exitCode = 7
			} else if r.listenerCount("uncaughtException") > 0 {
				r.exitCode = code
				if _, err := r.emit(r.process, r.vm.ToValue("uncaughtException"), ex.Value(), r.vm.ToValue("uncaughtException")); err != nil {
					if errors.As(err, &ex) {
						r.printError(ex.Value())
					}
					r.exitCode = 7
				}
			} else {
				r.printError(ex.Value())
			}
		default:
			fmt.Fprintln(r.stderr, err)
			r.exitCode, r.exitSet = 7, true
		}
	} else {
		r.exitCode, r.exitSet = r.currentPropCode(code), true
	}
	r.loop.Emit(trace.Event{Kind: trace.PhaseLeave, Phase: trace.PhaseExit})
}

// exitCodeValue is process.exitCode's value, read without running its getter.
func (r *Runtime) exitCodeValue() goja.Value {
	if r.exitState == nil {
		return nil
	}
	return r.exitState.Get("code")
}

// setExitCodeValue sets process.exitCode without running its setter.
func (r *Runtime) setExitCodeValue(code int) {
	if r.exitState != nil {
		r.exitState.Set("code", code)
	}
}

// currentPropCode is process.exitCode as the program left it (def when
// unset).
func (r *Runtime) currentPropCode(def int) int {
	if r.process == nil {
		return def
	}
	v := r.exitCodeValue()
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return def
	}
	return int(v.ToInteger())
}

// RunFile loads the file named by path (relative to Cwd) and runs it to
// completion, returning the process exit code. A missing file or a syntax
// error is reported on Stderr, as node reports them.
func (r *Runtime) RunFile(path string) int {
	abs := path
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(r.cwd, path)
	}
	src, err := r.opts.ReadFile(abs)
	if err != nil {
		fmt.Fprint(r.stderr, MainNotFound(abs))
		return 1
	}
	return r.RunSource(abs, string(src))
}

// MainNotFound is what node 20 prints on stderr, exit code 1, when the main
// script abs (an absolute path) is missing or a directory with no index.js
// (`node /nonexistent.js`): the error its CommonJS loader throws, with the
// loader's own frames, as node shows them.
func MainNotFound(abs string) string {
	return "node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n\n" +
		"Error: Cannot find module '" + abs + "'\n" +
		"    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)\n" +
		"    at Module._load (node:internal/modules/cjs/loader:1038:27)\n" +
		"    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n" +
		"    at node:internal/main/run_main_module:28:49 {\n" +
		"  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js " + NodeVersion + "\n"
}

// RunSource runs src as the main module named filename and then the loop
// until it is out of work; it returns the exit code.
func (r *Runtime) RunSource(filename, src string) int {
	if err := r.Start(filename, src); err != nil {
		return r.Finish()
	}
	for {
		if err := r.loop.Run(); err != nil {
			r.loopError(err)
		}
		return r.Finish()
	}
}

// Drive runs the loop for at most steps rounds of Step and WaitFor (each
// round runs until the loop would wait, then waits as it asks; on the
// virtual clock that never blocks). It reports whether the program has
// finished; then call Finish. The wasm module and the page drive the loop
// this way, a batch at a time.
func (r *Runtime) Drive(steps int) (finished bool) {
	for i := 0; i < steps; i++ {
		w, err := r.loop.Step()
		if w.Done || err != nil {
			// As Loop.Run notes it, so a driven run's trace is a run one's.
			r.loop.Emit(trace.Event{Kind: trace.Note, Text: "loop finished"})
		}
		if err != nil {
			r.loopError(err)
			return true
		}
		if w.Done {
			return true
		}
		if err := r.loop.WaitFor(w.Timeout); err != nil {
			r.loop.Terminate(err)
			r.loopError(err)
			return true
		}
	}
	return false
}

// Start runs the main module (and its microtask checkpoint) without
// running the loop; then drive the loop with Loop().Step or Loop().Run and
// call Finish. It returns an error if the program already ended.
func (r *Runtime) Start(filename, src string) error {
	r.loop.SetPhase(trace.PhaseMain)
	r.loop.Emit(trace.Event{Kind: trace.ScriptStart, Label: filename, Text: src}) // the source, so a replay can show it
	r.loop.RunMacrotask(trace.QueueMain, "main script "+filepath.Base(filename), func() {
		r.runMain(filename, src)
	})
	r.loop.Emit(trace.Event{Kind: trace.ScriptEnd, Label: filename})
	r.loop.SetPhase("")
	if err := r.loop.Err(); err != nil {
		r.loopError(err) // a bound hit in the main module's checkpoint
	}
	if r.loop.Terminated() {
		return errors.New("program ended")
	}
	return nil
}

// loopError reports an error that ended the loop itself (starvation, a
// deadlock on the virtual clock).
func (r *Runtime) loopError(err error) {
	switch {
	case errors.Is(err, loop.ErrStarved):
		r.loop.Terminate(nil)
		r.fatal = true
		msg := "evloop: " + strings.TrimPrefix(err.Error(), "loop: ") + " (raise the bound with --max-ticks; node would hang here)"
		fmt.Fprintln(r.stderr, msg)
		r.loop.Emit(trace.Event{Kind: trace.Error, Text: msg})
		r.exitCode, r.exitSet = 1, true
	case errors.Is(err, loop.ErrDeadlock):
		msg := "evloop: the program waits for I/O that can never come on the virtual clock (node would wait forever)"
		fmt.Fprintln(r.stderr, msg)
		r.loop.Emit(trace.Event{Kind: trace.Error, Text: msg})
		r.fatal = true
		r.exitCode, r.exitSet = 1, true
	case r.heapOutOfMemory(err):
	default:
		if r.exitSet {
			return
		}
		msg := "evloop: script stopped: " + err.Error()
		fmt.Fprintln(r.stderr, msg)
		r.loop.Emit(trace.Event{Kind: trace.Error, Text: msg})
		r.fatal = true
		r.exitCode, r.exitSet = 1, true
	}
}

// Finish emits process 'exit' if it has not run yet and returns the exit code.
func (r *Runtime) Finish() int {
	if r.mainTLA != nil && !r.exiting && !r.fatal {
		if p, ok := safeexport.Export(r.mainTLA).(*goja.Promise); ok && p.State() == goja.PromiseStatePending {
			// node: the loop emptied while the main module still awaited.
			// Exit code 13, and nothing on stderr: node 20 prints no
			// warning (22's "Warning: Detected unsettled top-level await").
			r.unsettledTLA = true
			if r.process == nil {
				r.exitCode, r.exitSet = 13, true // no listeners to tell
			}
		}
	}
	if !r.exiting && !r.fatal {
		r.runExit()
	}
	code := r.exitCode
	if !r.exitSet {
		code = r.currentExitCode()
	}
	r.runFinishHooks()
	r.loop.Emit(trace.Event{Kind: trace.LoopEnd, N: int64(code)})
	return code
}

// hasOwn reports whether o has an own property name (enumerable or not).
func hasOwn(o *goja.Object, name string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == name {
			return true
		}
	}
	return false
}
