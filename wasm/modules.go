//go:build wasip1

package main

import (
	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	childprocess "github.com/evloop/evloop/js/child_process"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
	"github.com/evloop/evloop/loop/trace"
)

// nodeModules are the built-in modules beyond package js's own core that
// the wasm module registers (js.Options.Modules): the portable set, and
// child_process, whose children on the simulation are further evloop
// programs of the same module (js/child_process/sim.go); the guest starts
// no real process.
func nodeModules() []js.Module { return append(builtins.Portable(), childprocess.Module()) }

// workers is worker_threads for the module's program: on the simulation
// each Worker is a further loop on the program's virtual clock
// (poller.Sim.ForkWorker), writing to the same trace (shared: nil without
// one). On the real clock or the host's real I/O a Worker fails with
// ENOSYS: the guest has no threads of its own to give it.
func workers(shared *trace.Shared) js.Module {
	return workerthreads.Module(workerthreads.Config{Modules: builtins.Portable(), Trace: shared})
}
