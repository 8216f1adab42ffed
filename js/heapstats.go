//go:build !evloopweb

package js

import "runtime/metrics"

// heapBytes is the Go heap's live-and-not-yet-collected object bytes,
// read without stopping the world.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return sampleUint(s[0])
}

// heapLive is the heap's live bytes after the last collection and its
// object bytes now (live and not yet collected), for WatchHeap.
func heapLive() (live, objects uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return sampleUint(s[0]), sampleUint(s[1])
}

func sampleUint(s metrics.Sample) uint64 {
	if s.Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s.Value.Uint64()
}
