package js_test

import (
	"bufio"
	"errors"
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
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/poller"
)

// echoServerJS is the server both runtimes run: echo every chunk back.
const echoServerJS = `
const net = require('net');
const s = net.createServer((c) => {
  c.on('data', (d) => c.write(d));
  c.on('error', () => {});
});
s.listen(0, '127.0.0.1', () => console.log('PORT ' + s.address().port));
`

// benchServerEnv makes TestNetBenchServer run the echo server under
// evloop, in a process of its own, so its peak RSS is its own.
const benchServerEnv = "EVLOOP_NET_BENCH_SERVER"

// TestNetBenchServer is not a test: BenchmarkNet_echoLoad runs this test
// binary with benchServerEnv set to get an evloop echo server process.
func TestNetBenchServer(t *testing.T) {
	if os.Getenv(benchServerEnv) == "" {
		t.Skip("helper process for BenchmarkNet_echoLoad")
	}
	b, err := poller.NewReal(4)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := js.New(js.Options{Stdout: os.Stdout, Stderr: os.Stderr, Backend: b,
		Host: &sys.Host{Pool: b, Net: poller.NewNet(b)}, Modules: extModules()})
	if err != nil {
		t.Fatal(err)
	}
	os.Exit(rt.RunSource(filepath.Join(t.TempDir(), "echo.js"), echoServerJS))
}

// BenchmarkNet_echoLoad drives a TCP echo server with as many concurrent
// loopback connections as the descriptor limit allows (at most 10,000),
// each doing round trips of 64 bytes for a fixed time, first against
// evloop, then against node running the same JS; it reports round trips
// per second, the servers' peak RSS, and the ratios. Run it alone:
//
//	go test ./js -run '^$' -bench Net_echoLoad -benchtime 1x
func BenchmarkNet_echoLoad(b *testing.B) {
	nodePath, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not installed")
	}
	conns := connectionBudget()
	const duration = 5 * time.Second
	dir := b.TempDir()
	script := filepath.Join(dir, "echo.js")
	if err := os.WriteFile(script, []byte(echoServerJS), 0o644); err != nil {
		b.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	evloop := exec.Command(self, "-test.run=^TestNetBenchServer$", "-test.v=false")
	evloop.Env = append(os.Environ(), benchServerEnv+"=1")
	node := exec.Command(nodePath, script)

	for i := 0; i < b.N; i++ {
		ev := runEchoLoad(b, evloop, conns, duration)
		nd := runEchoLoad(b, node, conns, duration)
		b.ReportMetric(float64(conns), "conns")
		b.ReportMetric(ev.rate, "evloop-rt/s")
		b.ReportMetric(nd.rate, "node-rt/s")
		b.ReportMetric(ev.rate/nd.rate, "rt-ratio")
		b.ReportMetric(float64(ev.rssKB)/1024, "evloop-MB")
		b.ReportMetric(float64(nd.rssKB)/1024, "node-MB")
		b.ReportMetric(float64(ev.rssKB)/float64(nd.rssKB), "rss-ratio")
		b.Logf("%d connections, %v each: evloop %.0f rt/s, peak RSS %d KB (%d failed); node %.0f rt/s, peak RSS %d KB (%d failed)",
			conns, duration, ev.rate, ev.rssKB, ev.failed, nd.rate, nd.rssKB, nd.failed)
		// Fresh commands for the next round.
		evloop = exec.Command(evloop.Path, evloop.Args[1:]...)
		evloop.Env = append(os.Environ(), benchServerEnv+"=1")
		node = exec.Command(nodePath, script)
	}
}

// connectionBudget raises RLIMIT_NOFILE to its hard limit and returns how
// many connections this process and the server can each hold, at most
// 10,000 (fewer with EVLOOP_NET_BENCH_CONNS=n).
func connectionBudget() int {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {
		lim.Cur = lim.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
		syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	n := int(lim.Cur) - 200
	if v, err := strconv.Atoi(os.Getenv("EVLOOP_NET_BENCH_CONNS")); err == nil && v > 0 {
		n = min(n, v) // a smaller run
	}
	return max(1, min(n, 10000))
}

type loadResult struct {
	rate   float64 // round trips per second, all connections together
	rssKB  int     // the server's VmHWM
	failed int     // connections that could not be made or broke
}

// runEchoLoad starts the server command, reads "PORT n" from it, opens
// conns connections in bounded batches, runs round trips on all of them
// for duration, reads the server's peak RSS and kills it.
func runEchoLoad(b *testing.B, cmd *exec.Cmd, conns int, duration time.Duration) loadResult {
	b.Helper()
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	port, err := readPort(out)
	if err != nil {
		b.Fatalf("%s: %v", cmd.Path, err)
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)

	// Connect in batches, so the listen backlog never overflows.
	var (
		mu      sync.Mutex
		opened  []net.Conn
		failed  atomic.Int64
		batch   = 200
		dialers sync.WaitGroup
	)
	for start := 0; start < conns; start += batch {
		for i := start; i < min(start+batch, conns); i++ {
			dialers.Add(1)
			go func() {
				defer dialers.Done()
				c, err := net.DialTimeout("tcp", addr, 10*time.Second)
				if err != nil {
					failed.Add(1)
					return
				}
				mu.Lock()
				opened = append(opened, c)
				mu.Unlock()
			}()
		}
		dialers.Wait()
	}
	defer func() {
		for _, c := range opened {
			c.Close()
		}
	}()

	var trips atomic.Int64
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	msg := []byte(strings.Repeat("x", 64))
	for _, c := range opened {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, len(msg))
			c.SetDeadline(deadline.Add(5 * time.Second))
			for time.Now().Before(deadline) {
				if _, err := c.Write(msg); err != nil {
					failed.Add(1)
					return
				}
				if _, err := io.ReadFull(c, buf); err != nil {
					failed.Add(1)
					return
				}
				trips.Add(1)
			}
		}()
	}
	began := time.Now()
	wg.Wait()
	elapsed := time.Since(began)
	return loadResult{
		rate:   float64(trips.Load()) / elapsed.Seconds(),
		rssKB:  peakRSS(cmd.Process.Pid),
		failed: int(failed.Load()),
	}
}

func readPort(r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if p, ok := strings.CutPrefix(sc.Text(), "PORT "); ok {
			go io.Copy(io.Discard, r) // keep the pipe drained
			return strconv.Atoi(p)
		}
	}
	return 0, errors.New("server ended before printing its port")
}

// peakRSS returns VmHWM of pid in KB (0 where /proc is missing).
func peakRSS(pid int) int {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	return 0
}
