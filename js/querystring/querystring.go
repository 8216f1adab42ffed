// Package querystring is node's querystring module for evloop, registered
// through js.Options.Modules by the programs that want it.
package querystring

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed querystring.js
var source string

// Module returns the "querystring" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "querystring", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("querystring", source, nil)
	}}
}
