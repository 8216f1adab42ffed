package js_test

import (
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/poller"
)

// benchProgram runs one of js/internal/bench/programs under the native
// engine with real I/O (epoll, the thread pool, sockets) b.N times, at the
// CLI's GOGC, so that `go test -bench IO_ -cpuprofile` profiles what
// `evloop run` does with it. One op is one whole run of the program.
// With EVLOOP_JS_PROFILE=file, goja's own sampling profiler writes where
// the JavaScript spent its time (by JS function; `go tool pprof file`).
func benchProgram(b *testing.B, name string) {
	b.Helper()
	if path := os.Getenv("EVLOOP_JS_PROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := goja.StartProfile(f); err != nil {
			b.Fatal(err)
		}
		defer func() { goja.StopProfile(); f.Close() }()
	}
	src, err := os.ReadFile(filepath.Join("internal", "bench", "programs", name))
	if err != nil {
		b.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	dir := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		host, be, err := poller.NewRealHost(dir)
		if err != nil {
			b.Skip(err)
		}
		host.Net = poller.NewNet(be)
		rt, err := js.New(js.Options{Stdout: io.Discard, Stderr: os.Stderr, Backend: be, Host: host, Modules: extModules()})
		if err != nil {
			b.Fatal(err)
		}
		code := rt.RunSource(filepath.Join(dir, name), string(src))
		be.Close()
		if code != 0 {
			b.Fatalf("%s: exit code %d", name, code)
		}
	}
}

func BenchmarkIO_readFileConcurrent(b *testing.B) { benchProgram(b, "readfile_concurrent.js") }
func BenchmarkIO_readFileSequential(b *testing.B) { benchProgram(b, "readfile_sequential.js") }
func BenchmarkIO_tcpEcho(b *testing.B)            { benchProgram(b, "tcp_echo.js") }
func BenchmarkIO_httpKeepAlive(b *testing.B)      { benchProgram(b, "http_keepalive.js") }
