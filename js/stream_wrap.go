package js

// The stream handles several bindings share, shaped after node's
// stream_wrap, tcp_wrap and pipe_wrap (src/stream_wrap.cc, tcp_wrap.cc):
// one handle object over a sys.Conn (or a sys.Listener) with readStart,
// write, shutdown, close, ref/unref and an onread callback. js/net's
// servers and sockets, child_process's pipes (StreamHandle) and, through
// net.Socket, tls and http run on them, so they are the runtime core's, not
// the net room's: js/net opens listeners and connections and hands them
// here through binding_net.go. Errors cross as libuv code names
// ("ECONNREFUSED"), which the JS side turns into node's error objects.

import (
	"errors"
	"io"
	"net/netip"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// errnoName is libuv's code name of an error sys.Net returns, "" for
// another (a switch: a package-level map literal is built at every start).
func errnoName(errno syscall.Errno) string {
	switch errno {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	case syscall.ECONNRESET:
		return "ECONNRESET"
	case syscall.ECONNABORTED:
		return "ECONNABORTED"
	case syscall.EADDRINUSE:
		return "EADDRINUSE"
	case syscall.EADDRNOTAVAIL:
		return "EADDRNOTAVAIL"
	case syscall.EACCES:
		return "EACCES"
	case syscall.EPERM:
		return "EPERM"
	case syscall.EPIPE:
		return "EPIPE"
	case syscall.ETIMEDOUT:
		return "ETIMEDOUT"
	case syscall.EHOSTUNREACH:
		return "EHOSTUNREACH"
	case syscall.ENETUNREACH:
		return "ENETUNREACH"
	case syscall.ENOTCONN:
		return "ENOTCONN"
	case syscall.EBADF:
		return "EBADF"
	case syscall.EINVAL:
		return "EINVAL"
	case syscall.EMFILE:
		return "EMFILE"
	case syscall.ENFILE:
		return "ENFILE"
	case syscall.ENOBUFS:
		return "ENOBUFS"
	case syscall.EAFNOSUPPORT:
		return "EAFNOSUPPORT"
	}
	return ""
}

// errCode names err as libuv would ("ECONNREFUSED"); "EOF" for io.EOF.
func errCode(err error) string {
	if err == io.EOF {
		return "EOF"
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if name := errnoName(errno); name != "" {
			return name
		}
	}
	if errors.Is(err, errors.ErrUnsupported) {
		return "ENOSYS"
	}
	return "EIO"
}

// family is node's family name for an address.
func family(ip string) string {
	if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
		return "IPv6"
	}
	return "IPv4"
}

// tcpHandle is one server or socket handle seen from JS: a loop.Handle that
// keeps the loop alive, and the sys object behind it.
type tcpHandle struct {
	r    *Runtime
	obj  *goja.Object
	h    *loop.Handle
	ln   sys.Listener
	conn sys.Conn

	enc     string // setEncoding: data crosses as strings
	bufs    bool   // bufferChunks: chunks cross as Buffers, not ArrayBuffers
	argv    [2]goja.Value
	carry   []byte // an incomplete UTF-8 sequence at the end of the last chunk
	reading bool
	closed  bool

	// ctx is the async context when the handle was made: every callback
	// of the handle runs in it, as node runs a handle's callbacks in the
	// scope of its AsyncWrap (an accepted socket's is empty).
	ctx *asyncFrame

	// onread as last read from the object, and it as a callable: a
	// socket's onread is set once, so a chunk costs no AssertFunction.
	onreadVal goja.Value
	onreadFn  goja.Callable

	// owner is the net.Socket that bindSocket gave the handle, and
	// ownerRead its _onread: with no onread of the handle's own, a chunk
	// goes to owner._onread(chunk, n) straight, and write completions run
	// with the owner as this. The handle object then holds no property
	// at all (an onread and a _socket were a property map on every
	// connection), and a chunk costs no JS frame to find the socket.
	owner     *goja.Object
	ownerRead goja.Callable

	// The write path without a closure per write: written is the done
	// callback of every conn.Write (made once); during a Write it records
	// a completion that came at once, after it it calls the oldest
	// callback still waiting: every sys.Conn finishes its writes in the
	// order they were made (the native socket's queue, the simulation at
	// once, the wasm host's queue of the native socket's completions).
	written  func(error)
	inWrite  bool
	syncDone bool
	syncErr  error
	waiting  []goja.Callable // callbacks of writes not yet done, oldest first
}

