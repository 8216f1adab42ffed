package poller

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
)

// runSimEcho runs an echo server and clients clients on a SimNet with the
// given latency, each client writing two chunks then ending, and returns
// the log of what happened, each line stamped with the virtual time.
func runSimEcho(t *testing.T, clients int, lat time.Duration) []string {
	t.Helper()
	clock := loop.NewVirtualClock(-1)
	sim := NewSim(clock, 1, Latency{Net: lat})
	l := loop.New(loop.Config{Clock: clock, Backend: sim})
	n := NewSimNet(sim)
	var log []string
	logf := func(format string, args ...any) {
		log = append(log, fmt.Sprintf("%v ", clock.Now())+fmt.Sprintf(format, args...))
	}
	// The handle stands for the binding's: it keeps the loop alive until
	// every client saw its end.
	h := l.NewHandle("test")
	open := clients
	l.RunMacrotask(trace.QueueMain, "main", func() {
		h.Start()
		ln, err := n.Listen("127.0.0.1:0", func(c sys.Conn) {
			_, port := c.RemoteAddr()
			logf("accept from %d", port)
			c.OnData(func(data []byte, err error) {
				if err != nil {
					logf("server %d: %v", port, err)
					c.Close()
					return
				}
				c.Write(data, nil)
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		_, port := ln.Addr()
		for i := range clients {
			err := n.Dial("127.0.0.1:"+strconv.Itoa(port), func(c sys.Conn, err error) {
				if err != nil {
					t.Errorf("client %d: %v", i, err)
					return
				}
				_, lport := c.LocalAddr()
				logf("client %d connected from %d", i, lport)
				c.OnData(func(data []byte, err error) {
					if err == io.EOF {
						logf("client %d: end", i)
						c.Close()
						if open--; open == 0 {
							ln.Close()
							h.Close(nil)
						}
						return
					}
					logf("client %d: %q", i, data)
				})
				c.Write([]byte("ping"+strconv.Itoa(i)), nil)
				c.Write([]byte("!"), nil)
				c.CloseWrite()
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	return log
}

func TestSimNet_deterministic(t *testing.T) {
	tests := []struct {
		clients int
		lat     time.Duration
	}{
		{1, time.Millisecond},
		{3, 100 * time.Microsecond},
		{20, time.Microsecond},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d clients, %v", tt.clients, tt.lat), func(t *testing.T) {
			first := runSimEcho(t, tt.clients, tt.lat)
			// 5 lines per client: accept, connect, two echoes, end; one
			// server EOF per client.
			if want := 6 * tt.clients; len(first) != want {
				t.Fatalf("%d log lines, want %d:\n%v", len(first), want, first)
			}
			for run := 0; run < 5; run++ {
				if again := runSimEcho(t, tt.clients, tt.lat); !slices.Equal(first, again) {
					t.Fatalf("run %d differs:\n%v\nfirst:\n%v", run+2, again, first)
				}
			}
		})
	}
}

func TestSimNet_timeline(t *testing.T) {
	got := runSimEcho(t, 1, time.Millisecond)
	want := []string{
		"1ms accept from 32769",
		"1ms client 0 connected from 32769",
		"2.000001ms server 32769: EOF", // the end comes a nanosecond behind the data
		`3ms client 0: "ping0"`,        // the echoes come back one latency later
		`3ms client 0: "!"`,
		"3.000002ms client 0: end",
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline:\n%q\nwant:\n%q", got, want)
	}
}

func TestSimNet_errors(t *testing.T) {
	clock := loop.NewVirtualClock(-1)
	n := NewSimNet(NewSim(clock, 1, Latency{}))
	ln, err := n.Listen("127.0.0.1:8080", func(sys.Conn) {})
	if err != nil {
		t.Fatal(err)
	}
	if ip, port := ln.Addr(); ip != "127.0.0.1" || port != 8080 {
		t.Errorf("Addr() = %s, %d", ip, port)
	}
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"listen in use", listenErr(n, "127.0.0.1:8080"), syscall.EADDRINUSE},
		{"listen wildcard over in use", listenErr(n, "0.0.0.0:8080"), syscall.EADDRINUSE},
		{"dial refused", n.Dial("127.0.0.1:1", nil), syscall.ECONNREFUSED},
		{"dial bad address", n.Dial("nowhere", nil), syscall.EINVAL},
		{"listen bad address", listenErr(n, "x:y"), syscall.EINVAL},
		{"second close", func() error { ln.Close(); return ln.Close() }(), syscall.EBADF},
		{"dial after close", n.Dial("127.0.0.1:8080", nil), syscall.ECONNREFUSED},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, tt.err, tt.want)
		}
	}
}

func listenErr(n *SimNet, addr string) error {
	_, err := n.Listen(addr, func(sys.Conn) {})
	return err
}
