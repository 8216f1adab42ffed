package js_test

import (
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	childprocess "github.com/evloop/evloop/js/child_process"
)

// extModules are the built-ins that live in their own folders under js/,
// registered as the CLI registers them (host/cmd/evloop/modules.go), so
// the conformance cases see what `evloop run` sees.
func extModules() []js.Module {
	return append(builtins.Portable(), childprocess.Module())
}
