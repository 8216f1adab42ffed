package poller

// UDP on the simulated loopback network: a datagram reaches the socket
// bound to its destination in the next poll phase after Send, with no
// latency: a loopback sendto puts it in the receiver's queue before it
// returns, so node sees it in the very next poll phase (before that
// iteration's immediates; dgram/ordering). To a port nobody bound it is
// dropped, as on a real network.

import (
	"net/netip"
	"syscall"

	"github.com/evloop/evloop/loop/sys"
)

var _ sys.UDPNet = (*SimNet)(nil)

// ListenUDP binds addr on the simulated network.
func (n *SimNet) ListenUDP(addr string, onMessage func([]byte, string, int)) (sys.UDPConn, error) {
	ap, err := parseSimAddr(addr)
	if err != nil {
		return nil, err
	}
	if n.udp == nil {
		n.udp = map[netip.AddrPort]*simUDP{}
	}
	if ap.Port() == 0 {
		for {
			p := n.ephemeral(ap.Addr())
			if n.udp[netip.AddrPortFrom(ap.Addr(), p)] == nil {
				ap = netip.AddrPortFrom(ap.Addr(), p)
				break
			}
		}
	}
	if n.udp[ap] != nil {
		return nil, syscall.EADDRINUSE
	}
	for k := range n.udp {
		if k.Port() == ap.Port() && (k.Addr().IsUnspecified() || ap.Addr().IsUnspecified()) {
			return nil, syscall.EADDRINUSE
		}
	}
	u := &simUDP{n: n, addr: ap, onMessage: onMessage}
	n.udp[ap] = u
	return u, nil
}

// udpLookup finds the socket a datagram to ap reaches.
func (n *SimNet) udpLookup(ap netip.AddrPort) *simUDP {
	if u := n.udp[ap]; u != nil {
		return u
	}
	for k, u := range n.udp {
		if k.Port() == ap.Port() && k.Addr().IsUnspecified() {
			return u
		}
	}
	return nil
}

type simUDP struct {
	n         *SimNet
	addr      netip.AddrPort
	onMessage func([]byte, string, int)
	closed    bool
}

func (u *simUDP) LocalAddr() (string, int) { return u.addr.Addr().String(), int(u.addr.Port()) }

func (u *simUDP) Send(data []byte, addr string) error {
	if u.closed {
		return syscall.EBADF
	}
	ap, err := parseSimAddr(addr)
	if err != nil {
		return err
	}
	from := u.addr
	if from.Addr().IsUnspecified() {
		if ap.Addr().Is4() {
			from = netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), from.Port())
		} else {
			from = netip.AddrPortFrom(netip.IPv6Loopback(), from.Port())
		}
	}
	msg := append([]byte(nil), data...)
	u.n.s.After(0, "udp message", func() {
		if dst := u.n.udpLookup(ap); dst != nil && !dst.closed {
			dst.onMessage(msg, from.Addr().String(), int(from.Port()))
		}
	})
	return nil
}

func (u *simUDP) SetBroadcast(bool) error { return nil }

func (u *simUDP) Close() error {
	if u.closed {
		return syscall.EBADF
	}
	u.closed = true
	if u.n.udp[u.addr] == u {
		delete(u.n.udp, u.addr)
	}
	return nil
}
