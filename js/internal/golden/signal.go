//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"syscall"
)

// A case that needs a signal says so in a line of its source:
//
//	// golden: send SIGINT after "ready"
//
// The recorder then reads node's stdout as it comes, sends the signal once
// a line reads exactly "ready", and records what node printed in all and
// its exit status: a death by the signal is recorded as a shell shows it,
// 128+n (130 for SIGINT). No sleeps: the program itself says when its
// handlers are installed and its loop is waiting. host/cmd/evloop's
// TestSignalCases runs evloop the same way, so both see the signal at the
// same point of the program.
var signalLine = regexp.MustCompile(`(?m)^// golden: send (SIG[A-Z0-9]+) after "ready"$`)

// signals are the signals a case may ask for.
var signals = map[string]syscall.Signal{
	"SIGINT": syscall.SIGINT, "SIGTERM": syscall.SIGTERM, "SIGHUP": syscall.SIGHUP,
	"SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2,
}

// readyLine is the stdout line after which the signal goes.
const readyLine = "ready"

// signalDirective returns the signal src asks for, if any.
func signalDirective(src []byte) (syscall.Signal, bool, error) {
	m := signalLine.FindSubmatch(src)
	if m == nil {
		return 0, false, nil
	}
	sig, ok := signals[string(m[1])]
	if !ok {
		return 0, false, fmt.Errorf("golden: signal %s is not one a case may send", m[1])
	}
	return sig, true, nil
}

// runSendingSignal runs cmd, whose Stdout must be set, and sends it sig
// once its stdout has a line reading "ready". A program that ends without
// printing it gets no signal (its result shows that).
func runSendingSignal(cmd *exec.Cmd, sig syscall.Signal) error {
	out := cmd.Stdout
	if out == nil {
		return errors.New("golden: runSendingSignal needs cmd.Stdout")
	}
	pr, pw := io.Pipe()
	cmd.Stdout = pw
	defer func() { cmd.Stdout = out }()
	if err := cmd.Start(); err != nil {
		return err
	}
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		r := bufio.NewReader(pr)
		sent := false
		for {
			line, err := r.ReadBytes('\n')
			out.Write(line)
			if !sent && bytes.Equal(bytes.TrimSuffix(line, []byte("\n")), []byte(readyLine)) {
				cmd.Process.Signal(sig)
				sent = true
			}
			if err != nil {
				io.Copy(io.Discard, pr)
				return
			}
		}
	}()
	err := cmd.Wait()
	pw.Close()
	<-copied
	return err
}

// exitCode is cmd's exit status after Run or Wait returned err: its code,
// or 128+n for a death by signal n when signalled is set (the case asked
// for a signal); any other death is an error.
func exitCode(cmd *exec.Cmd, err error, signalled bool) (int, error) {
	var exit *exec.ExitError
	switch {
	case err == nil:
		return cmd.ProcessState.ExitCode(), nil
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode(), nil
	case errors.As(err, &exit):
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() && signalled {
			return 128 + int(ws.Signal()), nil
		}
		return 0, fmt.Errorf("node died: %v", exit)
	}
	return 0, err
}
