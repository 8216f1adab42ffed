package tty_test

import (
	"bytes"
	"syscall"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/builtins"
)

// run runs src with opts (stdout and stderr captured), as a terminal
// session would when the embedder says so.
func run(t *testing.T, opts js.Options, src string, setup func(*js.Runtime) error) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &errOut
	opts.Env = []string{"TERM=xterm-256color"}
	rt, err := js.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		if err := setup(rt); err != nil {
			t.Fatal(err)
		}
	}
	code := rt.RunSource("/t.js", src)
	return out.String(), errOut.String(), code
}

// On a terminal process.stdout is a tty.WriteStream with the embedder's
// size; SIGWINCH refreshes it and emits 'resize' only when it changed.
func TestTTY_resize(t *testing.T) {
	cols, rows := 100, 30
	opts := js.Options{StdoutTTY: true, Modules: builtins.Portable(),
		WindowSize: func(fd int) (int, int, bool) { return cols, rows, fd == 1 }}
	src := `const tty = require('tty');
const out = process.stdout;
out.on('resize', () => console.log('resize', out.columns, out.rows));
console.log(out instanceof tty.WriteStream, out.columns, out.rows, out.getColorDepth(), process.stderr.isTTY);
process.emit('SIGWINCH');
globalThis.grow();
process.emit('SIGWINCH');
process.emit('SIGWINCH');
out.write('written\n');
`
	var grown bool
	out, errOut, code := run(t, opts, src, func(rt *js.Runtime) error {
		return rt.VM().Set("grow", func() { cols, rows, grown = 120, 40, true })
	})
	// stdout is a terminal, so console.log colours; compare the bytes.
	want := "\x1b[33mtrue\x1b[39m \x1b[33m100\x1b[39m \x1b[33m30\x1b[39m \x1b[33m8\x1b[39m \x1b[90mundefined\x1b[39m\n" +
		"resize \x1b[33m120\x1b[39m \x1b[33m40\x1b[39m\nwritten\n"
	if code != 0 || !grown || out != want {
		t.Errorf("exit %d\n%q\nwant\n%q\n%s", code, out, want, errOut)
	}
}

// Without the tty module, a terminal's process.stdout is still a terminal
// to the program (isTTY, colours), only not a tty.WriteStream.
func TestTTY_notRegistered(t *testing.T) {
	out, errOut, code := run(t, js.Options{StdoutTTY: true},
		`console.log(JSON.stringify([process.stdout.isTTY, process.stdout.getColorDepth(), process.stdout.hasColors(256)]));`, nil)
	if code != 0 || out != "[true,8,true]\n" {
		t.Errorf("exit %d: %q %s", code, out, errOut)
	}
}

// A terminal that refuses raw mode gives process.stdin an 'error' with the
// errno's code, and isRaw stays as it was.
func TestTTY_rawModeError(t *testing.T) {
	var asked []bool
	opts := js.Options{StdinTTY: true, Modules: builtins.Portable(), SetRawMode: func(raw bool) error {
		asked = append(asked, raw)
		if raw {
			return &pathErr{syscall.EIO}
		}
		return nil
	}}
	out, errOut, code := run(t, opts, `const s = process.stdin;
s.on('error', (e) => console.log('error', e.code, e.syscall, s.isRaw));
console.log(s.setRawMode(true) === s, s.isRaw, s instanceof require('tty').ReadStream);
s.setRawMode(false);
console.log(s.isRaw);
`, nil)
	if code != 0 || out != "error EIO setRawMode false\ntrue false true\nfalse\n" || len(asked) != 2 {
		t.Errorf("exit %d asked %v: %q %s", code, asked, out, errOut)
	}
}

type pathErr struct{ err error }

func (e *pathErr) Error() string { return "setRawMode: " + e.err.Error() }
func (e *pathErr) Unwrap() error { return e.err }
