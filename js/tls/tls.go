// Package tls is node's tls built-in for evloop: TLSSocket, tls.Server,
// tls.connect and createSecureContext over the net sockets of the
// reactor, with Go's crypto/tls doing the handshake and the record layer
// (engine.go says how a blocking crypto/tls connection runs on a
// non-blocking loop). Register it through js.Options.Modules.
//
// Keys, certificates and CAs are PEM strings or Buffers, as in node: a
// program reads them with fs, under fs's permission checks. The page's
// build of the wasm module (build tag evloopweb) has no crypto/tls: there
// tls.connect and createServer throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.
package tls

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed tls.js
var source string

// Module returns the "tls" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "tls", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("tls", source, natives(r))
	}}
}
