package js

import "github.com/dop251/goja"

// consoleMethods are console's methods in the order its keys list them,
// with each one's length.
var consoleMethods = []struct {
	name   string
	length int
}{
	{"log", 0}, {"info", 0}, {"debug", 0}, {"warn", 0}, {"error", 0}, {"trace", 0},
	{"dir", 2}, {"dirxml", 0}, {"assert", 1}, {"count", 0}, {"countReset", 0},
	{"group", 0}, {"groupCollapsed", 0}, {"groupEnd", 0}, {"time", 0}, {"timeEnd", 0},
	{"timeLog", 0}, {"table", 2},
}

// newConsole makes the console object: a native for each method that, on
// the first call of any, compiles lib/console.js (the bodies) and then
// calls the body of its name with its this and arguments. Every runtime
// makes the object at start; most of its cost, the compile, waits for a
// program that logs.
func (r *Runtime) newConsole() *goja.Object {
	vm := r.vm
	console := vm.NewObject()
	var bodies []goja.Callable
	load := func() []goja.Callable {
		if bodies != nil {
			return bodies
		}
		v, err := r.loadLib("console.js")
		if err != nil {
			panic(vm.NewGoError(err))
		}
		lib := v.ToObject(vm)
		fns := make([]goja.Callable, len(consoleMethods))
		for i, m := range consoleMethods {
			fns[i], _ = goja.AssertFunction(lib.Get(m.name))
		}
		bodies = fns
		return fns
	}
	for i, m := range consoleMethods {
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			v, err := load()[i](call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).(*goja.Object)
		_ = fn.DefineDataProperty("name", vm.ToValue(m.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", vm.ToValue(m.length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = console.Set(m.name, fn)
	}
	return console
}
