package relchain

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// `#x in o` followed by &&, || or ?? compiles once Regroup gave it its
// operator back; goja's own tree does not (the test fails if goja's
// parser is ever fixed, so that the pass can go).
func TestPrivateIn(t *testing.T) {
	src := `class H { #a = 1;
  static t(x, y) { return [#a in x && #a in y, #a in y || 'no', #a in x ?? 'never'].join(); } }
H.t(new H(), {})`
	prg, err := parser.ParseFile(nil, "", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := goja.CompileAST(prg, false); err == nil {
		t.Errorf("goja compiles #a in x && y without the pass: privateIn may no longer be needed")
	}
	if got := run(t, src, true); got != "false,no,true" {
		t.Errorf("got %q, want %q", got, "false,no,true")
	}
}

func TestMayPrivateIn(t *testing.T) {
	for src, want := range map[string]bool{
		"return #a in x":      true,
		"(#a\n in x)":         true,
		"#a instanceof":       false,
		"this.#a; x in y":     false,
		"'#fff' in":           false,
		"color = '#fff'":      false,
		"#!/usr/bin/env node": false,
	} {
		if got := mayPrivateIn(src); got != want {
			t.Errorf("mayPrivateIn(%q) = %v, want %v", src, got, want)
		}
	}
}
