//go:build wasip1

package main

import (
	"math"
	"time"
)

// drive runs the loop for evloop_run: rt.Drive (step, then wait as the
// loop asks: on the virtual clock that never blocks). A real-I/O run
// replaces it with one step that leaves the waiting to the host.
var drive = func(steps int) bool { return rt.Drive(steps) }

// nextWait is how long the host may wait before the next evloop_run
// (negative: until an event comes); nil: the module waits for itself.
var nextWait func() time.Duration

// nextTimeoutExport is abi.ExportNextTimeout: nextWait in whole
// milliseconds, rounded up.
//
//go:wasmexport evloop_next_timeout
func nextTimeoutExport() int32 {
	d := nextWaitExport()
	switch {
	case d < 0:
		return -1
	case d > int64(math.MaxInt32)*int64(time.Millisecond):
		return math.MaxInt32
	}
	return int32((d + int64(time.Millisecond) - 1) / int64(time.Millisecond))
}

// nextWaitExport is abi.ExportNextWaitNs.
//
//go:wasmexport evloop_next_wait_ns
func nextWaitExport() int64 {
	if nextWait == nil || rt == nil || finished {
		return 0
	}
	if d := nextWait(); d >= 0 {
		return int64(d)
	}
	return -1
}
