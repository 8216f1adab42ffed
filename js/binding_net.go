package js

// More of the binding API (binding.go): what a binding that opens its own
// listeners and connections (js/net) needs from the stream handles the
// runtime core keeps (stream_wrap.go). The handle object's JS methods
// (readStart, write, shutdown, close, ...) and its read and write paths
// stay here, shared with child_process's pipes and everything built on
// net.Socket; the binding only says what is behind a handle and when its
// own callbacks run. Call only from the runtime's loop goroutine.

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop/sys"
)

// Stream is one stream handle seen from Go: the JS object net.Socket and
// net.Server run on, and the loop handle that keeps the loop alive while it
// is active (see StreamHandle for the object's methods).
type Stream struct{ t *tcpHandle }

// NewStream makes a stream handle with nothing behind it yet (a server
// before its listener is open, a socket before its connect completes). Its
// callbacks run in the async context current now; the loop handle (label
// names it in the trace) stays inactive until Start.
func (r *Runtime) NewStream(label string) *Stream {
	if r.streams == nil {
		r.streams = r.newTCPHandles()
	}
	return &Stream{r.streams.new(label)}
}

// Object returns the handle object JS sees.
func (s *Stream) Object() *goja.Object { return s.t.obj }

// Start makes the loop handle active: it keeps the loop alive until the
// handle is closed (or unref'd from JS).
func (s *Stream) Start() { s.t.h.Start() }

// Attach puts the connection c behind the handle; if JS called readStart
// before it came (a socket read from before its connect completed),
// reading starts now.
func (s *Stream) Attach(c sys.Conn) {
	s.t.conn = c
	if s.t.reading {
		s.t.startReading()
	}
}

// Listen puts a listener behind the handle: close() closes it.
func (s *Stream) Listen(ln sys.Listener) { s.t.ln = ln }

// Closed says whether JS closed the handle (or Discard did).
func (s *Stream) Closed() bool { return s.t.closed }

// Call runs fn with the handle object as this, in the handle's async
// context, as node runs a handle's callbacks in the scope of its AsyncWrap;
// a throw becomes an uncaught exception.
func (s *Stream) Call(fn goja.Callable, args ...goja.Value) { s.t.call(fn, s.t.obj, args...) }

// Detach makes the handle's callbacks run in no async context: for a
// handle the loop made rather than JS, as node's.
func (s *Stream) Detach() { s.t.ctx = nil }

// NewAcceptedStream is NewStream for a connection server accepted: made by
// the loop, not by JS, its callbacks run with no stores, as node's; with
// async ids on it is a resource of its own triggered by server's (what an
// enterWith in one of its callbacks sets stays for the next ones).
func (r *Runtime) NewAcceptedStream(label string, server *Stream) *Stream {
	prev := r.asyncCtx
	r.asyncCtx = nil
	if r.asyncIDs != nil && server != nil && server.t.ctx != nil {
		r.asyncCtx = &asyncFrame{id: server.t.ctx.id}
	}
	s := r.NewStream(label)
	r.asyncCtx = prev
	if r.asyncIDs == nil {
		s.t.ctx = nil
	}
	return s
}

// Discard drops a handle that never became usable (a connect that failed
// at once): it is closed, with no close callback, and forgotten.
func (s *Stream) Discard() {
	s.t.closed = true
	s.t.h.Close(nil)
	delete(s.t.r.streams.handles, s.t.obj)
}

// ErrCode names err as libuv would ("ECONNREFUSED", "EADDRINUSE"; "EOF"
// for io.EOF, "ENOSYS" for an unsupported operation, else "EIO"), as the
// stream handles report their own errors.
func ErrCode(err error) string { return errCode(err) }
