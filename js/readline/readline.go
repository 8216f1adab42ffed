// Package readline is node's readline and readline/promises built-ins for
// evloop (line reading over any Readable, question, async iteration of
// lines), registered through js.Options.Modules.
package readline

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

var (
	//go:embed readline.js
	source string
	//go:embed promises.js
	promisesSource string
)

// Modules returns "readline" and "readline/promises", for
// js.Options.Modules.
func Modules() []js.Module {
	return []js.Module{
		{Name: "readline", Load: func(r *js.Runtime) (goja.Value, error) { return r.RunBinding("readline", source, nil) }},
		{Name: "readline/promises", Load: func(r *js.Runtime) (goja.Value, error) {
			return r.RunBinding("readline/promises", promisesSource, nil)
		}},
	}
}
