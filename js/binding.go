package js

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
)

// This file is the binding API: the few methods a built-in module that
// lives outside package js (js/zlib, js/readline, a user's own Go module)
// may call from its Module.Load. They are deliberately small; a binding
// that needs more of the runtime should say why in a new method here, never
// reach into another binding.

// Host returns the world outside the loop the embedder gave in
// Options.Host (nil when there is none). Call only from the loop goroutine.
func (r *Runtime) Host() *sys.Host { return r.opts.Host }

// Require returns a built-in module's exports ("stream", "buffer", ...),
// loading it once. For bindings that build on other built-ins.
func (r *Runtime) Require(name string) (goja.Value, error) { return r.requireBuiltin(name) }

// Loaded reports whether the built-in module name has been loaded in this
// runtime (a require of it has returned its exports). Node's deprecated
// constants module copies crypto's table as it stands at that moment.
func (r *Runtime) Loaded(name string) bool {
	_, ok := r.builtinEx[name]
	return ok
}

// BuiltinNames lists every built-in module this runtime provides, sorted:
// the standard ones and those added through Options.Modules.
func (r *Runtime) BuiltinNames() []string {
	names := make([]string, 0, len(r.builtins))
	for n := range r.builtins {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// RequireFunc returns the require function a CommonJS module in directory
// dir sees (module.createRequire builds on it).
func (r *Runtime) RequireFunc(dir string) goja.Value { return r.requireFunc(dir, "/") }

// RequireFuncAt is the require function module.createRequire(file) gives:
// one of a module at file in directory dir, which node names as the
// requiring file (a MODULE_NOT_FOUND error's require stack, "From" in
// ERR_REQUIRE_ASYNC_MODULE). file "" is RequireFunc's.
func (r *Runtime) RequireFuncAt(dir, file string) goja.Value {
	if file == "" {
		file = "/"
	}
	return r.requireFunc(dir, file)
}

// bindingPrograms caches each binding's compiled JS per process, as
// libPrograms does for lib/.
var bindingPrograms sync.Map // name → *libProgramOnce

// RunBinding runs a binding's JavaScript src as node runs its own lib
// files: function (exports, require, module, internal), where internal is
// the binding's own natives (never a global; nil gives NewInternal's shared
// helpers alone), and returns module.exports.
// name ("zlib") shows in stack traces as node:<name>. src is compiled once
// per process.
func (r *Runtime) RunBinding(name, src string, internal goja.Value) (goja.Value, error) {
	v, _ := bindingPrograms.LoadOrStore(name, &libProgramOnce{})
	p := v.(*libProgramOnce)
	p.once.Do(func() {
		p.prg, p.err = goja.Compile("node:"+name, "(function (exports, require, module, internal) {"+src+"\n})", true)
	})
	if p.err != nil {
		return nil, p.err
	}
	fnv, err := r.vm.RunProgram(p.prg)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	module.Set("exports", exports)
	if internal == nil {
		internal = r.NewInternal()
	}
	if _, err := fn(goja.Undefined(), exports, r.requireFunc("/", ""), module, internal); err != nil {
		return nil, err
	}
	// module.hidden: values the binding shares with the runtime but not
	// with require (the globals Crypto, SubtleCrypto, CryptoKey).
	if h, ok := module.Get("hidden").(*goja.Object); ok {
		if r.bindingHidden == nil {
			r.bindingHidden = map[string]*goja.Object{}
		}
		r.bindingHidden[name] = h
	}
	return module.Get("exports"), nil
}

// Call runs a JS function from a loop callback; a throw becomes an
// uncaught exception, as in node.
func (r *Runtime) Call(fn goja.Callable, this goja.Value, args ...goja.Value) {
	r.call(fn, this, args...)
}

// Offload runs work on the thread pool, as node's ThreadPoolWork does (the
// job shows in the trace as label, and keeps the loop alive), then done on
// the loop goroutine from the poll phase of a later iteration. cost is the
// simulated duration on the virtual clock. work must not touch goja. With
// no pool (a bare embedding), work runs now and done still later.
func (r *Runtime) Offload(label string, cost time.Duration, work func(), done func()) {
	if r.asyncIDs != nil {
		r.reqType = requestType(label)
	}
	req := r.loop.BeginRequest(trace.QueuePool, label)
	if h := r.opts.Host; h != nil && h.Pool != nil {
		// A panic on a pool goroutine would kill the process with a goroutine
		// dump, past every recover of the loop's: carry it to the loop and
		// panic there, where the embedder's (the CLI's) recover reports it.
		var crashed any
		guarded := func() {
			defer func() { crashed = recover() }()
			work()
		}
		h.Pool.Submit(req, cost, guarded, func() {
			if crashed != nil {
				panic(fmt.Sprintf("%s on the thread pool: %v", label, crashed))
			}
			done()
		})
		return
	}
	work()
	r.loop.Inject(loop.Completion{Req: req, Run: done})
}

// NewError builds a JS error of the global constructor name ("TypeError")
// with message msg and, if code is not empty, node's code property.
func (r *Runtime) NewError(name, msg, code string) goja.Value {
	e := r.newError(name, msg)
	if o, ok := e.(*goja.Object); ok && code != "" {
		o.Set("code", code)
	}
	return e
}

// BytesView returns the bytes of a Buffer, typed array, DataView or
// ArrayBuffer without copying (nil for anything else). The slice aliases
// JS memory: copy it before handing it to another goroutine.
func BytesView(v goja.Value) []byte { return bytesView(v) }

// TimeOrigin is performance.timeOrigin: the Unix time in ms at which the
// runtime's clock reads zero.
func (r *Runtime) TimeOrigin() float64 { return float64(r.epoch.UnixMicro()) / 1e3 }

// ScriptSyntaxError is the SyntaxError node's vm.Script throws for src
// (a script named filename) when it does not parse, with V8's wording
// where evloop knows it; nil when src parses.
//
// A source nested too deeply for goja's parser on Go's stack gives node's
// RangeError instead (nesting.go).
func (r *Runtime) ScriptSyntaxError(filename, src string) goja.Value {
	if sourceTooDeep(src) {
		return r.rangeError("Maximum call stack size exceeded")
	}
	_, err := goja.Compile(filename, src, false)
	if err == nil {
		return nil
	}
	se := gojaSyntaxError(filename, src, 0, err)
	// esbuild words the error as V8 does; a script that parses only as a
	// function body (a top-level return) keeps goja's complaint.
	if _, _, cerr := compileCommonJS(filename, src, false); cerr != nil {
		var s *syntaxError
		var ee *esm.Error
		switch {
		case errors.As(cerr, &s):
			se = s
		case errors.As(cerr, &ee):
			se = fromESMError(ee)
		}
	}
	return r.syntaxErrorValue(se)
}

// snippetPrograms caches the small scripts the runtime itself runs while it
// is built (the limits' wrappers, the entry function, ...), compiled once
// per process as libPrograms are: a worker's runtime, the page's next run
// and the tests' runtimes only run them.
var snippetPrograms sync.Map // source → *libProgramOnce

// runSnippet runs src, a script of evloop's own (never a user's), compiled
// once per process.
func (r *Runtime) runSnippet(src string) (goja.Value, error) {
	v, _ := snippetPrograms.LoadOrStore(src, &libProgramOnce{})
	p := v.(*libProgramOnce)
	p.once.Do(func() { p.prg, p.err = goja.Compile("", src, false) })
	if p.err != nil {
		return nil, p.err
	}
	return r.vm.RunProgram(p.prg)
}
