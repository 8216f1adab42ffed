//go:build unix

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeNodeEnv makes the test binary act as a tiny stand-in for node, so that
// the recorder can be tested without node and without timing. The fake reads
// the "script" line by line:
//
//	out TEXT   print TEXT and a newline
//	code N     exit with status N at the end
//	wait       sleep 20 s (a signal's default action ends it first)
//	trap       print "ready", wait for SIGTERM, print it and exit 0
//	flaky      print how many times this script has run (differs every run)
const fakeNodeEnv = "GOLDEN_TEST_FAKE_NODE"

func TestMain(m *testing.M) {
	if os.Getenv(fakeNodeEnv) == "1" {
		os.Exit(fakeNode(os.Args[1:]))
	}
	os.Exit(m.Run())
}

func fakeNode(args []string) int {
	if len(args) == 2 && args[0] == "-e" {
		fmt.Print("node v0.0.0-fake\nlibuv 0.0.0\nv8 0.0\n")
		return 0
	}
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "fake node: want one script")
		return 9
	}
	f, err := os.Open(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 9
	}
	defer f.Close()
	code := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cmd, arg, _ := strings.Cut(sc.Text(), " ")
		switch cmd {
		case "out":
			fmt.Println(arg)
		case "code":
			code, _ = strconv.Atoi(arg)
		case "wait":
			// Until a signal ends the process (the default action) or,
			// after "trap", until one arrives: then print it and exit 0.
			time.Sleep(20 * time.Second)
			return 99
		case "trap":
			ch := make(chan os.Signal, 1)
			signal.Notify(ch, syscall.SIGTERM)
			fmt.Println("ready")
			fmt.Println("got", <-ch)
			return 0
		case "flaky":
			counter := args[0] + ".count"
			b, _ := os.ReadFile(counter)
			n, _ := strconv.Atoi(string(b))
			n++
			os.WriteFile(counter, []byte(strconv.Itoa(n)), 0o644)
			fmt.Println("run", n)
		}
	}
	return code
}

// writeTree creates files (slash paths relative to root) with the given contents.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDiscover_onlyTopLevelCaseFiles(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"timers/b.js":            "",
		"timers/a.js":            "",
		"timers/a.out":           "",
		"ordering/z.js":          "",
		"modules/lib/helper.js":  "",
		"modules/lib/data.json":  "",
		"modules/require.js":     "",
		"modules/helper.cjs":     "",
		"top_level.js":           "",
		".hidden/x.js":           "",
		"NONDETERMINISTIC.md":    "",
		"modules/lib/deep/in.js": "",
	})
	cases, err := discover(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cases {
		got = append(got, c.Rel)
	}
	want := []string{"modules/require.js", "ordering/z.js", "timers/a.js", "timers/b.js"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discover: got %q, want %q", got, want)
	}
	if len(cases) > 0 && cases[0].Dir != filepath.Join(root, "modules") {
		t.Errorf("Dir = %q, want the category directory", cases[0].Dir)
	}
}

func TestDiscover_missingRoot(t *testing.T) {
	if _, err := discover(filepath.Join(t.TempDir(), "absent")); err == nil {
		t.Error("discover of a missing directory: got nil error")
	}
}

