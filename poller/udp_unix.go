//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

// UDP on non-blocking sockets, watched by the Real backend's reactor as
// TCP is (net_unix.go): libuv's src/unix/udp.c in miniature. A datagram is
// read and handed to the callback in the poll phase; a send is one
// sendto, done before Send returns (uv_udp_try_send).

import (
	"errors"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/loop/sys"
)

var _ sys.UDPNet = (*Net)(nil)

// ListenUDP binds a non-blocking UDP socket to addr with SO_REUSEADDR off
// (node's default) and watches it for datagrams.
func (n *Net) ListenUDP(addr string, onMessage func([]byte, string, int)) (sys.UDPConn, error) {
	sa, family, err := sockaddr(addr)
	if err != nil {
		return nil, err
	}
	fd, err := unix.Socket(family, unix.SOCK_DGRAM, 0)
	if err != nil {
		return nil, err
	}
	unix.CloseOnExec(fd)
	fail := func(err error) (sys.UDPConn, error) {
		unix.Close(fd)
		return nil, err
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		return fail(err)
	}
	if family == unix.AF_INET6 {
		unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 0)
	}
	if err := unix.Bind(fd, sa); err != nil {
		return fail(err)
	}
	bound, err := unix.Getsockname(fd)
	if err != nil {
		return fail(err)
	}
	u := &udpConn{n: n, fd: fd, family: family, onMessage: onMessage}
	u.ip, u.port = fromSockaddr(bound)
	if err := n.b.Watch(fd, Readable, "udp socket", u.ready); err != nil {
		return fail(err)
	}
	return u, nil
}

type udpConn struct {
	n         *Net
	fd        int
	family    int
	ip        string
	port      int
	onMessage func([]byte, string, int)
	closed    bool
}

func (u *udpConn) LocalAddr() (string, int) { return u.ip, u.port }

// ready reads the datagrams queued, until EAGAIN or a callback closes the
// socket (libuv reads up to 32 a wakeup; all of them here).
func (u *udpConn) ready(Events) {
	for !u.closed {
		n, from, err := unix.Recvfrom(u.fd, u.n.buf, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return
		}
		ip, port := fromSockaddr(from)
		u.onMessage(append([]byte(nil), u.n.buf[:n]...), ip, port)
	}
}

func (u *udpConn) Send(data []byte, addr string) error {
	if u.closed {
		return unix.EBADF
	}
	sa, family, err := sockaddr(addr)
	if err != nil {
		return err
	}
	if u.family == unix.AF_INET6 && family == unix.AF_INET {
		// A dual-stack udp6 socket reaches IPv4 through a mapped address.
		a4 := sa.(*unix.SockaddrInet4)
		var a16 [16]byte
		a16[10], a16[11] = 0xff, 0xff
		copy(a16[12:], a4.Addr[:])
		sa = &unix.SockaddrInet6{Port: a4.Port, Addr: a16}
	}
	for {
		err = unix.Sendto(u.fd, data, 0, sa)
		if err != unix.EINTR {
			return err
		}
	}
}

func (u *udpConn) SetBroadcast(on bool) error {
	v := 0
	if on {
		v = 1
	}
	return unix.SetsockoptInt(u.fd, unix.SOL_SOCKET, unix.SO_BROADCAST, v)
}

func (u *udpConn) Close() error {
	if u.closed {
		return unix.EBADF
	}
	u.closed = true
	err := u.n.b.Unwatch(u.fd)
	return errors.Join(err, unix.Close(u.fd))
}
