package poller

// The simulated loopback network of --io=sim and of the page: listeners and
// connections in memory, every delivery (a connect, a chunk of data, an
// end) an event on the Sim backend's virtual clock, Latency.Net after the
// call that caused it. Nothing depends on the Go scheduler, so a program
// sees the same interleaving every run. Read it beside net_unix.go, which
// keeps the same contract on real sockets.

import (
	"fmt"
	"io"
	"net/netip"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

// SimNet is sys.Net in memory on a Sim backend. Call its methods, and those
// of its listeners and connections, only on the loop goroutine.
//
// The model: a connect reaches the listener after one latency (the server
// accepts, then the client's connect completes, in that order at the same
// time); data arrives at the peer one latency after Write, an end one
// latency and a nanosecond after CloseWrite (so in a later poll phase than
// the data before it); the kernel's buffers are unbounded, so Write's
// callback runs before Write returns. A connect to a port nobody listens on
// fails at once with ECONNREFUSED, as on a real loopback. As with Net,
// keeping the loop alive is the binding's business.
type SimNet struct {
	s         *Sim
	listeners map[netip.AddrPort]*simListener
	udp       map[netip.AddrPort]*simUDP // bound UDP sockets (simudp.go)
	nextPort  uint16
}

var _ sys.Net = (*SimNet)(nil)

// firstEphemeralPort is where SimNet starts handing out ports for port 0
// and for the client ends of connections (Linux's default range).
const firstEphemeralPort = 32768

// NewSimNet returns an empty simulated network on s.
func NewSimNet(s *Sim) *SimNet {
	return &SimNet{s: s, listeners: map[netip.AddrPort]*simListener{}, nextPort: firstEphemeralPort}
}

// parseSimAddr parses "ip:port" or "localhost:port".
func parseSimAddr(addr string) (netip.AddrPort, error) {
	if ap, err := netip.ParseAddrPort(addr); err == nil {
		return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port()), nil
	}
	if len(addr) > 10 && addr[:10] == "localhost:" {
		return netip.ParseAddrPort("127.0.0.1:" + addr[10:])
	}
	return netip.AddrPort{}, fmt.Errorf("poller: bad address %q: %w", addr, syscall.EINVAL)
}

// ephemeral returns the next free port on ip.
func (n *SimNet) ephemeral(ip netip.Addr) uint16 {
	for {
		p := n.nextPort
		n.nextPort++
		if n.nextPort == 0 {
			n.nextPort = firstEphemeralPort
		}
		if _, used := n.listeners[netip.AddrPortFrom(ip, p)]; !used {
			return p
		}
	}
}

// Listen binds addr ("127.0.0.1:0" picks a port); a port in use fails
// with EADDRINUSE.
func (n *SimNet) Listen(addr string, onConn func(sys.Conn)) (sys.Listener, error) {
	ap, err := parseSimAddr(addr)
	if err != nil {
		return nil, err
	}
	if ap.Port() == 0 {
		ap = netip.AddrPortFrom(ap.Addr(), n.ephemeral(ap.Addr()))
	}
	if _, used := n.listeners[ap]; used || n.wildcardClash(ap) {
		return nil, syscall.EADDRINUSE
	}
	l := &simListener{n: n, addr: ap, onConn: onConn}
	n.listeners[ap] = l
	return l, nil
}

// wildcardClash reports whether ap and a listener on the same port overlap
// through an unspecified address (0.0.0.0 or ::).
func (n *SimNet) wildcardClash(ap netip.AddrPort) bool {
	for k := range n.listeners {
		if k.Port() == ap.Port() && (k.Addr().IsUnspecified() || ap.Addr().IsUnspecified()) {
			return true
		}
	}
	return false
}

// lookup finds the listener a connect to ap reaches.
func (n *SimNet) lookup(ap netip.AddrPort) *simListener {
	if l := n.listeners[ap]; l != nil {
		return l
	}
	for k, l := range n.listeners {
		if k.Port() == ap.Port() && k.Addr().IsUnspecified() {
			return l
		}
	}
	return nil
}

// Dial connects to addr: ECONNREFUSED at once if nobody listens there,
// otherwise done runs one latency later (after the server's accept).
func (n *SimNet) Dial(addr string, done func(sys.Conn, error)) error {
	ap, err := parseSimAddr(addr)
	if err != nil {
		return err
	}
	if n.lookup(ap) == nil {
		return syscall.ECONNREFUSED
	}
	local := netip.AddrPortFrom(ap.Addr(), n.ephemeral(ap.Addr()))
	if ap.Addr().IsUnspecified() {
		local = netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), local.Port())
	}
	client := &simConn{n: n, local: local, remote: ap}
	lat := n.s.Latency().Net
	n.s.After(lat, "tcp connection", func() {
		l := n.lookup(ap)
		if l == nil || client.closed {
			client.refused = true
			return
		}
		server := &simConn{n: n, local: l.addr, remote: local, peer: client}
		client.peer = server
		l.onConn(server)
	})
	n.s.After(lat, "tcp connect", func() {
		if client.refused {
			done(nil, syscall.ECONNREFUSED)
			return
		}
		if client.closed {
			return
		}
		done(client, nil)
	})
	return nil
}

