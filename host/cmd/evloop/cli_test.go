package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop/trace"
)

// cliRun runs the CLI on buffers; stdin nil means a terminal.
func cliRun(args []string, stdin *string, tty bool) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	s := stdio{stdout: &out, stderr: &errb, stdoutTTY: tty, stderrTTY: tty}
	if stdin == nil {
		s.stdin, s.stdinTTY = strings.NewReader(""), true
	} else {
		s.stdin = strings.NewReader(*stdin)
	}
	code = runIO(args, s)
	return code, out.String(), errb.String()
}

// nodeRun runs node with args in dir; ok false if node is not installed.
func nodeRun(t *testing.T, dir string, args []string, stdin *string) (code int, stdout, stderr string, ok bool) {
	t.Helper()
	return nodeRunEnv(t, dir, args, stdin, nil)
}

// nodeRunEnv is nodeRun with env (KEY=value) added to the environment.
func nodeRunEnv(t *testing.T, dir string, args []string, stdin *string, env []string) (code int, stdout, stderr string, ok bool) {
	t.Helper()
	path, err := exec.LookPath("node")
	if err != nil {
		return 0, "", "", false
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1"), env...)
	if stdin != nil {
		cmd.Stdin = strings.NewReader(*stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	if ee, isExit := err.(*exec.ExitError); isExit {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("node: %v", err)
	}
	return code, out.String(), errb.String(), true
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// Every option is in the help of every way of asking for it, with its
// values and an example, and asking exits 0 with nothing on stderr.
func TestCLI_help(t *testing.T) {
	asks := [][]string{{"--help"}, {"-h"}, {"help"}, {"help", "run"}, {"run", "--help"}, {"run", "-h"}, {"--clock=virtual", "--help"}}
	for _, args := range asks {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := cliRun(args, nil, false)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, f := range runFlags {
				t.Run(f.name, func(t *testing.T) {
					if !strings.Contains(out, "--"+f.name) {
						t.Errorf("help lacks --%s", f.name)
					}
					if f.short != "" && !strings.Contains(out, "-"+f.short+", --"+f.name) {
						t.Errorf("help lacks -%s, --%s", f.short, f.name)
					}
					if f.example == "" || !strings.Contains(out, f.example) {
						t.Errorf("help lacks --%s's example %q", f.name, f.example)
					}
					for _, v := range f.values {
						if !strings.Contains(out, v) {
							t.Errorf("help lacks --%s's value %q", f.name, v)
						}
					}
				})
			}
			for _, want := range []string{"Usage:", "Examples:", "Exit codes:", "evloop run [options] FILE"} {
				if !strings.Contains(out, want) {
					t.Errorf("help lacks %q", want)
				}
			}
		})
	}
	for _, args := range [][]string{{"help", "playground"}, {"playground", "--help"}} {
		code, out, _ := cliRun(args, nil, false)
		if code != 0 || !strings.Contains(out, "--addr") || !strings.Contains(out, "evloop playground --addr=127.0.0.1:9000") {
			t.Errorf("%v: exit %d, help %q", args, code, out)
		}
	}
	if code, _, errOut := cliRun([]string{"help", "bogus"}, nil, false); code != 9 || !strings.Contains(errOut, `"bogus"`) {
		t.Errorf("help bogus: exit %d, stderr %q", code, errOut)
	}
}

// badOptionCases are, for every option, the ways to get it wrong: a
// missing value, a value outside the allowed set, a malformed number. Each
// says the option as typed and exits 9.
func badOptionCases() []cliCase {
	var cases []cliCase
	for _, f := range runFlags {
		typed := "--" + f.name
		switch {
		case f.arg == "":
			cases = append(cases, cliCase{name: typed + " with a value", args: []string{typed + "=3"},
				code: 9, stderr: "evloop: " + typed + " takes no value"})
		case f.name == "print":
		case !f.optional:
			c := cliCase{name: typed + " without its value", args: []string{typed}, code: 9,
				stderr: "evloop: " + typed + " requires an argument", node: f.node != ""}
			cases = append(cases, c)
			if f.short != "" {
				cases = append(cases, cliCase{name: "-" + f.short + " without its value", args: []string{"-" + f.short},
					code: 9, stderr: "evloop: -" + f.short + " requires an argument", node: f.node != ""})
			}
		}
		if f.values != nil {
			msg := "evloop: " + typed + " must be " + orList(f.values) + `, not "xml"`
			cases = append(cases, cliCase{name: typed + "=xml", args: []string{typed + "=xml", "-e", "1"}, code: 9, stderr: msg,
				node: f.node != "", nodePrefix: "evloop: " + typed + " must be"})
			if !f.optional {
				cases = append(cases, cliCase{name: typed + " xml", args: []string{typed, "xml", "-e", "1"}, code: 9, stderr: msg})
			}
		}
		if f.arg == "N" || f.arg == "DURATION" {
			cases = append(cases, cliCase{name: typed + "=lots", args: []string{typed + "=lots", "-e", "1"}, code: 9,
				stderr: "evloop: " + typed + ` needs a`})
		}
	}
	return cases
}

type cliCase struct {
	name  string
	args  []string // {dir} is the test's directory (a main.js is there)
	stdin *string  // nil: a terminal
	tty   bool     // stdout and stderr are terminals
	env   []string // KEY=value set for the case (and for node)
	code  int
	// stdout is the exact output, or with stdoutHas a part of it; stderr
	// a part of stderr ("" only if stderr must be empty).
	stdout    string
	stdoutHas bool
	stderr    string
	// node: run node with the same arguments; the exit code and stdout
	// must be the same, and stderr's first line with node: for evloop:
	// (up to nodePrefix, when only the start of the message is node's).
	node       bool
	nodePrefix string
}

func str(s string) *string { return &s }

// TestCLI is the CLI's table: what each way of calling evloop prints and
// exits with, and node's for the same arguments where node has them.
func TestCLI(t *testing.T) {
	// A colour terminal, whatever the test runs in.
	t.Setenv("TERM", "xterm-256color")
	for _, k := range []string{"NO_COLOR", "FORCE_COLOR", "NODE_DISABLE_COLORS", "CI", "COLORTERM", "TMUX"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "main.js"), []byte("console.log(process.argv.slice(2).join(' ') || 'main')\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "-odd.js"), []byte("console.log('odd')\n"), 0o644)
	argvScript := "console.log(process.argv.slice(1), require('path').basename(__filename))"
	cases := []cliCase{
		{name: "bad option", args: []string{"--bogus", "{dir}/main.js"}, code: 9, stderr: "evloop: bad option: --bogus", node: true},
		{name: "bad short option", args: []string{"-x"}, code: 9, stderr: "evloop: bad option: -x", node: true},
		{name: "bad option after run", args: []string{"run", "--bogus=1", "{dir}/main.js"}, code: 9, stderr: "evloop: bad option: --bogus\n"},
		{name: "a Go-style single dash works", args: []string{"-clock=virtual", "{dir}/main.js"}, stdout: "main\n"},
		{name: "FILE", args: []string{"{dir}/main.js"}, stdout: "main\n", node: true},
		{name: "run FILE", args: []string{"run", "{dir}/main.js"}, stdout: "main\n"},
		{name: "FILE args, options after the script are the script's", args: []string{"{dir}/main.js", "--bogus", "-e", "x"},
			stdout: "--bogus -e x\n", node: true},
		{name: "-- ends the options", args: []string{"--", "{dir}/-odd.js"}, stdout: "odd\n", node: true},
		{name: "missing file", args: []string{"{dir}/nope.js"}, code: 1, stderr: "Error: Cannot find module '", node: true},
		{name: "-e", args: []string{"-e", "console.log(process.argv.length)", "a", "b"}, stdout: "3\n", node: true},
		{name: "--eval=", args: []string{"--eval=console.log(1 + 1)"}, stdout: "2\n", node: true},
		{name: "-p", args: []string{"-p", "[1, 2].map(x => x * 2)"}, stdout: "[ 2, 4 ]\n", node: true},
		{name: "-p prints at once, before callbacks", args: []string{"-p", "setTimeout(() => console.log('later')); 5"},
			stdout: "5\nlater\n", node: true},
		{name: "-p sees require", args: []string{"--print", "require('path').sep + typeof module"}, stdout: "/object\n", node: true},
		{name: "-p a string", args: []string{"-p", "'a\\nb'"}, stdout: "a\nb\n", node: true},
		{name: "-p alone prints undefined", args: []string{"-p"}, stdout: "undefined\n", node: true},
		{name: "-p that throws", args: []string{"-p", "throw new Error('x')"}, code: 1, stderr: "Error: x", node: true},
		{name: "-p keeps the exit code", args: []string{"-p", "process.exitCode = 3; 's'"}, code: 3, stdout: "s\n", node: true},
		{name: "- reads stdin", args: []string{"-", "a", "--b"}, stdin: str(argvScript), stdout: "[ '-', 'a', '--b' ] [stdin]\n", node: true},
		{name: "no script, stdin a pipe", stdin: str("console.log(1)"), stdout: "1\n", node: true},
		{name: "options, then stdin", args: []string{"--clock=virtual"}, stdin: str("setTimeout(() => console.log(performance.now() >= 10), 10)"),
			stdout: "true\n"},
		{name: "-- then -", args: []string{"--", "-", "x"}, stdin: str(argvScript), stdout: "[ '-', 'x' ] [stdin]\n", node: true},
		{name: "no script on a terminal", code: 9, stderr: "evloop: no script given"},
		{name: "run without a script on a terminal", args: []string{"run"}, code: 9, stderr: "evloop: no script given"},
		{name: "--version", args: []string{"--version"}, stdout: js.NodeVersion + "\nevloop " + js.Version, stdoutHas: true},
		{name: "-v", args: []string{"-v"}, stdout: js.NodeVersion + "\n", stdoutHas: true},
		{name: "version", args: []string{"version"}, stdout: js.NodeVersion + "\n", stdoutHas: true},
		{name: "colours on a terminal", args: []string{"-e", "console.log({ a: 1 }, 'str')"}, tty: true, stdout: "{ a: \x1b[33m1\x1b[39m } str\n"},
		{name: "colours for console.error on a terminal", args: []string{"-e", "console.error([null])"}, tty: true, stderr: "[ \x1b[1mnull\x1b[22m ]\n"},
		{name: "NO_COLOR on a terminal", args: []string{"-e", "console.log({ a: 1 })"}, tty: true, env: []string{"NO_COLOR=1"}, stdout: "{ a: 1 }\n"},
		{name: "NODE_DISABLE_COLORS on a terminal", args: []string{"-e", "console.log({ a: 1 })"}, tty: true, env: []string{"NODE_DISABLE_COLORS=1"}, stdout: "{ a: 1 }\n"},
		{name: "FORCE_COLOR=0 on a terminal", args: []string{"-e", "console.log({ a: 1 })"}, tty: true, env: []string{"FORCE_COLOR=0"}, stdout: "{ a: 1 }\n"},
		{name: "FORCE_COLOR in a pipe", args: []string{"-e", "console.log({ a: 1 })"}, env: []string{"FORCE_COLOR=1"},
			stdout: "{ a: \x1b[33m1\x1b[39m }\n", node: true},
		{name: "FORCE_COLOR beats NO_COLOR", args: []string{"-e", "console.log([null])"}, env: []string{"NO_COLOR=1", "FORCE_COLOR=1"},
			stdout: "[ \x1b[1mnull\x1b[22m ]\n", node: true},
		{name: "no colours in a pipe", args: []string{"-e", "console.log({ a: 1 })"}, stdout: "{ a: 1 }\n", node: true},
		{name: "util.inspect.defaultOptions reach console.log", args: []string{"-e",
			"const u = require('util'); u.inspect.defaultOptions.depth = 0; console.log({ a: { b: 1 } }); u.inspect.defaultOptions.colors = true; console.log([1])"},
			stdout: "{ a: [Object] }\n[ \x1b[33m1\x1b[39m ]\n", node: true},
		{name: "isTTY on a terminal", args: []string{"-p", "[process.stdout.isTTY, typeof process.stdout.hasColors]"}, tty: true,
			stdout: "[ \x1b[33mtrue\x1b[39m, \x1b[32m'function'\x1b[39m ]\n"},
		{name: "playground with an argument", args: []string{"playground", "x"}, code: 9, stderr: `evloop: playground takes no arguments, not "x"`},
		{name: "playground bad option", args: []string{"playground", "--port=1"}, code: 9, stderr: "evloop: bad option: --port"},
	}
	cases = append(cases, badOptionCases()...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "{dir}", dir)
			}
			t.Chdir(dir)
			for _, kv := range tc.env {
				k, v, _ := strings.Cut(kv, "=")
				t.Setenv(k, v)
			}
			code, out, errOut := cliRun(args, tc.stdin, tc.tty)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, errOut)
			}
			if tc.stdoutHas && !strings.HasPrefix(out, tc.stdout) || !tc.stdoutHas && out != tc.stdout {
				t.Errorf("stdout %q, want %q", out, tc.stdout)
			}
			if tc.stderr == "" && errOut != "" || !strings.Contains(errOut, tc.stderr) {
				t.Errorf("stderr %q, want %q in it", errOut, tc.stderr)
			}
			if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic") {
				t.Errorf("a Go panic: %s", errOut)
			}
			if !tc.node {
				return
			}
			ncode, nout, nerr, ok := nodeRunEnv(t, dir, args, tc.stdin, tc.env)
			if !ok {
				t.Skip("node is not installed")
			}
			if ncode != code {
				t.Errorf("exit %d, node's %d", code, ncode)
			}
			if nout != out {
				t.Errorf("stdout %q, node's %q", out, nout)
			}
			if tc.code == 9 {
				_, msg, _ := strings.Cut(firstLine(nerr), ": ") // node names itself by its path
				want := "evloop: " + msg
				got := firstLine(errOut)
				if tc.nodePrefix != "" {
					want, got = tc.nodePrefix, got[:min(len(got), len(tc.nodePrefix))]
				}
				if got != want {
					t.Errorf("stderr %q, node's %q", got, firstLine(nerr))
				}
			}
		})
	}
}

