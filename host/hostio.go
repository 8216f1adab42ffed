package host

// The evloop import module: real I/O for the evloophost build of the module
// (package abi, hostio.go, documents every function and byte layout). The
// host holds the files and sockets; the guest holds handles. Sockets live
// on a poller.Real reactor; their callbacks become events that the guest
// collects with poll_events, batched. Every guest pointer and length is
// checked (EFAULT, never a trap), every handle looked up (EBADF), and
// every access checked against the permission flags here, on the host.

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

// hostIO is one program's real I/O on the host side. Its methods run on
// the goroutine that drives the guest (host functions are called from
// guest code on that goroutine), except wake.
type hostIO struct {
	b        *poller.Real
	net      sys.Net
	fs       sys.FS
	resolver sys.Resolver
	allow    func(op, target string) error
	cwd      string

	next      uint32 // the last handle handed out
	files     map[uint32]sys.File
	listeners map[uint32]sys.Listener
	conns     map[uint32]*hostConn
	watches   map[uint32]func() // fs_watch handles: their stop

	events []event // for poll_events, in order
	group  uint32
	ready  []loop.Completion
	unwake func() bool // stops the context's wake-up
}

// hostConn is a connection, or a connect in progress (c nil).
type hostConn struct {
	c       sys.Conn
	closing bool // closed while connecting: close once connected
}

// event is one thing that happened to a socket (abi.Event*).
type event struct {
	kind, handle, arg, errno, group uint32
	data                            []byte
}

// newHostIO opens a reactor for one program. allow is the permission
// check (nil: everything allowed); cwd resolves relative paths.
func newHostIO(allow func(op, target string) error, cwd string) (*hostIO, error) {
	b, err := poller.NewReal(1) // the pool runs in the guest; the host's stays idle
	if err != nil {
		return nil, err
	}
	return &hostIO{b: b, net: poller.NewNet(b), fs: poller.OSFS{}, resolver: poller.NewResolver(nil),
		allow: allow, cwd: cwd, files: map[uint32]sys.File{}, listeners: map[uint32]sys.Listener{},
		conns: map[uint32]*hostConn{}}, nil
}

// close closes every file and socket the program left open, then the reactor.
func (h *hostIO) close() {
	if h.unwake != nil {
		h.unwake()
	}
	for _, f := range h.files {
		f.Close()
	}
	for _, l := range h.listeners {
		l.Close()
	}
	for _, c := range h.conns {
		if c.c != nil {
			c.c.Close()
		}
	}
	h.b.Close()
}

// wait blocks until a socket is ready or timeout passes (negative: no
// limit), or at once if events are queued. ctx ending wakes it.
func (h *hostIO) wait(timeout time.Duration) {
	if len(h.events) > 0 {
		return
	}
	h.b.Wait(timeout)
}

// instantiateImports adds the evloop import module to r: h's real I/O, or
// with h nil (a simulated run) functions that answer ENOSYS, and in both
// the ES-module transform, run here natively (the evloophost build of the
// module carries no esbuild).
func instantiateImports(ctx context.Context, r wazero.Runtime, h *hostIO) (api.Module, error) {
	return instantiateImportsFor(ctx, r, func(api.Module) *hostIO { return h })
}

// instantiateImportsFor is instantiateImports for guests that share one
// import module (an Engine's): each call asks ioOf for its caller's real
// I/O (nil: none).
func instantiateImportsFor(ctx context.Context, r wazero.Runtime, ioOf func(caller api.Module) *hostIO) (api.Module, error) {
	i32 := api.ValueTypeI32
	mb := r.NewHostModuleBuilder(abi.Module)
	nosys := func(*hostIO, api.Memory, []uint64) uint64 { return uint64(abi.ENOSYS) }
	for _, f := range []struct {
		name   string
		fn     func(*hostIO, api.Memory, []uint64) uint64
		params int
		noIO   func(*hostIO, api.Memory, []uint64) uint64 // without real I/O
	}{
		// Without real I/O a simulated run's guest never calls these (its
		// bindings use the simulation); a confused one gets ENOSYS.
		{abi.ImportFSCall, (*hostIO).fsCall, 6, nosys},
		{abi.ImportAllow, (*hostIO).allowCall, 6, nosys},
		{abi.ImportResolve, (*hostIO).resolve, 6, nosys},
		{abi.ImportNetListen, (*hostIO).netListen, 3, nosys},
		{abi.ImportNetDial, (*hostIO).netDial, 3, nosys},
		{abi.ImportNetWrite, (*hostIO).netWrite, 4, func(*hostIO, api.Memory, []uint64) uint64 { return neg(abi.ENOSYS) }},
		{abi.ImportNetCtl, (*hostIO).netCtl, 3, nosys},
		{abi.ImportNetAddr, (*hostIO).netAddr, 3, nosys},
		{abi.ImportPollEvents, (*hostIO).pollEvents, 2, func(*hostIO, api.Memory, []uint64) uint64 { return 0 }},
		{abi.ImportFSWatch, (*hostIO).fsWatch, 3, nosys},
		{abi.ImportFSUnwatch, (*hostIO).fsUnwatch, 1, nosys},
		{abi.ImportESMTransform, func(_ *hostIO, mem api.Memory, stack []uint64) uint64 { return esmTransform(mem, stack) }, 7, nil},
	} {
		fn, noIO := f.fn, f.noIO
		params := make([]api.ValueType, f.params)
		for i := range params {
			params[i] = i32
		}
		mb.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(ctx context.Context, m api.Module, stack []uint64) {
			mem := m.Memory()
			if mem == nil {
				stack[0] = uint64(abi.EFAULT)
				return
			}
			h := ioOf(m)
			if h == nil && noIO != nil {
				stack[0] = noIO(nil, mem, stack)
				return
			}
			stack[0] = fn(h, mem, stack)
		}), params, []api.ValueType{i32}).Export(f.name)
	}
	return mb.Instantiate(ctx)
}

