package js

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// namespaceObject is a module namespace exotic object over names, whose
// values get reads (live): a Proxy over a null-prototype, non-extensible
// target whose properties are the names.
//
// Writes, deletes, definitions and a new prototype fail as ECMA-262's
// namespace object says ([[Set]] is always false; [[Delete]] false for an
// export; [[DefineOwnProperty]] true only for a descriptor that changes
// nothing; [[SetPrototypeOf]] true only for null). What the failure does
// depends on the caller, as in V8: Reflect.set, Reflect.defineProperty,
// Reflect.deleteProperty and Reflect.setPrototypeOf return false
// (nsReflect); code in an ES module (strict) gets V8's TypeError; sloppy
// code's assignment or delete fails silently (the trap's false, which goja
// turns into its own TypeError in a strict CommonJS file).
// Object.defineProperty and Object.setPrototypeOf throw V8's TypeError
// wherever they are called. (case esm/namespace_reflect)
func (r *Runtime) namespaceObject(names []string, get func(string) (goja.Value, bool)) *goja.Object {
	r.wrapReflectForNamespaces()
	sort.Strings(names)
	target := r.vm.NewObject()
	_ = target.SetPrototype(nil)
	for _, n := range names {
		_ = target.DefineDataProperty(n, goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	_ = target.DefineDataPropertySymbol(goja.SymToStringTag, r.vm.ToValue("Module"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if pe, ok := goja.AssertFunction(r.vm.Get("Object").ToObject(r.vm).Get("preventExtensions")); ok {
		_, _ = pe(goja.Undefined(), target)
	}
	keys := make([]any, len(names))
	for i, n := range names {
		keys[i] = n
	}
	ownKeys := func(*goja.Object) *goja.Object {
		return r.vm.NewArray(append(append([]any{}, keys...), goja.SymToStringTag)...)
	}
	has := make(map[string]bool, len(names))
	for _, n := range names {
		has[n] = true
	}
	// fail is a trap's answer to an operation the namespace refuses: false
	// for Reflect and sloppy code, V8's TypeError (msg) for strict code or,
	// with always, for every caller but Reflect.
	fail := func(always bool, msg string, args ...any) bool {
		if r.esm.nsReflect > 0 || !always && !r.callerIsModule() {
			return false
		}
		panic(r.vm.NewTypeError(fmt.Sprintf(msg, args...)))
	}
	p := r.vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, name string, _ goja.Value) goja.Value {
			v, _ := get(name)
			return v
		},
		GetOwnPropertyDescriptor: func(t *goja.Object, name string) goja.PropertyDescriptor {
			v, ok := get(name)
			if !ok {
				return goja.PropertyDescriptor{}
			}
			return goja.PropertyDescriptor{Value: v, Writable: goja.FLAG_TRUE, Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_FALSE}
		},
		Has: func(t *goja.Object, name string) bool { return has[name] },
		Set: func(_ *goja.Object, name string, _ goja.Value, _ goja.Value) bool {
			if has[name] {
				return fail(false, "Cannot assign to read only property '%s' of object '[object Module]'", name)
			}
			return fail(false, "Cannot add property %s, object is not extensible", name)
		},
		SetSym: func(_ *goja.Object, sym *goja.Symbol, _ goja.Value, _ goja.Value) bool {
			if sym == goja.SymToStringTag {
				return fail(false, "Cannot assign to read only property '%s' of object '[object Module]'", "Symbol("+sym.String()+")")
			}
			return fail(false, "Cannot add property %s, object is not extensible", "Symbol("+sym.String()+")")
		},
		DeleteProperty: func(t *goja.Object, name string) bool {
			if has[name] {
				return fail(false, "Cannot delete property '%s' of [object Module]", name)
			}
			return true
		},
		DeletePropertySym: func(t *goja.Object, sym *goja.Symbol) bool {
			if sym == goja.SymToStringTag {
				return fail(false, "Cannot delete property '%s' of [object Module]", "Symbol("+sym.String()+")")
			}
			return true
		},
		DefineProperty: func(_ *goja.Object, name string, d goja.PropertyDescriptor) bool {
			if !has[name] || d.Configurable == goja.FLAG_TRUE || d.Enumerable == goja.FLAG_FALSE ||
				d.Getter != nil || d.Setter != nil || d.Writable == goja.FLAG_FALSE {
				return fail(true, "Cannot redefine property: %s", name)
			}
			if d.Value != nil {
				if v, _ := get(name); !d.Value.SameAs(v) {
					return fail(true, "Cannot redefine property: %s", name)
				}
			}
			return true
		},
		SetPrototypeOf: func(_ *goja.Object, proto *goja.Object) bool {
			if proto == nil {
				return true
			}
			return fail(true, "[object Module] is not extensible")
		},
		OwnKeys: ownKeys,
	})
	return r.vm.ToValue(p).ToObject(r.vm)
}

// callerIsModule reports whether the operation comes from strict code: a
// built-in (Object.assign and the others throw on a failed write whoever
// calls them) or an ES module (a CommonJS file is taken as sloppy).
func (r *Runtime) callerIsModule() bool {
	for _, f := range r.vm.CaptureCallStack(1, nil) {
		src := f.SrcName()
		if src == "<native>" || strings.HasPrefix(src, "file://") {
			return true
		}
		for _, m := range r.esm.modules {
			if m.url == src {
				return true
			}
		}
		return false
	}
	return true
}

// wrapReflectForNamespaces puts wrappers in place of Reflect.set,
// defineProperty, deleteProperty and setPrototypeOf (once, when the first
// namespace object is made) that tell the namespace traps, by nsReflect,
// that a failure is to be returned as false: goja's proxy traps cannot see
// who called them.
func (r *Runtime) wrapReflectForNamespaces() {
	if r.esm.reflectWrapped {
		return
	}
	r.esm.reflectWrapped = true
	refl, ok := r.vm.Get("Reflect").(*goja.Object)
	if !ok {
		return
	}
	for _, name := range []string{"set", "defineProperty", "deleteProperty", "setPrototypeOf"} {
		origV := refl.Get(name)
		orig, ok := goja.AssertFunction(origV)
		if !ok {
			continue
		}
		length := origV.ToObject(r.vm).Get("length")
		w := r.vm.ToValue(func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); ok && r.esm.namespaces[o] != nil {
				r.esm.nsReflect++
				defer func() { r.esm.nsReflect-- }()
			}
			v, err := orig(c.This, c.Arguments...)
			if err != nil {
				panic(r.catchable(err))
			}
			return v
		}).ToObject(r.vm)
		_ = w.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = w.DefineDataProperty("length", length, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = refl.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
}