// onread returns the object's onread callback, if it is a function.
// With no onread of the handle's own and an owner (bindSocket), it is the
// owner's _onread, with the owner as this.
func (t *tcpHandle) onread() (goja.Callable, *goja.Object, bool) {
	v := t.obj.Get("onread")
	if v == nil && t.ownerRead != nil {
		return t.ownerRead, t.owner, true
	}
	if v != t.onreadVal || t.onreadFn == nil {
		fn, ok := goja.AssertFunction(v)
		if !ok {
			return nil, nil, false
		}
		t.onreadVal, t.onreadFn = v, fn
	}
	return t.onreadFn, t.obj, true
}

// call runs fn in the handle's async context.
func (t *tcpHandle) call(fn goja.Callable, this goja.Value, args ...goja.Value) {
	t.r.callIn(t.ctx, fn, this, args...)
}

// writeDone is written's body: see tcpHandle.written.
func (t *tcpHandle) writeDone(err error) {
	if t.inWrite {
		t.syncDone, t.syncErr = true, err
		return
	}
	if len(t.waiting) == 0 {
		return
	}
	fn := t.waiting[0]
	t.waiting[0] = nil
	t.waiting = t.waiting[1:]
	var code goja.Value = goja.Null()
	if err != nil {
		code = t.r.vm.ToValue(errCode(err))
	}
	if fn != nil && !t.closed {
		t.call(fn, t.this(), code)
	}
}

// this is what the handle's write callbacks get as this: the handle, or
// the socket bindSocket gave it.
func (t *tcpHandle) this() *goja.Object {
	if t.owner != nil {
		return t.owner
	}
	return t.obj
}

// write sends b with oncomplete as the callback if it does not finish at
// once. It returns what the handle's write method does: 0 (done at once), 1
// (later) or a code name; with withLen, n and -1-n instead of 0 and 1.
func (t *tcpHandle) write(b []byte, oncomplete goja.Value, withLen bool) goja.Value {
	vm := t.r.vm
	if t.written == nil {
		t.written = t.writeDone
	}
	t.inWrite, t.syncDone, t.syncErr = true, false, nil
	t.conn.Write(b, t.written)
	t.inWrite = false
	if !t.syncDone {
		// Later: oncomplete(code|null) from the poll phase.
		fn, _ := goja.AssertFunction(oncomplete)
		t.waiting = append(t.waiting, fn)
		if withLen {
			return vm.ToValue(-1 - len(b))
		}
		return vm.ToValue(1)
	}
	// Done before Write returned: the caller learns it from the result, as
	// node's req.async == false.
	if err := t.syncErr; err != nil {
		t.syncErr = nil
		return vm.ToValue(errCode(err))
	}
	if withLen {
		return vm.ToValue(len(b))
	}
	return vm.ToValue(0)
}

// utf8Natives adds the UTF-8 helpers net, http and crypto share to o (the
// `internal` object): utf8Length(s), utf8Encode(s) → Uint8Array,
// utf8Decode(bytes) → string.
func (r *Runtime) utf8Natives(o *internalStore) {
	vm := r.vm
	o.Set("utf8Length", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8Len(call.Argument(0).String()))
	})

	o.Set("utf8Encode", func(call goja.FunctionCall) goja.Value {
		ab := vm.NewArrayBuffer([]byte(call.Argument(0).String()))
		u8, err := vm.New(vm.Get("Uint8Array"), vm.ToValue(ab))
		if err != nil {
			panic(err)
		}
		return u8
	})
	o.Set("utf8Decode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(strings.ToValidUTF8(string(bytesOf(vm, call.Argument(0))), "\uFFFD"))
	})
}

// tcpHandles makes handle objects: all share one prototype whose methods
// find their tcpHandle by the receiver, so a socket costs one JS object
// rather than a closure per method.
type tcpHandles struct {
	r       *Runtime
	proto   *goja.Object
	handles map[*goja.Object]*tcpHandle
}

