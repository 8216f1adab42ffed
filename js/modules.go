package js

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/js/internal/stack"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

//go:embed lib/*.js
var libFS embed.FS

// builtinModules is the fixed, ordered list of node's modules evloop
// provides, with the file under lib/ that implements each. Options.Modules
// adds more after these (the I/O layer's fs, net, ...).
var builtinModules = []struct{ name, file string }{
	{"events", "events.js"},
	{"path", "path.js"},
	{"util", "util.js"},
	{"util/types", "util_types.js"},
	{"os", "os.js"},
	{"assert", "assert.js"},
	{"timers/promises", "timers_promises.js"},
	// The I/O modules; fs (js/fs), net (js/net) and http (js/http) have
	// rooms of their own, registered through Options.Modules.
	{"buffer", "buffer.js"},
	{"string_decoder", "string_decoder.js"},
	{"stream", "stream.js"},
	{"url", "url.js"},
	{"stream/promises", "stream_promises.js"},
}

// moduleRecord is one loaded CommonJS module (node's Module).
type moduleRecord struct {
	obj    *goja.Object // the `module` object
	loaded bool
}

// install runs the bootstrap: natives, the built-in module table, the
// globals, require.
func (r *Runtime) install() error {
	vm := r.vm
	r.modules = map[string]*moduleRecord{}
	r.requireCache = vm.NewObject()
	r.builtins = map[string]Module{}
	r.builtinEx = map[string]goja.Value{}
	r.internals = r.natives()
	if err := r.installErrorStacks(); err != nil {
		return err
	}
	if err := r.installLimits(); err != nil {
		return err
	}
	if err := r.installHooks(); err != nil {
		return err
	}
	if err := r.installRunawayHooks(); err != nil {
		return err
	}
	if err := r.installCaughtThen(); err != nil {
		return err
	}
	if err := r.installErrorGlobals(); err != nil {
		return err
	}
	if err := r.installJSONParse(); err != nil {
		return err
	}
	if err := r.installLocale(); err != nil {
		return err
	}
	if err := r.installDateLocale(); err != nil {
		return err
	}
	if err := r.installDateStrings(); err != nil {
		return err
	}
	if err := r.installWellFormed(); err != nil {
		return err
	}
	if err := r.installSplit(); err != nil {
		return err
	}
	if err := r.installUnscopables(); err != nil {
		return err
	}
	if err := r.installAnnexB(); err != nil {
		return err
	}
	if err := r.installProxyArgs(); err != nil {
		return err
	}
	if err := r.installCollation(); err != nil {
		return err
	}
	if err := r.installRegExpSource(); err != nil {
		return err
	}
	if err := r.installRegExpFlags(); err != nil {
		return err
	}
	if err := r.installDateParse(); err != nil {
		return err
	}

	for _, b := range builtinModules {
		file := b.file
		r.builtins[b.name] = Module{Name: b.name, Load: func(r *Runtime) (goja.Value, error) { return r.loadLib(file) }}
	}
	r.builtins["timers"] = Module{Name: "timers", Load: func(r *Runtime) (goja.Value, error) { return r.timersModule() }}
	r.builtins["process"] = Module{Name: "process", Load: func(r *Runtime) (goja.Value, error) { return r.processObject() }}
	r.builtins["console"] = Module{Name: "console", Load: func(r *Runtime) (goja.Value, error) { return vm.Get("console"), nil }}
	for _, m := range r.opts.Modules {
		r.builtins[m.Name] = m
	}

	enter, err := r.runSnippet("(function enter(f) { return f(); })")
	if err != nil {
		return err
	}
	r.enter, _ = goja.AssertFunction(enter)
	r.enterCB = vm.ToValue(func(goja.FunctionCall) goja.Value {
		r.inJS++
		defer func() { r.inJS-- }()
		r.entering()
		return goja.Undefined()
	})

	_ = r.internals.Set("process", func(goja.FunctionCall) goja.Value {
		p, err := r.processObject()
		if err != nil {
			panic(r.vm.NewGoError(err))
		}
		return p
	})
	// The process global's getter and setter (bootstrap.js names them get
	// and set). Natives: goja calls a native getter directly, where a JS
	// one is a call into the interpreter and a 16-byte allocation
	// (assertCallable) — on every read of process, so on every
	// process.nextTick (+180 ns a tick in next_tick_1m).
	var processValue goja.Value // what a set gave, nil: none
	_ = r.internals.Set("processGet", func(goja.FunctionCall) goja.Value {
		if processValue != nil {
			return processValue
		}
		p, err := r.processObject()
		if err != nil {
			panic(r.vm.NewGoError(err))
		}
		return p
	})
	_ = r.internals.Set("processSet", func(c goja.FunctionCall) goja.Value {
		processValue = c.Argument(0)
		return goja.Undefined()
	})
	r.defineLazyHelpers()
	_ = r.internals.Set("console", r.newConsole())
	_ = r.internals.Set("defineLazyGlobals", func(call goja.FunctionCall) goja.Value {
		r.defineLazyGlobals(call.Argument(0))
		return goja.Undefined()
	})
	exports, err := r.loadLib("bootstrap.js")
	if err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	r.bootstrap = exports.ToObject(vm)
	resolved, err := r.runSnippet("Promise.resolve()")
	if err != nil {
		return err
	}
	r.resolved = resolved
	r.resolvedThen = resolved.ToObject(vm).Get("then")
	return nil
}

