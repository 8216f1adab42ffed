package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The collector's policy for the CLI. goja allocates for every call into
// JS, so a lazy collector (GOGC=400) roughly halves the cost of a callback
// (make bench) — but it lets the heap grow to five times its live size,
// which is cheap for a script's few MB and not for a server holding
// thousands of sockets (make soak: 714 MB peak for 10,000 connections
// whose live heap was 140 MB). So the percent falls as the live heap
// grows: the heap may grow by gcHeadroom past what is live (400% of up to
// 16 MB), never by less than gcMinPercent. After every collection the
// live heap is read and the percent set again. A GOGC in the environment
// wins: then nothing here runs (GOMEMLIMIT, if set, applies on top, as
// the runtime enforces it).
const (
	gcFastPercent = 400
	gcHeadroom    = 64 << 20
	gcMinPercent  = 25
)

// gcSteps are the percents the policy sets, largest first: the percent
// changes only when the live heap crosses a step, not after every cycle
// (setting it stops the world).
var gcSteps = []int{400, 300, 200, 150, 100, 75, 50, 35, gcMinPercent}

// startGCPolicy sets the collector's policy unless GOGC is set.
func startGCPolicy() {
	if os.Getenv("GOGC") != "" {
		return
	}
	lazyGC.Lock()
	lazyGC.current = gcFastPercent
	lazyGC.Unlock()
	debug.SetGCPercent(gcFastPercent)
	watchGC()
}

// gcPercentFor is the percent for a live heap of live bytes: the largest
// step whose growth stays within gcHeadroom, at least gcMinPercent.
func gcPercentFor(live uint64) int {
	for _, p := range gcSteps {
		if live*uint64(p)/100 <= gcHeadroom {
			return p
		}
	}
	return gcMinPercent
}

// gcSentinel is allocated once per cycle: its finalizer runs after the
// collection that found it unreachable, which is how the policy hears of
// each cycle without a goroutine polling. It has a pointer so the
// allocator does not pack it with other tiny objects (whose lives would
// hold it).
type gcSentinel struct{ _ *int }

func watchGC() {
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		adjustGC()
		watchGC()
	})
}

var liveSample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// adjustGC sets the percent for the live heap the last cycle left. While
// the wasm engine runs (lazyHostGC) the percent it will restore changes
// instead.
func adjustGC() {
	metrics.Read(liveSample)
	if liveSample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	p := gcPercentFor(liveSample[0].Value.Uint64())
	lazyGC.Lock()
	defer lazyGC.Unlock()
	if p == lazyGC.current {
		return
	}
	lazyGC.current = p
	if lazyGC.runs > 0 {
		lazyGC.percent = p
		return
	}
	debug.SetGCPercent(p)
}
