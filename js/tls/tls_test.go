package tls_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/js/internal/jstest"
)

// run runs src in dir under the CLI's sandbox (jstest.SandboxRun).
var run = jstest.SandboxRun

// TestKeys_sandbox: TLS keys are files a program reads with fs, so the fs
// permissions hold for them: a key outside the allowed directory (by a
// relative path, an absolute one, a symlink) is EACCES naming --allow-fs,
// and tls never reads a path itself (a path given as the key is PEM text
// that fails to parse, not a file read). The key inside serves a
// handshake under the same sandbox.
func TestKeys_sandbox(t *testing.T) {
	base, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	allowed, outside := filepath.Join(base, "allowed"), filepath.Join(base, "outside")
	fixtures := filepath.Join("..", "testdata", "conformance", "tls", "fixtures")
	for _, d := range []string{allowed, outside} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range []string{"server-key.pem", "server-cert.pem", "ca-cert.pem"} {
			data, err := os.ReadFile(filepath.Join(fixtures, n))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, n), data, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.Symlink(filepath.Join(outside, "server-key.pem"), filepath.Join(allowed, "link-key.pem")); err != nil {
		t.Fatal(err)
	}
	src := `
const fs = require('fs');
const tls = require('tls');
const out = [];
for (const p of ['../outside/server-key.pem', OUTSIDE + '/server-key.pem', 'link-key.pem']) {
  try { fs.readFileSync(p); out.push(p + ' read'); }
  catch (e) { out.push(e.code + ' ' + /--allow-fs=/.test(e.message)); }
}
try { tls.createSecureContext({ key: OUTSIDE + '/server-key.pem', cert: OUTSIDE + '/server-cert.pem' }); out.push('path taken'); }
catch (e) { out.push('path as key: ' + e.code); }
const server = tls.createServer({ key: fs.readFileSync('server-key.pem'), cert: fs.readFileSync('server-cert.pem') }, (s) => s.end('secret'));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fs.readFileSync('ca-cert.pem') }, () => out.push('authorized ' + c.authorized));
  c.on('data', (d) => out.push('data ' + d));
  c.on('close', () => { server.close(); console.log(out.join('\n')); });
});
`
	src = strings.ReplaceAll(src, "OUTSIDE", "'"+outside+"'")
	stdout, stderr, code := run(t, allowed, src)
	want := `EACCES true
EACCES true
EACCES true
path as key: ERR_OSSL_PEM_NO_START_LINE
authorized true
data secret
`
	if code != 0 || stdout != want {
		t.Errorf("exit %d\ngot\n%s\nwant\n%s\nstderr: %s", code, stdout, want, stderr)
	}
}

// TestGarbage: bytes that are not TLS, a peer that closes mid-handshake,
// and a destroy during the handshake end in node's errors, never a Go
// panic or a goroutine left behind waiting.
func TestGarbage(t *testing.T) {
	dir := t.TempDir()
	fixtures, _ := filepath.Abs(filepath.Join("..", "testdata", "conformance", "tls", "fixtures"))
	src := `
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const fx = (n) => fs.readFileSync(FIX + '/' + n);
const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') });
server.on('tlsClientError', (err) => console.log('tlsClientError', err.code));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const raw = net.connect(port, '127.0.0.1', () => raw.end('GET / HTTP/1.1\r\n\r\n'));
  raw.on('error', () => {});
  raw.on('close', () => {
    const plain = net.createServer((s) => s.destroy()).listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: plain.address().port, host: '127.0.0.1' });
      c.on('error', (e) => console.log('client', e.code, e.message));
      c.on('close', () => {
        plain.close();
        const d = tls.connect({ port, host: '127.0.0.1' });
        d.on('connect', () => d.destroy());
        d.on('close', () => { console.log('destroyed'); server.close(); });
      });
    });
  });
});
`
	src = strings.ReplaceAll(src, "FIX", "'"+fixtures+"'")
	stdout, stderr, code := jstest.SandboxRun(t, dir, src, fixtures)
	want := `tlsClientError ERR_SSL_HTTP_REQUEST
client ECONNRESET Client network socket disconnected before secure TLS connection was established
destroyed
tlsClientError ECONNRESET
`
	if code != 0 || stdout != want {
		t.Errorf("exit %d\ngot\n%s\nwant\n%s\nstderr: %s", code, stdout, want, stderr)
	}
}
