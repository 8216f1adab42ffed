package js_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	childprocess "github.com/evloop/evloop/js/child_process"
	"github.com/evloop/evloop/js/internal/jstest"
)

// netRun runs src with a network (jstest.NetRun), with the built-ins the
// CLI registers; nodeRun runs it under node.
func netRun(t testing.TB, file, src string, sim bool) (stdout, stderr string, code int) {
	t.Helper()
	return jstest.NetRun(t, file, src, sim, childprocess.Module())
}

var nodeRun = jstest.NodeRun

// netPrograms print only what node decides: no ports, no timing.
var netPrograms = []struct{ name, src string }{
	{"echo and half-close", `
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, typeof sock.remotePort);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { console.log('server: data', JSON.stringify(d)); sock.write(d.toUpperCase()); });
  sock.on('end', () => console.log('server: end'));
  sock.on('close', (e) => { console.log('server: close', e); server.close(() => console.log('server closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, typeof port);
  const c = net.connect(port, '127.0.0.1', () => { console.log('client: connect'); c.end('hello'); });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client: data', d));
  c.on('end', () => console.log('client: end'));
  c.on('close', (e) => console.log('client: close', e, c.bytesRead, c.bytesWritten));
});
`},
	{"refused connect", `
const net = require('net');
const c = net.connect(1, '127.0.0.1');
c.on('error', (e) => { console.log(e.message, e.code, e.errno, e.syscall, e.address, e.port); console.log(Object.keys(e)); });
c.on('close', (h) => console.log('close', h));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
`},
	{"server close ordering", `
const net = require('net');
const s = net.createServer();
s.listen(0, '127.0.0.1', () => {
  s.close(() => console.log('server close cb', s.listening));
  process.nextTick(() => console.log('tick'));
  setImmediate(() => console.log('immediate'));
});
s.on('listening', () => console.log('listening event'));
`},
	{"destroy closes in the close phase", `
const net = require('net');
const s = net.createServer((sock) => {
  sock.on('close', (h) => console.log('server sock close', h));
  sock.destroy();
  setImmediate(() => console.log('immediate after destroy'));
  process.nextTick(() => console.log('tick after destroy'));
  s.close(() => console.log('server closed'));
});
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  c.resume();
  c.on('end', () => console.log('client end'));
  c.on('close', () => console.log('client close'));
});
`},
	{"unref server lets the program end", `
const net = require('net');
const s = net.createServer().listen(0, '127.0.0.1');
s.unref();
process.on('exit', (c) => console.log('exit', c, s.listening));
`},
	{"listen in use", `
const net = require('net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer().listen(port, '127.0.0.1');
  b.on('error', (e) => { console.log(e.code, e.syscall, e.errno, e.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port); a.close(); });
});
`},
	{"big payload and drain", `
const net = require('net');
const total = 4 << 20;
const s = net.createServer((sock) => {
  let n = 0;
  sock.on('data', (d) => { n += d.length; });
  sock.on('end', () => { console.log('server got', n); sock.end(); s.close(); });
});
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  const chunk = 'x'.repeat(65536);
  let sent = 0, drains = 0;
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) { drains++; c.once('drain', pump); return; }
    }
    c.end(() => console.log('client finished', c.bytesWritten, drains > 0));
  }
  pump();
  c.resume();
  c.on('close', () => console.log('client close'));
});
`},
}

func TestNet_againstNode(t *testing.T) {
	for _, p := range netPrograms {
		t.Run(p.name, func(t *testing.T) {
			dir := t.TempDir()
			want, wantCode := nodeRun(t, dir, p.src)
			for _, mode := range []string{"real", "sim"} {
				got, stderr, code := netRun(t, filepath.Join(dir, "prog.js"), p.src, mode == "sim")
				if got != want || code != wantCode {
					t.Errorf("%s: exit %d (node %d)\n--- evloop\n%s--- node\n%s--- stderr\n%s", mode, code, wantCode, got, want, stderr)
				}
			}
		})
	}
}

// TestNet_simDeterministic runs each program several times on the
// simulated network: the output never changes.
func TestNet_simDeterministic(t *testing.T) {
	for _, p := range netPrograms {
		t.Run(p.name, func(t *testing.T) {
			first, _, _ := netRun(t, "/tmp/prog.js", p.src, true)
			for i := 0; i < 3; i++ {
				if again, _, _ := netRun(t, "/tmp/prog.js", p.src, true); again != first {
					t.Fatalf("run %d differs:\n%s\nfirst:\n%s", i+2, again, first)
				}
			}
		})
	}
}

// TestNet_conformance runs the net/ conformance cases (goldens recorded
// from node) with a network: real sockets, and the simulated loopback on
// the virtual clock.
func TestNet_conformance(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "conformance", "net", "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no net cases: %v", err)
	}
	for _, mode := range []string{"real", "sim"} {
		t.Run(mode, func(t *testing.T) {
			for _, f := range files {
				base := strings.TrimSuffix(f, ".js")
				want, err := os.ReadFile(base + ".out")
				if err != nil {
					continue // not recorded: racy under node
				}
				codeText, err := os.ReadFile(base + ".code")
				if err != nil {
					t.Fatal(err)
				}
				t.Run(filepath.Base(base), func(t *testing.T) {
					src, err := os.ReadFile(f)
					if err != nil {
						t.Fatal(err)
					}
					abs, _ := filepath.Abs(f)
					got, stderr, code := netRun(t, abs, string(src), mode == "sim")
					if got != string(want) || strconv.Itoa(code) != strings.TrimSpace(string(codeText)) {
						t.Errorf("exit %d (node %s)\n--- evloop\n%s--- node\n%s--- stderr\n%s", code, strings.TrimSpace(string(codeText)), got, want, stderr)
					}
				})
			}
		})
	}
}
