package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStrip(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"comment lines emptied, code kept", "// a\nconst x = 1; // b\n  // c\nf();\n", "\nconst x = 1; // b\n\nf();\n"},
		{"url in a string is code", "const u = 'http://x';\n", "const u = 'http://x';\n"},
		{"one-line template literals are code", "const t = `a ${b}`;\n// c\n", "const t = `a ${b}`;\n\n"},
		{"a template literal over lines keeps its // lines", "const t = `\n// not a comment\n`;\n// c\n", "const t = `\n// not a comment\n`;\n// c\n"},
		{"a string continued with a backslash keeps the file", "const s = 'a\\\n// b';\n", "const s = 'a\\\n// b';\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strip(c.in)
			if got != c.want {
				t.Errorf("strip(%q) = %q, want %q", c.in, got, c.want)
			}
			if strings.Count(got, "\n") != strings.Count(c.in, "\n") {
				t.Errorf("line count changed: %q", got)
			}
		})
	}
}

// TestRunOverlay strips the module's own JavaScript: the overlay names only
// files under js/ that exist, each copy has its original's line count and
// the original's code lines, and test data is never touched.
func TestRunOverlay(t *testing.T) {
	out := t.TempDir()
	n, saved, err := run("../../..", filepath.Join(out, "webjs"))
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || saved == 0 {
		t.Fatalf("run changed %d files, %d bytes: the module's JavaScript has comment lines", n, saved)
	}
	b, err := os.ReadFile(filepath.Join(out, "webjs", "overlay.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, `.js": "`) {
			continue
		}
		parts := strings.Split(strings.TrimSpace(line), `": "`)
		orig, cp := strings.Trim(parts[0], `"`), strings.TrimRight(parts[1], `",`)
		if strings.Contains(orig, "testdata") || !strings.Contains(orig, string(filepath.Separator)+"js"+string(filepath.Separator)) {
			t.Errorf("overlay replaces %s", orig)
		}
		a, errA := os.ReadFile(orig)
		c, errC := os.ReadFile(cp)
		if errA != nil || errC != nil {
			t.Fatalf("%v %v", errA, errC)
		}
		al, cl := strings.Split(string(a), "\n"), strings.Split(string(c), "\n")
		if len(al) != len(cl) {
			t.Fatalf("%s: %d lines, copy %d", orig, len(al), len(cl))
		}
		for i := range al {
			if al[i] != cl[i] && (cl[i] != "" || !strings.HasPrefix(strings.TrimSpace(al[i]), "//")) {
				t.Fatalf("%s:%d changed a line that is not a comment: %q → %q", orig, i+1, al[i], cl[i])
			}
		}
	}
}
