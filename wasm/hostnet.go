//go:build wasip1 && evloophost

package main

// sys.Net over the net_* imports: the host holds the sockets on its
// reactor; the guest holds handles, and the backend's Poll hands each
// listener and connection its events (hostBackend.dispatch).

import (
	"encoding/binary"
	"fmt"
	"unsafe"

	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/wasm/abi"
)

// hostNet is sys.Net on the host's TCP sockets. Call only on the loop
// goroutine.
type hostNet struct{ b *hostBackend }

var _ sys.Net = (*hostNet)(nil)

// decodeAddr reads an AddrSize record: handle, ip, port.
func decodeAddr(out []byte) (uint32, string, int) {
	le := binary.LittleEndian
	n := int(le.Uint32(out[8:]))
	if n > abi.AddrSize-12 {
		n = 0
	}
	return le.Uint32(out), string(out[12 : 12+n]), int(le.Uint32(out[4:]))
}

// Listen implements sys.Net.
func (n *hostNet) Listen(addr string, onConn func(sys.Conn)) (sys.Listener, error) {
	a := []byte(addr)
	var out [abi.AddrSize]byte
	if e := hostListen(ptrOf(a), int32(len(a)), unsafe.Pointer(&out[0])); e != 0 {
		return nil, errnoErr(e)
	}
	h, ip, port := decodeAddr(out[:])
	l := &hostListener{b: n.b, h: h, ip: ip, port: port, onConn: onConn}
	n.b.listeners[h] = l
	return l, nil
}

// Dial implements sys.Net: done runs in a later poll phase, unless the
// host fails the connect at once (then the error is returned).
func (n *hostNet) Dial(addr string, done func(sys.Conn, error)) error {
	a := []byte(addr)
	var h uint32
	if e := hostDial(ptrOf(a), int32(len(a)), unsafe.Pointer(&h)); e != 0 {
		return errnoErr(e)
	}
	n.b.conns[h] = &hostConn{b: n.b, h: h, dialDone: done}
	return nil
}

// hostListener is a listening socket on the host.
type hostListener struct {
	b      *hostBackend
	h      uint32
	ip     string
	port   int
	onConn func(sys.Conn)
	closed bool
}

func (l *hostListener) Addr() (string, int) { return l.ip, l.port }

func (l *hostListener) Ref(on bool) { hostCtl(l.h, abi.CtlRef, boolArg(on)) }

func (l *hostListener) Close() error {
	if l.closed {
		return fmt.Errorf("evloop: close: %w", errnoErr(uint32(abi.EBADF)))
	}
	l.closed = true
	delete(l.b.listeners, l.h)
	return errnoErr(hostCtl(l.h, abi.CtlClose, 0))
}

func boolArg(on bool) int32 {
	if on {
		return 1
	}
	return 0
}

// hostConn is a connection (or a connect in progress) on the host.
type hostConn struct {
	b         *hostBackend
	h         uint32
	dialDone  func(sys.Conn, error)
	connected bool
	onData    func([]byte, error)
	closed    bool

	rip   string
	rport int
}

var _ sys.Conn = (*hostConn)(nil)

func (c *hostConn) addr(which int32) (string, int) {
	var out [abi.AddrSize]byte
	if hostAddr(c.h, which, unsafe.Pointer(&out[0])) != 0 {
		return "", 0
	}
	_, ip, port := decodeAddr(out[:])
	return ip, port
}

func (c *hostConn) LocalAddr() (string, int) { return c.addr(abi.AddrLocal) }

func (c *hostConn) RemoteAddr() (string, int) {
	if c.rip == "" {
		c.rip, c.rport = c.addr(abi.AddrRemote)
	}
	return c.rip, c.rport
}

func (c *hostConn) OnData(fn func([]byte, error)) {
	c.onData = fn
	hostCtl(c.h, abi.CtlRead, 0)
}

func (c *hostConn) Pause()  { hostCtl(c.h, abi.CtlPause, 0) }
func (c *hostConn) Resume() { hostCtl(c.h, abi.CtlResume, 0) }

// Write implements sys.Conn: done may run before Write returns (the kernel
// took everything), as with the native sockets.
func (c *hostConn) Write(data []byte, done func(error)) {
	c.b.writeIDs++
	id := c.b.writeIDs
	res := hostWrite(c.h, ptrOf(data), int32(len(data)), id)
	if res == abi.WritePending {
		c.b.writes[id] = hostWriteCB{conn: c, done: done}
		return
	}
	if done != nil {
		done(errnoErr(uint32(res)))
	}
}

func (c *hostConn) CloseWrite() error { return errnoErr(hostCtl(c.h, abi.CtlCloseWrite, 0)) }

// Close implements sys.Conn: queued writes are dropped without their
// callbacks, as the native sockets drop them.
func (c *hostConn) Close() error {
	if c.closed {
		return fmt.Errorf("evloop: close: %w", errnoErr(uint32(abi.EBADF)))
	}
	c.closed = true
	delete(c.b.conns, c.h)
	for id, w := range c.b.writes {
		if w.conn == c {
			delete(c.b.writes, id)
		}
	}
	return errnoErr(hostCtl(c.h, abi.CtlClose, 0))
}

func (c *hostConn) SetNoDelay(on bool) error {
	return errnoErr(hostCtl(c.h, abi.CtlNoDelay, boolArg(on)))
}

func (c *hostConn) Ref(on bool) { hostCtl(c.h, abi.CtlRef, boolArg(on)) }
