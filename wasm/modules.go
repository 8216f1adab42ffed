//go:build wasip1

package main

import (
	"github.com/evloop/evloop/js"
	diagnosticschannel "github.com/evloop/evloop/js/diagnostics_channel"
	"github.com/evloop/evloop/js/module"
	"github.com/evloop/evloop/js/querystring"
	"github.com/evloop/evloop/js/v8"
	"github.com/evloop/evloop/js/zlib"
)

// nodeModules are the built-in modules beyond package js's own core that
// the wasm module registers (js.Options.Modules): each lives in its own
// folder under js/. The CLI (host/cmd/evloop/modules.go) lists the same.
func nodeModules() []js.Module {
	return []js.Module{
		diagnosticschannel.Module(),
		module.Module(),
		querystring.Module(),
		v8.Module(),
		zlib.Module(),
	}
}
