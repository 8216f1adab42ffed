package js

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// Entry points into the ES module loader: the main module, import() from
// either kind of module, and require() of an ES module.

// importHops is how many promise jobs node's import() of a module that is
// already loaded takes before its promise settles (the promise's own
// reactions run one job later): measured on node v20 with a promise chain
// beside the import, in an ES module and in CommonJS alike.
const importHops = 7

// freshHops is importHops for a module not loaded before whose source
// node's loader does not read (a built-in, a .cjs file): measured as
// importHops, the module's record made along the way.
const freshHops = 15

// fatalHops: an ES module main that throws while evaluating is reported
// after three promise jobs (node awaits the evaluation in ModuleJob.run):
// the module's own promise jobs queued before the throw get that far.
const fatalHops = 3

// loadSteps is how many loop round trips node's import() of a module not
// yet loaded takes before it evaluates (node reads the file with
// asynchronous fs calls): setImmediate and setTimeout(0) callbacks queued
// beside the import() run first.
const loadSteps = 3

// evalMainModule loads, links and evaluates the main ES module; it runs
// as a promise job from the poll phase of the first iteration (runMain).
func (r *Runtime) evalMainModule(file, src string) {
	m, err := r.loadGraph(file, &src)
	if err == nil {
		err = r.link(m)
	}
	if err != nil {
		r.fatalLoad(err)
		return
	}
	p := r.evaluate(m)
	if r.loop.Terminated() {
		return
	}
	switch p.State() {
	case goja.PromiseStateRejected:
		v := p.Result()
		r.explainCommonJSGlobal(v, m)
		r.afterHops(fatalHops, func() {
			r.fatalValueFrom(v, true, "unhandledRejection")
			if r.loop.Terminated() {
				// node dies here: the promise jobs still queued never run.
				r.vm.Interrupt(exitSignal{r.exitCode})
			}
		})
		r.markHandled(p)
	case goja.PromiseStatePending:
		po := r.vm.ToValue(p).ToObject(r.vm)
		r.mainTLA = po
		catch, _ := goja.AssertFunction(po.Get("catch"))
		report := r.jsFrame(func(c goja.FunctionCall) goja.Value {
			r.explainCommonJSGlobal(c.Argument(0), m)
			r.fatalValueFrom(c.Argument(0), true, "unhandledRejection")
			return goja.Undefined()
		})
		_, _ = catch(po, report)
	}
}

// jsFrame returns f as a JS function that calls it beneath a JS frame.
// A Go function run directly as a promise job has no frame under it, and
// goja drains the whole job queue at the end of every JS call such a
// function makes: evaluating a module from there would run the promise
// jobs it queued before the next module. (r.enter is that frame.)
func (r *Runtime) jsFrame(f func(goja.FunctionCall) goja.Value) goja.Value {
	if r.esm.frame == nil {
		// Every frame of it is named enter, which the uncaught-error
		// report and util.inspect drop as evloop's own (cleanStack), and
		// it calls f without Function.prototype.apply, whose frame
		// (at apply (native)) they would keep. f needs no this.
		v, err := r.vm.RunString("(function (run, f) { return function enter() { const args = arguments; return run(function enter() { return f(...args); }); }; })")
		if err != nil {
			return r.vm.ToValue(f)
		}
		r.esm.frame, _ = goja.AssertFunction(v)
	}
	// f runs inside JS (often a promise job goja drains after Enter's
	// outermost call returned): counted in inJS, so that a process.exit
	// under it keeps the interrupt set and goja unwinds the frames above
	// (uncaught). Cleared there instead, goja resumed the job's frames
	// over the interrupted ones and crashed (a nil program).
	inner := func(c goja.FunctionCall) goja.Value {
		r.inJS++
		defer func() { r.inJS-- }()
		return f(c)
	}
	fn, err := r.esm.frame(goja.Undefined(), r.enterFn(), r.vm.ToValue(inner))
	if err != nil {
		return r.vm.ToValue(inner)
	}
	return fn
}

// enterFn is the JS function (f) => f(), the frame jsFrame puts under Go code.
func (r *Runtime) enterFn() goja.Value {
	if r.esm.enterV == nil {
		r.esm.enterV, _ = r.vm.RunString("(function enter(f) { return f(); })")
	}
	return r.esm.enterV
}

