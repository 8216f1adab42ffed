package trace

import "sync"

// Shared lets several loops — the main thread's and each worker thread's,
// every one on its own goroutine — write one trace. Each loop emits
// through For(its id), which stamps Event.Loop and serializes the calls;
// events of different loops interleave in the order they were emitted.
// Seq and T stay per loop (each loop counts and clocks its own).
type Shared struct {
	mu   sync.Mutex
	sink Sink
}

// NewShared wraps sink for use by several loops.
func NewShared(sink Sink) *Shared { return &Shared{sink: sink} }

// For returns the sink of loop id (0: the main thread). Safe from any
// goroutine; the returned sink too.
func (s *Shared) For(id int) Sink {
	return SinkFunc(func(e Event) {
		e.Loop = id
		s.mu.Lock()
		s.sink.Emit(e)
		s.mu.Unlock()
	})
}