func (r *Runtime) newTCPHandles() *tcpHandles {
	vm := r.vm
	proto := vm.NewObject()
	handles := map[*goja.Object]*tcpHandle{}
	method := func(name string, fn func(t *tcpHandle, call goja.FunctionCall) goja.Value) {
		proto.Set(name, func(call goja.FunctionCall) goja.Value {
			obj, _ := call.This.(*goja.Object)
			t := handles[obj]
			if t == nil {
				return goja.Undefined()
			}
			return fn(t, call)
		})
	}
	method("ref", func(t *tcpHandle, _ goja.FunctionCall) goja.Value { t.h.Ref(); return goja.Undefined() })
	method("unref", func(t *tcpHandle, _ goja.FunctionCall) goja.Value { t.h.Unref(); return goja.Undefined() })
	method("hasRef", func(t *tcpHandle, _ goja.FunctionCall) goja.Value { return vm.ToValue(t.h.HasRef()) })
	method("close", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		if t.closed {
			return goja.Undefined()
		}
		t.closed = true
		if t.ln != nil {
			t.ln.Close()
		}
		if t.conn != nil {
			t.conn.Close()
		}
		fn, _ := goja.AssertFunction(call.Argument(0))
		t.h.Close(func() {
			delete(handles, t.obj)
			if fn != nil {
				t.call(fn, t.obj)
			}
		})
		return goja.Undefined()
	})
	method("readStart", func(t *tcpHandle, _ goja.FunctionCall) goja.Value {
		t.reading = true
		if t.conn != nil && !t.closed {
			t.startReading()
		}
		return goja.Undefined()
	})
	method("readStop", func(t *tcpHandle, _ goja.FunctionCall) goja.Value {
		t.reading = false
		if t.conn != nil && !t.closed {
			t.conn.Pause()
		}
		return goja.Undefined()
	})
	// bufferChunks(): chunks come to onread as Buffers made here (net's
	// sockets), not as ArrayBuffers for the JS side to wrap.
	method("bufferChunks", func(t *tcpHandle, _ goja.FunctionCall) goja.Value {
		t.bufs = r.newBuffer != nil
		return goja.Undefined()
	})
	// bindSocket(socket): the handle's chunks go to socket._onread(chunk,
	// n) and its write callbacks run with socket as this, while the handle
	// has no onread of its own (see tcpHandle.owner).
	method("bindSocket", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		sock, _ := call.Argument(0).(*goja.Object)
		if sock == nil {
			return goja.Undefined()
		}
		fn, ok := goja.AssertFunction(sock.Get("_onread"))
		if !ok {
			return goja.Undefined()
		}
		t.owner, t.ownerRead = sock, fn
		return goja.Undefined()
	})
	method("setEncoding", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		t.enc = call.Argument(0).String()
		return goja.Undefined()
	})
	method("setNoDelay", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		if t.conn != nil && !t.closed {
			t.conn.SetNoDelay(call.Argument(0).ToBoolean())
		}
		return goja.Undefined()
	})
	method("local", func(t *tcpHandle, _ goja.FunctionCall) goja.Value {
		if t.conn == nil || t.closed {
			return goja.Undefined()
		}
		ip, p := t.conn.LocalAddr()
		return vm.NewArray(ip, p, family(ip))
	})
	method("remote", func(t *tcpHandle, _ goja.FunctionCall) goja.Value {
		if t.conn == nil || t.closed {
			return goja.Undefined()
		}
		ip, p := t.conn.RemoteAddr()
		return vm.NewArray(ip, p, family(ip))
	})
	method("write", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		if t.conn == nil || t.closed {
			return vm.ToValue("EBADF")
		}
		return t.write(viewOf(vm, call.Argument(0)), call.Argument(1), false)
	})
	// writeN(chunk, oncomplete) is write for net's sockets, which also need
	// the chunk's byte length: n (taken at once, n bytes), -1-n (queued;
	// oncomplete comes later), a code name (failed), or undefined for a
	// chunk that is not a string, a Uint8Array or an ArrayBuffer (the
	// caller takes its general path) — one call where reading a typed
	// array's byteLength from JS costs goja a failed number parse.
	method("writeN", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		var b []byte
		v := call.Argument(0)
		if _, obj := v.(*goja.Object); obj {
			switch x := safeexport.Export(v).(type) {
			case []byte:
				b = x
			case goja.ArrayBuffer:
				b = x.Bytes()
			default:
				return goja.Undefined()
			}
		} else if x, ok := v.(goja.String); ok {
			b = []byte(x.String()) // not Export: that boxes the string
		} else {
			return goja.Undefined()
		}
		if t.conn == nil || t.closed {
			return vm.ToValue("EBADF")
		}
		return t.write(b, call.Argument(1), true)
	})
	method("shutdown", func(t *tcpHandle, call goja.FunctionCall) goja.Value {
		if t.conn == nil || t.closed {
			return vm.ToValue("ENOTCONN")
		}
		fn, _ := goja.AssertFunction(call.Argument(0))
		err := t.conn.CloseWrite()
		// uv_shutdown completes from the poll phase of a later iteration.
		r.loop.Inject(loop.Completion{Label: "TCPWRAP shutdown", Run: func() {
			var code goja.Value = goja.Null()
			if err != nil {
				code = vm.ToValue(errCode(err))
			}
			if fn != nil && !t.closed {
				t.call(fn, t.obj, code)
			}
		}})
		return vm.ToValue(0)
	})
	return &tcpHandles{r: r, proto: proto, handles: handles}
}

