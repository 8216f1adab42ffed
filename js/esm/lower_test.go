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

// served is what the wasm module gets back from its host over
// esm_transform: the request and the result cross the wire as JSON.
func served(t *testing.T, req Request) *Result {
	t.Helper()
	got, err := DecodeRequest(EncodeRequest(req), req.Source)
	if err != nil {
		t.Fatalf("request: %v", err)
	}
	res, err := DecodeResult(EncodeResult(Transform(got)))
	if err != nil {
		t.Fatalf("result: %v", err)
	}
	return res
}

// What the host answers over esm_transform decodes to what the native
// calls return, for each kind of request.
func TestServed(t *testing.T) {
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
			res := served(t, Request{File: "/m.js", Kind: KindCommonJS, Source: tt.src, Lower: true, Detect: tt.detect})
			switch {
			case errors.Is(wantErr, ErrModuleSyntax):
				if !res.Module {
					t.Errorf("served %+v, native: module syntax", res)
				}
			case wantErr != nil:
				var w *Error
				if res.Error == nil || errors.As(wantErr, &w) && *res.Error != *w {
					t.Errorf("served error %+v, native %#v", res.Error, wantErr)
				}
			case res.Code != wantCode || res.Error != nil:
				t.Errorf("served (%.30q, %v), native %.30q", res.Code, res.Error, wantCode)
			}
		})
	}
	// An ES module request with top-level await comes back as one.
	res := served(t, Request{File: "/m.mjs", Kind: KindModule, Source: "await 1;\n"})
	if res.Error != nil || !res.TLA || res.Code == "" {
		t.Errorf("ES module request: %+v", res)
	}
}