// esmTransform is esm_transform: package esm's Transform on the guest's
// request (esm.EncodeRequest) and source, its result encoded as
// esm.EncodeResult.
func esmTransform(mem api.Memory, stack []uint64) uint64 {
	file, ok := view(mem, u32(stack, 0), u32(stack, 1))
	if !ok {
		return uint64(abi.EFAULT)
	}
	src, ok := view(mem, u32(stack, 2), u32(stack, 3))
	if !ok {
		return uint64(abi.EFAULT)
	}
	out, errno := newOutput(mem, u32(stack, 4), u32(stack, 5), u32(stack, 6))
	if errno != abi.ESUCCESS {
		return uint64(errno)
	}
	req, err := esm.DecodeRequest(file, string(src))
	if err != nil {
		return uint64(out.reply(esm.EncodeResult(&esm.Result{Error: &esm.Error{Text: err.Error()}})))
	}
	return uint64(out.reply(esm.EncodeResult(esm.Transform(req))))
}

// u32 reads argument i.
func u32(stack []uint64, i int) uint32 { return uint32(stack[i]) }

// neg is a negative errno as an i32 result.
func neg(e abi.Errno) uint64 { return uint64(uint32(-int32(e))) }

// view is [ptr, ptr+n) of guest memory, or false if any of it is outside.
func view(mem api.Memory, ptr, n uint32) ([]byte, bool) {
	if uint64(ptr)+uint64(n) > uint64(mem.Size()) {
		return nil, false
	}
	if n == 0 {
		return []byte{}, true
	}
	return mem.Read(ptr, n)
}

// output is a response area: data goes to [ptr, ptr+cap), its length to lenPtr.
type output struct {
	mem    api.Memory
	buf    []byte
	lenPtr uint32
}

func newOutput(mem api.Memory, ptr, cap, lenPtr uint32) (output, abi.Errno) {
	buf, ok := view(mem, ptr, cap)
	if !ok {
		return output{}, abi.EFAULT
	}
	if _, ok := view(mem, lenPtr, 4); !ok {
		return output{}, abi.EFAULT
	}
	return output{mem: mem, buf: buf, lenPtr: lenPtr}, abi.ESUCCESS
}

// reply writes data, or (ENOBUFS) the size it needs.
func (o output) reply(data []byte) abi.Errno {
	o.mem.WriteUint32Le(o.lenPtr, uint32(len(data)))
	if len(data) > len(o.buf) {
		return abi.ENOBUFS
	}
	copy(o.buf, data)
	return abi.ESUCCESS
}

// toErrno maps a host error to WASI's errno.
func toErrno(err error) abi.Errno {
	if err == nil {
		return abi.ESUCCESS
	}
	var denied *poller.DeniedError
	if errors.As(err, &denied) {
		return abi.EACCES
	}
	var lookup *poller.LookupError
	if errors.As(err, &lookup) {
		return abi.ENOENT
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if e, ok := errnoTable[errno]; ok {
			return e
		}
		return abi.EIO
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return abi.ENOENT
	case errors.Is(err, fs.ErrExist):
		return abi.EEXIST
	case errors.Is(err, fs.ErrPermission):
		return abi.EACCES
	case errors.Is(err, fs.ErrClosed):
		return abi.EBADF
	case errors.Is(err, errors.ErrUnsupported):
		return abi.ENOSYS
	}
	return abi.EIO
}

