// Package asynchooks is node's async_hooks built-in for evloop
// (AsyncLocalStorage, AsyncResource, executionAsyncId, createHook),
// registered through js.Options.Modules. The context it keeps follows every
// callback the loop runs, and the ids and hooks are the runtime's
// (js/asyncctx.go); loading the module turns the ids on.
package asynchooks

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed async_hooks.js
var source string

// Module returns the "async_hooks" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "async_hooks", Load: func(r *js.Runtime) (goja.Value, error) {
		r.EnableAsyncIDs()
		vm := r.VM()
		native := r.NewInternal() // asyncContext and runInAsyncContext, beside these
		set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = native.Set(name, fn) }
		set("get", func(goja.FunctionCall) goja.Value { return r.AsyncStore() })
		set("set", func(c goja.FunctionCall) goja.Value {
			r.SetAsyncStore(c.Argument(0))
			return goja.Undefined()
		})
		set("executionAsyncId", func(goja.FunctionCall) goja.Value {
			id, _ := r.ExecutionAsyncID()
			return vm.ToValue(id)
		})
		set("triggerAsyncId", func(goja.FunctionCall) goja.Value {
			_, trigger := r.ExecutionAsyncID()
			return vm.ToValue(trigger)
		})
		set("executionAsyncResource", func(goja.FunctionCall) goja.Value { return r.ExecutionAsyncResource() })
		// newResource(type, triggerAsyncId (-1: current), resource) → handle
		set("newResource", func(c goja.FunctionCall) goja.Value {
			obj, _ := c.Argument(2).(*goja.Object)
			return r.NewAsyncResource(c.Argument(0).String(), c.Argument(1).ToInteger(), obj)
		})
		set("resourceIds", func(c goja.FunctionCall) goja.Value {
			id, trigger := r.AsyncResourceIDs(c.Argument(0))
			return vm.ToValue([]int64{id, trigger})
		})
		set("destroy", func(c goja.FunctionCall) goja.Value {
			r.EmitAsyncDestroy(c.Argument(0))
			return goja.Undefined()
		})
		// setHook(dispatch | null): dispatch(kind, id, type, trigger, resource)
		set("setHook", func(c goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(c.Argument(0))
			r.SetAsyncHook(fn)
			return goja.Undefined()
		})
		return r.RunBinding("async_hooks", source, native)
	}}
}
