package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"
)

// evloopCmd runs this test binary as the evloop command (see TestMain), so
// signals and closed pipes reach a real process, as they reach evloop.
func evloopCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "EVLOOP_TEST_AS_MAIN=1")
	return cmd
}

func TestMain(m *testing.M) {
	if os.Getenv("EVLOOP_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// A reader that goes away (`evloop x.js | head -1`) ends nothing: the
// program runs to its end and exits with its own code, as node does when
// its queued writes are dropped. Before: SIGPIPE, exit 141.
func TestProcess_stdoutClosedEarly(t *testing.T) {
	script := writeScript(t, "many.js", "for (let i = 0; i < 200000; i++) console.log('line ' + i);\n"+
		"process.on('exit', (c) => console.error('exit', c));\n")
	cmd := evloopCmd(t, "run", script)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	out.Close()
	err = cmd.Wait()
	if line != "line 0\n" {
		t.Errorf("first line %q", line)
	}
	if err != nil {
		t.Fatalf("exit: %v, want 0 (stderr: %s)", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "exit 0") {
		t.Errorf("the 'exit' listener did not run: %q", stderr.String())
	}
}

// Signals as node has them: without a handler the process dies by the
// signal (a shell shows 128+n; before, Ctrl-C exited 1); with one, the
// handler runs as a loop callback and the program goes on.
func TestProcess_signals(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		sig      syscall.Signal
		wantOut  string
		wantCode int            // when it exits
		wantSig  syscall.Signal // when it is killed
	}{
		{name: "SIGINT without a handler", src: "setInterval(() => {}, 1000);", sig: syscall.SIGINT, wantSig: syscall.SIGINT},
		{name: "SIGTERM without a handler", src: "setInterval(() => {}, 1000);", sig: syscall.SIGTERM, wantSig: syscall.SIGTERM},
		{name: "SIGHUP without a handler", src: "setInterval(() => {}, 1000);", sig: syscall.SIGHUP, wantSig: syscall.SIGHUP},
		{name: "SIGINT handler", sig: syscall.SIGINT, wantOut: "got SIGINT 2\n", wantCode: 3,
			src: "process.on('SIGINT', (s, n) => { console.log('got', s, n); process.exitCode = 3; clearInterval(iv); }); const iv = setInterval(() => {}, 1000);"},
		{name: "SIGTERM handler", sig: syscall.SIGTERM, wantOut: "got SIGTERM\n", wantCode: 0,
			src: "process.once('SIGTERM', (s) => { console.log('got', s); clearInterval(iv); }); const iv = setInterval(() => {}, 1000);"},
		{name: "SIGUSR1 handler", sig: syscall.SIGUSR1, wantOut: "got SIGUSR1\n", wantCode: 0,
			src: "process.on('SIGUSR1', (s) => { console.log('got', s); process.removeAllListeners('SIGUSR1'); clearInterval(iv); }); const iv = setInterval(() => {}, 1000);"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The script says it is ready on stderr; then the signal goes.
			script := writeScript(t, "s.js", tt.src+"\nconsole.error('ready');\n")
			cmd := evloopCmd(t, "run", script)
			var stdout strings.Builder
			cmd.Stdout = &stdout
			errPipe, _ := cmd.StderrPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			r := bufio.NewReader(errPipe)
			if l, _ := r.ReadString('\n'); l != "ready\n" {
				t.Fatalf("stderr %q", l)
			}
			cmd.Process.Signal(tt.sig)
			io.Copy(io.Discard, r)
			err := cmd.Wait()
			var exit *exec.ExitError
			code := 0
			if errors.As(err, &exit) {
				code = exit.ExitCode()
				if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					if ws.Signal() != tt.wantSig {
						t.Errorf("killed by %v, want %v", ws.Signal(), tt.wantSig)
					}
					return
				}
			}
			if tt.wantSig != 0 {
				// Started with the signal ignored (the tests run under
				// nohup, which ignores SIGHUP), evloop exits 128+n instead:
				// poller.DieBySignal says why.
				if signal.Ignored(tt.wantSig) && code == 128+int(tt.wantSig) {
					return
				}
				t.Fatalf("exited %d; want death by %v", code, tt.wantSig)
			}
			if code != tt.wantCode || stdout.String() != tt.wantOut {
				t.Errorf("exit %d stdout %q; want %d %q", code, stdout.String(), tt.wantCode, tt.wantOut)
			}
		})
	}
}

// Started with SIGINT ignored (`evloop x.js &` in a non-interactive shell),
// Ctrl-C still ends evloop as it ends node (node resets every signal to its
// default at start): at once, with 130, and the program's callbacks stop.
// Before: Go restored "ignored", the kill did nothing, and the program ran
// on for a second (a 1 ms interval reached 300) before exit
// 130.
func TestProcess_signalIgnoredByParent(t *testing.T) {
	script := writeScript(t, "s.js", "let n = 0; setInterval(() => { if (++n === 300) console.log('still running after 300 intervals'); }, 1);\nconsole.log('ready');\n")
	cmd := exec.Command("sh", "-c", `trap '' INT; exec "$0" run "$1"`, os.Args[0], script)
	cmd.Env = append(os.Environ(), "EVLOOP_TEST_AS_MAIN=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	if l, _ := r.ReadString('\n'); l != "ready\n" {
		t.Fatalf("stdout %q", l)
	}
	cmd.Process.Signal(syscall.SIGINT)
	rest, _ := io.ReadAll(r)
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 {
		t.Errorf("wait: %v, want exit status 130", err)
	}
	if len(rest) > 0 || stderr.Len() > 0 {
		t.Errorf("after the signal: stdout %q stderr %q", rest, stderr.String())
	}
}
