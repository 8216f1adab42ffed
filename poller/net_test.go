//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// pump drives b as the loop's poll phase would, until done reports true;
// it fails after a bounded number of rounds instead of hanging.
func pump(t *testing.T, b *Real, done func() bool) {
	t.Helper()
	var buf []loop.Completion
	for i := 0; i < 10000; i++ {
		if done() {
			return
		}
		b.Wait(100 * time.Millisecond)
		buf = b.Poll(buf[:0])
		for _, c := range buf {
			c.Run()
		}
	}
	t.Fatal("pump: condition not reached after 10000 rounds")
}

func newRealNet(t *testing.T) (*Real, *Net) {
	t.Helper()
	b, err := NewReal(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b, NewNet(b)
}

// openFDs counts this process's descriptors (Linux; -1 elsewhere).
func openFDs() int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(ents)
}

// echoServer listens on 127.0.0.1:0; every connection echoes what it
// reads and half-closes after the client's EOF.
func echoServer(t *testing.T, n sys.Net) (sys.Listener, *[]sys.Conn) {
	t.Helper()
	var conns []sys.Conn
	ln, err := n.Listen("127.0.0.1:0", func(c sys.Conn) {
		conns = append(conns, c)
		c.OnData(func(data []byte, err error) {
			if err != nil {
				c.CloseWrite()
				return
			}
			c.Write(data, nil)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return ln, &conns
}

func TestNet_echo(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB: partial writes
	tests := []struct {
		name   string
		chunks [][]byte
	}{
		{"one small write", [][]byte{[]byte("hello")}},
		{"several writes", [][]byte{[]byte("a"), []byte("bc"), []byte("def")}},
		{"one MiB", [][]byte{big}},
		{"thousands queued", queuedChunks()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := openFDs()
			b, n := newRealNet(t)
			ln, conns := echoServer(t, n)
			ip, port := ln.Addr()
			if ip != "127.0.0.1" || port == 0 {
				t.Fatalf("Addr() = %s, %d", ip, port)
			}
			var client sys.Conn
			var got bytes.Buffer
			var eof bool
			var written int
			if err := n.Dial("127.0.0.1:"+strconv.Itoa(port), func(c sys.Conn, err error) {
				if err != nil {
					t.Errorf("dial: %v", err)
					eof = true
					return
				}
				client = c
				if lip, lport := c.LocalAddr(); lip != "127.0.0.1" || lport == 0 {
					t.Errorf("LocalAddr() = %s, %d", lip, lport)
				}
				if rip, rport := c.RemoteAddr(); rip != "127.0.0.1" || rport != port {
					t.Errorf("RemoteAddr() = %s, %d", rip, rport)
				}
				c.OnData(func(data []byte, err error) {
					if err == io.EOF {
						eof = true
						return
					}
					if err != nil {
						t.Errorf("read: %v", err)
						eof = true
					}
					got.Write(data)
				})
				for i, ch := range tt.chunks {
					c.Write(ch, func(err error) {
						if err != nil {
							t.Errorf("write: %v", err)
						}
						if i != written {
							t.Errorf("write %d completed as the %dth", i, written)
						}
						written++
					})
				}
				if err := c.CloseWrite(); err != nil {
					t.Errorf("CloseWrite: %v", err)
				}
			}); err != nil {
				t.Fatal(err)
			}
			pump(t, b, func() bool { return eof })
			if want := bytes.Join(tt.chunks, nil); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("echoed %d bytes, want %d", got.Len(), len(want))
			}
			if written != len(tt.chunks) {
				t.Errorf("%d write callbacks, want %d", written, len(tt.chunks))
			}
			if client == nil || len(*conns) != 1 {
				t.Fatalf("client %v, %d server connections", client, len(*conns))
			}
			for _, c := range []sys.Conn{client, (*conns)[0]} {
				if err := c.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}
			if err := ln.Close(); err != nil {
				t.Errorf("listener Close: %v", err)
			}
			b.Close()
			if after := openFDs(); after != before {
				t.Errorf("%d descriptors open before, %d after", before, after)
			}
		})
	}
}

// queuedChunks is 3,000 writes of 0 to 4 KiB, each of its own bytes:
// more than the socket buffers hold while nobody reads, so most wait in
// the queue and go out several to a writev, some of them in part.
func queuedChunks() [][]byte {
	var out [][]byte
	for i := 0; i < 3000; i++ {
		n := (i * 733) % 4097
		if i%97 == 0 {
			n = 0
		}
		out = append(out, bytes.Repeat([]byte{byte(i), byte(i >> 8)}, n/2))
	}
	return out
}

func TestNet_dialRefused(t *testing.T) {
	b, n := newRealNet(t)
	ln, err := n.Listen("127.0.0.1:0", func(sys.Conn) {})
	if err != nil {
		t.Fatal(err)
	}
	_, port := ln.Addr()
	ln.Close() // nothing listens on port now
	var got error
	called := false
	err = n.Dial("127.0.0.1:"+strconv.Itoa(port), func(c sys.Conn, err error) {
		called, got = true, err
		if c != nil {
			c.Close()
		}
	})
	if err == nil {
		pump(t, b, func() bool { return called })
	} else {
		got = err
	}
	if !errors.Is(got, syscall.ECONNREFUSED) {
		t.Errorf("dial error %v, want ECONNREFUSED", got)
	}
}

func TestNet_listenInUse(t *testing.T) {
	_, n := newRealNet(t)
	ln, err := n.Listen("127.0.0.1:0", func(sys.Conn) {})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port := ln.Addr()
	if ln2, err := n.Listen("127.0.0.1:"+strconv.Itoa(port), func(sys.Conn) {}); !errors.Is(err, syscall.EADDRINUSE) {
		t.Errorf("second Listen: %v, want EADDRINUSE", err)
		if ln2 != nil {
			ln2.Close()
		}
	}
}

func TestNet_closeSemantics(t *testing.T) {
	b, n := newRealNet(t)
	ln, conns := echoServer(t, n)
	_, port := ln.Addr()
	var client sys.Conn
	if err := n.Dial("127.0.0.1:"+strconv.Itoa(port), func(c sys.Conn, err error) { client = c }); err != nil {
		t.Fatal(err)
	}
	pump(t, b, func() bool { return client != nil && len(*conns) == 1 })
	server := (*conns)[0]

	// The server closes; the client reads EOF.
	var readErr error
	client.OnData(func(_ []byte, err error) { readErr = err })
	if err := server.Close(); err != nil {
		t.Fatal(err)
	}
	pump(t, b, func() bool { return readErr != nil })
	if readErr != io.EOF {
		t.Errorf("read after peer close: %v, want EOF", readErr)
	}

	// Closed conns and listeners refuse everything, without panics.
	if err := server.Close(); !errors.Is(err, syscall.EBADF) {
		t.Errorf("second Close: %v, want EBADF", err)
	}
	var werr error
	server.Write([]byte("x"), func(err error) { werr = err })
	if !errors.Is(werr, syscall.EBADF) {
		t.Errorf("Write after Close: %v, want EBADF", werr)
	}
	if err := server.CloseWrite(); !errors.Is(err, syscall.EBADF) {
		t.Errorf("CloseWrite after Close: %v", err)
	}
	client.Close()
	ln.Close()
	if err := ln.Close(); !errors.Is(err, syscall.EBADF) {
		t.Errorf("second listener Close: %v", err)
	}
}

func TestNet_badAddress(t *testing.T) {
	_, n := newRealNet(t)
	for _, addr := range []string{"", "nohost", "example.com:80", "127.0.0.1:99999"} {
		if _, err := n.Listen(addr, func(sys.Conn) {}); err == nil {
			t.Errorf("Listen(%q) succeeded", addr)
		}
		if err := n.Dial(addr, func(sys.Conn, error) {}); err == nil {
			t.Errorf("Dial(%q) succeeded", addr)
		}
	}
}

func TestNet_ipv6Loopback(t *testing.T) {
	b, n := newRealNet(t)
	var accepted sys.Conn
	ln, err := n.Listen("[::1]:0", func(c sys.Conn) { accepted = c })
	if err != nil {
		t.Skipf("no IPv6 loopback here: %v", err)
	}
	defer ln.Close()
	ip, port := ln.Addr()
	if ip != "::1" || port == 0 {
		t.Fatalf("Addr() = %s, %d", ip, port)
	}
	var client sys.Conn
	if err := n.Dial("[::1]:"+strconv.Itoa(port), func(c sys.Conn, err error) {
		if err != nil {
			t.Errorf("dial: %v", err)
		}
		client = c
	}); err != nil {
		t.Fatal(err)
	}
	pump(t, b, func() bool { return client != nil && accepted != nil })
	if rip, rport := client.RemoteAddr(); rip != "::1" || rport != port {
		t.Errorf("RemoteAddr() = %s, %d", rip, rport)
	}
	client.Close()
	accepted.Close()
}