// processObject returns the process object, making it on first use
// (lib/process.js, which loads events.js): the process global's getter,
// require('process') and the runtime's own emits ask for it, so a program
// that never touches process never compiles either file.
func (r *Runtime) processObject() (*goja.Object, error) {
	if r.process != nil {
		return r.process, nil
	}
	v, err := r.loadLib("process.js")
	if err != nil {
		return nil, err
	}
	p := v.ToObject(r.vm)
	emit, ok := goja.AssertFunction(p.Get("emit"))
	if !ok {
		return nil, errors.New("process.js: process.emit is not a function")
	}
	r.process, r.emit = p, emit
	r.internals.Set("processObject", p)
	if r.mainModule != nil && !r.mainPseudo && !r.mainESM {
		_ = p.Set("mainModule", r.mainModule)
	}
	return p, nil
}

// timersModule is require('timers'): the same functions as the globals.
func (r *Runtime) timersModule() (goja.Value, error) {
	o := r.vm.NewObject()
	for _, k := range []string{"setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate"} {
		o.Set(k, r.bootstrap.Get(k))
	}
	// The legacy API (lib/timers_legacy.js) is compiled only when
	// require('timers') is first called.
	if mk, ok := goja.AssertFunction(r.bootstrap.Get("timersLegacy")); ok {
		v, err := mk(goja.Undefined())
		if err != nil {
			return nil, err
		}
		legacy := v.ToObject(r.vm)
		for _, k := range legacy.Keys() {
			o.Set(k, legacy.Get(k))
		}
	}
	if p, err := r.requireBuiltin("timers/promises"); err == nil {
		o.Set("promises", p)
	}
	return o, nil
}

// libPrograms holds each built-in library compiled once per process: a
// goja.Program is not tied to a runtime, and compiling is most of what a
// new Runtime costs (bootstrap.js and events.js are ~75 % of js.New), so
// every runtime after the first — the page's next run, the tests — skips
// it. See warmLibs for the first.
var libPrograms sync.Map // file → *libProgramOnce

type libProgramOnce struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

// libProgram compiles lib/<file> (source src) as a function of
// (exports, require, module, internal), once per process.
func libProgram(file string, src []byte) (*goja.Program, error) {
	v, _ := libPrograms.LoadOrStore(file, &libProgramOnce{})
	p := v.(*libProgramOnce)
	p.once.Do(func() {
		name := "node:" + strings.TrimSuffix(file, ".js")
		p.prg, p.err = goja.Compile(name, "(function (exports, require, module, internal) {"+string(src)+"\n})", true)
	})
	return p.prg, p.err
}

// lazyHelpers are internal's helpers in lib/helpers.js (node's coded
// errors, callableClass, colorDepth): libraries and natives read them from
// internal, a program that never meets one of node's argument errors does
// not, so the file compiles on the first read of any.
var lazyHelpers = []string{"describe", "callableClass", "setErrorCode", "codedError", "argType", "invalidArgType", "colorDepth"}

// defineLazyHelpers makes each of lazyHelpers a name of internal whose
// first read runs lib/helpers.js and puts all of them in place (a name set
// before that keeps what it was given).
func (r *Runtime) defineLazyHelpers() {
	s := r.internalStore
	load := func() {
		for _, name := range lazyHelpers {
			delete(s.lazy, name) // a read while the file runs finds nothing, not this again
		}
		v, err := r.loadLib("helpers.js")
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) {
				panic(ex)
			}
			panic(r.vm.NewGoError(err))
		}
		helpers := v.ToObject(r.vm)
		for _, name := range lazyHelpers {
			if !s.has(name) {
				s.put(name, helpers.Get(name))
			}
		}
	}
	for _, name := range lazyHelpers {
		if !s.has(name) {
			s.order = append(s.order, name)
		}
		s.lazy[name] = load
	}
}

