package net_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	"github.com/evloop/evloop/js/internal/jstest"
)

// TestNoHost: without a network the module fails clearly, as libuv's
// ENOSYS, on listen and on connect alike.
func TestNoHost(t *testing.T) {
	var out, errOut bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &errOut, Modules: builtins.Portable()})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource("/tmp/x.js", `
const net = require('net');
net.createServer().listen(0).on('error', (e) => console.log(e.code));
net.connect(80, '127.0.0.1').on('error', (e) => console.log(e.code));
`)
	if got := out.String(); code != 0 || got != "ENOSYS\nENOSYS\n" {
		t.Errorf("exit %d, output %q, stderr %q", code, got, strings.TrimSpace(errOut.String()))
	}
}

// TestSandbox: under the default sandbox (poller.NewRealHost's check: no
// --allow-net) a listen or connect beyond loopback is EACCES with node's
// message plus the flag that would allow it, and loopback traffic flows.
func TestSandbox(t *testing.T) {
	src := `
const net = require('net');
const out = [];
net.createServer().listen(0, '0.0.0.0').on('error', (e) => {
  out.push('listen: ' + e.code + ' ' + e.syscall + ' ' + /--allow-net/.test(e.message));
  net.connect(80, '192.0.2.1').on('error', (e) => {
    out.push('connect: ' + e.code + ' ' + e.syscall + ' ' + /--allow-net/.test(e.message));
    const srv = net.createServer((s) => s.end('hi'));
    srv.listen(0, '127.0.0.1', () => {
      net.connect(srv.address().port, '127.0.0.1').on('data', (d) => {
        out.push('loopback: ' + d);
        srv.close();
        console.log(out.join('\n'));
      });
    });
  });
});
`
	stdout, stderr, code := jstest.SandboxRun(t, t.TempDir(), src)
	want := `listen: EACCES listen true
connect: EACCES connect true
loopback: hi
`
	if code != 0 || stdout != want {
		t.Errorf("exit %d\ngot\n%s\nwant\n%s\nstderr: %s", code, stdout, want, stderr)
	}
}
