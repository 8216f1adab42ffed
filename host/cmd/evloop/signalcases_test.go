package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/evloop/evloop/host"
)

// caseSignals are the signals a corpus case may ask for (as
// js/internal/golden's).
var caseSignals = map[string]syscall.Signal{
	"SIGINT": syscall.SIGINT, "SIGTERM": syscall.SIGTERM, "SIGHUP": syscall.SIGHUP,
	"SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2,
}

// TestSignalCases runs the corpus cases that are sent a signal (the
// signals/ area: "// golden: send SIGINT after "ready""), as node was when
// they were recorded: evloop runs as a real process, the signal goes once
// its stdout has the line "ready" (no sleeps), and stdout and the exit
// status must be node's, a death by signal n counting as 128+n. The wasm
// engine's guest has no signal listeners: there only the cases without
// run where node died by the signal; site/docs/limits.md says so.
func TestSignalCases(t *testing.T) {
	var cases []corpusCase
	for _, c := range loadAllCases(t) {
		if c.signal != "" {
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 {
		t.Fatal("no signal cases in the corpus")
	}
	engines := []string{"native"}
	if _, err := host.HostModule(); err == nil && !testing.Short() {
		engines = append(engines, "wasm")
	}
	// One compilation cache for every wasm run of this test: the first
	// compiles, the others read it.
	cache := t.TempDir()
	for _, engine := range engines {
		t.Run(engine, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					if engine == "wasm" && c.wantCode < 128 {
						// In node a listener ran and the program lived on.
						t.Skip("the wasm engine's guest has no signal listeners (site/docs/limits.md)")
					}
					sig, ok := caseSignals[c.signal]
					if !ok {
						t.Fatalf("unknown signal %s", c.signal)
					}
					out, errOut, code := runSendingSignal(t, sig, c.file, []string{"XDG_CACHE_HOME=" + cache}, "--engine="+engine)
					if crash := goCrash(errOut); crash != "" {
						t.Fatalf("stderr shows a crash (%q):\n%s", crash, errOut)
					}
					if out != c.wantOut || code != c.wantCode {
						t.Errorf("exit %d (node %d)\n--- evloop stdout\n%s--- node stdout\n%s--- evloop stderr\n%s",
							code, c.wantCode, out, c.wantOut, errOut)
					}
				})
			}
		})
	}
}

// runSendingSignal runs `evloop run [args] file` in file's directory, with
// env added to its environment, and
// sends it sig once its stdout has the line "ready". It returns stdout,
// stderr and the exit status, 128+n for a death by signal n.
func runSendingSignal(t *testing.T, sig syscall.Signal, file string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := evloopCmd(t, append(append([]string{"run"}, args...), file)...)
	cmd.Env = append(cmd.Env, env...)
	cmd.Dir = filepath.Dir(file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A hang fails the case instead of the whole test binary.
	hang := time.AfterFunc(5*time.Minute, func() { cmd.Process.Kill() })
	defer hang.Stop()
	var stdout strings.Builder
	r := bufio.NewReader(pipe)
	sent := false
	for {
		line, err := r.ReadString('\n')
		stdout.WriteString(line)
		if !sent && line == "ready\n" {
			cmd.Process.Signal(sig)
			sent = true
		}
		if err != nil {
			break
		}
	}
	io.Copy(io.Discard, r)
	err = cmd.Wait()
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = 128 + int(ws.Signal())
		}
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}