// errnoTable is the host's errno → WASI's.
var errnoTable = map[syscall.Errno]abi.Errno{
	syscall.E2BIG: abi.E2BIG, syscall.EACCES: abi.EACCES, syscall.EADDRINUSE: abi.EADDRINUSE,
	syscall.EADDRNOTAVAIL: abi.EADDRNOTAVAIL, syscall.EAFNOSUPPORT: abi.EAFNOSUPPORT, syscall.EAGAIN: abi.EAGAIN,
	syscall.EBADF: abi.EBADF, syscall.EBUSY: abi.EBUSY, syscall.ECONNABORTED: abi.ECONNABORTED,
	syscall.ECONNREFUSED: abi.ECONNREFUSED, syscall.ECONNRESET: abi.ECONNRESET, syscall.EEXIST: abi.EEXIST,
	syscall.EFAULT: abi.EFAULT, syscall.EFBIG: abi.EFBIG, syscall.EHOSTUNREACH: abi.EHOSTUNREACH,
	syscall.EINTR: abi.EINTR, syscall.EINVAL: abi.EINVAL, syscall.EIO: abi.EIO, syscall.EISCONN: abi.EISCONN,
	syscall.EISDIR: abi.EISDIR, syscall.ELOOP: abi.ELOOP, syscall.EMFILE: abi.EMFILE, syscall.EMLINK: abi.EMLINK,
	syscall.ENAMETOOLONG: abi.ENAMETOOLONG, syscall.ENETDOWN: abi.ENETDOWN, syscall.ENETUNREACH: abi.ENETUNREACH,
	syscall.ENFILE: abi.ENFILE, syscall.ENOBUFS: abi.ENOBUFS, syscall.ENOENT: abi.ENOENT, syscall.ENOMEM: abi.ENOMEM,
	syscall.ENOSPC: abi.ENOSPC, syscall.ENOSYS: abi.ENOSYS, syscall.ENOTCONN: abi.ENOTCONN,
	syscall.ENOTDIR: abi.ENOTDIR, syscall.ENOTEMPTY: abi.ENOTEMPTY, syscall.ENOTSUP: abi.ENOTSUP,
	syscall.EPERM: abi.EPERM, syscall.EPIPE: abi.EPIPE, syscall.EROFS: abi.EROFS, syscall.ESPIPE: abi.ESPIPE,
	syscall.ETIMEDOUT: abi.ETIMEDOUT, syscall.EXDEV: abi.EXDEV,
}

// abs makes a guest path absolute against the program's working directory.
func (h *hostIO) abs(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(h.cwd, p)
}

// check asks the permission flags.
func (h *hostIO) check(op, target string) abi.Errno {
	if h.allow == nil {
		return abi.ESUCCESS
	}
	return toErrno(h.allow(op, target))
}

// handle hands out the next handle number.
func (h *hostIO) handle() uint32 {
	h.next++
	if h.next == 0 {
		h.next++
	}
	return h.next
}

// allowCall is allow(op, target_ptr, target_len, out_ptr, out_cap, out_len_ptr).
func (h *hostIO) allowCall(mem api.Memory, s []uint64) uint64 {
	op, ok := abi.AllowOps[int32(u32(s, 0))]
	if !ok {
		return uint64(abi.EINVAL)
	}
	t, okT := view(mem, u32(s, 1), u32(s, 2))
	out, e := newOutput(mem, u32(s, 3), u32(s, 4), u32(s, 5))
	if !okT || e != 0 {
		return uint64(abi.EFAULT)
	}
	if h.allow == nil {
		return uint64(abi.ESUCCESS)
	}
	err := h.allow(op, string(t))
	var denied *poller.DeniedError
	if errors.As(err, &denied) {
		out.reply([]byte(denied.Flag))
		return uint64(abi.EACCES)
	}
	return uint64(toErrno(err))
}

// resolve is resolve(name_ptr, name_len, family, out_ptr, out_cap, out_len_ptr).
func (h *hostIO) resolve(mem api.Memory, s []uint64) uint64 {
	name, okN := view(mem, u32(s, 0), u32(s, 1))
	out, e := newOutput(mem, u32(s, 3), u32(s, 4), u32(s, 5))
	if !okN || e != 0 {
		return uint64(abi.EFAULT)
	}
	family := int(int32(u32(s, 2)))
	if family != 0 && family != 4 && family != 6 {
		return uint64(abi.EINVAL)
	}
	addrs, fams, err := h.resolver.Lookup(string(name), family)
	if err != nil {
		return uint64(toErrno(err))
	}
	var b strings.Builder
	for i, a := range addrs {
		b.WriteString(strconv.Itoa(fams[i]))
		b.WriteByte(' ')
		b.WriteString(a)
		b.WriteByte('\n')
	}
	return uint64(out.reply([]byte(b.String())))
}

