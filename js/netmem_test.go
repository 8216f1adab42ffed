package js_test

import (
	"bufio"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/poller"
)

// BenchmarkNet_idleConnHeap measures what one idle connection of the echo
// server keeps on the Go heap (goja objects, handles, buffers): the live
// heap after a collection with N connections open, each after one round
// trip, minus the live heap before them, per connection. The server runs
// in this process (EVLOOP_NET_BENCH_CONNS sets N, default 2,000);
// EVLOOP_NET_HEAP_PROFILE=file writes the in-use heap profile at that point.
func BenchmarkNet_idleConnHeap(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("EVLOOP_NET_BENCH_CONNS")); err == nil && v > 0 {
		n = v
	}
	n = min(n, connectionBudget()/2)
	for i := 0; i < b.N; i++ {
		per := idleConnHeap(b, n)
		b.ReportMetric(per, "B/conn")
	}
}

func idleConnHeap(b *testing.B, n int) float64 {
	host, be, err := poller.NewRealHost(b.TempDir())
	if err != nil {
		b.Skip(err)
	}
	host.Net = poller.NewNet(be)
	pr, pw := io.Pipe()
	rt, err := js.New(js.Options{Stdout: pw, Stderr: os.Stderr, Backend: be, Host: host, Modules: extModules()})
	if err != nil {
		b.Fatal(err)
	}
	done := make(chan int, 1)
	go func() {
		done <- rt.RunSource(filepath.Join(b.TempDir(), "echo.js"), echoServerJS+"\nprocess.on('SIGUSR2', () => {});\n")
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		b.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	addr := "127.0.0.1:" + strings.TrimSpace(strings.TrimPrefix(line, "PORT "))
	live := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := live()
	conns := make([]net.Conn, 0, n)
	buf := make([]byte, 64)
	msg := []byte(strings.Repeat("x", 64))
	for len(conns) < n {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			b.Fatal(err)
		}
		conns = append(conns, c)
		if _, err := c.Write(msg); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			b.Fatal(err)
		}
	}
	after := live()
	if path := os.Getenv("EVLOOP_NET_HEAP_PROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		}
	}
	for _, c := range conns {
		c.Close()
	}
	rt.Interrupt(io.EOF)
	<-done
	be.Close()
	debug.FreeOSMemory()
	return float64(int64(after)-int64(before)) / float64(n)
}
