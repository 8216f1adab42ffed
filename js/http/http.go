// Package http is node's http built-in for evloop: HTTP/1.1 server and
// client over net's sockets (http.js), with the message head parsed in Go
// (head.go). It requires "net" at load; js/https builds on it, and the
// runtime's fetch (js/lib/fetch.js) asks it for requests. Register Module()
// through js.Options.Modules beside net.
package http

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed http.js
var source string

// Module returns the "http" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "http", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("http", source, natives(r))
	}}
}
