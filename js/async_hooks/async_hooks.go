// Package asynchooks is node's async_hooks built-in for evloop
// (AsyncLocalStorage, AsyncResource; createHook accepted, never called),
// registered through js.Options.Modules. The context it keeps follows every
// callback the loop runs (js/asyncctx.go).
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
		native := r.VM().NewObject()
		native.Set("get", func(goja.FunctionCall) goja.Value { return r.AsyncContext() })
		native.Set("set", func(c goja.FunctionCall) goja.Value {
			r.SetAsyncContext(c.Argument(0))
			return goja.Undefined()
		})
		return r.RunBinding("async_hooks", source, native)
	}}
}
