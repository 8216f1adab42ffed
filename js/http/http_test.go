package http_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	"github.com/evloop/evloop/js/http"
	"github.com/evloop/evloop/js/internal/jstest"
	"github.com/evloop/evloop/js/net"
)

// programs exercise http's server and client and fetch, compared with
// node on real sockets and on the simulated loopback.
var programs = []struct{ name, src string }{
	{"http request, chunked response, fetch", `
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, req.httpVersion, req.headers.host === '127.0.0.1:' + server.address().port, req.headers.connection, req.headers['x-test']);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    console.log('server: body', JSON.stringify(body));
    if (req.url === '/chunked') {
      res.setHeader('Content-Type', 'text/plain');
      res.write('part1,');
      res.write('part2');
      res.end();
    } else {
      res.writeHead(201, { 'X-Reply': 'yes' });
      res.end('got ' + body.length);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/post', headers: { 'X-Test': 'a' } }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.headers['x-reply'], res.headers['content-length'], res.headers.connection);
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (c) => data += c);
    res.on('end', () => {
      console.log('client: body', data);
      http.get('http://127.0.0.1:' + port + '/chunked', (res2) => {
        console.log('client2:', res2.statusCode, res2.headers['transfer-encoding'], res2.headers['content-type']);
        const chunks = [];
        res2.setEncoding('utf8');
        res2.on('data', (c) => chunks.push(c));
        res2.on('end', () => {
          console.log('client2: body', chunks.join(''));
          fetch('http://127.0.0.1:' + port + '/json', { method: 'POST', body: '{"a":1}' }).then(async (r) => {
            console.log('fetch:', r.status, r.ok, r.headers.get('x-reply'), r.headers.get('content-length'));
            console.log('fetch text:', await r.text());
            server.close(() => console.log('server closed'));
          });
        });
      });
    });
  });
  req.write('hello ');
  req.end('world');
});
`},
}

func TestAgainstNode(t *testing.T) {
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			dir := t.TempDir()
			want, wantCode := jstest.NodeRun(t, dir, p.src)
			for _, mode := range []string{"real", "sim"} {
				got, stderr, code := jstest.NetRun(t, filepath.Join(dir, "prog.js"), p.src, mode == "sim")
				if got != want || code != wantCode {
					t.Errorf("%s: exit %d (node %d)\n--- evloop\n%s--- node\n%s--- stderr\n%s", mode, code, wantCode, got, want, stderr)
				}
			}
		})
	}
}

// TestSimDeterministic runs each program several times on the simulated
// network: the output never changes.
func TestSimDeterministic(t *testing.T) {
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			first, _, _ := jstest.NetRun(t, "/tmp/prog.js", p.src, true)
			for i := 0; i < 3; i++ {
				if again, _, _ := jstest.NetRun(t, "/tmp/prog.js", p.src, true); again != first {
					t.Fatalf("run %d differs:\n%s\nfirst:\n%s", i+2, again, first)
				}
			}
		})
	}
}

// TestRegistration: http is there only when a root registers it; without
// it require('http') fails as for any unknown module. fetch and its classes
// are the runtime's own (lib/fetch.js) either way, but fetch asks http for
// its requests: without it a fetch fails with a TypeError that says so
// (with it and no Host, as here, the socket says ENOSYS).
func TestRegistration(t *testing.T) {
	src := `
let req;
try { require('http'); req = 'loaded'; } catch (e) { req = e.code; }
console.log(req, typeof fetch, typeof Headers, typeof Response);
console.log('ok', new Headers({ A: 'b' }).get('a'));
fetch('http://127.0.0.1:59999/').catch((e) => console.log(e.name, e.message, e.cause.code || e.cause.message));
`
	tests := []struct {
		name    string
		modules []js.Module
		want    string
	}{
		{"bare", nil, "MODULE_NOT_FOUND function function function\nok b\nTypeError fetch failed evloop: this build has no http client\n"},
		{"net and http", []js.Module{net.Module(), http.Module()}, "loaded function function function\nok b\nTypeError fetch failed ENOSYS\n"},
		{"portable", builtins.Portable(), "loaded function function function\nok b\nTypeError fetch failed ENOSYS\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			rt, err := js.New(js.Options{Stdout: &out, Stderr: &errOut, Modules: tt.modules})
			if err != nil {
				t.Fatal(err)
			}
			if code := rt.RunSource("/tmp/x.js", src); code != 0 || out.String() != tt.want {
				t.Errorf("exit %d, output %q, want %q; stderr %q", code, out.String(), tt.want, strings.TrimSpace(errOut.String()))
			}
		})
	}
}