// startupLibs are the libraries every runtime loads before the user's code
// (events.js and process.js wait for the process object's first use).
var startupLibs = []string{"bootstrap.js", "weakref.js"}

var warmOnce sync.Once

// warmLibs starts compiling the start-up libraries on other goroutines, once
// per process, so that on a machine with a free core the compile overlaps
// New building the goja runtime and its natives. loadLib waits for a
// compile in flight (sync.Once), so nothing is evaluated in a different
// order.
func warmLibs() {
	warmOnce.Do(func() {
		for _, file := range startupLibs {
			go func() {
				stack.Grow() // one copy now, not one per doubling deep in the compiler
				if src, err := libFS.ReadFile("lib/" + file); err == nil {
					_, _ = libProgram(file, src)
				}
			}()
		}
	})
}

// loadLib runs lib/<file> as function (exports, require, module, internal)
// and returns module.exports.
func (r *Runtime) loadLib(file string) (goja.Value, error) {
	src, err := libFS.ReadFile("lib/" + file)
	if cli, ok := cliLibs[file]; err != nil && ok {
		src, err = []byte(cli), nil
	}
	if err != nil {
		name := strings.TrimSuffix(file, ".js")
		return nil, fmt.Errorf("evloop does not provide the built-in module '%s' in this build", strings.ReplaceAll(name, "_", "/"))
	}
	prg, err := libProgram(file, src)
	if err != nil {
		return nil, err
	}
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	module.Set("exports", exports)
	if _, err := fn(goja.Undefined(), exports, r.requireFunc("/", ""), module, r.internals); err != nil {
		return nil, err
	}
	return module.Get("exports"), nil
}

// requireBuiltin returns a built-in module's exports, loading it once.
func (r *Runtime) requireBuiltin(name string) (goja.Value, error) {
	if v, ok := r.builtinEx[name]; ok {
		return v, nil
	}
	m, ok := r.builtins[name]
	if !ok {
		return nil, fmt.Errorf("no built-in module %q", name)
	}
	v, err := m.Load(r)
	if err != nil {
		return nil, err
	}
	r.reorderKeys(name, v)
	r.builtinEx[name] = v
	return v, nil
}

// requireFunc returns the require function of the module from, in
// directory dir. from "" is evloop's own libraries' require, which a
// program's Module._load and _resolveFilename do not see (as node's
// internal requires).
func (r *Runtime) requireFunc(dir, from string) goja.Value {
	req := r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := r.requireID(call.Argument(0))
		if load, ok := r.cjsHooks.hooked(); ok && from != "" {
			// a program's own Module._load or _resolveFilename: node's
			// require goes through them.
			v, err := load(r.cjsHooks.module, r.vm.ToValue(id), r.parentModule(from), r.vm.ToValue(false))
			if err != nil {
				panic(err)
			}
			return v
		}
		v, err := r.require(dir, id, from)
		if err != nil {
			if jsErr, ok := err.(*goja.Exception); ok {
				panic(jsErr)
			}
			panic(r.moduleNotFoundFrom(id, err, from))
		}
		return v
	}).ToObject(r.vm)
	resolve := r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := r.requireID(call.Argument(0))
		if _, ok := r.builtinName(id); ok {
			return r.vm.ToValue(id)
		}
		if rf, ok := r.cjsHooks.resolveHooked(); ok && from != "" {
			v, err := rf(r.cjsHooks.module, r.vm.ToValue(id), r.parentModule(from), r.vm.ToValue(false), call.Argument(1))
			if err != nil {
				panic(err)
			}
			return v
		}
		if dirs, ok := r.resolvePaths(call.Argument(1)); ok {
			// options.paths: looked for from each directory in turn.
			for _, d := range dirs {
				if f, err := r.resolve(d, id, r.parentFile(dir, from)); err == nil {
					return r.vm.ToValue(f)
				}
			}
			panic(r.moduleNotFoundFrom(id, notFound{id}, from))
		}
		f, err := r.resolve(dir, id, r.parentFile(dir, from))
		if err != nil {
			panic(r.moduleNotFoundFrom(id, err, from))
		}
		return r.vm.ToValue(f)
	}).ToObject(r.vm)
	// paths: where a bare request would be looked for, as node's
	// require.resolve.paths (null for a built-in).
	resolve.Set("paths", func(request string) goja.Value {
		if _, ok := r.builtinName(request); ok {
			return goja.Null()
		}
		if strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") || request == "." || request == ".." {
			return r.vm.ToValue([]any{dir})
		}
		return r.vm.ToValue(toAny(nodeModulePaths(dir)))
	})
	req.Set("resolve", resolve)
	req.Set("cache", r.requireCache)
	return req
}

