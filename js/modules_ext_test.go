package js_test

import (
	"github.com/evloop/evloop/js"
	childprocess "github.com/evloop/evloop/js/child_process"
	diagnosticschannel "github.com/evloop/evloop/js/diagnostics_channel"
	"github.com/evloop/evloop/js/module"
	"github.com/evloop/evloop/js/querystring"
	"github.com/evloop/evloop/js/v8"
	"github.com/evloop/evloop/js/zlib"
)

// extModules are the built-ins that live in their own folders under js/,
// registered as the composition roots (host/cmd/evloop, wasm) register
// them, so the conformance cases see what `evloop run` sees.
func extModules() []js.Module {
	return []js.Module{
		childprocess.Module(),
		diagnosticschannel.Module(),
		module.Module(),
		querystring.Module(),
		v8.Module(),
		zlib.Module(),
	}
}
