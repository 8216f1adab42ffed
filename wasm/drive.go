//go:build wasip1

package main

// drive runs the loop for evloop_run: rt.Drive (step, then wait as the
// loop asks: on the virtual clock that never blocks). A real-I/O run
// replaces it with one step that leaves the waiting to the host.
var drive = func(steps int) bool { return rt.Drive(steps) }

// nextTimeout is evloop_next_timeout; nil: the module waits for itself.
var nextTimeout func() int32

// nextTimeoutExport is abi.ExportNextTimeout.
//
//go:wasmexport evloop_next_timeout
func nextTimeoutExport() int32 {
	if nextTimeout == nil || rt == nil || finished {
		return 0
	}
	return nextTimeout()
}
