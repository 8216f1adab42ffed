package dgram_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
	"github.com/evloop/evloop/poller"
)

// TestSandbox: under the default sandbox (no --allow-net) UDP is loopback
// only, with net's rules: bind() with no address serves loopback, an
// explicit other address and a send beyond the machine are EACCES naming
// --allow-net, and loopback traffic flows.
func TestSandbox(t *testing.T) {
	dir := t.TempDir()
	host, b, err := poller.NewRealHost(dir)
	if err != nil {
		t.Skipf("no real host here: %v", err)
	}
	defer b.Close()
	host.Net = poller.NewNet(b)
	src := `
const dgram = require('dgram');
const out = [];
const wide = dgram.createSocket('udp4');
wide.on('error', (e) => {
  out.push('bind 0.0.0.0: ' + e.code + ' ' + /--allow-net/.test(e.message));
  const s = dgram.createSocket('udp4');
  s.bind(0, () => {
    out.push('bind(0): ' + s.address().address);
    s.send('x', 53, '8.8.8.8', (err) => {
      out.push('send 8.8.8.8: ' + (err && err.code) + ' ' + /--allow-net/.test(err && err.message));
      s.on('message', (m) => { out.push('loopback: ' + m); s.close(); console.log(out.join('\n')); });
      s.send('hi', s.address().port, '127.0.0.1');
    });
  });
});
wide.bind(0, '0.0.0.0');
`
	var stdout, stderr bytes.Buffer
	file := filepath.Join(dir, "main.js")
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: dir,
		Host: host, Backend: b, Env: []string{}, Modules: builtins.Portable()})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource(file, src)
	want := `bind 0.0.0.0: EACCES true
bind(0): 127.0.0.1
send 8.8.8.8: EACCES true
loopback: hi
`
	if code != 0 || stdout.String() != want {
		t.Errorf("exit %d\ngot\n%s\nwant\n%s\nstderr: %s", code, stdout.String(), want, stderr.String())
	}
}
