package js

import (
	"errors"
	"io"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// stdinChunk is how much one read of standard input asks for (libuv's
// 64 KiB).
const stdinChunk = 64 << 10

// poster is a Backend that takes completions from other goroutines
// (poller.Real). Standard input that may block is read on a goroutine of
// its own and handed back this way.
type poster interface{ Post(loop.Completion) }

// sized is a reader that never blocks (a strings.Reader, a bytes.Reader: the
// page's text box); it is read on the loop goroutine.
type sized interface{ Len() int }

// stdin is process.stdin's source: Options.Stdin read one chunk at a time.
// A read in flight keeps the loop alive only until stdinStop (node's
// readStop when the stream pauses); its result is still delivered if the
// loop runs on for other reasons.
type stdin struct {
	r       *Runtime
	src     io.Reader
	req     *loop.Request // the keep-alive of the read in flight, nil if none or stopped
	reading bool          // a read is in flight
	err     error         // io.EOF or the read error, once seen
	cb      goja.Callable
}

// stdinNatives adds, to the bootstrap's internal object:
//
//	stdinRead(cb)  starts one read; cb(ArrayBuffer) with data, cb(null) at
//	               the end, cb(null, message) on an error, from the poll phase
//	stdinStop()    the stream paused: the read no longer keeps the loop alive
//	stdinIsTTY     whether the embedder said stdin is a terminal
//	stdinSetRaw(f) raw mode on or off (Options.SetRawMode): an error code
func (r *Runtime) stdinNatives(o *internalStore) {
	s := &stdin{r: r, src: r.opts.Stdin}
	if s.src == nil {
		s.src = eofReader{}
	}
	o.Set("stdinIsTTY", r.opts.StdinTTY)
	// stdinSetRaw(flag): the embedder's SetRawMode; an error's code
	// ("EIO", ...) or undefined.
	o.Set("stdinSetRaw", func(raw bool) goja.Value {
		if r.opts.SetRawMode == nil {
			return goja.Undefined()
		}
		if err := r.opts.SetRawMode(raw); err != nil {
			return r.vm.ToValue(errCode(err))
		}
		return goja.Undefined()
	})
	o.Set("stdinRead", func(call goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(call.Argument(0))
		if ok {
			s.read(cb)
		}
		return goja.Undefined()
	})
	o.Set("stdinStop", func(goja.FunctionCall) goja.Value {
		if s.req != nil {
			r.loop.CancelRequest(s.req)
			s.req = nil
		}
		return goja.Undefined()
	})
	r.stdin = s
}

// readAll reads the rest of standard input now: nothing if a read is in
// flight or the end was seen.
func (s *stdin) readAll() []byte {
	if s.err != nil || s.reading {
		return nil
	}
	rest, err := io.ReadAll(s.src)
	if err != nil {
		s.err = err
	} else {
		s.err = io.EOF
	}
	return rest
}

// AsyncReader is a source of standard input that delivers on the loop
// itself: a simulated child's stdin pipe (child_process on simulated I/O),
// where a blocking read would stop the virtual clock. ReadAsync asks for
// the next chunk; done runs later, on the loop goroutine inside one of
// its callbacks (never before ReadAsync returns), with data, or with nil
// and io.EOF at the end. Read is for fs.readFileSync(0): what is there now.
type AsyncReader interface {
	io.Reader
	ReadAsync(done func([]byte, error))
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
func (eofReader) Len() int                 { return 0 }

// read starts one read, unless one is in flight (then it only keeps the
// loop alive again); cb gets its result.
func (s *stdin) read(cb goja.Callable) {
	r := s.r
	s.cb = cb
	if s.req == nil {
		s.req = r.loop.BeginRequest(trace.QueueIO, "stdin read")
	}
	if s.reading {
		return
	}
	s.reading = true
	if s.err != nil {
		err := s.err
		r.loop.Inject(loop.Completion{Run: func() { s.deliver(nil, err) }})
		return
	}
	if a, ok := s.src.(AsyncReader); ok {
		a.ReadAsync(s.deliver)
		return
	}
	p, ok := r.opts.Backend.(poster)
	if _, never := s.src.(sized); never || !ok {
		// A text that never blocks, or no way to be woken (a wasm
		// guest): read now.
		data, err := readChunk(s.src)
		r.loop.Inject(loop.Completion{Label: "stdin data", Run: func() { s.deliver(data, err) }})
		return
	}
	go func() {
		data, err := readChunk(s.src)
		p.Post(loop.Completion{Label: "stdin data", Run: func() { s.deliver(data, err) }})
	}()
}

func readChunk(src io.Reader) ([]byte, error) {
	buf := make([]byte, stdinChunk)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			return buf[:n], nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// deliver hands a read's result to JS.
func (s *stdin) deliver(data []byte, err error) {
	r := s.r
	s.reading = false
	if s.req != nil {
		r.loop.CancelRequest(s.req)
		s.req = nil
	}
	switch {
	case data != nil:
		r.call(s.cb, goja.Undefined(), r.vm.ToValue(r.vm.NewArrayBuffer(data)))
	case errors.Is(err, io.EOF):
		s.err = io.EOF
		r.call(s.cb, goja.Undefined(), goja.Null())
	default:
		s.err = err
		r.call(s.cb, goja.Undefined(), goja.Null(), r.vm.ToValue(err.Error()))
	}
}
