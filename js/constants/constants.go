// Package constants is node's deprecated constants module (DEP0008) for
// evloop: os.constants' dlopen, errno, priority and signals tables,
// fs.constants and crypto.constants merged into one frozen object, as
// require('constants') gives in node 20. Registered through
// js.Options.Modules by the programs that want it.
package constants

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed constants.js
var source string

// Module returns the "constants" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "constants", Load: func(r *js.Runtime) (goja.Value, error) {
		internal := r.NewInternal()
		// Asked before this module's own require of crypto loads it.
		if err := internal.Set("cryptoLoaded", r.Loaded("crypto")); err != nil {
			return nil, err
		}
		return r.RunBinding("constants", source, internal)
	}}
}