// A main script that is not there (a missing path, a directory without an
// index.js) is node's MODULE_NOT_FOUND, word for word, on both engines:
// evloop said `evloop: open /nonexistent.js: no such file or directory`.
func TestCLI_mainNotFoundAsNode(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "empty.js"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, arg := range []string{filepath.Join(dir, "nope.js"), filepath.Join(dir, "nope"), filepath.Join(dir, "empty.js")} {
		for _, engine := range []string{"native", "wasm"} {
			code, out, errOut := cliRun([]string{"--engine=" + engine, arg}, nil, false)
			want := "Error: Cannot find module '" + arg + "'\n"
			if code != 1 || out != "" || !strings.Contains(errOut, want) || !strings.Contains(errOut, "code: 'MODULE_NOT_FOUND'") {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q", engine, arg, code, out, errOut)
			}
			ncode, _, nerr, ok := nodeRun(t, dir, []string{arg}, nil)
			if !ok {
				continue
			}
			if ncode != code || nerr != errOut {
				t.Errorf("%s %s: exit %d, stderr\n%s\nnode's exit %d, stderr\n%s", engine, arg, code, errOut, ncode, nerr)
			}
		}
	}
}

// --version's first line is node's, so tools that parse `node -v` work.
func TestCLI_versionLikeNode(t *testing.T) {
	_, out, _ := cliRun([]string{"-v"}, nil, false)
	if !regexp.MustCompile(`^v\d+\.\d+\.\d+\nevloop \S+ `).MatchString(out) {
		t.Errorf("version %q", out)
	}
	if _, nout, _, ok := nodeRun(t, ".", []string{"-v"}, nil); ok && strings.HasPrefix(nout, "v20.") && firstLine(nout) != firstLine(out) {
		t.Logf("node here is %s, evloop follows %s", firstLine(nout), firstLine(out))
	}
}

