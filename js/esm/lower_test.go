package esm

import (
	"errors"
	"strings"
	"testing"
)

func TestLowerCommonJS(t *testing.T) {
	tests := []struct {
		name, src      string
		detect         bool
		wantModule     bool
		contains       []string
		absent         []string
		wantErrAt      [2]int // line, column of a syntax error
		wantErrContain string
	}{
		{name: "async generator lowered, the rest kept", src: "'use strict';\nasync function* g() { yield 1 }\nmodule.exports = g;\n",
			contains: []string{"__asyncGenerator", "module.exports = g", `"use strict"`}, absent: []string{"async function*"}},
		{name: "for await lowered inside a function", src: "async function f(it) { for await (const x of it) console.log(x) }\n",
			contains: []string{"__forAwait"}, absent: []string{"for await"}},
		{name: "top-level return stays", src: "return;\nasync function* g() {}\n", contains: []string{"return;"}},
		{name: "sloppy code stays sloppy", src: "with (Math) x = PI;\nasync function* g() {}\n", contains: []string{"with (Math)"}},
		{name: "an inline source map", src: "async function* g() {}\n", contains: []string{"//# sourceMappingURL=data:application/json;base64,"}},
		{name: "import statement detected", src: "import fs from 'fs';\n", detect: true, wantModule: true},
		{name: "top-level await detected", src: "await null;\n", detect: true, wantModule: true},
		{name: "await in a function is not module syntax", src: "async function f() { await null }\n", detect: true},
		{name: "import() is not module syntax", src: "import('fs');\n", detect: true},
		{name: "a syntax error keeps its position", src: "async function* g() {}\nconst b = ;\n", wantErrAt: [2]int{2, 10}, wantErrContain: ";"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, err := LowerCommonJS("/x/main.js", tt.src, tt.detect)
			if tt.wantModule {
				if !errors.Is(err, ErrModuleSyntax) {
					t.Fatalf("err = %v, want ErrModuleSyntax", err)
				}
				return
			}
			if tt.wantErrAt != [2]int{} {
				var e *Error
				if !errors.As(err, &e) || e.Line != tt.wantErrAt[0] || e.Column != tt.wantErrAt[1] || !strings.Contains(e.Text, tt.wantErrContain) {
					t.Fatalf("err = %#v, want a syntax error at %v", err, tt.wantErrAt)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
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

// What the host answers over esm_transform (Serve) decodes to what the
// native calls return, for each kind of request.
func TestServe(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		detect    bool
	}{
		{"lowered", "async function* g() { yield 1 }\n", false},
		{"module detected", "export const a = 1;\n", true},
		{"syntax error", "const = 1;\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			wantCode, wantErr := LowerCommonJS("/m.js", tt.src, tt.detect)
			code, _, err := DecodeResult("/m.js", Serve(commonJSRequest("/m.js", tt.detect), tt.src))
			if code != wantCode || (err == nil) != (wantErr == nil) || errors.Is(err, ErrModuleSyntax) != errors.Is(wantErr, ErrModuleSyntax) {
				t.Errorf("served (%.30q, %v), native (%.30q, %v)", code, err, wantCode, wantErr)
			}
			var e, w *Error
			if errors.As(wantErr, &w) && (!errors.As(err, &e) || *e != *w) {
				t.Errorf("served error %#v, native %#v", err, wantErr)
			}
		})
	}
	// A plain file name is still an ES module request.
	code, tla, err := DecodeResult("/m.mjs", Serve("/m.mjs", "await 1;\n"))
	if err != nil || !tla || code == "" {
		t.Errorf("ES module request: (%.30q, %v, %v)", code, tla, err)
	}
}
