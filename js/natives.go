package js

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/inspect"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// natives builds the object the bootstrap and the built-in modules see as
// `internal`. It is never a global.
func (r *Runtime) natives() *goja.Object {
	vm := r.vm
	store := newInternalStore(vm)
	r.internalStore = store
	set := func(name string, v any) { _ = store.Set(name, v) }

	set("nodeVersion", NodeVersion)
	// captureStackTrace(obj, fn): Error.captureStackTrace without the
	// frames of evloop's own wrappers that called fn (console.trace).
	set("captureStackTrace", func(call goja.FunctionCall) goja.Value {
		if obj, ok := call.Argument(0).(*goja.Object); ok {
			r.defineStack(obj, r.framesBelow(call.Argument(1), true))
		}
		return goja.Undefined()
	})
	versions := vm.NewObject()
	versions.Set("node", strings.TrimPrefix(NodeVersion, "v"))
	versions.Set("uv", UVVersion)
	versions.Set("evloop", Version)
	versions.Set("v8", "goja") // the engine is goja, not V8
	versions.Set("goja", "stock")
	set("versions", versions)
	set("arch", nodeArch())
	set("platform", r.platform())
	pid := r.opts.Pid
	if pid <= 0 {
		pid = os.Getpid()
	}
	set("pid", pid)
	set("uid", os.Getuid())
	set("gid", os.Getgid())
	set("stdoutTTY", r.opts.StdoutTTY)
	set("stderrTTY", r.opts.StderrTTY)
	set("hasBuiltin", func(name string) bool { _, ok := r.builtins[name]; return ok })
	set("noWarnings", r.nodeOpts.noWarnings || envHas(r.opts.Env, "NODE_NO_WARNINGS", "1"))
	execArgv := make([]any, len(r.opts.ExecArgv))
	for i, a := range r.opts.ExecArgv {
		execArgv[i] = a
	}
	set("execArgv", vm.NewArray(execArgv...))
	// The deprecation switches are properties of process only when given,
	// as node's; title is node's unless --title names another.
	flags := vm.NewObject()
	// In a fixed order (a map's would change Object.keys(process) run to run).
	for _, f := range []struct {
		name string
		on   bool
	}{{"noDeprecation", r.nodeOpts.noDeprecation}, {"throwDeprecation", r.nodeOpts.throwDeprecation},
		{"traceDeprecation", r.nodeOpts.traceDeprecation}} {
		if f.on {
			flags.Set(f.name, true)
		}
	}
	set("processFlags", flags)
	set("title", r.nodeOpts.title)
	set("traceWarnings", r.nodeOpts.traceWarnings)
	set("noSideEffectsString", func(v goja.Value) string { return r.noSideEffectsString(v) })
	argv := []any{"/usr/local/bin/node"}
	if r.opts.ExecPath != "" {
		argv[0] = r.opts.ExecPath
	}
	for _, a := range r.opts.Argv {
		argv = append(argv, a)
	}
	set("argv", vm.NewArray(argv...))
	set("execPath", r.opts.ExecPath)
	r.exitState = vm.NewObject()
	set("exitState", r.exitState)
	env := vm.NewObject()
	for _, kv := range r.opts.Env {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			env.Set(k, v)
		}
	}
	set("env", env)
	set("cwd", func() string { return r.cwd })
	set("activeResources", r.activeResources)
	set("nodeFlags", func() string { return nodeFlagsText })
	set("chdir", func(dir string) {
		if !strings.HasPrefix(dir, "/") {
			dir = r.cwd + "/" + dir
		}
		// Cleaned as getcwd would report it: process.cwd() never shows
		// '..', '.', doubled or trailing slashes.
		r.cwd = path.Clean(dir)
	})
	clock := r.loop.Clock()
	set("hrtimeNs", func() int64 { return int64(clock.Read()) + 1e9 })
	set("hrtimeBig", func() goja.Value {
		return vm.ToValue(new(big.Int).SetInt64(int64(clock.Read()) + 1e9))
	})
	set("nowMs", func() float64 { return float64(clock.Read().Nanoseconds()) / 1e6 })
	// blockMs: Atomics.wait's sleep, the whole thread blocked (nothing else
	// can notify it: evloop shares no memory between threads). The virtual
	// clock moves by the time instead.
	set("blockMs", func(ms float64) {
		if ms <= 0 || ms != ms {
			return
		}
		if vc, ok := clock.(*loop.VirtualClock); ok {
			vc.Advance(time.Duration(ms * 1e6))
			return
		}
		for ms > 0 {
			step := min(ms, 3.6e6)
			time.Sleep(time.Duration(step * 1e6))
			ms -= step
		}
	})
	set("timeOrigin", float64(r.epoch.UnixMicro())/1e3)
	// resourceUsage: getrusage's 16 fields (rusage_unix.go) or, where there
	// is none, the real time since the process started as its user CPU
	// time. The CPU time is the process's own under either clock: the
	// virtual clock governs timers, not what a program spends.
	set("resourceUsage", func() goja.Value {
		u, ok := resourceUsage()
		if !ok {
			u = [16]float64{}
			u[0] = float64(time.Since(processStart).Microseconds())
		}
		vals := make([]any, len(u))
		for i, v := range u {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
	// groups: process.getgroups() as node's: the supplementary group ids
	// and the effective gid, if not among them.
	set("groups", func() goja.Value {
		gs, _ := os.Getgroups()
		vals := make([]any, 0, len(gs)+1)
		egid, found := os.Getegid(), false
		for _, g := range gs {
			vals = append(vals, g)
			found = found || g == egid
		}
		if !found {
			vals = append(vals, egid)
		}
		return vm.NewArray(vals...)
	})
	set("memoryUsage", func() map[string]any {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return map[string]any{"rss": int64(ms.Sys), "heapTotal": int64(ms.HeapSys), "heapUsed": int64(ms.HeapAlloc),
			"external": 0, "arrayBuffers": 0}
	})

	// writeBytes writes a view's bytes as they are (process.stdout.write of
	// a Buffer or typed array).
	set("writeBytes", func(call goja.FunctionCall) goja.Value {
		r.write(int(call.Argument(0).ToInteger()), string(bytesOf(vm, call.Argument(1))))
		return goja.Undefined()
	})
	set("write", func(call goja.FunctionCall) goja.Value {
		r.write(int(call.Argument(0).ToInteger()), call.Argument(1).String())
		return goja.Undefined()
	})
	// format, formatWithOptions and inspect throw what the program's code
	// threw while they ran (a custom inspect, a toJSON for %j, a BigInt for
	// %j, an object with no primitive for %d), as node's util.format,
	// util.inspect and console.log do.
	set("format", func(call goja.FunctionCall) goja.Value {
		defer r.overflowCatchable()
		s, ex := inspect.TryFormat(vm, r.inspectDefaults(), call.Arguments)
		if ex != nil {
			panic(ex)
		}
		return vm.ToValue(s)
	})
	set("formatWithOptions", func(call goja.FunctionCall) goja.Value {
		defer r.overflowCatchable()
		opts := r.inspectOptions(call.Argument(0))
		s, ex := inspect.TryFormat(vm, opts, call.Arguments[min(1, len(call.Arguments)):])
		if ex != nil {
			panic(ex)
		}
		return vm.ToValue(s)
	})
	set("inspect", func(call goja.FunctionCall) goja.Value {
		defer r.overflowCatchable()
		s, ex := inspect.TryInspect(vm, call.Argument(0), r.inspectOptions(call.Argument(1)))
		if ex != nil {
			panic(ex)
		}
		return vm.ToValue(s)
	})
	set("proxyKind", inspect.ProxyKind)
	set("slotKind", slotKindNative(vm))
	set("originals", originals(vm))
	r.installIntlNatives(store)
	set("stringWidth", inspect.StringWidth)
	set("promiseState", func(v goja.Value) string {
		if p, ok := safeexport.Export(v).(*goja.Promise); ok {
			switch p.State() {
			case goja.PromiseStateFulfilled:
				return "fulfilled"
			case goja.PromiseStateRejected:
				return "rejected"
			}
		}
		return "pending"
	})
	set("promiseResult", func(v goja.Value) goja.Value {
		if p, ok := safeexport.Export(v).(*goja.Promise); ok && p.Result() != nil {
			return p.Result()
		}
		return goja.Undefined()
	})
	set("osInfo", func() map[string]any { return r.osInfo() })
	set("osCPUs", func() goja.Value {
		list := osCPUs()
		if list == nil {
			return goja.Null()
		}
		vals := make([]any, len(list))
		for i, c := range list {
			vals[i] = c
		}
		return vm.NewArray(vals...)
	})
	set("osFigures", func() goja.Value {
		f := osFigures()
		return vm.NewArray(f[0], f[1], f[2], f[3], f[4], f[5])
	})

	// The hot natives take goja.FunctionCall directly: goja calls those
	// without reflection, which is most of a nextTick's cost otherwise.
	// runTick runs a process.nextTick(fn) queued without arguments
	// (NextTickArg): a is the callback's goja.Callable.
	r.makeFireCall()
	r.runTick = func(a any) {
		fn := a.(goja.Callable)
		if r.asyncCtx != nil {
			r.RunInContext(nil, func() { r.call(fn, goja.Undefined()) })
			return
		}
		r.call(fn, goja.Undefined())
	}
	// runTickCall runs a process.nextTick(fn, ...args) queued as a
	// *tickCall (a closure over a copied argument slice was two
	// allocations, on every write's completion tick). Once its call has
	// returned the record goes back to r.freeTicks (goja copied the
	// arguments onto its own stack when the call began), so a socket's
	// write ticks reuse a handful of records instead of one each.
	r.runTickCall = func(a any) {
		t := a.(*tickCall)
		if r.asyncCtx != nil {
			r.RunInContext(nil, func() { r.call(t.fn, goja.Undefined(), t.argv...) })
		} else {
			r.call(t.fn, goja.Undefined(), t.argv...)
		}
		r.freeTick(t)
	}
	// The last few callbacks given to nextTick and their Callables: the
	// ticks of a socket or an HTTP message alternate among a handful of
	// functions.
	var tickObjs [4]*goja.Object
	var tickFns [4]goja.Callable
	tickNext := 0
	set("nextTick", func(call goja.FunctionCall) goja.Value {
		// This is process.nextTick itself: a native, so a tick costs no
		// JS frame and no rest-parameter array.
		cb := call.Argument(0)
		// goja's AssertFunction allocates twice per call; a program that
		// queues the same function again (a recursive tick, a loop over
		// one callback, a socket's write ticks) reuses the Callable made
		// the last time.
		var fn goja.Callable
		obj, _ := cb.(*goja.Object)
		for i, o := range tickObjs {
			if o == obj && obj != nil {
				fn = tickFns[i]
				break
			}
		}
		if fn == nil {
			var ok bool
			if fn, ok = goja.AssertFunction(cb); !ok {
				panic(r.invalidArgType("callback", "function", cb))
			}
			tickObjs[tickNext], tickFns[tickNext] = obj, fn
			tickNext = (tickNext + 1) % len(tickObjs)
		}
		if r.exiting {
			return goja.Undefined()
		}
		// The arguments, copied before they are kept: goja reuses
		// call.Arguments' storage.
		var argv []goja.Value
		if len(call.Arguments) > 1 {
			argv = call.Arguments[1:]
		}
		label := ""
		if r.loop.Tracing() {
			label = "nextTick " + r.funcName(cb) + r.callSite()
			r.sites.noteCallback(cb)
		}
		if ctx := r.captureAsync("TickObject"); ctx != nil {
			argv := append([]goja.Value(nil), argv...)
			r.loop.NextTick(label, func() {
				r.RunInContext(ctx, func() { r.call(fn, goja.Undefined(), argv...) })
				r.destroyAsync(ctx)
			})
			return goja.Undefined()
		}
		if argv == nil {
			// The common case, process.nextTick(fn): no closure per tick
			// (runTick is made once per runtime; a func boxes without
			// allocating).
			r.loop.NextTickArg(label, r.runTick, fn)
			return goja.Undefined()
		}
		t := r.newTick(fn)
		if n := len(argv); n <= len(t.small) {
			t.argv = t.small[:n:n]
			copy(t.argv, argv)
		} else {
			t.argv = append([]goja.Value(nil), argv...)
		}
		r.loop.NextTickArg(label, r.runTickCall, t)
		return goja.Undefined()
	})
	set("labelNextReaction", func(label string) { r.jobs.nextLabel = label })
	set("microtaskHook", func(kind string) { r.jobs.microtaskHook(kind) })
	set("reportUncaught", func(v goja.Value) {
		r.fatalValue(v, true)
		if r.loop.Terminated() {
			// Called from JS, maybe from a job of goja's queue (a
			// queueMicrotask callback), which die cannot tell: node runs
			// no other job after the process's fatal error.
			vm.Interrupt(exitSignal{r.exitCode})
		}
	})
	set("exit", func(code int) {
		r.exitCode, r.exitSet = code, true
		r.runExit()
		r.loop.Terminate(nil)
		vm.Interrupt(exitSignal{r.exitCode})
	})
	set("reallyExit", func(code int) {
		r.exitCode, r.exitSet, r.exiting = code, true, true
		r.loop.Terminate(nil)
		vm.Interrupt(exitSignal{code})
	})

	timerLabel := func(cb goja.Value, repeat bool) string {
		if !r.loop.Tracing() {
			return ""
		}
		r.sites.noteCallback(cb)
		if repeat {
			return "setInterval " + r.funcName(cb) + r.callSite()
		}
		return "setTimeout " + r.funcName(cb) + r.callSite()
	}
	// timerFunctions builds setTimeout, setInterval and setImmediate as
	// natives: goja's class construction was most of their cost, so the
	// Timeout and Immediate objects are made here, as dynamic objects
	// (js/timerobj.go) with the bootstrap's prototypes. The bootstrap reads a
	// timer's id as this[kId], an accessor on both prototypes.
	set("timerFunctions", func(call goja.FunctionCall) goja.Value {
		tproto, _ := call.Argument(0).(*goja.Object)
		iproto, _ := call.Argument(1).(*goja.Object)
		kid, _ := call.Argument(2).(*goja.Symbol)
		overflow, _ := goja.AssertFunction(call.Argument(3))
		idOf := vm.ToValue(func(c goja.FunctionCall) goja.Value {
			if t := r.timeoutOf(c.This); t != nil {
				return vm.ToValue(int64(t.ID()))
			}
			if im := immediateOf(c.This); im != nil {
				return vm.ToValue(int64(im.im.ID()))
			}
			return goja.Undefined()
		})
		for _, proto := range []*goja.Object{tproto, iproto} {
			if err := proto.DefineAccessorPropertySymbol(kid, idOf, nil, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
				panic(err)
			}
		}
		// rest keeps a callback's extra arguments, if any, and its
		// Callable if there is one to keep.
		rest := func(p *ownProps, args []goja.Value, from int, given *goja.Object, fn goja.Callable) {
			if len(args) > from || fn != nil || r.asyncCtx != nil {
				p.extra = &objExtra{given: given, fn: fn, ctx: r.asyncCtx}
				if len(args) > from {
					p.extra.argv = append([]goja.Value(nil), args[from:]...)
				}
			}
		}
		timer := func(repeat bool) func(goja.FunctionCall) goja.Value {
			return func(c goja.FunctionCall) goja.Value {
				cb := c.Argument(0)
				fnObj, fn, ok := callableObject(cb)
				if !ok {
					panic(r.invalidArgType("callback", "function", cb))
				}
				if repeat && fn == nil {
					// An interval runs again and again: make its Callable once.
					fn, _ = goja.AssertFunction(fnObj)
				}
				after, over := loop.CoerceDelay(c.Argument(1).ToFloat())
				if over && overflow != nil {
					overflow(goja.Undefined(), c.Argument(1))
				}
				t := &timeoutObj{r: r, ownProps: ownProps{cb: cb}}
				rest(&t.ownProps, c.Arguments, 2, fnObj, fn)
				t.obj = vm.NewDynamicObject(t)
				t.obj.SetPrototype(tproto)
				r.lastTimeout = t
				if r.asyncIDs != nil {
					r.timerResource(&t.ownProps, "Timeout")
				}
				r.loop.StartTimerFirer(&t.Timer, timerLabel(cb, repeat), after, repeat, t)
				return t.obj
			}
		}
		out := vm.NewObject()
		out.Set("setTimeout", timer(false))
		out.Set("setInterval", timer(true))
		out.Set("setImmediate", func(c goja.FunctionCall) goja.Value {
			cb := c.Argument(0)
			fnObj, fn, ok := callableObject(cb)
			if !ok {
				panic(r.invalidArgType("callback", "function", cb))
			}
			im := &immediateObj{r: r, ownProps: ownProps{cb: cb}}
			rest(&im.ownProps, c.Arguments, 1, fnObj, fn)
			im.obj = vm.NewDynamicObject(im)
			im.obj.SetPrototype(iproto)
			if r.asyncIDs != nil {
				r.timerResource(&im.ownProps, "Immediate")
			}
			label := ""
			if r.loop.Tracing() {
				label = "setImmediate " + r.funcName(cb) + r.callSite()
				r.sites.noteCallback(cb)
			}
			r.loop.StartImmediateFirer(&im.im, label, im)
			return im.obj
		})
		return out
	})
	// The Timeout's accessors and methods (js/lib/bootstrap.js) pass the
	// Timeout itself; anything else is not a timer and does nothing.
	set("timerDelay", func(call goja.FunctionCall) goja.Value {
		if t := r.timeoutOf(call.Argument(0)); t != nil {
			return vm.ToValue(t.Delay())
		}
		return vm.ToValue(-1)
	})
	set("timerRepeat", func(call goja.FunctionCall) goja.Value {
		if t := r.timeoutOf(call.Argument(0)); t != nil && t.Repeat() > 0 {
			return vm.ToValue(t.Repeat())
		}
		return goja.Null()
	})
	set("timerSetRepeat", func(call goja.FunctionCall) goja.Value {
		if t := r.timeoutOf(call.Argument(0)); t != nil {
			v := call.Argument(1)
			if goja.IsNull(v) || goja.IsUndefined(v) {
				t.SetRepeat(0)
			} else {
				t.SetRepeat(v.ToFloat())
			}
		}
		return goja.Undefined()
	})
	set("timerAlive", func(call goja.FunctionCall) goja.Value {
		t := r.timeoutOf(call.Argument(0))
		return vm.ToValue(t != nil && !t.Destroyed())
	})
	set("immediateAlive", func(call goja.FunctionCall) goja.Value {
		im := immediateOf(call.Argument(0))
		return vm.ToValue(im != nil && !im.ended)
	})
	set("timerClear", func(call goja.FunctionCall) goja.Value {
		if t := r.timeoutOf(call.Argument(0)); t != nil {
			if t.cb != nil {
				t.cb = goja.Null() // node's clearTimeout: timer._onTimeout = null
			}
			t.Clear()
			t.ended()
		}
		return goja.Undefined()
	})
	set("timerRef", func(call goja.FunctionCall) goja.Value {
		if t := r.timeoutOf(call.Argument(0)); t != nil {
			if call.Argument(1).ToBoolean() {
				t.Ref()
			} else {
				t.Unref()
			}
		}
		return goja.Undefined()
	})
	set("timerHasRef", func(call goja.FunctionCall) goja.Value {
		t := r.timeoutOf(call.Argument(0))
		return vm.ToValue(t != nil && t.HasRef())
	})
	set("timerRefresh", func(call goja.FunctionCall) goja.Value {
		if t := r.timeoutOf(call.Argument(0)); t != nil {
			t.Refresh()
		}
		return goja.Undefined()
	})
	set("immediateClear", func(call goja.FunctionCall) goja.Value {
		if im := immediateOf(call.Argument(0)); im != nil && !im.ended {
			im.ended = true
			im.set(onImmediate, onImmediate, goja.Null()) // node's clearImmediate
			im.im.Clear()
			im.r.timerEnded(&im.ownProps)
		}
		return goja.Undefined()
	})
	set("immediateRef", func(call goja.FunctionCall) goja.Value {
		if im := immediateOf(call.Argument(0)); im != nil && !im.ended {
			if call.Argument(1).ToBoolean() {
				im.im.Ref()
			} else {
				im.im.Unref()
			}
		}
		return goja.Undefined()
	})
	set("immediateHasRef", func(call goja.FunctionCall) goja.Value {
		im := immediateOf(call.Argument(0))
		return vm.ToValue(im != nil && !im.ended && im.im.HasRef())
	})
	// lib(file) loads a private file of lib/ once (encoding.js behind
	// TextEncoder): code node has but does not let scripts require.
	private := map[string]goja.Value{}
	set("lib", func(file string) (goja.Value, error) {
		if v, ok := private[file]; ok {
			return v, nil
		}
		v, err := r.loadLib(file)
		if err != nil {
			return nil, err
		}
		private[file] = v
		return v, nil
	})
	r.bufferNatives(store)
	r.utf8Natives(store)
	r.asyncNatives(store)
	r.stdinNatives(store)
	r.signalNatives(store)
	return vm.NewDynamicObject(internalDynamic{store})
}

// invalidArgType builds node's ERR_INVALID_ARG_TYPE TypeError (with the
// bootstrap's helper, so the message matches the JS-side ones).
func (r *Runtime) invalidArgType(name, typ string, v goja.Value) goja.Value {
	if fn, ok := goja.AssertFunction(r.internals.Get("invalidArgType")); ok {
		if e, err := fn(goja.Undefined(), r.vm.ToValue(name), r.vm.ToValue(typ), v); err == nil {
			return e
		}
	}
	return r.newError("TypeError", "The \""+name+"\" argument must be of type "+typ)
}

// write sends program output to stdout (fd 1) or stderr (fd 2) and the trace.
func (r *Runtime) write(fd int, s string) {
	w := r.stdout
	if fd == 2 {
		w = r.stderr
	}
	if r.loop.Tracing() {
		r.loop.Emit(trace.Event{Kind: trace.Console, FD: fd, Text: s, Stack: r.stack()})
	}
	if r.outBroken[fd&1] {
		return
	}
	if _, err := io.WriteString(w, s); err != nil && errors.Is(err, syscall.EPIPE) {
		// The reader went away (`evloop x.js | head -1`). node's pipe
		// writes are queued and the failure surfaces, if ever, after the
		// program ends: it keeps running and exits with its own code.
		// Drop the rest of that stream's output as node drops its queue.
		r.outBroken[fd&1] = true
	}
}

// stack returns the JS call stack, innermost first, for the trace.
//
// Each frame's entry is kept (r.frames, keyed by the frame: its program,
// function and pc): a frame's position goes through the file's source map,
// whose URL resolving was a third of a traced console.log's cost in the
// page's module (a loop printing 100k lines asks for the same frame 100k
// times).
func (r *Runtime) stack() []string {
	frames := r.vm.CaptureCallStack(16, nil)
	out := make([]string, 0, len(frames))
	if r.frames == nil || len(r.frames) > 4096 {
		r.frames = make(map[goja.StackFrame]string)
	}
	for i := range frames {
		f := &frames[i]
		s, ok := r.frames[*f]
		if !ok {
			s = frameEntry(f)
			r.frames[*f] = s
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// frameEntry is a frame as the trace names it ("f main.js:3"), or "" for
// a frame of no program's code.
func frameEntry(f *goja.StackFrame) string {
	name := f.FuncName()
	if name == "" {
		name = "(anonymous)"
	} else if name == wrapperName {
		name = "<anonymous>" // the trace's name for a module's top level, as before nameWrapper
	}
	if f.SrcName() == "<native>" || f.SrcName() == "<eval>" || strings.HasPrefix(f.SrcName(), "node:") {
		return ""
	}
	pos := f.Position()
	if pos.Filename == "" || strings.HasPrefix(pos.Filename, "node:") {
		return "" // evloop's own entry frame, or code lowering added (positions.go)
	}
	return fmt.Sprintf("%s %s:%d", name, baseName(pos.Filename), pos.Line)
}

// callSite is " at main.js:3": where the program called the API being
// labelled (its innermost frame of the program's own code), so a trace's
// enqueue says which line scheduled it (as "then at main.js:3" does for a
// promise reaction) and the page can mark that line; "" when no frame of
// the program's is on the stack. Only for trace labels.
func (r *Runtime) callSite() string {
	if s := r.stack(); len(s) > 0 {
		if i := strings.LastIndexByte(s[0], ' '); i >= 0 {
			return " at" + s[0][i:]
		}
	}
	return ""
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

func (r *Runtime) funcName(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if n := o.Get("name"); n != nil {
			if s := n.String(); s != "" {
				return s
			}
		}
	}
	return "(anonymous)"
}

func (r *Runtime) argList(v goja.Value) []goja.Value {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	o := v.ToObject(r.vm)
	n := int(o.Get("length").ToInteger())
	out := make([]goja.Value, n)
	for i := range out {
		out[i] = o.Get(strconv.Itoa(i))
	}
	return out
}

// inspectOptions reads a util.inspect options object. It is the inspect
// package's own parser, so every option node documents (showProxy,
// maxArrayLength, maxStringLength, customInspect, ...) reaches the Go side.
func (r *Runtime) inspectOptions(v goja.Value) inspect.Options {
	return inspect.ParseOptions(r.vm, v, r.inspectDefaults())
}

func (r *Runtime) inspect(v goja.Value) string {
	return inspect.Inspect(r.vm, v, r.inspectDefaults())
}

// runtimeFrames gives inspect the runtime's frameColumn.
type runtimeFrames Runtime

func (f *runtimeFrames) FrameColumn(file string, line, col int) int {
	return (*Runtime)(f).frameColumn(file, line, col)
}

// inspectDefaults is node's defaults, with stack frames' columns put where
// V8 puts them (frameColumn).
func (r *Runtime) inspectDefaults() inspect.Options {
	o := inspect.Defaults()
	o.Frames = (*runtimeFrames)(r)
	return o
}

func (r *Runtime) platform() string {
	if r.opts.Platform != "" {
		return r.opts.Platform
	}
	if runtime.GOOS == "wasip1" || runtime.GOOS == "js" {
		return "linux"
	}
	return runtime.GOOS
}

func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "wasm":
		return "wasm32"
	}
	return runtime.GOARCH
}

func envHas(env []string, key, val string) bool {
	for _, kv := range env {
		if kv == key+"="+val {
			return true
		}
	}
	return false
}

func (r *Runtime) osInfo() map[string]any {
	host, _ := os.Hostname()
	home, _ := os.UserHomeDir()
	tmp := os.TempDir()
	return map[string]any{"hostname": host, "type": osType(r.platform()), "release": kernelString("osrelease"),
		"version": kernelString("version"), "arch": nodeArch(),
		"cpus": runtime.NumCPU(), "homedir": home, "tmpdir": tmp,
		"endianness": "LE", "eol": "\n", "priority": processNice()}
}

func osType(platform string) string {
	switch platform {
	case "linux":
		return "Linux"
	case "darwin":
		return "Darwin"
	case "freebsd":
		return "FreeBSD"
	}
	return platform
}

// tickCall is a process.nextTick(fn, ...args) waiting in the tick queue.
// Up to three arguments live in the record itself.
type tickCall struct {
	fn    goja.Callable
	argv  []goja.Value
	small [3]goja.Value
}

// maxFreeTicks bounds r.freeTicks: a burst of queued ticks is garbage
// afterwards, beyond the few a steady stream of writes reuses.
const maxFreeTicks = 64

// newTick returns a tickCall for fn, one that ran before if any is free.
func (r *Runtime) newTick(fn goja.Callable) *tickCall {
	if n := len(r.freeTicks); n > 0 {
		t := r.freeTicks[n-1]
		r.freeTicks[n-1] = nil
		r.freeTicks = r.freeTicks[:n-1]
		t.fn = fn
		return t
	}
	return &tickCall{fn: fn}
}

// freeTick keeps t, whose call has returned, for the next nextTick with
// arguments; it holds no value of the program's after this.
func (r *Runtime) freeTick(t *tickCall) {
	*t = tickCall{}
	if len(r.freeTicks) < maxFreeTicks {
		r.freeTicks = append(r.freeTicks, t)
	}
}

// processStart is when the process started, near enough: process.cpuUsage's
// user time where there is no getrusage (rusage_other.go).
var processStart = time.Now()