// queue records an event for poll_events, in the current group.
func (h *hostIO) queue(kind, handle, arg uint32, err error, data []byte) {
	h.events = append(h.events, event{kind: kind, handle: handle, arg: arg, errno: uint32(toErrno(err)),
		group: h.group, data: data})
}

// pollEvents is poll_events(ptr, cap) -> n | -errno.
func (h *hostIO) pollEvents(mem api.Memory, s []uint64) uint64 {
	buf, ok := view(mem, u32(s, 0), u32(s, 1))
	if !ok {
		return neg(abi.EFAULT)
	}
	if len(h.events) == 0 {
		// What the reactor saw: each ready descriptor's callback, one
		// group of events each.
		h.ready = h.b.Poll(h.ready[:0])
		for i := range h.ready {
			h.group++
			if h.ready[i].Run != nil {
				h.ready[i].Run()
			}
			h.ready[i] = loop.Completion{}
		}
	}
	off, n := 0, 0
	for _, e := range h.events {
		size := abi.EventHeader + len(e.data)
		if off+size > len(buf) {
			break
		}
		le := binary.LittleEndian
		le.PutUint32(buf[off:], e.kind)
		le.PutUint32(buf[off+4:], e.handle)
		le.PutUint32(buf[off+8:], e.arg)
		le.PutUint32(buf[off+12:], e.errno)
		le.PutUint32(buf[off+16:], e.group)
		le.PutUint32(buf[off+20:], uint32(len(e.data)))
		copy(buf[off+abi.EventHeader:], e.data)
		off += (size + 3) &^ 3
		n++
	}
	if n == 0 && len(h.events) > 0 {
		return neg(abi.ENOBUFS)
	}
	clear(h.events[:n])
	h.events = append(h.events[:0], h.events[n:]...)
	return uint64(n)
}

// writeAddr writes an AddrSize record.
func writeAddr(out []byte, handle uint32, ip string, port int) {
	clear(out)
	le := binary.LittleEndian
	le.PutUint32(out, handle)
	le.PutUint32(out[4:], uint32(port))
	if len(ip) > abi.AddrSize-12 {
		ip = ""
	}
	le.PutUint32(out[8:], uint32(len(ip)))
	copy(out[12:], ip)
}

// netListen is net_listen(addr_ptr, addr_len, out_ptr).
func (h *hostIO) netListen(mem api.Memory, s []uint64) uint64 {
	a, okA := view(mem, u32(s, 0), u32(s, 1))
	out, okO := view(mem, u32(s, 2), abi.AddrSize)
	if !okA || !okO {
		return uint64(abi.EFAULT)
	}
	addr := string(a)
	if e := h.check("listen", addr); e != 0 {
		return uint64(e)
	}
	lh := h.handle()
	l, err := h.net.Listen(addr, func(c sys.Conn) {
		ch := h.handle()
		h.conns[ch] = &hostConn{c: c}
		h.queue(abi.EventAccept, lh, ch, nil, nil)
	})
	if err != nil {
		return uint64(toErrno(err))
	}
	h.listeners[lh] = l
	ip, port := l.Addr()
	writeAddr(out, lh, ip, port)
	return uint64(abi.ESUCCESS)
}

// netDial is net_dial(addr_ptr, addr_len, handle_ptr).
func (h *hostIO) netDial(mem api.Memory, s []uint64) uint64 {
	a, okA := view(mem, u32(s, 0), u32(s, 1))
	out, okO := view(mem, u32(s, 2), 4)
	if !okA || !okO {
		return uint64(abi.EFAULT)
	}
	addr := string(a)
	if e := h.check("connect", addr); e != 0 {
		return uint64(e)
	}
	ch := h.handle()
	hc := &hostConn{}
	h.conns[ch] = hc
	err := h.net.Dial(addr, func(c sys.Conn, err error) {
		if err != nil {
			delete(h.conns, ch)
			h.queue(abi.EventConnect, ch, 0, err, nil)
			return
		}
		if hc.closing {
			c.Close()
			return
		}
		hc.c = c
		h.queue(abi.EventConnect, ch, 0, nil, nil)
	})
	if err != nil {
		delete(h.conns, ch)
		return uint64(toErrno(err))
	}
	binary.LittleEndian.PutUint32(out, ch)
	return uint64(abi.ESUCCESS)
}

