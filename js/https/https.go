// Package https is node's https built-in for evloop: http's server and
// client (js/http) over tls sockets (js/tls). Register it through
// js.Options.Modules beside http and tls.
package https

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed https.js
var source string

// Module returns the "https" built-in, for js.Options.Modules. It
// requires "tls" at load.
func Module() js.Module {
	return js.Module{Name: "https", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("https", source, nil)
	}}
}
