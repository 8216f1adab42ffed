package fs_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	jsfs "github.com/evloop/evloop/js/fs"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/poller"
)

// TestModules checks what fs takes from the runtime through the binding
// API (js/binding_fs.go), on the simulated file system the page uses: a
// runtime without the room has no fs; fs and fs/promises share one
// descriptor table (BindingState); relative paths follow process.chdir
// (Cwd); fs.writeSync(1|2) lands in order with console (WriteOutput);
// fs.readFileSync(0) reads the embedder's stdin (ReadStdinAll).
func TestModules(t *testing.T) {
	cases := []struct {
		name     string
		register bool
		stdin    string
		src      string
		want     string
	}{
		{"absent without the room", false, "", `
try { require('fs'); } catch (e) { console.log(e.code); }
import('node:fs/promises').catch((e) => console.log(e.code));`,
			"MODULE_NOT_FOUND\nERR_UNKNOWN_BUILTIN_MODULE\n"},
		{"one descriptor table for fs and fs/promises", true, "", `
const fs = require('fs');
const a = fs.openSync('a.txt', 'w');
require('fs/promises').open('b.txt', 'w').then((h) => {
  console.log(a, h.fd);
  fs.closeSync(a);
  return h.close();
});`,
			"3 4\n"},
		{"relative paths follow process.chdir", true, "", `
const fs = require('fs');
fs.mkdirSync('sub');
process.chdir('sub');
fs.writeFileSync('f.txt', 'x');
fs.readFile('f.txt', 'utf8', (err, s) => console.log(err, s, fs.existsSync('/app/sub/f.txt')));`,
			"null x true\n"},
		{"writeSync to fd 1 and 2 in order with console", true, "", `
const fs = require('fs');
console.log('one');
fs.writeSync(1, 'two\n');
fs.writeSync(2, 'to stderr\n');
console.log('three');`,
			"one\ntwo\nthree\n"},
		{"readFileSync(0) reads stdin", true, "line 1\nline 2\n", `
const s = require('fs').readFileSync(0, 'utf8');
console.log(JSON.stringify(s), require('fs').readFileSync(0).length);`,
			`"line 1\nline 2\n" 0` + "\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			clock := loop.NewVirtualClock(0)
			fsys := poller.NewSimFSOnClock(clock.Now)
			if err := fsys.MkdirAll("/app", 0o755); err != nil {
				t.Fatal(err)
			}
			host, sim := poller.NewSimHost(clock, 4, poller.Latency{}, fsys)
			var stdout, stderr bytes.Buffer
			opts := js.Options{Stdout: &stdout, Stderr: &stderr, Cwd: "/app", Clock: clock, Host: host, Backend: sim,
				Env: []string{}, Stdin: strings.NewReader(c.stdin)}
			if c.register {
				opts.Modules = jsfs.Modules()
			}
			rt, err := js.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			if code := rt.RunSource("/app/main.js", c.src); code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr.String())
			}
			if got := stdout.String(); got != c.want {
				t.Errorf("stdout %q, want %q\nstderr: %s", got, c.want, stderr.String())
			}
		})
	}
}

// The stderr half of WriteOutput: fs.writeSync(2) is the program's stderr.
func TestModules_writeSyncStderr(t *testing.T) {
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0),
		Env: []string{}, Modules: jsfs.Modules()})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource(os.DevNull, `require('fs').writeSync(2, 'err\n'); console.error('after');`); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if stderr.String() != "err\nafter\n" || stdout.Len() != 0 {
		t.Errorf("stderr %q, stdout %q", stderr.String(), stdout.String())
	}
}
