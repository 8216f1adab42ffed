//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

// TCP on non-blocking sockets, driven by a Real backend's reactor: libuv's
// src/unix/tcp.c and stream.c in miniature. Every callback runs on the loop
// goroutine in the poll phase (through Real.Watch); there is no goroutine
// per socket. Read it beside simnet.go, which keeps the same contract in
// memory on the virtual clock.

import (
	"errors"
	"fmt"
	"io"
	"net/netip"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/loop/sys"
)

// Net is sys.Net on real TCP sockets (IPv4 and IPv6), watched by a Real
// backend. Call its methods, and those of the listeners and connections it
// returns, only on the loop goroutine.
//
// Keeping the loop alive is the binding's business (a loop.Handle per
// server and socket, as node has one uv_tcp_t per net.Socket): Ref on a
// listener or a connection only records the wish.
type Net struct {
	b   *Real
	buf []byte       // one read buffer for every socket, as libuv's 64 KiB slab
	iov []unix.Iovec // flush's writev list, for every socket
}

var _ sys.Net = (*Net)(nil)

// readSize is how much one read takes at most (libuv's 64 KiB).
const readSize = 64 << 10

// backlog is the listen queue length node passes to uv_listen.
const backlog = 511

// NewNet returns the TCP network of the backend b.
func NewNet(b *Real) *Net { return &Net{b: b, buf: make([]byte, readSize)} }

// sockaddr parses "ip:port" ("localhost" is 127.0.0.1) into a socket
// address and its family.
func sockaddr(addr string) (unix.Sockaddr, int, error) {
	ap, err := parseAddrPort(addr)
	if err != nil {
		return nil, 0, err
	}
	ip := ap.Addr()
	if ip.Is4() || ip.Is4In6() {
		return &unix.SockaddrInet4{Port: int(ap.Port()), Addr: ip.Unmap().As4()}, unix.AF_INET, nil
	}
	return &unix.SockaddrInet6{Port: int(ap.Port()), Addr: ip.As16()}, unix.AF_INET6, nil
}

// parseAddrPort parses "ip:port", "[ip6]:port" or "localhost:port".
func parseAddrPort(addr string) (netip.AddrPort, error) {
	if ap, err := netip.ParseAddrPort(addr); err == nil {
		return ap, nil
	}
	if len(addr) > 10 && addr[:10] == "localhost:" {
		return netip.ParseAddrPort("127.0.0.1:" + addr[10:])
	}
	return netip.AddrPort{}, fmt.Errorf("poller: bad address %q: %w", addr, unix.EINVAL)
}

// fromSockaddr returns the ip and port of sa.
func fromSockaddr(sa unix.Sockaddr) (string, int) {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrFrom4(a.Addr).String(), a.Port
	case *unix.SockaddrInet6:
		return netip.AddrFrom16(a.Addr).String(), a.Port
	}
	return "", 0
}

// newSocket returns a non-blocking, close-on-exec TCP socket.
func newSocket(family int) (int, error) {
	fd, err := unix.Socket(family, unix.SOCK_STREAM, 0)
	if err != nil {
		return -1, err
	}
	unix.CloseOnExec(fd)
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// Listen binds and listens on addr ("127.0.0.1:0" picks a port) with
// SO_REUSEADDR, as libuv does, and calls onConn for every accepted
// connection. Errors are syscall.Errno values (EADDRINUSE, EACCES, ...).
func (n *Net) Listen(addr string, onConn func(sys.Conn)) (sys.Listener, error) {
	sa, family, err := sockaddr(addr)
	if err != nil {
		return nil, err
	}
	fd, err := newSocket(family)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (sys.Listener, error) {
		unix.Close(fd)
		return nil, err
	}
	if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		return fail(err)
	}
	if err := unix.Bind(fd, sa); err != nil {
		return fail(err)
	}
	if err := unix.Listen(fd, backlog); err != nil {
		return fail(err)
	}
	bound, err := unix.Getsockname(fd)
	if err != nil {
		return fail(err)
	}
	l := &tcpListener{n: n, fd: fd, onConn: onConn}
	l.ip, l.port = fromSockaddr(bound)
	if err := n.b.Watch(fd, Readable, "tcp server", l.ready); err != nil {
		return fail(err)
	}
	return l, nil
}

// Dial starts a non-blocking connect to addr. An error the kernel gives at
// once (ECONNREFUSED on loopback, usually) is returned, and done is not
// called: libuv reports those from its pending queue, which is the
// binding's to use. Otherwise done runs in a later poll phase with the
// connection or the error SO_ERROR holds.
func (n *Net) Dial(addr string, done func(sys.Conn, error)) error {
	sa, family, err := sockaddr(addr)
	if err != nil {
		return err
	}
	fd, err := newSocket(family)
	if err != nil {
		return err
	}
	err = unix.Connect(fd, sa)
	for err == unix.EINTR {
		err = unix.Connect(fd, sa)
	}
	if err != nil && err != unix.EINPROGRESS {
		unix.Close(fd)
		return err
	}
	c := &tcpConn{n: n, fd: fd, dialDone: done}
	c.rip, c.rport = fromSockaddr(sa)
	if err := c.update(); err != nil {
		unix.Close(fd)
		return err
	}
	return nil
}