// new makes the JS object of a handle; the loop handle starts inactive.
func (th *tcpHandles) new(label string) *tcpHandle {
	r := th.r
	t := &tcpHandle{r: r, obj: r.vm.CreateObject(th.proto), h: r.loop.NewHandle(label), ctx: r.asyncCtx}
	if r.asyncIDs != nil {
		// node's type is the label's first word (TCPWRAP, TCPSERVERWRAP,
		// PIPEWRAP).
		typ, _, _ := strings.Cut(label, " ")
		t.ctx = r.newResource(typ, -1, t.obj)
	}
	th.handles[t.obj] = t
	return t
}

// startReading sets the read callback, which turns chunks into what onread
// expects.
func (t *tcpHandle) startReading() {
	vm := t.r.vm
	t.conn.OnData(func(data []byte, err error) {
		if t.closed {
			return
		}
		fn, this, ok := t.onread()
		if !ok {
			return
		}
		switch {
		case err == io.EOF:
			if t.enc != "" && len(t.carry) > 0 {
				// Its bytes were counted when they came.
				t.call(fn, this, vm.ToValue(strings.ToValidUTF8(string(t.carry), "\uFFFD")), vm.ToValue(0))
				t.carry = nil
			}
			t.call(fn, this, goja.Null())
		case err != nil:
			t.call(fn, this, goja.Undefined(), vm.ToValue(errCode(err)))
		default:
			// The arguments in the handle, not a slice per chunk: onread
			// (a JS function) copies them to goja's stack, and no chunk
			// of this handle comes while it runs.
			t.argv[0], t.argv[1] = t.decode(data), vm.ToValue(len(data))
			t.call(fn, this, t.argv[:]...)
			t.argv[0], t.argv[1] = nil, nil
		}
	})
	t.conn.Resume()
}

// decode turns a chunk into a string under setEncoding, else a Uint8Array.
func (t *tcpHandle) decode(data []byte) goja.Value {
	vm := t.r.vm
	switch t.enc {
	case "":
		if t.bufs {
			return t.r.newBuffer(data)
		}
		return vm.ToValue(vm.NewArrayBuffer(data))
	case "latin1", "binary":
		rs := make([]rune, len(data))
		for i, b := range data {
			rs[i] = rune(b)
		}
		return vm.ToValue(string(rs))
	case "ascii":
		rs := make([]rune, len(data))
		for i, b := range data {
			rs[i] = rune(b & 0x7f)
		}
		return vm.ToValue(string(rs))
	case "hex":
		const digits = "0123456789abcdef"
		out := make([]byte, 0, 2*len(data))
		for _, b := range data {
			out = append(out, digits[b>>4], digits[b&15])
		}
		return vm.ToValue(string(out))
	}
	// utf8: keep an incomplete sequence at the end for the next chunk, as
	// string_decoder does.
	if len(t.carry) > 0 {
		data = append(t.carry, data...)
		t.carry = nil
	}
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-3; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	if cut < len(data) {
		t.carry = append([]byte(nil), data[cut:]...)
		data = data[:cut]
	}
	return vm.ToValue(strings.ToValidUTF8(string(data), "\uFFFD"))
}

// bytesOf returns the bytes of a string (UTF-8), an ArrayBuffer or a typed
// array (its view).
func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	switch x := safeexport.Export(v).(type) {
	case string:
		return []byte(x)
	case goja.ArrayBuffer:
		return append([]byte(nil), x.Bytes()...)
	case []byte:
		return append([]byte(nil), x...)
	}
	if obj, ok := v.(*goja.Object); ok {
		if ab, ok := safeexport.Export(obj.Get("buffer")).(goja.ArrayBuffer); ok {
			off := int(obj.Get("byteOffset").ToInteger())
			n := int(obj.Get("byteLength").ToInteger())
			return append([]byte(nil), ab.Bytes()[off:off+n]...)
		}
	}
	return []byte(v.String())
}

// viewOf returns the bytes a write sends: a string's UTF-8, else the
// memory of the ArrayBuffer or Uint8Array itself, not a copy — libuv writes
// from the Buffer node hands it, which must stay unchanged until the write
// is done; a copy per write would be most of an echo's allocation.
func viewOf(vm *goja.Runtime, v goja.Value) []byte {
	switch x := safeexport.Export(v).(type) {
	case string:
		return []byte(x)
	case goja.ArrayBuffer:
		return x.Bytes()
	case []byte:
		return x
	}
	return bytesOf(vm, v)
}

// utf8Len is the UTF-8 length of s as node's Buffer.byteLength counts it
// (a lone surrogate is 3 bytes: it becomes U+FFFD).
func utf8Len(s string) int {
	return len(strings.ToValidUTF8(s, "\uFFFD"))
}