// conn returns a connected handle's connection.
func (h *hostIO) conn(handle uint32) sys.Conn {
	if hc := h.conns[handle]; hc != nil {
		return hc.c
	}
	return nil
}

// netWrite is net_write(handle, ptr, len, write_id) -> 0 | WritePending | errno.
func (h *hostIO) netWrite(mem api.Memory, s []uint64) uint64 {
	handle, id := u32(s, 0), u32(s, 3)
	data, ok := view(mem, u32(s, 1), u32(s, 2))
	if !ok {
		return uint64(abi.EFAULT)
	}
	c := h.conn(handle)
	if c == nil {
		return uint64(abi.EBADF)
	}
	inCall, done := true, false
	var result error
	c.Write(append([]byte(nil), data...), func(err error) {
		if inCall {
			done, result = true, err
			return
		}
		h.queue(abi.EventWriteDone, handle, id, err, nil)
	})
	inCall = false
	if !done {
		pending := int32(abi.WritePending)
		return uint64(uint32(pending))
	}
	return uint64(toErrno(result))
}

// netCtl is net_ctl(handle, op, arg).
func (h *hostIO) netCtl(mem api.Memory, s []uint64) uint64 {
	handle, op, arg := u32(s, 0), int32(u32(s, 1)), u32(s, 2) != 0
	if l := h.listeners[handle]; l != nil {
		switch op {
		case abi.CtlClose:
			delete(h.listeners, handle)
			return uint64(toErrno(l.Close()))
		case abi.CtlRef:
			l.Ref(arg)
			return uint64(abi.ESUCCESS)
		}
		return uint64(abi.EINVAL)
	}
	hc := h.conns[handle]
	if hc == nil {
		return uint64(abi.EBADF)
	}
	if hc.c == nil { // still connecting
		if op == abi.CtlClose {
			hc.closing = true
			delete(h.conns, handle)
			return uint64(abi.ESUCCESS)
		}
		return uint64(abi.ENOTCONN)
	}
	c := hc.c
	switch op {
	case abi.CtlRead:
		c.OnData(func(data []byte, err error) {
			switch {
			case err == nil:
				h.queue(abi.EventData, handle, 0, nil, data)
			case err == io.EOF:
				h.queue(abi.EventEOF, handle, 0, nil, nil)
			default:
				h.queue(abi.EventReadError, handle, 0, err, nil)
			}
		})
	case abi.CtlPause:
		c.Pause()
	case abi.CtlResume:
		c.Resume()
	case abi.CtlCloseWrite:
		return uint64(toErrno(c.CloseWrite()))
	case abi.CtlClose:
		delete(h.conns, handle)
		return uint64(toErrno(c.Close()))
	case abi.CtlNoDelay:
		return uint64(toErrno(c.SetNoDelay(arg)))
	case abi.CtlRef:
		c.Ref(arg)
	default:
		return uint64(abi.EINVAL)
	}
	return uint64(abi.ESUCCESS)
}

// netAddr is net_addr(handle, which, out_ptr).
func (h *hostIO) netAddr(mem api.Memory, s []uint64) uint64 {
	handle, which := u32(s, 0), int32(u32(s, 1))
	out, ok := view(mem, u32(s, 2), abi.AddrSize)
	if !ok {
		return uint64(abi.EFAULT)
	}
	var ip string
	var port int
	switch l, c := h.listeners[handle], h.conn(handle); {
	case which == abi.AddrListener && l != nil:
		ip, port = l.Addr()
	case which == abi.AddrLocal && c != nil:
		ip, port = c.LocalAddr()
	case which == abi.AddrRemote && c != nil:
		ip, port = c.RemoteAddr()
	case which < abi.AddrListener || which > abi.AddrRemote:
		return uint64(abi.EINVAL)
	default:
		return uint64(abi.EBADF)
	}
	writeAddr(out, 0, ip, port)
	return uint64(abi.ESUCCESS)
}

// osFlags turns fs_call's portable open flags into the host's, and says
// whether the open writes.
func osFlags(a uint32) (flag int, write bool) {
	switch a & 3 {
	case abi.OpenWrite:
		flag = os.O_WRONLY
	case abi.OpenRDWR:
		flag = os.O_RDWR
	}
	for _, m := range []struct {
		abi uint32
		os  int
	}{{abi.OpenAppend, os.O_APPEND}, {abi.OpenCreate, os.O_CREATE}, {abi.OpenExcl, os.O_EXCL},
		{abi.OpenTrunc, os.O_TRUNC}, {abi.OpenSync, os.O_SYNC}} {
		if a&m.abi != 0 {
			flag |= m.os
		}
	}
	return flag, a&3 != 0 || a&(abi.OpenAppend|abi.OpenCreate|abi.OpenTrunc) != 0
}

