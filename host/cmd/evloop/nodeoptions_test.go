package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/host"
)

// nodeOptionFiles are the files TestNodeOptions's programs use, written to
// the test's directory.
var nodeOptionFiles = map[string]string{
	"main.js": `console.log('main', process.execArgv, process.title === 'evloop-test', [process.noDeprecation, process.throwDeprecation]);
console.log('env', process.env.EVLOOP_A, process.env.EVLOOP_B, JSON.stringify(process.env.EVLOOP_C), process.env.EVLOOP_KEEP);
setTimeout(() => console.log('timer'), 1);
`,
	"pre.js":       "console.log('preloaded', require.main === undefined, module.id.endsWith('pre.js')); globalThis.fromPre = 1;\n",
	"pre2.js":      "console.log('second preload', globalThis.fromPre);\n",
	"throws.js":    "throw new Error('preload fails');\n",
	"imp.mjs":      "await null; console.log('imported', import.meta.url.endsWith('imp.mjs'));\n",
	"needs_pre.js": "console.log('main sees', globalThis.fromPre);\n",
	"deprecate.js": `process.on('warning', (w) => console.log('warning', w.name, w.code));
require('util').deprecate(() => {}, 'old thing', 'DEP_X')();
process.emitWarning('plain');
setTimeout(() => console.log('end'), 5);
`,
	"throwdep.js": `process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.code));
process.emitWarning('gone', 'DeprecationWarning', 'DEP_Y');
console.log('after emitWarning');
`,
	"reject.js": `process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0].slice(0, 60)));
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('boom'));
const late = Promise.reject(42);
setTimeout(() => { late.catch(() => {}); console.log('late catch'); }, 5);
setTimeout(() => console.log('still running'), 20);
`,
	"reject_listened.js": `process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
process.on('uncaughtException', (e, origin) => console.log('uncaughtException', e.code, e.message.slice(-40), origin));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p));
const p = Promise.reject(7);
setTimeout(() => p.catch(() => {}), 5);
setTimeout(() => console.log('still running'), 20);
`,
	"test.env": "EVLOOP_A=from file\nexport EVLOOP_B='quoted # not a comment'\n# a comment\nEVLOOP_C=\"two\\nlines\" # trailing\nEVLOOP_KEEP=file loses\n",
}

// TestNodeOptions runs node's own options (-r, --import, --env-file, the
// warning switches, --unhandled-rejections, --title) with evloop, on both
// engines, and with node: stdout and the exit code must be node's, here
// and now (node is the oracle; nothing expected is written down).
func TestNodeOptions(t *testing.T) {
	dir := t.TempDir()
	for name, src := range nodeOptionFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	t.Setenv("EVLOOP_KEEP", "the environment wins")
	cases := [][]string{
		{"main.js"},
		{"-r", "./pre.js", "main.js"},
		{"--require=./pre.js", "-r", "./pre2.js", "needs_pre.js"},
		{"-r", "./throws.js", "main.js"},
		{"-r", "./missing.js", "main.js"},
		{"--import", "./imp.mjs", "main.js"},
		{"--import=./imp.mjs", "-r", "./pre.js", "needs_pre.js"},
		{"--env-file=test.env", "main.js"},
		{"--env-file", "nope.env", "main.js"},
		{"--title=evloop-test", "--no-deprecation", "main.js"},
		{"deprecate.js"},
		{"--no-deprecation", "deprecate.js"},
		{"--no-warnings", "deprecate.js"},
		{"--throw-deprecation", "throwdep.js"},
		{"--trace-deprecation", "--trace-warnings", "--pending-deprecation", "--enable-source-maps", "deprecate.js"},
		{"reject_listened.js"},
	}
	for _, mode := range []string{"throw", "strict", "warn", "none", "warn-with-error-code"} {
		cases = append(cases, []string{"--unhandled-rejections=" + mode, "reject.js"},
			[]string{"--unhandled-rejections", mode, "reject_listened.js"})
	}
	// NODE_OPTIONS: the same options from the environment (not in
	// process.execArgv), and the ones node refuses there.
	envCases := map[string][]string{
		"--no-deprecation -r ./pre.js --title=evloop-test": {"main.js"},
		`--require "./pre.js" --unhandled-rejections=warn`: {"reject.js"},
		"--bogus":               {"main.js"},
		"--env-file=test.env":   {"main.js"},
		`--title "unterminated`: {"main.js"},
	}
	engines := []string{"native"}
	if _, err := host.HostModule(); err == nil && !testing.Short() {
		engines = append(engines, "wasm")
	}
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			ncode, nout, _, ok := nodeRun(t, dir, args, nil)
			if !ok {
				t.Skip("node is not installed")
			}
			for _, engine := range engines {
				code, out, errOut := cliRun(append([]string{"--engine=" + engine}, args...), nil, false)
				if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic:") {
					t.Errorf("%s: a Go crash: %s", engine, errOut)
				}
				if code != ncode || out != nout {
					t.Errorf("%s: exit %d, stdout:\n%s--- node: exit %d, stdout:\n%s--- evloop stderr:\n%s", engine, code, out, ncode, nout, errOut)
				}
			}
		})
	}

	for env, args := range envCases {
		t.Run("NODE_OPTIONS="+env, func(t *testing.T) {
			t.Setenv("NODE_OPTIONS", env)
			ncode, nout, _, ok := nodeRunEnv(t, dir, args, nil, []string{"NODE_OPTIONS=" + env})
			if !ok {
				t.Skip("node is not installed")
			}
			for _, engine := range engines {
				code, out, errOut := cliRun(append([]string{"--engine=" + engine}, args...), nil, false)
				if code != ncode || out != nout {
					t.Errorf("%s: exit %d, stdout:\n%s--- node: exit %d, stdout:\n%s--- evloop stderr:\n%s", engine, code, out, ncode, nout, errOut)
				}
			}
		})
	}
}
