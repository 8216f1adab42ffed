//go:build evloopweb

package builtins

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

// secure, in the page's build, returns tls and https as modules that throw
// when required: the page's simulated network carries no TLS, and the code
// of js/tls and js/https (~27 KB of the module with brotli) would count
// against the page's download budget for nothing. The error says where
// the script does run.
func secure() []js.Module {
	return []js.Module{unavailable("tls"), unavailable("https")}
}

const unavailableSource = `const e = new TypeError(internal.name + " is not in the page's build of evloop: " +
  "the simulated network carries no TLS. Run this script with the evloop CLI");
e.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
throw e;`

func unavailable(name string) js.Module {
	return js.Module{Name: name, Load: func(r *js.Runtime) (goja.Value, error) {
		internal := r.NewInternal()
		internal.Set("name", name)
		return r.RunBinding(name+" (unavailable)", unavailableSource, internal)
	}}
}