// fsCall is fs_call(op, req_ptr, req_len, resp_ptr, resp_cap, resp_len_ptr).
func (h *hostIO) fsCall(mem api.Memory, s []uint64) uint64 {
	op := int32(u32(s, 0))
	req, okR := view(mem, u32(s, 1), u32(s, 2))
	out, e := newOutput(mem, u32(s, 3), u32(s, 4), u32(s, 5))
	if !okR || e != 0 {
		return uint64(abi.EFAULT)
	}
	if len(req) < abi.FSReqHeader {
		return uint64(abi.EINVAL)
	}
	le := binary.LittleEndian
	r := fsReq{handle: le.Uint32(req), a: le.Uint32(req[4:]), b: le.Uint32(req[8:]), off: int64(le.Uint64(req[16:]))}
	n1 := le.Uint32(req[12:])
	if uint64(n1) > uint64(len(req)-abi.FSReqHeader) {
		return uint64(abi.EINVAL)
	}
	r.bytes1 = req[abi.FSReqHeader : abi.FSReqHeader+n1]
	r.bytes2 = req[abi.FSReqHeader+n1:]
	return uint64(h.fsOp(op, r, out))
}

type fsReq struct {
	handle, a, b   uint32
	off            int64
	bytes1, bytes2 []byte
}

// fsOp runs one fs_call operation.
func (h *hostIO) fsOp(op int32, r fsReq, out output) abi.Errno {
	switch op {
	case abi.FSClose, abi.FSRead, abi.FSPread, abi.FSWrite, abi.FSPwrite, abi.FSSeek, abi.FSFstat, abi.FSTruncate, abi.FSSync,
		abi.FSFutimes, abi.FSFchown:
		f := h.files[r.handle]
		if f == nil {
			return abi.EBADF
		}
		return h.fileOp(op, r, f, out)
	case abi.FSTempDir:
		return out.reply([]byte(h.fs.TempDir()))
	}
	p := h.abs(string(r.bytes1))
	access := "read"
	switch op {
	case abi.FSOpen:
		if _, w := osFlags(r.a); w {
			access = "write"
		}
	case abi.FSMkdir, abi.FSMkdirAll, abi.FSRemove, abi.FSRemoveAll, abi.FSRename, abi.FSChmod, abi.FSMkdirTemp,
		abi.FSLink, abi.FSUtimes, abi.FSChown:
		access = "write"
	case abi.FSStatfs:
	case abi.FSSymlink:
		// The target is only a string stored in the link; the link is written.
		p = h.abs(string(r.bytes2))
		access = "write"
	case abi.FSStat, abi.FSLstat, abi.FSReadDir, abi.FSReadlink, abi.FSRealpath:
	default:
		return abi.ENOSYS
	}
	if e := h.check(access, p); e != 0 {
		return e
	}
	perm := fs.FileMode(r.b) & fs.ModePerm
	switch op {
	case abi.FSOpen:
		flag, _ := osFlags(r.a)
		f, err := h.fs.OpenFile(p, flag, perm)
		if err != nil {
			return toErrno(err)
		}
		fh := h.handle()
		h.files[fh] = f
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], fh)
		if e := out.reply(b[:]); e != 0 {
			delete(h.files, fh)
			f.Close()
			return e
		}
		return abi.ESUCCESS
	case abi.FSStat, abi.FSLstat:
		stat := h.fs.Stat
		if op == abi.FSLstat {
			stat = h.fs.Lstat
		}
		fi, err := stat(p)
		if err != nil {
			return toErrno(err)
		}
		return out.reply(encodeStat(fi))
	case abi.FSReadDir:
		ents, err := h.fs.ReadDir(p)
		if err != nil {
			return toErrno(err)
		}
		var b []byte
		for _, d := range ents {
			b = binary.LittleEndian.AppendUint32(b, uint32(d.Type()))
			b = binary.LittleEndian.AppendUint32(b, uint32(len(d.Name())))
			b = append(b, d.Name()...)
		}
		return out.reply(b)
	case abi.FSMkdir:
		return toErrno(h.fs.Mkdir(p, perm))
	case abi.FSMkdirAll:
		return toErrno(h.fs.MkdirAll(p, perm))
	case abi.FSRemove:
		return toErrno(h.fs.Remove(p))
	case abi.FSRemoveAll:
		return toErrno(h.fs.RemoveAll(p))
	case abi.FSRename:
		to := h.abs(string(r.bytes2))
		if e := h.check("write", to); e != 0 {
			return e
		}
		return toErrno(h.fs.Rename(p, to))
	case abi.FSReadlink:
		t, err := h.fs.Readlink(p)
		if err != nil {
			return toErrno(err)
		}
		return out.reply([]byte(t))
	case abi.FSSymlink:
		return toErrno(h.fs.Symlink(string(r.bytes1), p))
	case abi.FSRealpath:
		t, err := h.fs.Realpath(p)
		if err != nil {
			return toErrno(err)
		}
		return out.reply([]byte(t))
	case abi.FSMkdirTemp:
		prefix := string(r.bytes2)
		if strings.ContainsRune(prefix, '/') {
			return abi.EINVAL
		}
		t, err := h.fs.MkdirTemp(p, prefix)
		if err != nil {
			return toErrno(err)
		}
		if e := out.reply([]byte(t)); e != 0 {
			h.fs.Remove(t)
			return e
		}
		return abi.ESUCCESS
	case abi.FSChmod:
		return toErrno(h.fs.Chmod(p, fs.FileMode(r.b)&(fs.ModePerm|fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)))
	case abi.FSLink, abi.FSUtimes, abi.FSChown, abi.FSStatfs:
		return h.attrOp(op, p, r, out)
	}
	return abi.ENOSYS
}

