// Package diagnosticschannel is node's diagnostics_channel built-in for
// evloop (channels and tracing channels), registered through
// js.Options.Modules.
package diagnosticschannel

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed diagnostics_channel.js
var source string

// Module returns the "diagnostics_channel" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "diagnostics_channel", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("diagnostics_channel", source, nil)
	}}
}
