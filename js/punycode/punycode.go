// Package punycode is node's deprecated punycode module (DEP0040) for
// evloop: RFC 3492's Bootstring encoding of Unicode labels and the
// IDNA-style toASCII/toUnicode over domain names and e-mail addresses,
// registered through js.Options.Modules by the programs that want it.
package punycode

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed punycode.js
var source string

// Module returns the "punycode" built-in, for js.Options.Modules. Node 20
// prints no warning for it (the runtime deprecation came in node 21).
func Module() js.Module {
	return js.Module{Name: "punycode", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("punycode", source, nil)
	}}
}
