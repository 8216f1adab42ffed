package main

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// goja sees an interruption only between instructions: a built-in that runs
// long in Go ignored --timeout and the heap limit (new Array(2 ** 32 - 1).
// fill(0) grows a sparse array element by element: still running after
// minutes, past the limit). The CLI now ends the process StuckGrace after
// the interruption, with the same message and exit code, keeping what was
// printed.
func TestRun_stuckBuiltinIsStopped(t *testing.T) {
	src := "console.log('before'); new Array(2 ** 32 - 1).fill(0); console.log('never');"
	for _, c := range []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"--timeout", []string{"--timeout=300ms"}, 1, "ran longer than --timeout 300ms"},
		{"heap limit", []string{"--max-old-space-size=64"}, 134, "JavaScript heap out of memory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			script := writeScript(t, "stuck.js", src)
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			base := evloopCmd(t, append(append([]string{"run"}, c.args...), script)...)
			cmd := exec.CommandContext(ctx, base.Path, base.Args[1:]...)
			cmd.Env = base.Env
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if ctx.Err() != nil {
				t.Fatalf("still running after 90 s (stdout %q)", stdout.String())
			}
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.wantCode || stdout.String() != "before\n" || !strings.Contains(stderr.String(), c.wantErr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, %q, %q", code, stdout.String(), stderr.String(),
					c.wantCode, "before\n", c.wantErr)
			}
			if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stderr.String(), "fatal error") {
				t.Errorf("a Go crash report: %s", stderr.String())
			}
		})
	}
}