// --trace-out alone writes a trace in the format its extension names.
func TestCLI_traceOutImpliesFormat(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ file, want string }{
		{"t.json", "chrome"}, {"t.jsonl", "json"}, {"t.txt", "text"}, {"trace", "text"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			out := filepath.Join(dir, tc.file)
			code, _, errOut := cliRun([]string{"--clock=virtual", "--trace-out=" + out, "-e", "setTimeout(() => {}, 1)"}, nil, false)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			got := "text"
			var doc struct{ TraceEvents []any }
			var line map[string]any
			switch {
			case json.Unmarshal(b, &doc) == nil && len(doc.TraceEvents) > 0:
				got = "chrome"
			case json.Unmarshal([]byte(firstLine(string(b))), &line) == nil && line["ev"] != nil:
				got = "json"
			}
			if got != tc.want {
				t.Errorf("wrote %s, want %s:\n%.200s", got, tc.want, b)
			}
		})
	}
}

// The wasm engine's JSON-lines trace is re-encoded on the host, whatever
// the pieces it arrives in.
func TestReencoder(t *testing.T) {
	var out bytes.Buffer
	re := trace.NewReencoder(trace.NewEncoder(&out, trace.Summary))
	lines := `{"seq":1,"t":0,"ev":"phase.enter","phase":"main"}` + "\n" +
		`{"seq":2,"t":0,"ev":"enqueue","q":"timers","id":2}` + "\n" + `{"seq":3,"t":0,"ev":"loop.end","n":4}` + "\n"
	for i := 0; i < len(lines); i += 7 {
		re.Write([]byte(lines[i:min(i+7, len(lines))]))
	}
	re.Close()
	for _, want := range []string{"exit code 4", "timers            1      0"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lacks %q:\n%s", want, out.String())
		}
	}
}