// attrOp runs the fs_call operations of sys.FSAttrs on a path (already
// checked for access): link, utimes, chown, statfs.
func (h *hostIO) attrOp(op int32, p string, r fsReq, out output) abi.Errno {
	a, ok := h.fs.(sys.FSAttrs)
	if !ok {
		return abi.ENOSYS
	}
	switch op {
	case abi.FSLink:
		to := h.abs(string(r.bytes2))
		if e := h.check("write", to); e != 0 {
			return e
		}
		return toErrno(a.Link(p, to))
	case abi.FSUtimes:
		at, mt, ok := decodeTimes(r.bytes2)
		if !ok {
			return abi.EINVAL
		}
		return toErrno(a.Utimes(p, at, mt, r.a == 1))
	case abi.FSChown:
		return toErrno(a.Chown(p, int(int32(r.a)), int(int32(r.b)), r.off == 1))
	case abi.FSStatfs:
		st, err := a.Statfs(p)
		if err != nil {
			return toErrno(err)
		}
		var b []byte
		for _, v := range []int64{st.Type, st.Bsize, st.Blocks, st.Bfree, st.Bavail, st.Files, st.Ffree} {
			b = binary.LittleEndian.AppendUint64(b, uint64(v))
		}
		return out.reply(b)
	}
	return abi.ENOSYS
}

// decodeTimes reads FSUtimes' and FSFutimes' two i64 nanosecond times.
func decodeTimes(b []byte) (atime, mtime time.Time, ok bool) {
	if len(b) < 16 {
		return time.Time{}, time.Time{}, false
	}
	le := binary.LittleEndian
	return time.Unix(0, int64(le.Uint64(b))), time.Unix(0, int64(le.Uint64(b[8:]))), true
}

// fsWatch is fs_watch(path_ptr, path_len, handle_ptr): a watch on the
// backend's sys.Watcher (inotify), its events queued for poll_events.
func (h *hostIO) fsWatch(mem api.Memory, s []uint64) uint64 {
	name, ok := view(mem, u32(s, 0), u32(s, 1))
	if !ok {
		return uint64(abi.EFAULT)
	}
	w := h.b.FSWatcher()
	if w == nil {
		return uint64(abi.ENOSYS)
	}
	p := h.abs(string(name))
	if e := h.check("read", p); e != 0 {
		return uint64(e)
	}
	handle := h.handle()
	stop, err := w.Watch(p, func(event, filename string) {
		arg := uint32(abi.WatchChange)
		if event == "rename" {
			arg = abi.WatchRename
		}
		h.queue(abi.EventFSChange, handle, arg, nil, []byte(filename))
	})
	if err != nil {
		return uint64(toErrno(err))
	}
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], handle)
	if !mem.Write(u32(s, 2), b[:]) {
		stop()
		return uint64(abi.EFAULT)
	}
	if h.watches == nil {
		h.watches = map[uint32]func(){}
	}
	h.watches[handle] = stop
	return uint64(abi.ESUCCESS)
}

// fsUnwatch is fs_unwatch(handle).
func (h *hostIO) fsUnwatch(_ api.Memory, s []uint64) uint64 {
	stop, ok := h.watches[u32(s, 0)]
	if !ok {
		return uint64(abi.EBADF)
	}
	delete(h.watches, u32(s, 0))
	stop()
	return uint64(abi.ESUCCESS)
}

