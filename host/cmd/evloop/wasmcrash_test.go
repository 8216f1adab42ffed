package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/host"
)

// fakeWasmRun makes every wasm run of this test call f instead of the
// module (see wasmRunForTest).
func fakeWasmRun(t *testing.T, f func(context.Context, host.Config) (int, error)) {
	t.Helper()
	oldEngine, oldRun := wasmEngine, wasmRunForTest
	wasmEngine, wasmRunForTest = nil, f
	t.Cleanup(func() { wasmEngine, wasmRunForTest = oldEngine, oldRun })
}

// A guest that crashes (a wasm trap, its Go runtime exiting) is one line
// on stderr and exit 70, as a Go panic of the native engine; never
// wazero's wasm stack. Before: "evloop: wasm error: unreachable" and the
// whole wasm stack trace, exit 1.
func TestRunWasm_guestCrashIsOneLine(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
	}{
		{"trap", &host.CrashError{Reason: "unreachable", Detail: "wasm error: unreachable\nwasm stack trace:\n\tevloop.$1()"}},
		{"wrapped trap", errors.Join(errors.New("evloop_run"), &host.CrashError{Reason: "exit code 2"})},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fakeWasmRun(t, func(context.Context, host.Config) (int, error) { return 0, tt.err })
			script := writeScript(t, "main.js", "console.log(1)")
			var stdout, stderr bytes.Buffer
			code := run([]string{"run", "--engine=wasm", script}, &stdout, &stderr)
			if code != 70 {
				t.Errorf("exit %d, want 70", code)
			}
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], "the wasm engine crashed") || !strings.Contains(lines[0], "bug in evloop") {
				t.Errorf("stderr is not one line naming the crash:\n%s", stderr.String())
			}
			if strings.Contains(stderr.String(), "wasm stack") {
				t.Errorf("stderr shows the wasm stack:\n%s", stderr.String())
			}
		})
	}
}

// --timeout on the wasm engine is a deadline on the run's context, not
// host.Config.Timeout: Timeout compiles the module with wazero's
// cancellation checks, a second 78 MB cache entry whose cold compile took
// 19.6 s on the first --timeout run (and 4-5x slower code). Before, the
// CLI set cfg.Timeout.
func TestRunWasm_timeoutNeedsNoSecondCompilation(t *testing.T) {
	var got host.Config
	var deadline time.Time
	var hasDeadline bool
	fakeWasmRun(t, func(ctx context.Context, cfg host.Config) (int, error) {
		got = cfg
		deadline, hasDeadline = ctx.Deadline()
		return 0, nil
	})
	script := writeScript(t, "main.js", "console.log(1)")
	var stdout, stderr bytes.Buffer
	start := time.Now()
	if code := run([]string{"run", "--engine=wasm", "--timeout=90s", script}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if got.Timeout != 0 {
		t.Errorf("host.Config.Timeout = %v: the module would compile a second time", got.Timeout)
	}
	if !hasDeadline || deadline.Before(start.Add(80*time.Second)) || deadline.After(time.Now().Add(90*time.Second)) {
		t.Errorf("run context deadline %v (set %v), want about 90s from the start", deadline, hasDeadline)
	}
}
