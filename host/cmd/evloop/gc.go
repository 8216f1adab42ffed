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

// gcBuildingPercent is the least percent while a program builds its live
// heap: when more than half of what it allocated since the last
// collection is still live after it, that collection found little
// garbage, and collecting more often would not lower the peak (the bytes
// are live) while each collection marks the whole heap again. A 1M-long
// .then chain (make bench's then_chain_1m, 2.7 GB live at its end) took
// twice goja_nodejs's CPU at 25 % and the same as it at 100 % (Go's
// default, what goja_nodejs runs), with the same peak RSS. A server's
// heap is the other case: what each request allocates dies, survival is
// low, and the headroom stays bounded (make soak).
const gcBuildingPercent = 100

// gcPercentAfter is the percent after a collection that left live bytes,
// when the one before it left prevLive and allocated bytes were allocated
// in between.
func gcPercentAfter(live, prevLive, allocated uint64) int {
	p := gcPercentFor(live)
	if p < gcBuildingPercent && live > prevLive && (live-prevLive)*2 > allocated {
		p = gcBuildingPercent
	}
	return p
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

var gcSamples = []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/allocs:bytes"}}

// gcLast is what the previous adjustGC read: the live heap and the bytes
// allocated so far. Only the finalizer goroutine touches it.
var gcLast struct{ live, allocs uint64 }

// adjustGC sets the percent for the live heap the last cycle left and for
// how much of what was allocated since the cycle before survived it.
// While the wasm engine runs (lazyHostGC) the percent it will restore
// changes instead.
func adjustGC() {
	metrics.Read(gcSamples)
	if gcSamples[0].Value.Kind() != metrics.KindUint64 || gcSamples[1].Value.Kind() != metrics.KindUint64 {
		return
	}
	live, allocs := gcSamples[0].Value.Uint64(), gcSamples[1].Value.Uint64()
	p := gcPercentAfter(live, gcLast.live, allocs-gcLast.allocs)
	gcLast.live, gcLast.allocs = live, allocs
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
