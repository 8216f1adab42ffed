package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
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
	pagelessSeen := 0
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
		if slices.ContainsFunc(pageless, func(p string) bool { return strings.HasSuffix(orig, filepath.FromSlash(p)) }) {
			if string(c) != pagelessSource {
				t.Errorf("%s: the page's copy is %q", orig, c)
			}
			pagelessSeen++
			continue
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
	// The files the page's build never reads are stubs there.
	if pagelessSeen != len(pageless) {
		t.Errorf("the overlay stubs %d of the %d pageless files", pagelessSeen, len(pageless))
	}
}

// TestStripKeepsPrograms parses each file stripjs changes, before and
// after, with goja's parser (wrapped as js.Runtime.RunBinding wraps it) and
// compares the two syntax trees, positions aside: every identifier,
// literal, operator and node must be the same, so no emptied line was code
// or part of a template literal. A function's source text (its toString,
// goja's FunctionLiteral.Source) is the one thing that differs: it loses the
// comment lines, as a built-in's toString in node shows node's own source.
func TestStripKeepsPrograms(t *testing.T) {
	root := "../../../js"
	changed := 0
	err := eachChanged(root, func(p, src, s string) error {
		changed++
		a, errA := shape(src)
		b, errB := shape(s)
		if errA != nil {
			t.Errorf("%s does not parse as a binding body: %v", p, errA)
			return nil
		}
		if errB != nil {
			t.Errorf("%s: the stripped copy does not parse: %v", p, errB)
			return nil
		}
		if len(a) != len(b) {
			t.Errorf("%s: %d syntax tree items, stripped %d", p, len(a), len(b))
			return nil
		}
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%s: the syntax tree differs at item %d: %q vs %q", p, i, a[i], b[i])
				return nil
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if changed == 0 {
		t.Fatal("strip changed no file")
	}
}

// shape parses src as a binding body and lists its syntax tree's node
// types and values in order, without positions.
func shape(src string) ([]string, error) {
	prg, err := parser.ParseFile(nil, "x.js", "(function (exports, require, module, internal) {"+src+"\n})", 0)
	if err != nil {
		return nil, err
	}
	var out []string
	idx := reflect.TypeOf(file.Idx(0))
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				out = append(out, "nil")
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			out = append(out, v.Type().String())
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.Type != idx && f.IsExported() && f.Name != "Source" {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.String, reflect.Int, reflect.Bool, reflect.Float64, reflect.Uint8:
			out = append(out, fmt.Sprint(v.Interface()))
		}
	}
	walk(reflect.ValueOf(prg.Body))
	return out, nil
}
