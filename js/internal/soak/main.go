//go:build unix

// Command soak holds N concurrent TCP connections (default 10,000) against
// an echo server on loopback, in node and in evloop, one runtime after the
// other in one run, and prints for each: connections made, bytes echoed
// and their throughput, the server's peak RSS (and per connection), its
// open descriptors with every connection open and after all closed, and
// every error (a failed connect, a short or wrong echo, a reset). It is
// `make soak`; not part of `make test` (a minute and a few hundred MB).
//
// Each connection connects (at most -dial at a time), proves the server
// answers with one 64-byte round trip, and waits; once all N are open the
// server's descriptors and RSS are read from /proc; then every connection
// does -rounds round trips of -size bytes at once, every echoed byte
// checked; then all close, and the server must get back to its descriptor
// count before the run (a leak otherwise).
//
// Descriptors: the soft limit is raised to the hard one (the servers
// inherit it); N needs N + 100 of them in this process and in the server.
// If the hard limit is lower, N is scaled down and the output says so.
//
//	go run ./js/internal/soak -evloop bin/evloop [-n 10000] [-rounds 20] [-size 1024] [-engines native,wasm]
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// server is the echo server, the same program for every runtime: it
// prints its port once listening.
const server = `const net = require('net');
const s = net.createServer((c) => {
  c.on('data', (d) => c.write(d));
  c.on('error', () => {});
});
s.listen(0, '127.0.0.1', 4096, () => console.log('port ' + s.address().port));
process.on('SIGTERM', () => s.close(() => process.exit(0)));
`

func main() {
	os.Exit(run(os.Args[1:]))
}

type result struct {
	name                 string
	conns                int
	connectTime, ioTime  time.Duration
	bytes                int64
	rssPeakKB, rssOpenKB int64
	fdsBefore, fdsOpen   int
	fdsAfter             int
	errs                 map[string]int
}

func run(args []string) int {
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	evloop := fs.String("evloop", "bin/evloop", "`path` of the evloop binary")
	node := fs.String("node", "node", "`path` of node")
	n := fs.Int("n", 10000, "concurrent connections")
	rounds := fs.Int("rounds", 20, "round trips per connection once all are open")
	size := fs.Int("size", 1024, "bytes per round trip")
	dial := fs.Int("dial", 200, "connects in flight at a time")
	engines := fs.String("engines", "native", "evloop engines to run: native, wasm or both (comma-separated)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if want := *n + 100; !raiseFDLimit(want) {
		var lim syscall.Rlimit
		syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
		scaled := int(lim.Cur) - 100
		fmt.Printf("soak: the descriptor limit (hard %d) is below %d: %d connections instead of %d (raise it with ulimit -Hn as root)\n", lim.Max, want, scaled, *n)
		*n = scaled
	}
	dir, err := os.MkdirTemp("", "evloop-soak")
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "echo.js")
	if err := os.WriteFile(script, []byte(server), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		return 1
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("soak: %d connections, %d round trips of %d bytes each, loopback; load average %s", *n, *rounds, *size, load)
	cmds := [][]string{{"node", *node, script}}
	for _, e := range strings.Split(*engines, ",") {
		cmds = append(cmds, []string{"evloop " + e, *evloop, "run", "--engine=" + e, script})
	}
	var results []result
	bad := false
	for _, c := range cmds {
		r, err := soak(c[0], c[1:], *n, *rounds, *size, *dial)
		if err != nil {
			fmt.Printf("%s: %v\n", c[0], err)
			bad = true
			continue
		}
		results = append(results, r)
	}
	fmt.Printf("\n%-14s %7s %9s %9s %10s %9s %9s %7s %8s %8s %8s  %s\n", "runtime", "conns", "connect", "echo", "MB/s", "RSS peak", "KB/conn", "fds", "fds open", "fds end", "leaked", "errors")
	for _, r := range results {
		leaked := r.fdsAfter - r.fdsBefore
		fmt.Printf("%-14s %7d %8.2fs %8.2fs %10.1f %8dM %9.1f %7d %8d %8d %8d  %s\n", r.name, r.conns, r.connectTime.Seconds(), r.ioTime.Seconds(),
			float64(r.bytes)/r.ioTime.Seconds()/1e6, r.rssPeakKB/1024, float64(r.rssOpenKB)/float64(max(r.conns, 1)), r.fdsBefore, r.fdsOpen, r.fdsAfter, leaked, errText(r.errs))
		if len(r.errs) > 0 || leaked > 0 || r.conns != *n {
			bad = true
		}
	}
	if bad {
		return 1
	}
	return 0
}

