// Package streamconsumers is node's stream/consumers built-in for evloop
// (arrayBuffer, blob, buffer, json, text over any async iterable: node
// streams, web streams, async generators), registered through
// js.Options.Modules.
package streamconsumers

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed stream_consumers.js
var source string

// Module returns the "stream/consumers" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "stream/consumers", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("stream/consumers", source, nil)
	}}
}
