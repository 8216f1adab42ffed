package js

import "github.com/dop251/goja"

// installErrorGlobals gives Error and Promise what V8 has and goja lacks:
// Error.captureStackTrace and Error.stackTraceLimit (many npm packages use
// them; errorstack.go) and a Promise.any whose AggregateError carries V8's
// message. Promise.any is a native whose body, in lib/error_globals.js,
// compiles on its first call: every process used to compile and run that
// file at start for programs that, mostly, never call it.
func (r *Runtime) installErrorGlobals() error {
	vm := r.vm
	var lib *goja.Object
	impl := func(name string) goja.Callable {
		if lib == nil {
			v, err := r.loadLib("error_globals.js")
			if err != nil {
				panic(vm.NewGoError(err))
			}
			lib = v.ToObject(vm)
		}
		fn, _ := goja.AssertFunction(lib.Get(name))
		return fn
	}
	delegate := func(name string, length int, this func(goja.FunctionCall) goja.Value) *goja.Object {
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			v, err := impl(name)(this(call), call.Arguments...)
			if err != nil {
				panic(r.catchable(err))
			}
			return v
		}).(*goja.Object)
		_ = fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return fn
	}
	errorCtor, ok := vm.Get("Error").(*goja.Object)
	if !ok {
		return nil
	}
	if v := errorCtor.Get("captureStackTrace"); v == nil || goja.IsUndefined(v) {
		fn := vm.ToValue(r.captureStackTrace).(*goja.Object)
		setNameLength(vm, fn, "captureStackTrace", 2)
		if err := errorCtor.DefineDataProperty("captureStackTrace", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := errorCtor.Set("stackTraceLimit", 10); err != nil {
			return err
		}
	}
	if promise, ok := vm.Get("Promise").(*goja.Object); ok {
		fn := delegate("any", 1, func(call goja.FunctionCall) goja.Value { return call.This })
		if err := promise.DefineDataProperty("any", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}
