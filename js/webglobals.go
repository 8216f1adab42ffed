package js

import "github.com/dop251/goja"

// The globals node 20 defines over modules that live in their own rooms:
// globalThis.crypto over js/crypto here; fetch and its classes
// (lib/fetch.js, over js/http) are lazy globals (globals.go). Each loads on
// first use, so a program that never touches one never pays for it.

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