func TestCase_paths(t *testing.T) {
	c := Case{Dir: filepath.Join("root", "timers"), Rel: "timers/refresh.js"}
	tests := []struct{ name, got, want string }{
		{"Script", c.Script(), filepath.Join("root", "timers", "refresh.js")},
		{"OutPath", c.OutPath(), filepath.Join("root", "timers", "refresh.out")},
		{"CodePath", c.CodePath(), filepath.Join("root", "timers", "refresh.code")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	cases := []Case{{Rel: "timers/refresh.js"}, {Rel: "ordering/nested.js"}, {Rel: "timers/unref.js"}}
	tests := []struct {
		substr string
		want   int
	}{
		{"", 3},
		{"timers/", 2},
		{"nested", 1},
		{"ref", 2},
		{"nothing", 0},
	}
	for _, tt := range tests {
		t.Run(tt.substr, func(t *testing.T) {
			if got := len(filter(cases, tt.substr)); got != tt.want {
				t.Errorf("filter(%q) kept %d cases, want %d", tt.substr, got, tt.want)
			}
		})
	}
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name      string
		want, got Result
		msg       string
	}{
		{"equal", Result{[]byte("a\n"), 0}, Result{[]byte("a\n"), 0}, ""},
		{"both empty", Result{nil, 1}, Result{[]byte{}, 1}, ""},
		{"code", Result{[]byte("a\n"), 0}, Result{[]byte("a\n"), 1}, "exit code: want 0, got 1"},
		{"line", Result{[]byte("a\nb\n"), 0}, Result{[]byte("a\nc\n"), 0}, `stdout line 2: want "b\n", got "c\n"`},
		{"extra line", Result{[]byte("a\n"), 0}, Result{[]byte("a\nb\n"), 0}, `stdout line 2: want "", got "b\n"`},
		{"missing newline", Result{[]byte("a\n"), 0}, Result{[]byte("a"), 0}, `stdout line 1: want "a\n", got "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diff(tt.want, tt.got); got != tt.msg {
				t.Errorf("diff = %q, want %q", got, tt.msg)
			}
		})
	}
}

func TestAgree(t *testing.T) {
	a := Result{[]byte("x\n"), 0}
	b := Result{[]byte("y\n"), 0}
	tests := []struct {
		name    string
		runs    []Result
		wantErr bool
	}{
		{"none", nil, true},
		{"one", []Result{a}, false},
		{"three equal", []Result{a, a, a}, false},
		{"last differs", []Result{a, a, b}, true},
		{"exit code differs", []Result{a, {a.Stdout, 1}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := agree(tt.runs)
			if (err != nil) != tt.wantErr {
				t.Fatalf("agree error = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && diff(tt.runs[0], res) != "" {
				t.Errorf("agree returned %+v, want the common result", res)
			}
		})
	}
}

func Example_agree() {
	_, err := agree([]Result{
		{Stdout: []byte("timeout\nimmediate\n")},
		{Stdout: []byte("timeout\nimmediate\n")},
		{Stdout: []byte("immediate\ntimeout\n")},
	})
	fmt.Println(err)
	// Output: run 1 and run 3 differ: stdout line 1: want "timeout\n", got "immediate\n"
}

func TestParseCode(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"0\n", 0, false},
		{"7\n", 7, false},
		{" 1 ", 1, false},
		{"", 0, true},
		{"one\n", 0, true},
	}
	for _, tt := range tests {
		t.Run(strconv.Quote(tt.in), func(t *testing.T) {
			got, err := parseCode([]byte(tt.in))
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("parseCode = %d, %v; want %d, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
	if got := string(Result{Code: 3}.codeFile()); got != "3\n" {
		t.Errorf("codeFile = %q, want %q", got, "3\n")
	}
}

func TestScrubbedEnv(t *testing.T) {
	in := []string{"PATH=/bin", "NODE_NO_WARNINGS=1", "NODE_OPTIONS=--x", "FORCE_COLOR=1",
		"NO_COLOR=1", "UV_THREADPOOL_SIZE=2", "HOME=/h", "MY_NODE_THING=ok"}
	want := []string{"PATH=/bin", "HOME=/h", "MY_NODE_THING=ok"}
	if got := scrubbedEnv(in); !reflect.DeepEqual(got, want) {
		t.Errorf("scrubbedEnv = %q, want %q", got, want)
	}
}

// fakeCorpus builds a corpus for the fake node and points the fake at it.
func fakeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	t.Setenv(fakeNodeEnv, "1")
	root := t.TempDir()
	writeTree(t, root, files)
	return root
}

func runGolden(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"-node", os.Args[0]}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRun_recordsThenChecks(t *testing.T) {
	root := fakeCorpus(t, map[string]string{
		"ordering/two_lines.js": "out first\nout second\n",
		"errors/exit_three.js":  "out before\ncode 3\n",
	})
	code, stdout, stderr := runGolden(t, "-dir", root, "-runs", "2")
	if code != 0 {
		t.Fatalf("record: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for name, want := range map[string]string{
		"ordering/two_lines.out":  "first\nsecond\n",
		"ordering/two_lines.code": "0\n",
		"errors/exit_three.out":   "before\n",
		"errors/exit_three.code":  "3\n",
		"NODE_VERSION":            "node v0.0.0-fake\nlibuv 0.0.0\nv8 0.0\n",
	} {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", name, b, err, want)
		}
	}

	if code, stdout, _ := runGolden(t, "-dir", root, "-check", "-runs", "1"); code != 0 {
		t.Errorf("check right after recording: exit %d\n%s", code, stdout)
	}
	writeTree(t, root, map[string]string{"ordering/two_lines.out": "second\nfirst\n"})
	code, stdout, _ = runGolden(t, "-dir", root, "-check", "-runs", "1")
	if code != 1 || !strings.Contains(stdout, "MISMATCH ordering/two_lines.js") {
		t.Errorf("check of an edited golden: exit %d, stdout:\n%s", code, stdout)
	}
}

func TestRun_refusesNondeterministicCase(t *testing.T) {
	root := fakeCorpus(t, map[string]string{
		"timers/racy.js":   "flaky\n",
		"timers/stable.js": "out ok\n",
	})
	code, stdout, _ := runGolden(t, "-dir", root, "-runs", "3")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stdout, "NONDETERMINISTIC timers/racy.js: run 1 and run 2 differ") {
		t.Errorf("stdout does not report the racy case:\n%s", stdout)
	}
	if _, err := os.Stat(filepath.Join(root, "timers", "racy.out")); err == nil {
		t.Error("a golden was written for the racy case")
	}
	if _, err := os.Stat(filepath.Join(root, "timers", "stable.out")); err != nil {
		t.Errorf("the stable case was not recorded: %v", err)
	}
}

func TestRun_checkReportsMissingGolden(t *testing.T) {
	root := fakeCorpus(t, map[string]string{"io/new.js": "out x\n"})
	code, stdout, _ := runGolden(t, "-dir", root, "-check")
	if code != 1 || !strings.Contains(stdout, "MISSING io/new.js") {
		t.Errorf("exit %d, stdout:\n%s", code, stdout)
	}
}

func TestRun_only(t *testing.T) {
	root := fakeCorpus(t, map[string]string{
		"timers/a.js":   "out a\n",
		"ordering/b.js": "out b\n",
	})
	if code, stdout, _ := runGolden(t, "-dir", root, "-runs", "1", "-only", "timers/"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat(filepath.Join(root, "timers", "a.out")); err != nil {
		t.Errorf("selected case not recorded: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "ordering", "b.out")); err == nil {
		t.Error("case outside -only was recorded")
	}
}

func TestRun_usageErrors(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"timers/a.js": ""})
	tests := []struct {
		name string
		args []string
	}{
		{"zero runs", []string{"-dir", root, "-runs", "0"}},
		{"stray argument", []string{"-dir", root, "extra"}},
		{"unknown flag", []string{"-record-from-evloop"}},
		{"missing corpus", []string{"-dir", filepath.Join(root, "absent")}},
		{"nothing selected", []string{"-dir", root, "-only", "zzz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runGolden(t, tt.args...)
			if code != 2 || stderr == "" {
				t.Errorf("exit %d, stderr %q; want 2 and a message", code, stderr)
			}
		})
	}
}

func TestRun_nodeMissing(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"timers/a.js": ""})
	var out, errOut bytes.Buffer
	code := run([]string{"-dir", root, "-node", filepath.Join(root, "no-node")}, &out, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "version") {
		t.Errorf("exit %d, stderr %q; want 1 and a version error", code, errOut.String())
	}
}

func TestLeakedPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus", "timers")
	tests := []struct {
		name   string
		stdout string
		want   string
	}{
		{"clean", "a\nb\n", ""},
		{"basename only", "timers\n", ""},
		{"case dir", "in " + dir + "/x.js\n", dir},
		{"corpus root", filepath.Dir(dir) + "\n", filepath.Dir(dir)},
		{"relative path", "corpus/timers/x.js\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leakedPath([]byte(tt.stdout), dir); got != tt.want {
				t.Errorf("leakedPath = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRun_refusesAbsolutePath(t *testing.T) {
	root := fakeCorpus(t, map[string]string{})
	writeTree(t, root, map[string]string{"modules/where.js": "out " + filepath.Join(root, "modules") + "\n"})
	code, stdout, _ := runGolden(t, "-dir", root, "-runs", "1")
	if code != 1 || !strings.Contains(stdout, "FAIL modules/where.js: stdout contains") {
		t.Errorf("exit %d, stdout:\n%s", code, stdout)
	}
	if _, err := os.Stat(filepath.Join(root, "modules", "where.out")); err == nil {
		t.Error("a golden with an absolute path was written")
	}
}

// A case with a "send SIG… after ready" line gets the signal once it
// printed "ready": a death by it is recorded as 128+n, a handler's output
// is recorded; a case that dies of a signal it did not ask for is not
// recorded.
func TestRun_sendsSignalAfterReady(t *testing.T) {
	root := fakeCorpus(t, map[string]string{
		"signals/dies.js":    "// golden: send SIGINT after \"ready\"\nout ready\nwait\n",
		"signals/handles.js": "// golden: send SIGTERM after \"ready\"\ntrap\n",
	})
	code, stdout, stderr := runGolden(t, "-dir", root, "-runs", "2")
	if code != 0 {
		t.Fatalf("record: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	for name, want := range map[string]string{
		"signals/dies.out":     "ready\n",
		"signals/dies.code":    "130\n",
		"signals/handles.out":  "ready\ngot terminated\n",
		"signals/handles.code": "0\n",
	} {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", name, b, err, want)
		}
	}
	if _, _, err := signalDirective([]byte("// golden: send SIGKILL after \"ready\"\n")); err == nil {
		t.Error("SIGKILL accepted")
	}
}