// markHandled attaches a no-op rejection handler to p, so that the
// runtime's unhandled-rejection tracking does not report it as well.
func (r *Runtime) markHandled(p *goja.Promise) {
	po := r.vm.ToValue(p).ToObject(r.vm)
	if catch, ok := goja.AssertFunction(po.Get("catch")); ok {
		_, _ = catch(po, r.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	}
}

// fatalLoad reports a module that could not be loaded or linked, as node
// does: the error printed, exit code 1.
func (r *Runtime) fatalLoad(err error) {
	var ee *esm.Error
	if errors.As(err, &ee) {
		se := fromModuleError(ee)
		r.fatalText(se.header()+"SyntaxError: "+se.message+"\n\nNode.js "+NodeVersion, 1)
		return
	}
	if isFatalStop(err) {
		r.uncaught(err)
		return
	}
	r.fatalValue(r.loaderError(err), false)
}

// loaderError is the JS value node throws for a loader error.
func (r *Runtime) loaderError(err error) goja.Value {
	var ce *codeError
	var ee *esm.Error
	var le *linkError
	var ex *goja.Exception
	var nf notFound
	switch {
	case errors.As(err, &ce):
		// node's errors say their code in toString and the stack's first
		// line ("Error [ERR_MODULE_NOT_FOUND]: ..."), and a file the loader
		// did not find or could not import carries its URL
		v := r.codedErr(ce.class, ce.code, ce.msg)
		if o, ok := v.(*goja.Object); ok && ce.url != "" {
			o.Set("url", ce.url)
		}
		return v
	case errors.As(err, &ee):
		return r.moduleSyntaxErrorValue(fromModuleError(ee))
	case errors.As(err, &le):
		return le.value
	case errors.As(err, &ex):
		return ex.Value()
	case errors.As(err, &nf):
		return r.moduleNotFound(nf.id, nf)
	}
	return r.newError("Error", err.Error())
}

// afterHops runs f in the n-th promise job from now (a chain of n jobs
// that starts now, behind the jobs already queued).
func (r *Runtime) afterHops(n int, f func()) {
	if r.esm.hops == nil {
		v, err := r.vm.RunString("(function (n, f) { let p = Promise.resolve(); for (let i = 1; i < n; i++) p = p.then(() => {}); p.then(f); })")
		if err != nil {
			f()
			return
		}
		r.esm.hops, _ = goja.AssertFunction(v)
	}
	cb := r.jsFrame(func(goja.FunctionCall) goja.Value { f(); return goja.Undefined() })
	if _, err := r.esm.hops(goja.Undefined(), r.vm.ToValue(n), cb); err != nil {
		f()
	}
}

// loadLater runs f after loadSteps loop round trips (the I/O of reading a
// module), each an I/O completion in the trace. f runs in a promise job, as
// node's loader evaluates a module after awaiting its reads: a nextTick
// the module's code queues waits for the promise jobs it queued and for
// import()'s own settling (case esm/import_dynamic_next_tick).
func (r *Runtime) loadLater(label string, f func()) {
	var step func(i int)
	step = func(i int) {
		req := r.loop.BeginRequest(trace.QueueIO, fmt.Sprintf("esm: read %s (%d/%d)", label, i, loadSteps))
		r.loop.Inject(loop.Completion{Req: req, Run: func() {
			if i < loadSteps {
				step(i + 1)
				return
			}
			r.Enter(func() { r.afterHops(1, f) })
		}})
	}
	step(1)
}

// importFunc is the import() of the module in file: a function returning
// a promise of the imported module's namespace. For an ES module it has
// a meta property, the module's import.meta.
func (r *Runtime) importFunc(file, url string, module bool) goja.Value {
	fn := r.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		cap := r.newCapability()
		r.dynamicImport(file, c.Argument(0), c.Argument(1), cap)
		return r.vm.ToValue(cap.promise)
	}).ToObject(r.vm)
	if module {
		meta := r.vm.NewObject()
		_ = meta.SetPrototype(nil)
		meta.Set("dirname", path.Dir(file))
		meta.Set("filename", file)
		meta.Set("resolve", func(c goja.FunctionCall) goja.Value {
			spec := c.Argument(0).String()
			res, err := r.esmResolve(spec, file)
			if err != nil {
				var ce *codeError
				if errors.As(err, &ce) && ce.code == "ERR_MODULE_NOT_FOUND" {
					// import.meta.resolve does not check that the file exists.
					bare, suffix := spec, ""
					if i := strings.IndexAny(spec, "?#"); i >= 0 {
						bare, suffix = spec[:i], spec[i:]
					}
					if p, perr := r.resolveNoCheck(bare, file); perr == nil {
						return r.vm.ToValue(fileURL(p) + suffix)
					}
				}
				panic(r.loaderError(err))
			}
			if res.builtin != "" {
				return r.vm.ToValue("node:" + res.builtin)
			}
			return r.vm.ToValue(fileURL(res.file) + res.suffix)
		})
		if rf, ok := meta.Get("resolve").(*goja.Object); ok {
			_ = rf.DefineDataProperty("name", r.vm.ToValue("resolve"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		meta.Set("url", url)
		fn.Set("meta", meta)
	}
	return fn
}

// resolveNoCheck resolves a relative or absolute specifier without
// looking at the file system.
func (r *Runtime) resolveNoCheck(spec, parent string) (string, error) {
	switch {
	case strings.HasPrefix(spec, "/"):
		return path.Clean(spec), nil
	case strings.HasPrefix(spec, "./"), strings.HasPrefix(spec, "../"):
		return path.Join(path.Dir(parent), spec), nil
	}
	return "", errors.New("not a path")
}

// dynamicImport is import(spec, options) in the module file; cap settles
// with the namespace or the error, as node's import() does: a module
// already loaded after importHops promise jobs, a new one after its file
// has been read (loadSteps loop round trips).
func (r *Runtime) dynamicImport(parent string, specV, optsV goja.Value, cap *capability) {
	spec := specV.String()
	req, bad := r.importAttributes(optsV)
	if bad != nil {
		_ = cap.reject(bad)
		return
	}
	req.Specifier = spec
	run := func() {
		r.esmInit()
		var added []*esModule
		m, err := r.loadRequest(req, parent, &added)
		if err == nil {
			err = r.link(m)
		}
		if err != nil {
			for _, a := range added {
				delete(r.esm.modules, a.key)
			}
			if isFatalStop(err) {
				r.uncaught(err)
				return
			}
			_ = cap.reject(r.loaderError(err))
			return
		}
		p := r.evaluate(m)
		switch p.State() {
		case goja.PromiseStateFulfilled:
			_ = cap.resolve(r.namespace(m))
		case goja.PromiseStateRejected:
			// The graph's own promise is internal: import()'s promise
			// carries the error, and the program handles that one.
			r.markHandled(p)
			r.explainCommonJSGlobal(p.Result(), m)
			_ = cap.reject(p.Result())
		default:
			po := r.vm.ToValue(p).ToObject(r.vm)
			then, _ := goja.AssertFunction(po.Get("then"))
			_, _ = then(po, r.jsFrame(func(goja.FunctionCall) goja.Value {
				_ = cap.resolve(r.namespace(m))
				return goja.Undefined()
			}), r.jsFrame(func(c goja.FunctionCall) goja.Value {
				r.explainCommonJSGlobal(c.Argument(0), m)
				_ = cap.reject(c.Argument(0))
				return goja.Undefined()
			}))
		}
	}
	r.esmInit()
	res, err := r.esmResolve(spec, parent)
	key := res.file + res.suffix
	if res.builtin != "" {
		key = "node:" + res.builtin
	}
	switch {
	case err != nil || r.esm.modules[key] != nil:
		r.afterHops(importHops, run)
		return
	case res.builtin != "" || strings.HasSuffix(res.file, ".cjs") ||
		strings.HasSuffix(res.file, ".js") && r.packageType(res.file) == "commonjs":
		// A module whose source node's loader does not read: a built-in,
		// or CommonJS by its name or its package's "type" (the CommonJS
		// loader reads it synchronously when it evaluates).
		r.afterHops(freshHops, run)
		return
	}
	r.loadLater(path.Base(key), run)
}

// importAttributes reads import()'s second argument as V8 11 does: an
// object or undefined, its attributes under "with" or else the deprecated
// "assert" (node 20 takes both), each attribute a string. It returns the
// "type" attribute, or the TypeError the import() promise rejects with.
func (r *Runtime) importAttributes(optsV goja.Value) (esm.ModuleRequest, goja.Value) {
	var req esm.ModuleRequest
	if optsV == nil || goja.IsUndefined(optsV) {
		return req, nil
	}
	o, ok := optsV.(*goja.Object)
	if !ok {
		return req, r.newError("TypeError", "The second argument to import() must be an object")
	}
	attrs := o.Get("with")
	if attrs == nil || goja.IsUndefined(attrs) {
		attrs = o.Get("assert")
		if attrs != nil && !goja.IsUndefined(attrs) {
			req.Assert = true
			r.warnAssertCall()
		}
	}
	if attrs == nil || goja.IsUndefined(attrs) {
		return req, nil
	}
	ao, ok := attrs.(*goja.Object)
	if !ok {
		return req, r.newError("TypeError", "The 'assert' option must be an object")
	}
	for _, k := range ao.Keys() {
		v := ao.Get(k)
		if _, isStr := safeexport.Export(v).(string); !isStr {
			return req, r.newError("TypeError", "Import assertion value must be a string")
		}
		if k == "type" {
			req.Type = v.String()
		} else if req.Unsupported == "" {
			req.Unsupported = k + "\x00" + v.String()
		}
	}
	return req, nil
}

// warnAssertCall is V8's warning for an import() whose options name its
// attributes `assert`, at the line of the call (case
// esm/import_assert_deprecated).
func (r *Runtime) warnAssertCall() {
	for _, f := range r.vm.CaptureCallStack(4, nil) {
		pos := f.Position()
		if f.SrcName() == "<native>" || pos.Filename == "" || strings.HasPrefix(pos.Filename, "node:") || pos.Filename == "<eval>" {
			continue
		}
		r.warnAssert(pos.Filename, []int{pos.Line})
		return
	}
}

// requireESM is require() of an ES module, as node 20.19+ allows it: the
// graph is loaded, linked and evaluated synchronously and the namespace
// returned; a graph with top-level await is ERR_REQUIRE_ASYNC_MODULE.
func (r *Runtime) requireESM(file, src, from string) (goja.Value, error) {
	r.esmInit()
	_, imported := r.esm.modules[file] // loaded by an import before
	m, err := r.loadGraph(file, &src)
	if err == nil {
		err = r.link(m)
	}
	if err != nil {
		if isFatalStop(err) {
			return nil, err
		}
		panic(r.loaderError(err))
	}
	if hasAsync(m, map[*esModule]bool{}) {
		// node 20.20 words it two ways: with a space after each name for a
		// graph it loads for this require, without for one an import
		// loaded before (its load cache has the module's job).
		sp := " "
		if imported {
			sp = ""
		}
		panic(r.codedErr("Error", "ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. "+
			"To see where the top-level await comes from, use --experimental-print-required-tla.\n  From "+from+sp+"\n  Requiring "+file+sp))
	}
	p := r.evaluate(m)
	if p.State() == goja.PromiseStateRejected {
		r.markHandled(p)
		panic(p.Result())
	}
	return r.requiredValue(m), nil
}

// requiredValue is what require() of the evaluated ES module m gives, as
// node 20.19+ decides: the value of an export named "module.exports" if
// there is one; for a module with a default export and no __esModule
// export, a facade namespace with the same live exports and __esModule:
// true (one per module, so that CommonJS-compiled code reading .default
// sees an ES module); else the namespace itself.
func (r *Runtime) requiredValue(m *esModule) goja.Value {
	ns := r.namespace(m)
	var names []string
	has := map[string]bool{}
	for _, k := range ns.Keys() {
		names = append(names, k)
		has[k] = true
	}
	switch {
	case has["module.exports"]:
		return ns.Get("module.exports")
	case !has["default"] || has["__esModule"]:
		return ns
	}
	if m.facade == nil {
		m.facade = r.namespaceObject(append(names, "__esModule"), func(name string) (goja.Value, bool) {
			switch {
			case name == "__esModule":
				return r.vm.ToValue(true), true
			case has[name]:
				return ns.Get(name), true
			}
			return goja.Undefined(), false
		})
		r.esm.namespaces[m.facade] = m
	}
	return m.facade
}

// hasAsync reports whether m's graph has a module with top-level await,
// evaluated or not: node asks V8's IsGraphAsync, so a module import()
// evaluated before is still refused to require().
func hasAsync(m *esModule, seen map[*esModule]bool) bool {
	if seen[m] {
		return false
	}
	seen[m] = true
	if m.hasTLA() {
		return true
	}
	for _, d := range m.deps {
		if hasAsync(d, seen) {
			return true
		}
	}
	return false
}
