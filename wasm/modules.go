//go:build wasip1

package main

import (
	"github.com/evloop/evloop/js"
	asynchooks "github.com/evloop/evloop/js/async_hooks"
	diagnosticschannel "github.com/evloop/evloop/js/diagnostics_channel"
	"github.com/evloop/evloop/js/module"
	perfhooks "github.com/evloop/evloop/js/perf_hooks"
	"github.com/evloop/evloop/js/querystring"
	"github.com/evloop/evloop/js/readline"
	"github.com/evloop/evloop/js/v8"
	"github.com/evloop/evloop/js/zlib"
)

// nodeModules are the built-in modules beyond package js's own core that
// the wasm module registers (js.Options.Modules): each lives in its own
// folder under js/. The CLI (host/cmd/evloop/modules.go) lists the same.
func nodeModules() []js.Module {
	return append(readline.Modules(),
		asynchooks.Module(),
		diagnosticschannel.Module(),
		module.Module(),
		perfhooks.Module(),
		querystring.Module(),
		v8.Module(),
		zlib.Module(),
	)
}
