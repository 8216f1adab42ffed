package host

// The command build (make wasm-cmd: host/wasmbin/evloop-cmd.wasm) under
// wazero's own command line, as a user runs it: `wazero run --mount=DIR:DIR
// evloop-cmd.wasm DIR/script.js`. The seed examples print what node
// recorded and exit as node did; `wazero run -timeout` stops a guest
// spinning in while (true) {} (site/docs/plugin.md).

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const cmdModule = "wasmbin/evloop-cmd.wasm"

// wazeroCLI builds the wazero command at the version go.mod pins into a
// temporary directory and returns a runner for `wazero run` with a
// compilation cache shared by every call in the test.
func wazeroCLI(t *testing.T) func(args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if _, err := os.Stat(cmdModule); err != nil {
		t.Skip("the command module is not built (make wasm-cmd)")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build wazero's CLI")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "wazero")
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/tetratelabs/wazero/cmd/wazero").CombinedOutput(); err != nil {
		t.Fatalf("building wazero's CLI: %v\n%s", err, out)
	}
	cache := filepath.Join(dir, "cache")
	return func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, append([]string{"run", "-workers=2", "-cachedir=" + cache}, args...)...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("wazero run: %v", err)
		}
		return out.String(), errOut.String(), cmd.ProcessState.ExitCode()
	}
}

func TestCommand_wazeroCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the command module (seconds)")
	}
	run := wazeroCLI(t)
	module, _ := filepath.Abs(cmdModule)
	seeds, _ := filepath.Abs("../js/testdata/conformance/seeds")
	mount := "--mount=" + seeds + ":" + seeds
	scripts, _ := filepath.Glob(filepath.Join(seeds, "*.js"))
	if len(scripts) < 5 {
		t.Fatalf("seed examples under %s: %d", seeds, len(scripts))
	}
	t.Run("seeds", func(t *testing.T) {
		for _, script := range scripts {
			base := strings.TrimSuffix(script, ".js")
			want, err := os.ReadFile(base + ".out")
			if err != nil {
				continue // node does not decide this one
			}
			codeText, _ := os.ReadFile(base + ".code")
			wantCode, _ := strconv.Atoi(strings.TrimSpace(string(codeText)))
			t.Run(filepath.Base(base), func(t *testing.T) {
				stdout, stderr, code := run(mount, module, script)
				if stdout != string(want) || code != wantCode {
					t.Errorf("exit %d, want %d; stdout:\n%s\nwant:\n%s\nstderr:\n%s", code, wantCode, stdout, want, stderr)
				}
			})
		}
	})
	t.Run("exit code and stderr", func(t *testing.T) {
		dir := t.TempDir()
		script := filepath.Join(dir, "main.js")
		os.WriteFile(script, []byte(`console.log(process.argv.slice(2).join(" ")); console.error("bad"); process.exit(7)`), 0o644)
		stdout, stderr, code := run("--mount="+dir+":"+dir, module, script, "a", "b")
		if stdout != "a b\n" || stderr != "bad\n" || code != 7 {
			t.Errorf("got exit %d, stdout %q, stderr %q; want 7, \"a b\\n\", \"bad\\n\"", code, stdout, stderr)
		}
		if _, stderr, code := run(module, "--max-ticks=x", script); code != 9 || !strings.Contains(stderr, "max-ticks") {
			t.Errorf("a bad flag: exit %d, stderr %q; want 9 naming the flag", code, stderr)
		}
	})
	t.Run("timeout stops while(true)", func(t *testing.T) {
		dir := t.TempDir()
		spin, warm := filepath.Join(dir, "spin.js"), filepath.Join(dir, "warm.js")
		os.WriteFile(spin, []byte(`console.log("spinning"); setTimeout(() => { while (true) {} }, 1)`), 0o644)
		os.WriteFile(warm, []byte(`console.log("warm")`), 0o644)
		mount := "--mount=" + dir + ":" + dir
		// -timeout compiles the module to code that checks for the
		// deadline: compile it once with a bound that cannot fire.
		if out, stderr, code := run("-timeout=10m", mount, module, warm); out != "warm\n" || code != 0 {
			t.Fatalf("warm-up: exit %d, %q %q", code, out, stderr)
		}
		const budget = 2 * time.Second
		t0 := time.Now()
		stdout, stderr, code := run("-timeout="+budget.String(), mount, module, spin)
		took := time.Since(t0)
		// On a loaded machine the deadline can come before the guest has
		// even started its script: then nothing was printed, and that is fine.
		if (stdout != "spinning\n" && stdout != "") || code == 0 || !strings.Contains(stderr, "deadline exceeded") {
			t.Errorf("got exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		t.Logf("wazero run -timeout=%v stopped the spinning guest after %v", budget, took.Round(time.Millisecond))
	})
}
