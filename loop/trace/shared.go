package trace

import (
	"sync"
	"sync/atomic"
)

// Shared lets several loops — the main thread's and each worker thread's,
// every one on its own goroutine — write one trace. Each loop emits
// through For(its id), which stamps Event.Loop and serializes the calls;
// events of different loops interleave in the order they were emitted.
// Seq and T stay per loop (each loop counts and clocks its own).
type Shared struct {
	mu   sync.Mutex
	sink Sink
	msgs atomic.Uint64
}

// Msgs is the program's counter of messages between its loops
// (Event.Msg): every module that carries data from one loop to another
// (worker_threads' ports, simulated child processes' pipes) numbers its
// messages with it, so that a number names one message in the trace.
func (s *Shared) Msgs() *atomic.Uint64 { return &s.msgs }

// NewShared wraps sink for use by several loops.
func NewShared(sink Sink) *Shared { return &Shared{sink: sink} }

// For returns the sink of loop id (0: the main thread). Safe from any
// goroutine; the returned sink too.
func (s *Shared) For(id int) Sink { return loopSink{s: s, id: id} }

// loopSink is one loop's sink of a Shared trace.
type loopSink struct {
	s  *Shared
	id int
}

func (l loopSink) Emit(e Event) {
	e.Loop = l.id
	l.s.mu.Lock()
	l.s.sink.Emit(e)
	l.s.mu.Unlock()
}

// SharedOf returns the Shared trace sink was made by (Shared.For), or nil:
// how a module that starts another loop (a simulated child process) gives
// it a sink of its own in the same trace.
func SharedOf(sink Sink) *Shared {
	if l, ok := sink.(loopSink); ok {
		return l.s
	}
	return nil
}
