// Package webstreams is node's stream/web built-in for evloop: the WHATWG
// streams (ReadableStream, WritableStream, TransformStream, readers,
// writers, controllers, queuing strategies, TextEncoderStream and
// TextDecoderStream), registered through js.Options.Modules. When it is
// registered, node 20's globals of the same names are its classes.
package webstreams

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed webstreams.js
var source string

// Module returns the "stream/web" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "stream/web", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("stream/web", source, nil)
	}}
}
