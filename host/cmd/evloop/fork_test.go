package main

import (
	"testing"
)

// asEvloopEnv (signals_test.go's TestMain) makes the test binary act as
// the evloop command, so that a program's fork() (which starts
// process.execPath, os.Executable()) starts an evloop here too.
const asEvloopEnv = "EVLOOP_TEST_AS_MAIN"

// TestFork: two evloop processes talk over node's JSON IPC channel: the
// messages both ways, disconnect, then 'exit' and 'close' in node's order.
func TestFork(t *testing.T) {
	t.Setenv(asEvloopEnv, "1")
	script := writeScript(t, "fork.js", `
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ got: m, connected: process.connected });
    if (m === 'bye') process.disconnect();
  });
} else {
  const c = fork(__filename, ['child']);
  c.on('message', (m) => console.log('parent got', JSON.stringify(m)));
  c.on('disconnect', () => console.log('parent disconnect', c.connected));
  c.on('exit', (code, sig) => console.log('exit', code, sig));
  c.on('close', (code, sig) => console.log('close', code, sig));
  c.send('hello', () => console.log('send callback'));
  c.send({ n: [1, 2] });
  c.send('bye');
}
`)
	out, errOut, code := runCLI("run", "--allow-child-process", script)
	// Recorded from node v20.20.2 (the same program, 5 runs).
	want := `send callback
parent got {"got":"hello","connected":true}
parent got {"got":{"n":[1,2]},"connected":true}
parent got {"got":"bye","connected":true}
parent disconnect false
exit 0 null
close 0 null
`
	if out != want || code != 0 {
		t.Errorf("code %d\n--- got\n%s--- want\n%s--- stderr\n%s", code, out, want, errOut)
	}
}

// TestForkDenied: without --allow-child-process fork is refused like spawn.
func TestForkDenied(t *testing.T) {
	script := writeScript(t, "fork.js", `
require('child_process').fork(__filename, ['child']).on('error', (e) => console.log(e.code, e.message));`)
	out, _, _ := runCLI("run", script)
	if want := "EACCES"; len(out) < 6 || out[:6] != want {
		t.Errorf("got %q, want EACCES first", out)
	}
}