// raiseFDLimit sets the soft descriptor limit to the hard one and reports
// whether that is at least want.
func raiseFDLimit(want int) bool {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return false
	}
	lim.Cur = lim.Max
	syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	return uint64(lim.Max) >= uint64(want)
}

func errText(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	var parts []string
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%d× %s", v, k))
	}
	return strings.Join(parts, "; ")
}

// soak runs one server and the whole load against it.
func soak(name string, argv []string, n, rounds, size, dialers int) (result, error) {
	r := result{name: name, errs: map[string]int{}}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return r, err
	}
	if err := cmd.Start(); err != nil {
		return r, err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	line, err := bufio.NewReader(out).ReadString('\n')
	port, ok := strings.CutPrefix(strings.TrimSpace(line), "port ")
	if err != nil || !ok {
		return r, fmt.Errorf("the server did not say its port: %q %v", line, err)
	}
	addr := "127.0.0.1:" + port
	pid := cmd.Process.Pid
	r.fdsBefore = countFDs(pid)

	var mu sync.Mutex
	fail := func(what string) {
		mu.Lock()
		r.errs[what]++
		mu.Unlock()
	}
	conns := make([]net.Conn, n)
	start := time.Now()
	sem := make(chan struct{}, dialers)
	var wg sync.WaitGroup
	ping := bytes.Repeat([]byte{'p'}, 64)
	for i := 0; i < n; i++ {
		sem <- struct{}{}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := net.DialTimeout("tcp", addr, 30*time.Second)
			if err != nil {
				fail("connect: " + short(err))
				return
			}
			if err := roundTrip(c, ping); err != nil {
				fail("first echo: " + short(err))
				c.Close()
				return
			}
			conns[i] = c
		}(i)
	}
	wg.Wait()
	r.connectTime = time.Since(start)
	for _, c := range conns {
		if c != nil {
			r.conns++
		}
	}
	r.fdsOpen = countFDs(pid)
	r.rssOpenKB = procStatus(pid, "VmRSS")

	var total atomic.Int64
	start = time.Now()
	for i, c := range conns {
		if c == nil {
			continue
		}
		wg.Add(1)
		go func(i int, c net.Conn) {
			defer wg.Done()
			msg := make([]byte, size)
			for k := range msg {
				msg[k] = byte('a' + (i+k)%26)
			}
			for j := 0; j < rounds; j++ {
				msg[0] = byte(j)
				if err := roundTrip(c, msg); err != nil {
					fail("echo: " + short(err))
					return
				}
				total.Add(int64(2 * size))
			}
		}(i, c)
	}
	wg.Wait()
	r.ioTime = time.Since(start)
	r.bytes = total.Load()
	r.rssPeakKB = procStatus(pid, "VmHWM")
	for _, c := range conns {
		if c != nil {
			c.Close()
		}
	}
	// The server closes its side as each 'end' comes: wait until its
	// descriptors are back (30 s at most), the rest is a leak.
	deadline := time.Now().Add(30 * time.Second)
	for {
		r.fdsAfter = countFDs(pid)
		if r.fdsAfter <= r.fdsBefore || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r.fdsAfter < 0 {
		return r, errors.New("the server exited during the run")
	}
	return r, nil
}

// roundTrip writes msg and reads it back whole, checking every byte.
func roundTrip(c net.Conn, msg []byte) error {
	c.SetDeadline(time.Now().Add(60 * time.Second))
	if _, err := c.Write(msg); err != nil {
		return err
	}
	got := make([]byte, len(msg))
	if _, err := io.ReadFull(c, got); err != nil {
		return err
	}
	if !bytes.Equal(got, msg) {
		return errors.New("the echo differs from what was sent")
	}
	return nil
}

// short is an error without the addresses (so equal errors count together).
func short(err error) string {
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Op + ": " + op.Err.Error()
	}
	return err.Error()
}

// countFDs is the number of descriptors pid has open, or -1.
func countFDs(pid int) int {
	ents, err := os.ReadDir("/proc/" + strconv.Itoa(pid) + "/fd")
	if err != nil {
		return -1
	}
	return len(ents)
}

// procStatus reads a kB field (VmRSS, VmHWM) of /proc/pid/status.
func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb
		}
	}
	return -1
}