// tcpListener is a listening socket.
type tcpListener struct {
	n      *Net
	fd     int
	ip     string
	port   int
	onConn func(sys.Conn)
	closed bool
}

func (l *tcpListener) Addr() (string, int) { return l.ip, l.port }
func (l *tcpListener) Ref(bool)            {}

// ready accepts what is queued, as uv__server_io does, until EAGAIN or
// the listener is closed by a callback.
func (l *tcpListener) ready(Events) {
	for !l.closed {
		fd, sa, err := unix.Accept(l.fd)
		switch {
		case err == unix.EINTR || err == unix.ECONNABORTED:
			continue
		case err != nil:
			// EAGAIN: drained. EMFILE and the like: try again on the
			// next readiness (libuv's reserve-fd trick is not done).
			return
		}
		unix.CloseOnExec(fd)
		if err := unix.SetNonblock(fd, true); err != nil {
			unix.Close(fd)
			continue
		}
		c := &tcpConn{n: l.n, fd: fd, connected: true}
		c.rip, c.rport = fromSockaddr(sa)
		l.onConn(c)
	}
}

// Close stops listening and closes the socket.
func (l *tcpListener) Close() error {
	if l.closed {
		return closedErr("close")
	}
	l.closed = true
	err := l.n.b.Unwatch(l.fd)
	return errors.Join(err, unix.Close(l.fd))
}

func closedErr(op string) error {
	return fmt.Errorf("poller: %s: %w", op, unix.EBADF)
}

// tcpConn is a connected (or connecting) socket.
type tcpConn struct {
	n     *Net
	fd    int
	rip   string
	rport int

	dialDone  func(sys.Conn, error) // set while connecting
	connected bool
	onData    func([]byte, error)
	paused    bool
	eof       bool // read side finished (EOF or error): stop reading
	queue     []pendingWrite
	shutdown  bool // CloseWrite asked; done once the queue is flushed
	shut      bool
	closed    bool

	interest Events
	watched  bool
	label    string // the watch's name in the trace ("" : "tcp socket")
	hupIsEnd bool   // a child's pipe or IPC channel: see read
}

type pendingWrite struct {
	data []byte
	done func(error)
}

var _ sys.Conn = (*tcpConn)(nil)

func (c *tcpConn) LocalAddr() (string, int) {
	sa, err := unix.Getsockname(c.fd)
	if err != nil {
		return "", 0
	}
	return fromSockaddr(sa)
}

func (c *tcpConn) RemoteAddr() (string, int) { return c.rip, c.rport }
func (c *tcpConn) Ref(bool)                  {}

// update tells the reactor what the socket now waits for: writability
// while connecting or holding unwritten data, readability while someone
// reads. A socket that waits for nothing is not watched at all, so a
// hang-up on a paused socket does not spin the loop.
func (c *tcpConn) update() error {
	if c.closed {
		return nil
	}
	var ev Events
	if c.dialDone != nil || len(c.queue) > 0 || c.shutdown && !c.shut {
		ev |= Writable
	}
	if c.connected && c.onData != nil && !c.paused && !c.eof {
		ev |= Readable
	}
	switch {
	case ev == c.interest && c.watched == (ev != 0):
		return nil
	case ev == 0:
		c.watched, c.interest = false, 0
		return c.n.b.Unwatch(c.fd)
	case !c.watched:
		label := c.label
		if label == "" {
			label = "tcp socket"
		}
		if err := c.n.b.Watch(c.fd, ev, label, c.ready); err != nil {
			return err
		}
		c.watched = true
	default:
		if err := c.n.b.Modify(c.fd, ev); err != nil {
			return err
		}
	}
	c.interest = ev
	return nil
}

// ready is the watch callback: finish a connect, read, flush writes.
func (c *tcpConn) ready(ev Events) {
	if c.dialDone != nil {
		c.finishConnect()
		return
	}
	if ev&(Readable|Hangup|Error) != 0 && c.interest&Readable != 0 {
		c.read(ev)
	}
	if !c.closed && (len(c.queue) > 0 || c.shutdown && !c.shut) && ev&(Writable|Hangup|Error) != 0 {
		c.flush()
	}
	c.update()
}

