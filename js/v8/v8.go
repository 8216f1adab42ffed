// Package v8 is the part of node's v8 built-in that applies to evloop's
// goja engine (heap statistics, setFlagsFromString), registered through
// js.Options.Modules.
package v8

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed v8.js
var source string

// heapLimit is reported as heap_size_limit: node 20's default on a 64-bit
// machine (about 4 GiB), as Go sets no limit of its own.
const heapLimit = 4345298944

// Module returns the "v8" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "v8", Load: func(r *js.Runtime) (goja.Value, error) {
		native := r.NewInternal()
		native.Set("heapLimit", heapLimit)
		if serdes != "" {
			sd, err := r.RunBinding("v8_serdes", serdes, native)
			if err != nil {
				return nil, err
			}
			native.Set("serdes", sd)
		}
		return r.RunBinding("v8", source, native)
	}}
}
