package js

import "sync"

// OnFinish registers fn to run when the program ends, in Finish, after
// process 'exit' and before the loop's end is traced: what a module that
// started other loops needs to end them (worker_threads terminates its live
// workers there, as node does when the main thread exits; child_process
// its simulated children). fn only tells its loops to stop and returns how
// to wait for them (nil: nothing to wait for). Finish first calls every
// hook, then takes this loop out of a simulation's rotation (the backend's
// EndLoop, poller.Sim) so that the other loops get their turns to end, then
// waits. Hooks run in the order registered, on the runtime's loop
// goroutine; JavaScript can no longer run. Call from the loop goroutine.
func (r *Runtime) OnFinish(fn func() (wait func())) { r.finishHooks = append(r.finishHooks, fn) }

// runFinishHooks runs the OnFinish hooks once.
func (r *Runtime) runFinishHooks() {
	hooks := r.finishHooks
	r.finishHooks = nil
	if len(hooks) == 0 {
		return
	}
	var waits []func()
	for _, fn := range hooks {
		if w := fn(); w != nil {
			waits = append(waits, w)
		}
	}
	if e, ok := r.opts.Backend.(interface{ EndLoop() }); ok {
		e.EndLoop()
	}
	for _, w := range waits {
		w()
	}
}

// interruptHooks are the OnInterrupt hooks; they are called from any
// goroutine.
type interruptHooks struct {
	mu  sync.Mutex
	fns []func(reason error)
}

// OnInterrupt registers fn to run whenever Interrupt is called (a
// --timeout, an embedder stopping the program), on the interrupting
// goroutine: a module whose other loops could keep this one from getting
// to its end (a worker spinning on the virtual clock holds the turn) stops
// them there. fn must be safe from any goroutine. Safe from any goroutine.
func (r *Runtime) OnInterrupt(fn func(reason error)) {
	r.interrupts.mu.Lock()
	r.interrupts.fns = append(r.interrupts.fns, fn)
	r.interrupts.mu.Unlock()
}

func (r *Runtime) runInterruptHooks(reason error) {
	r.interrupts.mu.Lock()
	fns := append([]func(reason error){}, r.interrupts.fns...)
	r.interrupts.mu.Unlock()
	for _, fn := range fns {
		fn(reason)
	}
}
