package js

// What a built-in module in its own package (js/child_process, a user's
// own module registered through Options.Modules) needs from the runtime:
// its host, its output, a way to run its embedded JS with require and the
// shared natives, and stream handles for the descriptors it opens. All of
// it belongs to the runtime's loop goroutine.

import (
	"io"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// Host returns the world outside the loop the runtime was given (nil: none).
func (r *Runtime) Host() *sys.Host { return r.opts.Host }

// Stdout returns where the program's standard output goes.
func (r *Runtime) Stdout() io.Writer { return r.stdout }

// Stderr returns where the program's standard error goes.
func (r *Runtime) Stderr() io.Writer { return r.stderr }

// Call runs fn from a loop callback (a Go function a completion runs); a
// throw becomes an uncaught exception, as in node.
func (r *Runtime) Call(fn goja.Callable, this goja.Value, args ...goja.Value) {
	r.call(fn, this, args...)
}

// NewInternal returns an object for a module's natives whose prototype is
// the natives the built-in libraries share (internal.describe,
// internal.invalidArgType, internal.bufView, ...).
func (r *Runtime) NewInternal() *goja.Object {
	o := r.vm.NewObject()
	o.SetPrototype(r.internals)
	return o
}

// RunBuiltin runs src, a built-in library named name, as node runs its
// own: function (exports, require, module, internal), and returns
// module.exports. require reaches every built-in module.
func (r *Runtime) RunBuiltin(name, src string, internal *goja.Object) (goja.Value, error) {
	prg, err := libProgram(name+".js", []byte(src))
	if err != nil {
		return nil, err
	}
	fnv, err := r.vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	module.Set("exports", exports)
	if _, err := fn(goja.Undefined(), exports, r.requireFunc("/"), module, internal); err != nil {
		return nil, err
	}
	return module.Get("exports"), nil
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

// syntaxToHook gives a main module's syntax error to Options.Uncaught, if
// set (a worker's parent gets it as an 'error' event), and ends the
// program with code 1. It reports whether it did.
func (r *Runtime) syntaxToHook(msg string) bool {
	if r.opts.Uncaught == nil {
		return false
	}
	r.opts.Uncaught(r.newError("SyntaxError", msg))
	r.die(1)
	return true
}

// Require returns built-in module name's exports, loading it if needed.
func (r *Runtime) Require(name string) (goja.Value, error) { return r.requireBuiltin(name) }