// finishConnect reads the connect's outcome from SO_ERROR
// (uv__stream_connect).
func (c *tcpConn) finishConnect() {
	done := c.dialDone
	c.dialDone = nil
	errno, err := unix.GetsockoptInt(c.fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err == nil && errno != 0 {
		err = unix.Errno(errno)
	}
	if err != nil {
		c.Close()
		done(nil, err)
		return
	}
	c.connected = true
	c.update()
	done(c, nil)
	c.update()
}

// read takes one read's worth (level-triggered: the reactor says again if
// more is waiting) and hands a copy to the read callback. On a child's
// pipe or IPC channel a hang-up with a partial read is the end too, at once,
// as libuv's uv__stream_io short-circuits POLLHUP after a partial read: the
// child's last message and the channel's end come in one poll callback, so
// 'disconnect' comes before an 'exit' seen in the same poll phase. (A TCP
// socket's Hangup may be a half-close, EPOLLRDHUP, which libuv reads again
// in a later iteration: not short-circuited.)
func (c *tcpConn) read(ev Events) {
	n, err := sockRead(c.fd, c.n.buf)
	for err == unix.EINTR {
		n, err = sockRead(c.fd, c.n.buf)
	}
	switch {
	case err == unix.EAGAIN:
		return
	case err != nil:
		c.eof = true
		c.onData(nil, err)
	case n == 0:
		c.eof = true
		c.onData(nil, io.EOF)
	default:
		c.onData(append([]byte(nil), c.n.buf[:n]...), nil)
		if c.hupIsEnd && ev&Hangup != 0 && n < len(c.n.buf) && !c.eof && !c.closed && !c.paused && c.onData != nil {
			c.eof = true
			c.onData(nil, io.EOF)
		}
	}
}

// OnData sets the read callback and starts reading.
func (c *tcpConn) OnData(fn func([]byte, error)) {
	c.onData = fn
	c.update()
}

// Pause stops reading (uv_read_stop).
func (c *tcpConn) Pause() {
	c.paused = true
	c.update()
}

// Resume reads again (uv_read_start).
func (c *tcpConn) Resume() {
	c.paused = false
	c.update()
}

// Write queues data. If nothing is queued it is written at once, as
// uv_write does, and done may then run before Write returns; what the
// kernel does not take waits for writability and done runs in a poll
// phase. done gets the write's error (EPIPE, ECONNRESET), or EBADF after
// Close or CloseWrite.
func (c *tcpConn) Write(data []byte, done func(error)) {
	if c.closed || c.shutdown {
		if done != nil {
			done(closedErr("write"))
		}
		return
	}
	c.queue = append(c.queue, pendingWrite{data: data, done: done})
	if len(c.queue) == 1 && c.connected {
		c.flush()
	}
	c.update()
}

// flush writes queued data until the kernel refuses more: what is queued
// goes in one writev (sockWritev), and the writes it covered complete
// oldest first.
func (c *tcpConn) flush() {
	for len(c.queue) > 0 && !c.closed {
		n, err := sockWritev(c.fd, c.queue, &c.n.iov)
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			return
		}
		if err != nil {
			q := c.queue
			c.queue = nil
			for _, w := range q {
				if w.done != nil {
					w.done(err)
				}
			}
			return
		}
		// A done callback may queue more (after what was written, so n
		// ends before it; an empty queue is flushed by Write itself) or
		// close the socket.
		for len(c.queue) > 0 && !c.closed {
			w := &c.queue[0]
			if len(w.data) > n {
				if n > 0 {
					// Part of it: the kernel is full.
					w.data = w.data[n:]
					return
				}
				break
			}
			n -= len(w.data)
			done := w.done
			c.queue[0] = pendingWrite{}
			if len(c.queue) == 1 {
				// Empty again: keep the array, or the next Write (a socket
				// written once per chunk) allocates a new one.
				c.queue = c.queue[:0]
			} else {
				c.queue = c.queue[1:]
			}
			if done != nil {
				done(nil)
			}
		}
	}
	if len(c.queue) == 0 && c.shutdown && !c.shut && !c.closed {
		c.shut = true
		unix.Shutdown(c.fd, unix.SHUT_WR)
	}
}

// CloseWrite half-closes the socket once what is queued is written, at the
// next writability, as uv_shutdown does: the peer sees the end no earlier
// than the next poll phase.
func (c *tcpConn) CloseWrite() error {
	if c.closed {
		return closedErr("shutdown")
	}
	if !c.shutdown {
		c.shutdown = true
		return c.update()
	}
	return nil
}

// Close closes the socket at once; queued writes are dropped without their
// callbacks.
func (c *tcpConn) Close() error {
	if c.closed {
		return closedErr("close")
	}
	var err error
	if c.watched {
		err = c.n.b.Unwatch(c.fd)
	}
	c.closed, c.watched, c.queue = true, false, nil
	return errors.Join(err, unix.Close(c.fd))
}

// SetNoDelay turns Nagle's algorithm off (true) or on.
func (c *tcpConn) SetNoDelay(on bool) error {
	v := 0
	if on {
		v = 1
	}
	return unix.SetsockoptInt(c.fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, v)
}
