// Package module is node's `module` built-in for evloop (createRequire,
// builtinModules, isBuiltin), registered through js.Options.Modules.
package module

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed module.js
var source string

// Module returns the "module" built-in, for js.Options.Modules. Its
// builtinModules lists what the runtime it loads in provides.
func Module() js.Module {
	return js.Module{Name: "module", Load: func(r *js.Runtime) (goja.Value, error) {
		vm := r.VM()
		native := r.NewInternal() // the shared natives (internal.setErrorCode) behind its own
		native.Set("builtins", func() goja.Value {
			names := []any{}
			for _, n := range r.BuiltinNames() {
				names = append(names, n)
			}
			return vm.NewArray(names...)
		})
		native.Set("requireFrom", func(dir, file string) goja.Value { return r.RequireFuncAt(dir, file) })
		r.ModuleLoader(native)
		return r.RunBinding("module", source, native)
	}}
}
