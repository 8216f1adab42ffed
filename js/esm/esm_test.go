package esm

import (
	"fmt"
	"strings"
	"testing"
)

func TestImportToRequire(t *testing.T) {
	tests := []struct{ clause, from, want string }{
		{"x", `"m"`, `const x = ((m) => m && m.__esModule ? m.default : m)(require("m"));`},
		{"* as ns", `"m"`, `const ns = require("m");`},
		{"{ a, b as c }", `"m"`, `const { a, b: c } = require("m");`},
		{"d, { a }", `"m"`, "const { a } = require(\"m\");\nconst d = ((m) => m && m.__esModule ? m.default : m)(require(\"m\"));"},
	}
	for _, tt := range tests {
		t.Run(tt.clause, func(t *testing.T) {
			got := strings.TrimSpace(importToRequire(tt.clause, tt.from))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestTransform(t *testing.T) {
	tests := []struct {
		name, src string
		tla       bool
		contains  []string
		absent    []string
	}{
		{"imports become requires", "import fs from 'node:fs';\nconsole.log(fs);\n", false,
			[]string{`require("node:fs")`}, []string{"import "}},
		{"async generators are lowered", "async function* g() { yield 1; }\n", false,
			[]string{"__asyncGenerator"}, []string{"async function*"}},
		{"top-level await runs the body as an async function", "import x from './a.js';\nawait x;\n", true,
			[]string{"__evloopTLA = (async () => {", `require("./a.js")`}, nil},
		{"import.meta.url is defined", "console.log(import.meta.url);\n", false,
			[]string{MetaURL}, nil},
		{"node-mode interop flag is dropped", "const m = import('./b.js');\n", false,
			[]string{`__toESM(require("./b.js"))`}, []string{`, 1)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, tla, err := Transform("/x/main.mjs", tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if tla != tt.tla {
				t.Errorf("tla = %v, want %v", tla, tt.tla)
			}
			for _, s := range tt.contains {
				if !strings.Contains(code, s) {
					t.Errorf("output lacks %q:\n%s", s, code)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(code, s) {
					t.Errorf("output has %q:\n%s", s, code)
				}
			}
		})
	}
}

func TestTransform_syntaxErrorKeepsThePosition(t *testing.T) {
	_, _, err := Transform("/x/bad.mjs", "const a = 1;\nconst b = ;\n")
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("err = %v, want *Error", err)
	}
	if e.Line != 2 || e.Column != 10 {
		t.Errorf("position %d:%d, want 2:10", e.Line, e.Column)
	}
}

// The bytes of the host's esm_transform import read back as the result the
// native Transform gave, syntax errors included.
func TestResultRoundTrip(t *testing.T) {
	for _, src := range []string{
		"import fs from 'node:fs';\nconsole.log(fs);\n",
		"import x from './a.js';\nawait x;\n",
		"export const = 1;\n",
		"",
	} {
		code, tla, err := Transform("/m.mjs", src)
		gotCode, gotTLA, gotErr := DecodeResult("/m.mjs", EncodeResult(code, tla, err))
		if gotCode != code || gotTLA != tla || fmt.Sprint(gotErr) != fmt.Sprint(err) {
			t.Errorf("%q: got (%.40q, %v, %v), want (%.40q, %v, %v)", src, gotCode, gotTLA, gotErr, code, tla, err)
		}
		if e, ok := err.(*Error); ok {
			g, ok := gotErr.(*Error)
			if !ok || *g != *e {
				t.Errorf("%q: error %#v, want %#v", src, gotErr, err)
			}
		}
	}
	for _, bad := range [][]byte{nil, {9}, {ResultError, 1, 0, 0, 0}, {ResultError, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255}} {
		if _, _, err := DecodeResult("/m.mjs", bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
