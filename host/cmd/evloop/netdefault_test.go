package main

import (
	"bytes"
	"strings"
	"testing"
)

// Under the default sandbox (no --allow-net), listen(port) with no host
// binds loopback and serves the machine's own clients; a listen or connect
// beyond loopback is refused with a message naming the flag to add.
func TestRun_netDefaultSandbox(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // substrings of stdout
	}{
		{name: "listen without host serves loopback",
			src: `const net = require('net');
const srv = net.createServer((s) => s.end('hi'));
srv.listen(0, () => {
  console.log('bound', srv.address().address);
  net.connect(srv.address().port, 'localhost', function () { this.on('data', (d) => { console.log('got', String(d)); srv.close(); }); });
});`,
			want: []string{"bound 127.0.0.1", "got hi"}},
		{name: "listen on all interfaces names the flag",
			src:  `require('net').createServer().listen(0, '0.0.0.0').on('error', (e) => console.log(e.code, e.message));`,
			want: []string{"EACCES", "run with --allow-net=0.0.0.0"}},
		{name: "connect beyond loopback names the flag",
			src:  `require('net').connect(80, '192.0.2.1').on('error', (e) => console.log(e.code, e.message));`,
			want: []string{"EACCES", "run with --allow-net=192.0.2.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := writeScript(t, "main.js", tt.src)
			var stdout, stderr bytes.Buffer
			code := run([]string{"run", "--timeout=20s", file}, &stdout, &stderr)
			for _, w := range tt.want {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("stdout %q lacks %q (code %d); stderr:\n%s", stdout.String(), w, code, stderr.String())
				}
			}
		})
	}
}
