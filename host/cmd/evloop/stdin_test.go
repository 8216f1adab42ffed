package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/evloop/evloop/host"
)

// process.stdin reads what is piped in (the conformance cases run with an
// empty stdin, so the piped cases are here), and a paused stdin whose
// writer stays open does not keep the program alive: on both engines, the
// wasm one on both I/O modes (it reads the host's stdin as WASI fd 0).
func TestRun_stdin(t *testing.T) {
	engines := [][]string{{"--engine=native"}}
	if !testing.Short() {
		if _, err := host.HostModule(); err == nil {
			needWasm(t)
			engines = append(engines, []string{"--engine=wasm"}, []string{"--engine=wasm", "--io=sim"})
		}
	}
	tests := []struct {
		name     string
		src      string
		input    string
		keepOpen bool // the writer is not closed while the program runs
		// blocksOnWasm: the wasm guest reads fd 0 on its one thread, and the
		// stream's read-ahead waits there until the writer closes
		// (site/docs/limits.md).
		blocksOnWasm bool
		want         string
	}{
		{name: "data then end", input: "hello\nworld\n",
			src:  "let n = 0; process.stdin.on('data', (d) => n += d.length); process.stdin.on('end', () => console.log('end', n));",
			want: "end 12\n"},
		{name: "readline lines", input: "a\r\nb\nc",
			src:  "const rl = require('readline').createInterface({ input: process.stdin }); rl.on('line', (l) => console.log(JSON.stringify(l))); rl.on('close', () => console.log('close'));",
			want: "\"a\"\n\"b\"\n\"c\"\nclose\n"},
		{name: "readFileSync(0)", input: "all of it",
			src:  "console.log(require('fs').readFileSync(0, 'utf8').toUpperCase());",
			want: "ALL OF IT\n"},
		{name: "paused stdin lets the program end", input: "first\n", keepOpen: true, blocksOnWasm: true,
			src:  "process.stdin.once('data', (d) => { console.log('got', String(d).trim()); process.stdin.pause(); });",
			want: "got first\n"},
		{name: "unused stdin does not keep the program alive", input: "", keepOpen: true,
			src:  "setTimeout(() => console.log('done'), 1);",
			want: "done\n"},
		{name: "question answered from a pipe", input: "Ada\n",
			src:  "const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout }); rl.question('name? ', (a) => { console.log('hi', a); rl.close(); });",
			want: "name? hi Ada\n"},
	}
	for _, engine := range engines {
		for _, tt := range tests {
			t.Run(strings.Join(engine, " ")+"/"+tt.name, func(t *testing.T) {
				if tt.blocksOnWasm && engine[0] == "--engine=wasm" {
					t.Skip("the guest's read-ahead of fd 0 waits for the writer to close (site/docs/limits.md)")
				}
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				w.WriteString(tt.input)
				if !tt.keepOpen {
					w.Close()
				} else {
					defer w.Close()
				}
				saved := os.Stdin
				os.Stdin = r
				defer func() { os.Stdin = saved }()
				file := writeScript(t, "main.js", tt.src)
				var stdout, stderr bytes.Buffer
				code := run(append(append([]string{"run", "--timeout=" + caseTimeout}, engine...), file), &stdout, &stderr)
				if code != 0 || stdout.String() != tt.want {
					t.Errorf("code %d, stdout %q, want %q; stderr:\n%s", code, stdout.String(), tt.want, stderr.String())
				}
			})
		}
	}
}
