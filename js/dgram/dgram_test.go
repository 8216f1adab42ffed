package dgram_test

import (
	"testing"

	"github.com/evloop/evloop/js/internal/jstest"
)

// TestSandbox: under the default sandbox (no --allow-net) UDP is loopback
// only, with net's rules: bind() with no address serves loopback, an
// explicit other address and a send beyond the machine are EACCES naming
// --allow-net, and loopback traffic flows.
func TestSandbox(t *testing.T) {
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
	stdout, stderr, code := jstest.SandboxRun(t, t.TempDir(), src)
	want := `bind 0.0.0.0: EACCES true
bind(0): 127.0.0.1
send 8.8.8.8: EACCES true
loopback: hi
`
	if code != 0 || stdout != want {
		t.Errorf("exit %d\ngot\n%s\nwant\n%s\nstderr: %s", code, stdout, want, stderr)
	}
}