// fileOp runs an fs_call operation on an open file.
func (h *hostIO) fileOp(op int32, r fsReq, f sys.File, out output) abi.Errno {
	var b [8]byte
	switch op {
	case abi.FSClose:
		delete(h.files, r.handle)
		return toErrno(f.Close())
	case abi.FSRead, abi.FSPread:
		var n int
		var err error
		if op == abi.FSRead {
			n, err = f.Read(out.buf)
		} else {
			if r.off < 0 {
				return abi.EINVAL
			}
			n, err = f.ReadAt(out.buf, r.off)
		}
		out.mem.WriteUint32Le(out.lenPtr, uint32(n))
		if err != nil && err != io.EOF {
			return toErrno(err)
		}
		return abi.ESUCCESS
	case abi.FSWrite, abi.FSPwrite:
		var n int
		var err error
		if op == abi.FSWrite {
			n, err = f.Write(r.bytes1)
		} else {
			if r.off < 0 {
				return abi.EINVAL
			}
			n, err = f.WriteAt(r.bytes1, r.off)
		}
		binary.LittleEndian.PutUint32(b[:], uint32(n))
		if e := out.reply(b[:4]); e != 0 {
			return e
		}
		return toErrno(err)
	case abi.FSSeek:
		pos, err := f.Seek(r.off, int(r.a))
		if err != nil {
			return toErrno(err)
		}
		binary.LittleEndian.PutUint64(b[:], uint64(pos))
		return out.reply(b[:])
	case abi.FSFstat:
		fi, err := f.Stat()
		if err != nil {
			return toErrno(err)
		}
		return out.reply(encodeStat(fi))
	case abi.FSTruncate:
		return toErrno(f.Truncate(r.off))
	case abi.FSSync:
		return toErrno(f.Sync())
	case abi.FSFutimes, abi.FSFchown:
		a, ok := h.fs.(sys.FSAttrs)
		if !ok {
			return abi.ENOSYS
		}
		if op == abi.FSFchown {
			return toErrno(a.Fchown(f, int(int32(r.a)), int(int32(r.b))))
		}
		at, mt, ok := decodeTimes(r.bytes1)
		if !ok {
			return abi.EINVAL
		}
		return toErrno(a.Futimes(f, at, mt))
	}
	return abi.ENOSYS
}

// encodeStat is a Stat record (abi.StatSize) for fi.
func encodeStat(fi fs.FileInfo) []byte {
	st := statOf(fi)
	b := make([]byte, abi.StatSize)
	le := binary.LittleEndian
	le.PutUint64(b, st.dev)
	le.PutUint64(b[8:], st.ino)
	le.PutUint32(b[16:], st.mode)
	le.PutUint32(b[20:], st.nlink)
	le.PutUint32(b[24:], st.uid)
	le.PutUint32(b[28:], st.gid)
	le.PutUint64(b[32:], st.rdev)
	le.PutUint64(b[40:], uint64(fi.Size()))
	le.PutUint64(b[48:], uint64(st.blksize))
	le.PutUint64(b[56:], uint64(st.blocks))
	le.PutUint64(b[64:], uint64(st.atime))
	le.PutUint64(b[72:], uint64(fi.ModTime().UnixNano()))
	le.PutUint64(b[80:], uint64(st.ctime))
	le.PutUint64(b[88:], uint64(st.birth))
	le.PutUint32(b[96:], uint32(fi.Mode()))
	return b
}

// stat is what a Stat record carries beyond fs.FileInfo.
type stat struct {
	dev, ino, rdev        uint64
	mode, nlink, uid, gid uint32
	blksize, blocks       int64
	atime, ctime, birth   int64 // ns
}

// statFallback fills a stat from fs.FileInfo alone (no Sys()).
func statFallback(fi fs.FileInfo) stat {
	m := fi.Mode()
	mode := uint32(m.Perm())
	switch {
	case m.IsDir():
		mode |= 0o040000
	case m&fs.ModeSymlink != 0:
		mode |= 0o120000
	case m&fs.ModeNamedPipe != 0:
		mode |= 0o010000
	case m&fs.ModeSocket != 0:
		mode |= 0o140000
	case m&fs.ModeCharDevice != 0:
		mode |= 0o020000
	case m&fs.ModeDevice != 0:
		mode |= 0o060000
	default:
		mode |= 0o100000
	}
	t := fi.ModTime().UnixNano()
	return stat{mode: mode, nlink: 1, blksize: 4096, blocks: (fi.Size() + 511) / 512, atime: t, ctime: t, birth: t}
}