// requireExtensions is require.extensions (node's deprecated
// Module._extensions), one object for every module: the keys programs
// test for. Its loaders are not used by evloop's require.
func (r *Runtime) requireExtensions() *goja.Object {
	if r.extensions == nil {
		r.extensions = r.vm.NewObject()
		for _, ext := range []string{".js", ".json", ".node"} {
			ext := ext
			r.extensions.Set(ext, func(goja.FunctionCall) goja.Value {
				panic(r.codedErr("Error", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", "require.extensions['"+ext+"'] cannot be called in evloop"))
			})
		}
	}
	return r.extensions
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// requireID checks require's argument as node does: a non-empty string.
func (r *Runtime) requireID(v goja.Value) string {
	s, ok := safeexport.Export(v).(string)
	if !ok {
		panic(r.codedErr("TypeError", "ERR_INVALID_ARG_TYPE", "The \"id\" argument must be of type string. Received "+r.describeValue(v)))
	}
	if s == "" {
		panic(r.codedErr("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''"))
	}
	return s
}

// codedErr is an error of the named class with node's code property.
func (r *Runtime) codedErr(class, code, msg string) goja.Value {
	v := r.newError(class, msg)
	if o, ok := v.(*goja.Object); ok {
		o.Set("code", code)
		// node's errors name their code in the stack's first line and in
		// toString: "TypeError [ERR_X]: message"
		if st := o.Get("stack"); st != nil && goja.IsString(st) && strings.HasPrefix(st.String(), class+": ") {
			head := class + " [" + code + "]"
			_ = o.DefineDataProperty("stack", r.vm.ToValue(head+st.String()[len(class):]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			_ = o.DefineDataProperty("toString", r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
				this, ok := call.This.(*goja.Object)
				if !ok {
					return r.vm.ToValue(head + ": " + msg)
				}
				return r.vm.ToValue(this.Get("name").String() + " [" + this.Get("code").String() + "]: " + this.Get("message").String())
			}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return v
}

// describeValue is node's "Received ..." text for a value (internal.describe).
func (r *Runtime) describeValue(v goja.Value) string {
	if fn, ok := goja.AssertFunction(r.internals.Get("describe")); ok {
		if d, err := fn(goja.Undefined(), v); err == nil {
			return d.String()
		}
	}
	return v.String()
}

// nodeModulePaths is node's Module._nodeModulePaths: dir/node_modules and
// each parent's, leaving out node_modules directories themselves.
func nodeModulePaths(dir string) []string {
	var out []string
	for d := path.Clean(dir); ; d = path.Dir(d) {
		if path.Base(d) != "node_modules" {
			if d == "/" {
				out = append(out, "/node_modules")
			} else {
				out = append(out, d+"/node_modules")
			}
		}
		if d == "/" || d == "." {
			return out
		}
	}
}

// requireStack is the chain of files that required from, from itself up
// to the main module, as node lists it in a MODULE_NOT_FOUND error.
func (r *Runtime) requireStack(from string) []string {
	var out []string
	rec := r.modules[from]
	if rec == nil {
		if from != "" && from != "/" {
			out = append(out, from)
		}
		return out
	}
	for m := rec.obj; m != nil && len(out) < 1000; {
		f := m.Get("filename")
		if f == nil || goja.IsUndefined(f) {
			break
		}
		out = append(out, f.String())
		p, ok := m.Get("parent").(*goja.Object)
		if !ok {
			break
		}
		m = p
	}
	return out
}

// moduleNotFoundFrom is moduleNotFound with node's require stack: in the
// message ("Require stack:\n- file") and as requireStack.
func (r *Runtime) moduleNotFoundFrom(id string, err error, from string) goja.Value {
	v := r.moduleNotFound(id, err)
	o, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	if _, nf := err.(notFound); !nf {
		return v
	}
	stack := r.requireStack(from)
	if len(stack) > 0 {
		msg := err.Error() + "\nRequire stack:\n- " + strings.Join(stack, "\n- ")
		o.Set("message", msg)
		// goja may make the stack when it is first read, from the message
		// as it is then: add the require stack only if it is not there yet.
		if st := o.Get("stack"); st != nil && goja.IsString(st) && !strings.Contains(st.String(), msg) {
			o.Set("stack", strings.Replace(st.String(), err.Error(), msg, 1))
		}
	}
	o.Set("requireStack", r.vm.ToValue(toAny(stack)))
	return v
}

type notFound struct{ id string }

func (e notFound) Error() string { return "Cannot find module '" + e.id + "'" }

func (r *Runtime) moduleNotFound(id string, err error) goja.Value {
	if ce, ok := err.(*codeError); ok {
		return r.loaderError(ce)
	}
	e := r.newError("Error", err.Error())
	if o, ok := e.(*goja.Object); ok {
		if _, nf := err.(notFound); nf {
			o.Set("code", "MODULE_NOT_FOUND")
			o.Set("requireStack", r.vm.NewArray())
		}
	}
	return e
}

func (r *Runtime) builtinName(id string) (string, bool) {
	name := strings.TrimPrefix(id, "node:")
	_, ok := r.builtins[name]
	return name, ok
}

// parentFile is the requiring file resolution errors name: from, or for
// a require made without one (createRequire, evloop's own) a file in dir.
func (r *Runtime) parentFile(dir, from string) string {
	if from == "" || from == "/" {
		return path.Join(dir, "index.js")
	}
	return from
}

// unknownBuiltin is the error for a node: specifier evloop has no module
// for: node's words for one node does not have either, and for node 20's
// test runner (node:test, node:test/reporters), which evloop does not
// implement, words that say so (site/docs/limits.md, "Modules").
func unknownBuiltin(spec string) error {
	msg := "No such built-in module: " + spec
	if spec == "node:test" || strings.HasPrefix(spec, "node:test/") {
		msg += " (node 20 has it; evloop does not implement node's test runner)"
	}
	return &codeError{class: "Error", code: "ERR_UNKNOWN_BUILTIN_MODULE", msg: msg}
}

// require loads id as seen from the module from in directory dir.
func (r *Runtime) require(dir, id, from string) (goja.Value, error) {
	if name, ok := r.builtinName(id); ok {
		return r.requireBuiltin(name)
	}
	if strings.HasPrefix(id, "node:") {
		return nil, unknownBuiltin(id)
	}
	file, err := r.resolve(dir, id, r.parentFile(dir, from))
	if err != nil {
		return nil, err
	}
	if name, ok := r.builtinName(file); ok && !strings.HasPrefix(file, "/") {
		return r.requireBuiltin(name) // an "imports" or "exports" target naming a built-in
	}
	if m, ok := r.requireCache.Get(file).(*goja.Object); ok {
		return m.Get("exports"), nil
	}
	return r.loadModule(file, from)
}

// resolve finds the file for id: relative or absolute paths with node's
// extension and index rules, else node_modules up the tree. parent is the
// requiring file, as resolution errors name it.
func (r *Runtime) resolve(dir, id, parent string) (string, error) {
	var bases []string
	switch {
	case strings.HasPrefix(id, "/"):
		bases = []string{path.Clean(id)}
	case id == "." || id == ".." || strings.HasPrefix(id, "./") || strings.HasPrefix(id, "../"):
		bases = []string{path.Join(dir, id)}
	case strings.HasPrefix(id, "#") && r.hasImportsField(dir):
		// node's CommonJS loader reads "imports" only when the nearest
		// package.json has the field; otherwise "#x" is looked for in
		// node_modules like any bare name (MODULE_NOT_FOUND).
		f, err := r.packageImports(id, parent, requireConditions)
		if err != nil {
			return "", err
		}
		if f.builtin != "" {
			return f.builtin, nil
		}
		bases = []string{f.file}
	default:
		if f, ok, err := r.requireSelf(dir, id, parent); ok {
			return f, err
		}
		if f, ok, err := r.requireExports(dir, id); ok {
			return f, err
		}
		for d := dir; ; d = path.Dir(d) {
			bases = append(bases, path.Join(d, "node_modules", id))
			if d == "/" || d == "." {
				break
			}
		}
	}
	for _, base := range bases {
		if f, ok := r.tryFile(base); ok {
			return f, nil
		}
	}
	return "", notFound{id}
}

// requireSelf is node's trySelf: a package requires itself by its own
// name through its "exports", before node_modules is looked at (case
// modules/require_self_reference); ok is false when the nearest package
// has another name or no "exports".
func (r *Runtime) requireSelf(dir, id, parent string) (string, bool, error) {
	name, sub := splitPackage(id)
	if name == "" {
		return "", false, nil
	}
	pkgDir, pj, ok := r.nearestPackage(dir)
	if !ok || pj.name != name || pj.exports == nil {
		return "", false, nil
	}
	f, err := r.packageExports(pkgDir, "."+sub, pj, id, parent, requireConditions)
	if err != nil {
		return "", true, err
	}
	if f.builtin != "" {
		return f.builtin, true, nil
	}
	return f.file, true, nil
}

// requireExports resolves a bare id through the "exports" of the package
// it names, with the require condition (esm_resolve.go); ok is false when
// the nearest such package has no "exports".
func (r *Runtime) requireExports(dir, id string) (string, bool, error) {
	name, sub := splitPackage(id)
	if name == "" {
		return "", false, nil
	}
	for d := dir; ; d = path.Dir(d) {
		pkgDir := path.Join(d, "node_modules", name)
		if pj, ok := r.readPackage(pkgDir); ok {
			if pj.exports == nil {
				return "", false, nil
			}
			// No importer in the message: node's CommonJS loader
			// resolves exports with no parent URL.
			f, err := r.packageExports(pkgDir, "."+sub, pj, id, "", requireConditions)
			if err != nil {
				return "", true, err
			}
			if f.builtin != "" {
				return f.builtin, true, nil
			}
			return f.file, true, nil
		}
		if d == "/" || d == "." {
			return "", false, nil
		}
	}
}

// hasImportsField reports whether the package.json nearest to dir has an
// "imports" field.
func (r *Runtime) hasImportsField(dir string) bool {
	_, pj, ok := r.nearestPackage(dir)
	return ok && pj.imports != nil
}

func (r *Runtime) tryFile(base string) (string, bool) {
	for _, ext := range []string{"", ".js", ".json", ".cjs"} {
		if r.isFile(base + ext) {
			return base + ext, true
		}
	}
	if pkg, err := r.opts.ReadFile(path.Join(base, "package.json")); err == nil {
		var meta struct{ Main string }
		if json.Unmarshal(pkg, &meta) == nil && meta.Main != "" {
			if f, ok := r.tryFile(path.Join(base, meta.Main)); ok {
				return f, true
			}
		}
	}
	for _, idx := range []string{"index.js", "index.json", "index.cjs"} {
		if r.isFile(path.Join(base, idx)) {
			return path.Join(base, idx), true
		}
	}
	return "", false
}

func (r *Runtime) isFile(name string) bool {
	if strings.HasSuffix(name, "/") {
		return false
	}
	_, err := r.opts.ReadFile(name)
	return err == nil
}

// parseJSONFile is a JSON file's value as node's loaders read it:
// JSON.parse of the text without a byte order mark (not evaluated as
// JavaScript, which took trailing commas and made "__proto__" the
// prototype), a syntax error's message prefixed with the file's path.
func (r *Runtime) parseJSONFile(file string, src []byte) (goja.Value, error) {
	text := strings.TrimPrefix(string(src), "\uFEFF")
	parse, _ := goja.AssertFunction(r.vm.Get("JSON").ToObject(r.vm).Get("parse"))
	v, err := parse(goja.Undefined(), r.vm.ToValue(text))
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok {
				_ = o.Set("message", file+": "+o.Get("message").String())
			}
		}
		return nil, err
	}
	return v, nil
}

// loadModule compiles and runs a CommonJS module file required from the
// file from (an ES module file gives its namespace).
func (r *Runtime) loadModule(file, from string) (goja.Value, error) {
	src, err := r.opts.ReadFile(file)
	if err != nil {
		return nil, notFound{file}
	}
	module := r.newModule(file)
	if rec := r.modules[from]; rec != nil {
		// node's updateChildren: the parent's children and the child's parent.
		_ = module.DefineDataProperty("parent", rec.obj, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if ch, ok := rec.obj.Get("children").(*goja.Object); ok {
			if push, ok := goja.AssertFunction(ch.Get("push")); ok {
				_, _ = push(ch, module)
			}
		}
	}
	r.modules[file] = &moduleRecord{obj: module}
	r.requireCache.Set(file, module)
	if strings.HasSuffix(file, ".json") {
		v, err := r.parseJSONFile(file, src)
		if err != nil {
			delete(r.modules, file)
			r.requireCache.Delete(file)
			return nil, err
		}
		module.Set("exports", v)
		module.Set("loaded", true)
		r.modules[file].loaded = true
		return v, nil
	}
	if r.isESM(file, string(src)) {
		// node 20.19+: require() of an ES module gives its namespace (or
		// what requiredValue says), kept in require.cache as the
		// module's exports; a graph that fails leaves no entry.
		done := false
		defer func() {
			if !done {
				delete(r.modules, file)
				r.requireCache.Delete(file)
			}
		}()
		v, err := r.requireESM(file, string(src), from)
		if err != nil {
			return nil, err
		}
		module.Set("exports", v)
		module.Set("loaded", true)
		r.modules[file].loaded = true
		done = true
		return v, nil
	}
	if err := r.runModule(module, file, string(src)); err != nil {
		delete(r.modules, file)
		r.requireCache.Delete(file)
		return nil, err
	}
	r.modules[file].loaded = true
	module.Set("loaded", true)
	return module.Get("exports"), nil
}

func (r *Runtime) newModule(file string) *goja.Object {
	module := r.vm.NewObject()
	// node's own properties, in its order; parent and require are the
	// prototype's in node, so not enumerable here.
	module.Set("id", file)
	module.Set("path", path.Dir(file))
	module.Set("exports", r.vm.NewObject())
	module.Set("filename", file)
	module.Set("loaded", false)
	module.Set("children", r.vm.NewArray())
	module.Set("paths", r.vm.ToValue(toAny(nodeModulePaths(path.Dir(file)))))
	_ = module.DefineDataProperty("parent", goja.Null(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return module
}

// parseJSONModule parses a required .json file with JSON.parse.
func (r *Runtime) parseJSONModule(file, text string) (v goja.Value, err error) {
	parse, ok := goja.AssertFunction(r.vm.Get("JSON").(*goja.Object).Get("parse"))
	if !ok {
		return nil, fmt.Errorf("%s: JSON.parse is not a function", file)
	}
	v, err = parse(goja.Undefined(), r.vm.ToValue(text))
	if ex, isEx := err.(*goja.Exception); isEx {
		if o, isObj := ex.Value().(*goja.Object); isObj {
			if m := o.Get("message"); m != nil {
				msg := file + ": " + m.String()
				if st := o.Get("stack"); st != nil && goja.IsString(st) {
					o.Set("stack", strings.Replace(st.String(), m.String(), msg, 1))
				}
				o.Set("message", msg)
			}
		}
	}
	return v, err
}

// isESM decides, as node does, whether file is an ES module: .mjs, or .js
// under a package.json with "type": "module". The main module may also be
// forced (--input-type=module) or detected (the page's snippets).
func (r *Runtime) isESM(file, src string) bool {
	switch {
	case strings.HasSuffix(file, ".mjs"):
		return true
	case strings.HasSuffix(file, ".cjs"), strings.HasSuffix(file, ".json"):
		return false
	}
	if file == r.mainFile {
		switch r.opts.InputType {
		case "module":
			return true
		case "commonjs":
			return false
		}
		// "auto": a package.json "type" still decides for a file, as in
		// node (--input-type is for -e and stdin); detection below.
	}
	if t := r.packageType(file); t != "" {
		return t == "module"
	}
	// No "type" says: node 20 parses the file (module-syntax detection).
	if sourceTooDeep(src) {
		return false // not parsed: runModule throws node's RangeError
	}
	return r.detectModule(file, src)
}

// packageType is the "type" of the package.json nearest to file, "" when
// that one has none (or there is none). As node's package scope lookup,
// it stops at a node_modules directory (a package without a package.json
// is not in the scope of the one it is installed under).
func (r *Runtime) packageType(file string) string {
	for dir := path.Dir(file); ; dir = path.Dir(dir) {
		if path.Base(dir) == "node_modules" {
			return ""
		}
		if b, err := r.opts.ReadFile(path.Join(dir, "package.json")); err == nil {
			var meta struct{ Type string }
			if json.Unmarshal(b, &meta) == nil {
				return meta.Type
			}
			return ""
		}
		if dir == "/" || dir == "." || dir == "" {
			return ""
		}
	}
}

// runModule runs src wrapped as node wraps CommonJS modules. The wrapper
// shares the first line, so line numbers in errors stay right. A file that
// calls import() gets it renamed (package esm) and passed in.
func (r *Runtime) runModule(module *goja.Object, file, src string) error {
	if r.sites != nil {
		r.sites.sources[file] = src // where the trace finds callbacks' definitions
	}
	r.noteSource(file, src)
	src = hideHashbang(src)
	if sourceTooDeep(src) { // before goja's parser recurses past Go's stack
		if ex := r.vm.Try(func() { panic(r.rangeError("Maximum call stack size exceeded")) }); ex != nil {
			return ex
		}
	}
	r.noteNamedGroups(src)
	params := cjsParams
	dynamic := false
	if strings.Contains(src, "import") {
		res := esm.Transform(esm.Request{File: file, Kind: esm.KindCommonJS, Source: src})
		if res.Error == nil && res.Code != "" {
			src, dynamic = res.Code, true
			params += ", " + esm.ImportFn
		}
	}
	var prg *goja.Program
	var err error
	lowered := false // compiled from esbuild's output, with its source map
	if dynamic {
		if esm.NeedsClassFieldLowering(src) || esm.NeedsAnnexBLowering(src) || esm.NeedsRegExpLowering(src) {
			if code, lerr := esm.LowerCommonJS(file, src, false); lerr == nil {
				prg, _ = compileWrapped(file, params, code)
				lowered = prg != nil
			}
		}
		if prg != nil {
			// lowered (class fields, block functions, property escapes): compiled
		} else if prg, err = compileWrapped(file, params, src); err != nil {
			first := gojaSyntaxError(file, src, len(wrapperHead(params)), err)
			code, lerr := esm.LowerCommonJS(file, src, false)
			if lerr != nil {
				var ee *esm.Error
				if errors.As(lerr, &ee) {
					return r.compileFailure(moduleSyntaxError(src, fromESMError(ee)))
				}
				return r.compileFailure(first)
			}
			if prg, err = compileWrapped(file, params, code); err != nil {
				return r.compileFailure(first)
			}
			lowered = true
		}
	} else if prg, lowered, err = r.compileCommonJS(file, src); err != nil {
		return r.compileFailure(err)
	}
	r.noteUnits(file, lowered)
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fnv)
	req := r.requireFunc(path.Dir(file), file)
	filename, dirname := file, path.Dir(file)
	if r.mainPseudo && file == r.mainFile {
		// node -e and a script from stdin: no require.main, and
		// __filename is "[eval]" or "[stdin]" in directory ".".
		req.ToObject(r.vm).Set("main", goja.Undefined())
		filename, dirname = path.Base(file), "."
	} else if r.mainModule == nil {
		req.ToObject(r.vm).Set("main", goja.Undefined()) // a -r module, before the main one
	} else {
		req.ToObject(r.vm).Set("main", r.mainModule)
	}
	req.ToObject(r.vm).Set("extensions", r.requireExtensions())
	_ = req.ToObject(r.vm).Delete("cache")
	req.ToObject(r.vm).Set("cache", r.requireCache) // after main and extensions, as node orders them
	_ = module.DefineDataProperty("require", req, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	args := []goja.Value{module.Get("exports"), req, module, r.vm.ToValue(filename), r.vm.ToValue(dirname)}
	if dynamic {
		r.esmInit()
		args = append(args, r.importFunc(file, fileURL(file), false))
	}
	_, err = fn(module.Get("exports"), args...)
	return err
}

// runMain runs the main module; errors become node's fatal path. An ES
// module is loaded, linked and evaluated inside a promise job, as node's
// loader does: so at start-up its promise jobs run before its nextTick
// callbacks.
func (r *Runtime) runMain(file, src string) {
	module := r.newModule(file)
	module.Set("id", ".")
	if base := path.Base(file); (base == "[eval]" || base == "[stdin]") && path.Dir(file) == path.Clean(r.cwd) {
		// As node's: the module of code given with -e or on stdin is
		// named after it, in directory ".", with no parent.
		r.mainPseudo = true
		module.Set("id", base)
		module.Set("path", ".")
		_ = module.Delete("parent")
	}
	src = hideHashbang(src)
	if len(r.nodeOpts.require) > 0 || len(r.nodeOpts.imports) > 0 {
		// require.main is undefined while they run, as in node.
		r.preloadThen(func() { r.startMain(module, file, src) })
		return
	}
	r.startMain(module, file, src)
}

// startMain runs the main module: an ES module from the poll phase, as
// node's loader does, a CommonJS one at once.
func (r *Runtime) startMain(module *goja.Object, file, src string) {
	r.mainModule = module
	r.mainFile = file
	if r.isESM(file, src) {
		// node's ESM loader reads the module asynchronously, so it is
		// evaluated from the poll phase of the first iteration: inside an
		// ES module, setImmediate beats setTimeout 0 every time.
		r.mainESM = true
		evaluate := r.jsFrame(func(goja.FunctionCall) goja.Value {
			r.evalMainModule(file, src)
			return goja.Undefined()
		})
		then, _ := goja.AssertFunction(r.resolvedThen)
		req := r.loop.BeginRequest(trace.QueueIO, "load ES module "+path.Base(file))
		r.loop.Inject(loop.Completion{Req: req, Run: func() {
			if _, err := then(r.resolved, evaluate); err != nil {
				r.uncaught(err)
			}
		}})
		return
	}
	r.modules[file] = &moduleRecord{obj: module}
	r.requireCache.Set(file, module)
	if r.process != nil && !r.mainPseudo {
		// node's Module._load sets process.mainModule for a CommonJS main
		// (never for -e, stdin or an ES module).
		_ = r.process.Set("mainModule", module)
	}
	r.evalMain(module, file, src)
}

func (r *Runtime) evalMain(module *goja.Object, file, src string) {
	err := r.runModule(module, file, src)
	if err == nil {
		r.modules[file].loaded = true
		if !r.mainPseudo {
			module.Set("loaded", true) // node leaves -e's module unloaded
		}
		return
	}
	r.uncaught(err)
}
