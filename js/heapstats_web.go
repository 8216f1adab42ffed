//go:build evloopweb

package js

import "runtime"

// The page's build reads the heap with runtime.ReadMemStats, which the Go
// runtime links anyway, instead of runtime/metrics: its table of ~80
// metrics and their readers are ~9 KB of the page's download with brotli.
// ReadMemStats stops the world, which costs nothing in the page's one
// thread; its HeapAlloc is the same figure as runtime/metrics'
// /memory/classes/heap/objects:bytes.

func heapBytes() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// heapLive has no live-after-collection figure in MemStats: the heap's
// object bytes stand for both (WatchHeap, the CLI's, is not called by the
// page's worker).
func heapLive() (live, objects uint64) {
	b := heapBytes()
	return b, b
}
