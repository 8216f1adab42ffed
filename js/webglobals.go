package js

import "github.com/dop251/goja"

// The globals node 20 defines over modules that live in their own rooms
// (globalThis.crypto over js/crypto) or over http (fetch, Headers,
// Response): each loads its module on first use, so a program that never
// touches one never pays for it.

// cryptoGlobal defines globalThis.crypto, node 20's webcrypto object, as
// an accessor that loads the crypto module on first use. As in node it has
// no setter. Without a registered crypto module (a bare embedding) it reads
// undefined.
func (r *Runtime) cryptoGlobal() {
	vm := r.vm
	getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
		if _, ok := r.builtins["crypto"]; !ok {
			return goja.Undefined()
		}
		mod, err := r.requireBuiltin("crypto")
		if err != nil {
			panic(err)
		}
		return mod.ToObject(vm).Get("webcrypto")
	})
	vm.GlobalObject().DefineAccessorProperty("crypto", getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// fetchGlobals defines fetch, Headers and Response as globals that load
// the http module on first use, as node's are lazily loaded too.
func (r *Runtime) fetchGlobals() {
	vm := r.vm
	g := vm.GlobalObject()
	for _, name := range []string{"fetch", "Headers", "Response"} {
		var set goja.Value // assigned by the program: shadows the lazy one
		getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
			if set != nil {
				return set
			}
			http, err := r.requireBuiltin("http")
			if err != nil {
				panic(err)
			}
			return http.ToObject(vm).Get(name)
		})
		setter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			set = call.Argument(0)
			return goja.Undefined()
		})
		g.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}
