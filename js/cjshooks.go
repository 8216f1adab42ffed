package js

// The CommonJS loader's internals as node's `module` built-in shows them
// (Module._load, _resolveFilename, _findPath, _nodeModulePaths): the
// functions tools call, and the ones they replace. A program that assigns
// its own Module._load or Module._resolveFilename (module-alias,
// proxyquire, mock-require) sees every require go through it, as node's
// require does.

import (
	"path"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// cjsHooks is the module built-in's Module and its own _load, to tell when
// a program replaced Module._load or Module._resolveFilename.
type cjsHooks struct {
	module, load, resolve *goja.Object
}

// hooked reports whether a program replaced Module._load or
// Module._resolveFilename; fn is then Module._load.
func (h *cjsHooks) hooked() (goja.Callable, bool) {
	if h == nil {
		return nil, false
	}
	l, _ := h.module.Get("_load").(*goja.Object)
	rf, _ := h.module.Get("_resolveFilename").(*goja.Object)
	if l == h.load && rf == h.resolve {
		return nil, false
	}
	fn, ok := goja.AssertFunction(l)
	return fn, ok
}

// parentModule is the module object of the file from (null for none).
func (r *Runtime) parentModule(from string) goja.Value {
	if rec := r.modules[from]; rec != nil {
		return rec.obj
	}
	return goja.Null()
}

// ModuleLoader puts the CommonJS loader's natives on native, the module
// built-in's internals (js/module): resolve(request, dir, from, paths),
// load(request, dir, from), nodeModulePaths(dir), findPath(request,
// paths) and hooks(Module), which records Module's own _load and
// _resolveFilename. dir is the requiring directory and from the
// requiring file ("/" for none).
func (r *Runtime) ModuleLoader(native *goja.Object) {
	vm := r.vm
	native.Set("resolve", func(request, dir, from string) goja.Value {
		if _, ok := r.builtinName(request); ok {
			return vm.ToValue(request)
		}
		f, err := r.resolve(dir, request, r.parentFile(dir, from))
		if err != nil {
			panic(r.moduleNotFoundFrom(request, err, from))
		}
		return vm.ToValue(f)
	})
	native.Set("load", func(request, dir, from string) goja.Value {
		v, err := r.require(dir, request, from)
		if err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				panic(ex)
			}
			panic(r.moduleNotFoundFrom(request, err, from))
		}
		return v
	})
	native.Set("nodeModulePaths", func(dir string) goja.Value {
		return vm.ToValue(toAny(nodeModulePaths(dir)))
	})
	native.Set("findPath", func(request string, paths []string) goja.Value {
		for _, p := range paths {
			base := request
			if !strings.HasPrefix(request, "/") {
				base = path.Join(p, request)
			}
			if f, ok := r.tryFile(base); ok {
				return vm.ToValue(f)
			}
		}
		return vm.ToValue(false)
	})
	native.Set("hooks", func(m *goja.Object) {
		l, _ := m.Get("_load").(*goja.Object)
		rf, _ := m.Get("_resolveFilename").(*goja.Object)
		r.cjsHooks = &cjsHooks{module: m, load: l, resolve: rf}
	})
}

// resolveHooked reports whether a program replaced
// Module._resolveFilename; fn is then that function (require.resolve
// calls it, as node's does).
func (h *cjsHooks) resolveHooked() (goja.Callable, bool) {
	if h == nil {
		return nil, false
	}
	rf, _ := h.module.Get("_resolveFilename").(*goja.Object)
	if rf == h.resolve {
		return nil, false
	}
	return goja.AssertFunction(rf)
}

// resolvePaths is require.resolve's options.paths, each made absolute
// against the working directory; ok is false when there is none.
func (r *Runtime) resolvePaths(opts goja.Value) ([]string, bool) {
	o, isObj := opts.(*goja.Object)
	if !isObj {
		return nil, false
	}
	pv, isArr := o.Get("paths").(*goja.Object)
	if !isArr || pv.ClassName() != "Array" {
		return nil, false
	}
	n := int(pv.Get("length").ToInteger())
	var dirs []string
	for i := 0; i < n; i++ {
		d := pv.Get(strconv.Itoa(i)).String()
		if !strings.HasPrefix(d, "/") {
			d = path.Join(r.cwd, d)
		}
		dirs = append(dirs, path.Clean(d))
	}
	return dirs, true
}
