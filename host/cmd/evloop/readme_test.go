package main

// The README's commands work as shown: every line of its ```sh blocks runs
// (bin/evloop lines against this test binary acting as evloop, in a
// directory holding the files they name; make lines as `make -n`), the
// example it prints with "its exact output" is the seed file and node's
// recorded output, and its links lead to files that exist.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const readmePath = "../../../README.md"

// fence is one fenced block of a Markdown file: its language, its lines
// and the prose before it.
type fence struct {
	lang, before string
	lines        []string
}

func fences(md string) []fence {
	var out []fence
	var cur *fence
	var prose []string
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			if cur == nil {
				cur = &fence{lang: strings.TrimPrefix(line, "```"), before: strings.Join(prose, "\n")}
				prose = nil
			} else {
				out = append(out, *cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur.lines = append(cur.lines, line)
		} else {
			prose = append(prose, line)
		}
	}
	return out
}

// shellCommand is a line of a sh block without its comment.
func shellCommand(line string) string {
	if i := strings.Index(line, "  #"); i >= 0 {
		line = line[:i]
	}
	if i := strings.Index(line, "\t#"); i >= 0 {
		line = line[:i]
	}
	return strings.TrimSpace(line)
}

func TestReadme_shellBlocks(t *testing.T) {
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	root, _ := filepath.Abs("../../..")
	seed, err := os.ReadFile(filepath.Join(root, "js/testdata/conformance/seeds/001_start_end_in_timer.js"))
	if err != nil {
		t.Fatal(err)
	}
	// bin/evloop in the directory the commands run in is this test binary
	// as main (TestMain); script.js is a seed example.
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "bin"), 0o755)
	wrapper := "#!/bin/sh\nEVLOOP_TEST_AS_MAIN=1 exec '" + os.Args[0] + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "bin", "evloop"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "script.js"), seed, 0o644)
	// For the line that shows node's options (--env-file, -r).
	os.WriteFile(filepath.Join(dir, ".env"), []byte("GREETING=hello\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "setup.js"), []byte("console.log(process.env.GREETING)\n"), 0o644)
	var commands int
	for _, f := range fences(string(b)) {
		if f.lang != "sh" {
			continue
		}
		for _, line := range f.lines {
			cmdline := shellCommand(line)
			if cmdline == "" {
				continue
			}
			commands++
			t.Run(cmdline, func(t *testing.T) {
				var cmd *exec.Cmd
				switch {
				case strings.HasPrefix(cmdline, "make "):
					// What make would run, not the run itself (make test is
					// the whole CI): every target exists and its recipe parses.
					args := append([]string{"-n"}, strings.Fields(cmdline)[1:]...)
					cmd = exec.Command("make", args...)
					cmd.Dir = root
				case strings.Contains(cmdline, "bin/evloop"):
					cmd = exec.Command(sh, "-c", cmdline)
					cmd.Dir = dir
				default:
					t.Fatalf("a README command this test does not know how to run: %q", cmdline)
				}
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				if err != nil {
					t.Fatalf("%v\nstdout:\n%.2000s\nstderr:\n%.2000s", err, stdout.String(), stderr.String())
				}
				if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stderr.String(), "panic:") {
					t.Fatalf("a Go panic:\n%s", stderr.String())
				}
				if strings.HasPrefix(cmdline, "make ") {
					return
				}
				if stdout.Len() == 0 {
					t.Errorf("printed nothing on stdout (stderr %q)", stderr.String())
				}
				// A file the command says it writes is there.
				if m := regexp.MustCompile(`--trace-out[ =](\S+)`).FindStringSubmatch(cmdline); m != nil {
					if fi, err := os.Stat(filepath.Join(dir, m[1])); err != nil || fi.Size() == 0 {
						t.Errorf("--trace-out %s: %v", m[1], err)
					}
				}
				// Where the comment says what it is like, check the output.
				switch {
				case strings.Contains(cmdline, "run script.js") && !strings.Contains(cmdline, "--trace"):
					if want := readFile(t, filepath.Join(root, "js/testdata/conformance/seeds/001_start_end_in_timer.out")); stdout.String() != want {
						t.Errorf("stdout %q, node's %q", stdout.String(), want)
					}
				case strings.Contains(cmdline, "-p '[1, 2].map"):
					if stdout.String() != "[ 2, 4 ]\n" {
						t.Errorf("stdout %q", stdout.String())
					}
				case strings.Contains(cmdline, "--trace=summary"):
					if !strings.Contains(stderr.String(), "timers") {
						t.Errorf("no summary on stderr: %q", stderr.String())
					}
				case strings.HasSuffix(cmdline, "--trace script.js"):
					if !strings.Contains(stderr.String(), "callback.start") {
						t.Errorf("no trace on stderr: %.500q", stderr.String())
					}
				}
			})
		}
	}
	if commands < 10 {
		t.Errorf("found %d commands in the README's sh blocks", commands)
	}
}

// The README's example: the js block is the program of the seed file it
// names, and the output block under it is node's recorded output.
func TestReadme_exampleIsTheSeed(t *testing.T) {
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	fs := fences(string(b))
	found := false
	for i, f := range fs {
		m := regexp.MustCompile("`(js/testdata/conformance/[^`]+\\.js)`").FindStringSubmatch(f.before)
		if f.lang != "js" || m == nil || i+1 >= len(fs) {
			continue
		}
		found = true
		// The README may lay the program out shorter, without the file's
		// comments: the same tokens, whitespace aside.
		src := readFile(t, filepath.Join("../../..", m[1]))
		if got := strings.Join(f.lines, "\n"); program(got) != program(src) {
			t.Errorf("the README's copy of %s is not the file's program:\n%s\nthe file:\n%s", m[1], got, src)
		}
		want := readFile(t, filepath.Join("../../..", strings.TrimSuffix(m[1], ".js")+".out"))
		if got := strings.Join(fs[i+1].lines, "\n") + "\n"; got != want {
			t.Errorf("the README's output for %s is not node's recorded output:\n%s\nnode:\n%s", m[1], got, want)
		}
	}
	if !found {
		t.Error("no example naming its seed file in the README")
	}
}

// Every relative link of the README leads to a file or directory.
func TestReadme_links(t *testing.T) {
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`\]\(([^)#\s]+)(#[^)]*)?\)`).FindAllStringSubmatch(string(b), -1) {
		target := m[1]
		if strings.Contains(target, "://") {
			continue
		}
		if _, err := os.Stat(filepath.Join("../../..", target)); err != nil {
			t.Errorf("link %s: %v", target, err)
		}
	}
}

// program is JavaScript source without its line comments and whitespace.
func program(src string) string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		b.WriteString(strings.Join(strings.Fields(line), ""))
	}
	return b.String()
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
