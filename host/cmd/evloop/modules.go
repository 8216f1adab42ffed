package main

import (
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	childprocess "github.com/evloop/evloop/js/child_process"
)

// nodeModules are the built-in modules beyond package js's own core that
// the CLI's native engine registers (js.Options.Modules): the portable set
// the wasm module registers too, and child_process, which needs processes
// (worker_threads is added per run in run.go: it shares the run's trace).
func nodeModules() []js.Module {
	return append(builtins.Portable(), childprocess.Module())
}
