//go:build wasip1

package main

import (
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
)

// nodeModules are the built-in modules beyond package js's own core that
// the wasm module registers (js.Options.Modules): the portable set. A guest
// has no processes or threads, so child_process and worker_threads are not
// registered here.
func nodeModules() []js.Module { return builtins.Portable() }
