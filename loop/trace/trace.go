// Package trace defines evloop's trace: one Event per loop operation, in the
// vocabulary of the seed articles (phases timers, pending, idle, prepare, poll,
// check, close; queues nextTick, promise, timers, io, check, close, pool).
//
// The trace is the contract between the scheduler and its users: the CLI prints
// it (--trace=text|json|chrome) and the page replays it step by step, so every
// queue's content at any step can be rebuilt from the events alone:
// an "enqueue" adds (Queue, ID) to a queue, a "dequeue" or "cancel" removes it.
// The format is documented for readers in site/docs/trace.md.
package trace

// Kind names what happened. Kinds are strings so JSON lines stay readable.
type Kind string

// The event kinds, in rough order of appearance.
const (
	LoopStart   Kind = "loop.start"   // the loop is created; Label is the clock ("real" or "virtual")
	ScriptStart Kind = "script.start" // the main module starts (Label: file; Text: its source)
	ScriptEnd   Kind = "script.end"   // the main module returned
	Iteration   Kind = "iteration"    // a new loop iteration begins; N is its number (1-based)
	PhaseEnter  Kind = "phase.enter"  // Phase begins
	PhaseLeave  Kind = "phase.leave"  // Phase ends
	PollTimeout Kind = "poll.timeout" // the poll phase may block N ms (-1: forever); Why says why
	Clock       Kind = "clock"        // the loop clock moved to T (N: the step in ns)
	Enqueue     Kind = "enqueue"      // ID joined Queue (Due: when a timer is due, in loop ms)
	Dequeue     Kind = "dequeue"      // ID left Queue to run
	Cancel      Kind = "cancel"       // ID left Queue without running (clearTimeout, ...)
	// Register: a then() or await reaction was registered on a promise. Its
	// job joins the promise queue when that promise settles — at once if it
	// already has. Stock goja reports registration, not the moment of
	// joining; the matching Dequeue comes when the job runs.
	Register        Kind = "register"
	CallbackStart   Kind = "callback.start"   // a callback from Queue starts on the call stack
	CallbackEnd     Kind = "callback.end"     // ... and returns
	CheckpointStart Kind = "checkpoint.start" // the microtask checkpoint after a callback (nextTick, then promise jobs)
	CheckpointEnd   Kind = "checkpoint.end"
	PoolStart       Kind = "pool.start" // a thread-pool worker (Worker) started work ID
	PoolDone        Kind = "pool.done"  // ... and finished it
	Console         Kind = "console"    // Text was written to FD 1 (stdout) or 2 (stderr)
	Error           Kind = "error"      // an uncaught error (Text)
	Note            Kind = "note"       // an explanation that is not an operation (Text)
	Send            Kind = "send"       // a message left for another loop; Msg numbers it (see Event.Msg)
	LoopEnd         Kind = "loop.end"   // the loop has no more work; N is the exit code
)

// Phase is one of libuv's loop phases, plus "main" for the main script and
// "exit" for the process 'exit' event.
type Phase string

// Phases in the order one iteration visits them under libuv 1.46 (Node 20):
// due timers also run once before the first iteration.
const (
	PhaseMain    Phase = "main"
	PhaseTimers  Phase = "timers"
	PhasePending Phase = "pending"
	PhaseIdle    Phase = "idle"
	PhasePrepare Phase = "prepare"
	PhasePoll    Phase = "poll"
	PhaseCheck   Phase = "check"
	PhaseClose   Phase = "close"
	PhaseExit    Phase = "exit"
)

// Queue names a queue a callback waits in.
type Queue string

// The queues, named as the seed articles name them.
const (
	QueueMain     Queue = "main"     // the main script itself
	QueueNextTick Queue = "nextTick" // process.nextTick
	QueuePromise  Queue = "promise"  // promise jobs and queueMicrotask (V8's one microtask FIFO)
	QueueTimers   Queue = "timers"   // setTimeout / setInterval
	QueuePending  Queue = "pending"  // I/O callbacks deferred to the next iteration
	QueueIO       Queue = "io"       // I/O callbacks run in the poll phase
	QueueCheck    Queue = "check"    // setImmediate
	QueueClose    Queue = "close"    // close callbacks
	QueuePool     Queue = "pool"     // work waiting for or running on a thread-pool worker
	QueueEvent    Queue = "event"    // process events such as 'exit' and 'beforeExit'
)

// Event is one operation of the loop. Zero fields are omitted from JSON.
type Event struct {
	Seq    uint64   `json:"seq"`              // 1, 2, 3, ... in emission order
	T      int64    `json:"t"`                // loop clock in nanoseconds since the loop started
	Kind   Kind     `json:"ev"`               // what happened
	Phase  Phase    `json:"phase,omitempty"`  // the phase it happened in
	Queue  Queue    `json:"q,omitempty"`      // the queue concerned
	ID     uint64   `json:"id,omitempty"`     // the queued item's id, unique per loop
	Label  string   `json:"label,omitempty"`  // what the item is, for people ("setTimeout timeout")
	Due    int64    `json:"due,omitempty"`    // timers: due time in loop milliseconds
	N      int64    `json:"n,omitempty"`      // a number whose meaning depends on Kind
	Why    string   `json:"why,omitempty"`    // poll.timeout: the rule that chose the timeout
	Text   string   `json:"text,omitempty"`   // console text, error text, notes
	FD     int      `json:"fd,omitempty"`     // console: 1 stdout, 2 stderr
	Worker int      `json:"worker,omitempty"` // pool: worker number, 1-based
	Stack  []string `json:"stack,omitempty"`  // the JS call stack at callback.start, innermost first
	Loop   int      `json:"loop,omitempty"`   // which loop: 0 (left out) the main thread's, N worker thread N's
	Src    string   `json:"src,omitempty"`    // enqueue: where the callback is defined (main.js:5), if known
	// Msg numbers a message between loops, program-wide: the sender's Send
	// and the receiver's CallbackStart that delivers it carry the same
	// number, so a reader can draw the message from one loop to the other.
	Msg uint64 `json:"msg,omitempty"`
}

// Sink receives events. Implementations are called on the loop goroutine only.
type Sink interface {
	Emit(Event)
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(Event)

// Emit calls f(e).
func (f SinkFunc) Emit(e Event) { f(e) }

// Recorder keeps every event in memory; the page and tests use it.
type Recorder struct {
	Events []Event
}

// Emit appends e.
func (r *Recorder) Emit(e Event) { r.Events = append(r.Events, e) }
