// Package builtins lists node's built-in modules that live in their own
// folders under js/ and run wherever the core runs (the CLI, the wasm
// module, the page): the one list the composition roots start from. A root
// adds what only it can offer (the CLI: child_process and worker_threads,
// which need processes and threads) and registers the result through
// js.Options.Modules, as a user's own Go module would.
//
// The page's build of the wasm module (build tag evloopweb) has tls and https
// as modules whose require throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM
// (secure_web.go): the simulated network carries no TLS, and leaving their
// code out keeps the page within its download budget.
package builtins

import (
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/aliases"
	asynchooks "github.com/evloop/evloop/js/async_hooks"
	"github.com/evloop/evloop/js/constants"
	"github.com/evloop/evloop/js/crypto"
	"github.com/evloop/evloop/js/dgram"
	diagnosticschannel "github.com/evloop/evloop/js/diagnostics_channel"
	"github.com/evloop/evloop/js/dns"
	"github.com/evloop/evloop/js/fs"
	"github.com/evloop/evloop/js/http"
	"github.com/evloop/evloop/js/module"
	"github.com/evloop/evloop/js/net"
	perfhooks "github.com/evloop/evloop/js/perf_hooks"
	"github.com/evloop/evloop/js/punycode"
	"github.com/evloop/evloop/js/querystring"
	"github.com/evloop/evloop/js/readline"
	streamconsumers "github.com/evloop/evloop/js/stream_consumers"
	"github.com/evloop/evloop/js/tty"
	"github.com/evloop/evloop/js/v8"
	vmmod "github.com/evloop/evloop/js/vm"
	"github.com/evloop/evloop/js/webstreams"
	"github.com/evloop/evloop/js/zlib"
)

// Portable returns the modules that need no capability beyond the loop's
// backend: a new slice on each call, so a caller may append to it.
func Portable() []js.Module {
	mods := append(fs.Modules(), readline.Modules()...)
	mods = append(mods, aliases.Modules()...)
	mods = append(mods, dns.Modules()...)
	mods = append(mods, secure()...)
	return append(mods,
		net.Module(),
		crypto.Module(),
		asynchooks.Module(),
		constants.Module(),
		diagnosticschannel.Module(),
		module.Module(),
		perfhooks.Module(),
		punycode.Module(),
		querystring.Module(),
		streamconsumers.Module(),
		tty.Module(),
		dgram.Module(),
		http.Module(),
		v8.Module(),
		vmmod.Module(),
		webstreams.Module(),
		zlib.Module(),
	)
}
