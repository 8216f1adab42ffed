//go:build !evloopweb

package tls

import (
	"bytes"
	ctls "crypto/tls"
	"errors"
	"io"
	"net"
	"time"
)

// engine runs one side of a TLS connection with crypto/tls, without a
// socket of its own: the ciphertext the peer sent is fed in, and what
// crypto/tls wants to send collects in out for the JS side to write to the
// real (non-blocking) socket on the loop.
//
// crypto/tls reads and writes a blocking net.Conn, so the connection runs
// on a goroutine of its own against pipe (below), but as a coroutine: the
// loop goroutine hands control over with step and waits until the TLS
// goroutine blocks for more ciphertext (or ends). The two never run at
// once, so what crypto/tls does is a synchronous transform from the loop's
// point of view: no lock is contended, nothing completes behind the
// loop's back, and the virtual clock needs no waiting for it.
type engine struct {
	conn *ctls.Conn
	p    *pipe

	resume chan struct{} // the loop hands control to the goroutine
	parked chan struct{} // the goroutine hands it back

	started bool
	ended   bool // the goroutine returned

	// What happened during the last step, in order, for the JS side.
	events []event
	hsDone bool // the handshake finished (with or without error)

	// isSecure and state are set by the goroutine once the handshake
	// succeeded: ConnectionState takes the handshake lock, which the
	// goroutine holds while it waits inside the handshake.
	isSecure bool
	state    ctls.ConnectionState
}

// eventKind is what a step reports.
type eventKind int

const (
	evSecure eventKind = iota + 1 // the handshake completed
	evData                        // plaintext from the peer
	evEnd                         // the peer closed (close_notify or EOF)
	evError                       // the handshake or a record failed
)

type event struct {
	kind eventKind
	data []byte
	err  error
}

// pipe is the net.Conn crypto/tls sees: Read takes ciphertext fed by the
// loop, parking the goroutine when there is none; Write appends to out.
type pipe struct {
	e   *engine
	in  []byte
	eof bool
	out bytes.Buffer
}

func (p *pipe) Read(b []byte) (int, error) {
	for len(p.in) == 0 {
		if p.eof {
			return 0, io.EOF
		}
		p.e.parked <- struct{}{}
		<-p.e.resume
	}
	n := copy(b, p.in)
	p.in = p.in[n:]
	return n, nil
}

func (p *pipe) Write(b []byte) (int, error) {
	if p.eof {
		return 0, net.ErrClosed
	}
	return p.out.Write(b)
}

func (p *pipe) Close() error                       { return nil }
func (p *pipe) LocalAddr() net.Addr                { return pipeAddr{} }
func (p *pipe) RemoteAddr() net.Addr               { return pipeAddr{} }
func (p *pipe) SetDeadline(t time.Time) error      { return nil }
func (p *pipe) SetReadDeadline(t time.Time) error  { return nil }
func (p *pipe) SetWriteDeadline(t time.Time) error { return nil }

type pipeAddr struct{}

func (pipeAddr) Network() string { return "evloop" }
func (pipeAddr) String() string  { return "evloop" }

// newEngine makes the engine of a server (server true) or client
// connection with config. Nothing runs until the first step.
func newEngine(server bool, config *ctls.Config) *engine {
	e := &engine{resume: make(chan struct{}), parked: make(chan struct{})}
	e.p = &pipe{e: e}
	if server {
		e.conn = ctls.Server(e.p, config)
	} else {
		e.conn = ctls.Client(e.p, config)
	}
	return e
}

// run is the goroutine: the handshake, then plaintext until the end.
func (e *engine) run() {
	<-e.resume
	defer func() {
		e.ended = true
		e.parked <- struct{}{}
	}()
	if err := e.conn.Handshake(); err != nil {
		e.hsDone = true
		e.events = append(e.events, event{kind: evError, err: err})
		return
	}
	e.hsDone = true
	e.state = e.conn.ConnectionState()
	e.isSecure = true
	e.events = append(e.events, event{kind: evSecure})
	buf := make([]byte, 16384)
	for {
		n, err := e.conn.Read(buf)
		if n > 0 {
			e.events = append(e.events, event{kind: evData, data: append([]byte(nil), buf[:n]...)})
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				e.events = append(e.events, event{kind: evEnd})
			} else {
				e.events = append(e.events, event{kind: evError, err: err})
			}
			return
		}
	}
}

// step lets the goroutine run until it needs more ciphertext or ends.
func (e *engine) step() {
	if e.ended {
		return
	}
	if !e.started {
		e.started = true
		go e.run()
	}
	e.resume <- struct{}{}
	<-e.parked
}

// take returns and clears the events and the ciphertext to send.
func (e *engine) take() ([]event, []byte) {
	ev := e.events
	e.events = nil
	var out []byte
	if e.p.out.Len() > 0 {
		out = append([]byte(nil), e.p.out.Bytes()...)
		e.p.out.Reset()
	}
	return ev, out
}

// feed hands ciphertext from the peer in (nil with eof: the peer closed
// the TCP connection) and runs the goroutine on it.
func (e *engine) feed(data []byte, eof bool) {
	e.p.in = append(e.p.in, data...)
	if eof {
		e.p.eof = true
	}
	e.step()
}

// write encrypts plaintext into out. Only after the handshake: before it
// the goroutine holds the handshake lock that Write would wait for.
func (e *engine) write(data []byte) error {
	if !e.isSecure {
		return errors.New("write before the TLS handshake completed")
	}
	_, err := e.conn.Write(data)
	return err
}

// closeWrite puts a close_notify alert into out.
func (e *engine) closeWrite() error {
	if !e.isSecure || e.ended {
		return nil
	}
	return e.conn.CloseWrite()
}

// stop ends the goroutine (the socket is gone): its reads see EOF.
func (e *engine) stop() {
	if !e.started || e.ended {
		return
	}
	e.p.eof = true
	e.step()
	e.events = nil
}