// simListener is a listening port.
type simListener struct {
	n      *SimNet
	addr   netip.AddrPort
	onConn func(sys.Conn)
	closed bool
}

func (l *simListener) Addr() (string, int) { return l.addr.Addr().String(), int(l.addr.Port()) }
func (l *simListener) Ref(bool)            {}

// Close frees the port; connects already on their way are refused.
func (l *simListener) Close() error {
	if l.closed {
		return fmt.Errorf("poller: close: %w", syscall.EBADF)
	}
	l.closed = true
	delete(l.n.listeners, l.addr)
	return nil
}

// simConn is one end of a simulated connection.
type simConn struct {
	n             *SimNet
	local, remote netip.AddrPort
	peer          *simConn

	onData  func([]byte, error)
	paused  bool
	inbox   [][]byte // arrived while nobody read
	inEOF   bool     // the end arrived (after inbox)
	ended   bool     // the end was handed to onData
	drainAt bool     // a drain of inbox is scheduled
	refused bool
	shut    bool // CloseWrite or Close sent the end
	closed  bool
}

var _ sys.Conn = (*simConn)(nil)

func (c *simConn) LocalAddr() (string, int)  { return c.local.Addr().String(), int(c.local.Port()) }
func (c *simConn) RemoteAddr() (string, int) { return c.remote.Addr().String(), int(c.remote.Port()) }
func (c *simConn) Ref(bool)                  {}
func (c *simConn) SetNoDelay(bool) error     { return nil }

func (c *simConn) reading() bool { return c.onData != nil && !c.paused && !c.closed }

// arrive is a delivery from the peer: data, or the end (data nil).
func (c *simConn) arrive(data []byte, end bool) {
	if c.closed {
		return
	}
	if end {
		c.inEOF = true
	} else {
		c.inbox = append(c.inbox, data)
	}
	c.drain()
}

// drain hands what arrived to the read callback while it reads.
func (c *simConn) drain() {
	for c.reading() && len(c.inbox) > 0 {
		d := c.inbox[0]
		c.inbox[0] = nil
		c.inbox = c.inbox[1:]
		c.onData(d, nil)
	}
	if c.reading() && len(c.inbox) == 0 && c.inEOF && !c.ended {
		c.ended = true
		c.onData(nil, io.EOF)
	}
}

// scheduleDrain delivers what waited in a later poll phase, as a real
// socket that starts reading sees its data at the next readiness.
func (c *simConn) scheduleDrain() {
	if c.drainAt || (len(c.inbox) == 0 && (!c.inEOF || c.ended)) {
		return
	}
	c.drainAt = true
	c.n.s.After(0, "tcp read", func() {
		c.drainAt = false
		c.drain()
	})
}

// OnData sets the read callback and starts reading.
func (c *simConn) OnData(fn func([]byte, error)) {
	c.onData = fn
	c.scheduleDrain()
}

// Pause stops reading; data waits in the connection.
func (c *simConn) Pause() { c.paused = true }

// Resume reads again.
func (c *simConn) Resume() {
	c.paused = false
	c.scheduleDrain()
}

// Write sends a copy of data to the peer (it arrives one latency later) and
// calls done before returning.
func (c *simConn) Write(data []byte, done func(error)) {
	if c.closed || c.shut {
		if done != nil {
			done(fmt.Errorf("poller: write: %w", syscall.EBADF))
		}
		return
	}
	d := append([]byte(nil), data...)
	// A zero-length write sends nothing on a real socket: the peer
	// never reads an empty chunk.
	if p := c.peer; p != nil && len(d) > 0 {
		c.n.s.After(c.n.s.Latency().Net, "tcp read", func() { p.arrive(d, false) })
	}
	if done != nil {
		done(nil)
	}
}

// CloseWrite sends the end after what was written.
func (c *simConn) CloseWrite() error {
	if c.closed {
		return fmt.Errorf("poller: shutdown: %w", syscall.EBADF)
	}
	c.sendEnd()
	return nil
}

func (c *simConn) sendEnd() {
	if c.shut {
		return
	}
	c.shut = true
	if p := c.peer; p != nil {
		// One nanosecond behind the data: libuv stops reading at a short
		// read, so a reader sees the end at a later readiness than the
		// data written just before it.
		c.n.s.After(c.n.s.Latency().Net+time.Nanosecond, "tcp read", func() { p.arrive(nil, true) })
	}
}

// Close ends the connection: the peer reads the end, and nothing more is
// delivered here.
func (c *simConn) Close() error {
	if c.closed {
		return fmt.Errorf("poller: close: %w", syscall.EBADF)
	}
	c.sendEnd()
	c.closed = true
	c.inbox = nil
	return nil
}
