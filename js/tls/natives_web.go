//go:build evloopweb

package tls

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

// The page's build leaves crypto/tls out (it would add megabytes to the
// module for loopback TLS that the simulated network cannot carry
// anyway): tls.js sees available false and throws on first use.
func natives(r *js.Runtime) *goja.Object {
	o := r.NewInternal()
	o.Set("available", false)
	return o
}
