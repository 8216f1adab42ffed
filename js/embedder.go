package js

// More of the binding API (binding.go): what a binding that does I/O of
// its own (js/child_process) needs: the program's output, the shared
// natives, and stream handles for the descriptors it opens. Call only from
// the runtime's loop goroutine.

import (
	"io"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// Stdout returns where the program's standard output goes.
func (r *Runtime) Stdout() io.Writer { return r.stdout }

// Stderr returns where the program's standard error goes.
func (r *Runtime) Stderr() io.Writer { return r.stderr }

// NewInternal returns an object for a module's natives whose prototype is
// the natives the built-in libraries share (internal.describe,
// internal.codedError, internal.argType, internal.invalidArgType,
// internal.setErrorCode, internal.bufView, ...: node's error shapes are
// made there once, never again in a module).
func (r *Runtime) NewInternal() *goja.Object {
	o := r.vm.NewObject()
	o.SetPrototype(r.internals)
	return o
}

// StreamHandle wraps c (a pipe, a socket) in the handle object net.Socket
// runs on (readStart, write, shutdown, close, onread, ...), as node's
// pipe_wrap does; new net.Socket({handle}) makes it a stream. The handle
// keeps the loop alive until closed; label names it in the trace.
func (r *Runtime) StreamHandle(label string, c sys.Conn) *goja.Object {
	if r.streams == nil {
		r.streams = r.newTCPHandles()
	}
	t := r.streams.new(label)
	t.conn = c
	t.h.Start()
	return t.obj
}

// Terminate ends the program as worker.terminate() does: the running
// JavaScript stops at its next instruction, no further callback runs, and
// nothing is printed. Safe from any goroutine.
func (r *Runtime) Terminate() {
	r.vm.Interrupt(exitSignal{1})
	r.loop.Interrupt(nil)
}

// Backend returns the loop.Backend the runtime was given (nil: none).
func (r *Runtime) Backend() loop.Backend { return r.opts.Backend }

// Options returns the options the runtime was made with (after defaults).
func (r *Runtime) Options() Options { return r.opts }
