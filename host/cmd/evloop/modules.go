package main

import (
	"github.com/evloop/evloop/js"
	childprocess "github.com/evloop/evloop/js/child_process"
	diagnosticschannel "github.com/evloop/evloop/js/diagnostics_channel"
	"github.com/evloop/evloop/js/module"
	"github.com/evloop/evloop/js/querystring"
	"github.com/evloop/evloop/js/v8"
	"github.com/evloop/evloop/js/zlib"
)

// nodeModules are the built-in modules beyond package js's own core that
// the CLI's native engine registers (js.Options.Modules): each lives in its
// own folder under js/. The wasm module (wasm/modules.go) lists the same.
func nodeModules() []js.Module {
	return []js.Module{
		childprocess.Module(),
		diagnosticschannel.Module(),
		module.Module(),
		querystring.Module(),
		v8.Module(),
		zlib.Module(),
	}
}
