//go:build !evloopweb

package builtins

import (
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/https"
	"github.com/evloop/evloop/js/tls"
)

// secure returns tls and https: Go's crypto/tls over the reactor's sockets.
func secure() []js.Module { return []js.Module{tls.Module(), https.Module()} }
