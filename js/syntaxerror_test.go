package js

import (
	"errors"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/esm"
)

// What node v20.20.2 printed on stderr for each source saved as a file
// and run with `node FILE` (recorded from node, not written by hand): the
// line after "FILE:", the source line, the caret line and the error line.
// Cases where evloop's words or position differ from V8's are not listed
// here but in site/docs/esm.md ("SyntaxError messages"): `foo(1, 2` at the
// end of a file, for one, is "missing ) after argument list" on the last
// token in V8 and "Unexpected end of input" after it in evloop.
var nodeSyntaxErrors = []struct {
	name, src                      string
	line, source, caret, errorLine string
}{
	{"unexpected semicolon", "const a = 1;\nconst b = ;\n", "2", "const b = ;", "          ^", "SyntaxError: Unexpected token ';'"},
	{"end of input", "let x = 1;\nfunction f( {\n}\n", "4", "", "", "SyntaxError: Unexpected end of input"},
	{"identifier after a tab", "console.log(1)\n\tfoo bar\n", "2", "\tfoo bar", "\t    ^^^", "SyntaxError: Unexpected identifier 'bar'"},
	{"redeclared let", "let a = 1;\nlet a = 2;\n", "2", "let a = 2;", "    ^", "SyntaxError: Identifier 'a' has already been declared"},
	{"unterminated string", "var x = \"abc\n", "1", "var x = \"abc", "        ^^^^", "SyntaxError: Invalid or unexpected token"},
	{"semicolon in a call", "if (x) {\n  y(;\n}\n", "2", "  y(;", "    ^", "SyntaxError: Unexpected token ';'"},
	{"number after number", "const z = 5 6;\n", "1", "const z = 5 6;", "            ^", "SyntaxError: Unexpected number"},
	{"async generator then an error", "async function* g() { yield 1 }\nconst q = )\n", "2", "const q = )", "          ^", "SyntaxError: Unexpected token ')'"},
	{"top-level return is allowed", "return 1 +;\n", "1", "return 1 +;", "          ^", "SyntaxError: Unexpected token ';'"},
	{"double comma in an object", "let o = {a: 1,, b: 2};\n", "1", "let o = {a: 1,, b: 2};", "              ^", "SyntaxError: Unexpected token ','"},
	{"two constructors", "class A { constructor() {} constructor() {} }\n", "1", "class A { constructor() {} constructor() {} }", "                           ^^^^^^^^^^^", "SyntaxError: A class may only have one constructor"},
	{"string after string", "x = \"a\" \"b\";\n", "1", "x = \"a\" \"b\";", "        ^^^", "SyntaxError: Unexpected string"},
	{"await in a plain function", "function f() { await 1 }\n", "1", "function f() { await 1 }", "               ^^^^^", "SyntaxError: await is only valid in async functions and the top level bodies of modules"},
}

func TestSyntaxErrorLikeNode(t *testing.T) {
	for _, tt := range nodeSyntaxErrors {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := compileCommonJS("/x/FILE.js", tt.src, false)
			var se *syntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a syntax error", err)
			}
			lines := strings.Split(se.header()+"SyntaxError: "+se.message, "\n")
			want := []string{"/x/FILE.js:" + tt.line, tt.source, tt.caret, "", tt.errorLine}
			if strings.Join(lines, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%q\nnode\n%q", lines, want)
			}
		})
	}
}

// Module-syntax detection, as node v20.20.2 decides (`node FILE` for each
// source, printing typeof require: undefined in an ES module).
func TestDetectModule(t *testing.T) {
	for _, tt := range []struct {
		src  string
		esm  bool
		note string
	}{
		{"import fs from 'fs'; console.log(typeof require)", true, "import statement"},
		{"export const a = 1; console.log(typeof require)", true, "export statement"},
		{"console.log(import.meta.url, typeof require)", true, "import.meta"},
		{"await null; console.log(typeof require)", true, "top-level await"},
		{"for await (const x of [1]) console.log(x, typeof require)", true, "top-level for await"},
		{"async function g(){ await null } g(); console.log(typeof require)", false, "await inside a function"},
		{"async function* g(){ for await (const x of []) yield x } console.log(typeof require)", false, "lowered, still CommonJS"},
		{"console.log(typeof require); import('fs').then(() => {})", false, "import() is not module syntax"},
		{"var await = 1; console.log(await)", false, "await as a name"},
		{"const import_ = 1; console.log(typeof module)", false, "a name starting with import"},
	} {
		t.Run(tt.note, func(t *testing.T) {
			_, _, err := compileCommonJS("/x/snippet.js", tt.src, true)
			if got := errors.Is(err, esm.ErrModuleSyntax); got != tt.esm {
				t.Errorf("ES module = %v (err %v), node says %v", got, err, tt.esm)
			}
		})
	}
}

// Errors on line 1 name the user's column, not the wrapper's; lowered
// files name their own lines and columns (node's numbers for these
// sources, recorded by saving each source and reading its stack from node).
func TestPositionsThroughTheWrapper(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"plain line 1", "const e = new Error('x'); module.exports = e;", "/x/p.js:1:11"},
		{"plain line 2", "\n  module.exports = new Error('x');", "/x/p.js:2:20"},
		{"lowered line 1", "const e = new Error('x'); async function* g() {} module.exports = e;", "/x/p.js:1:11"},
		{"lowered line 3", "async function* g() {}\n\nmodule.exports =   new Error('x');", "/x/p.js:3:20"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			prg, _, err := compileCommonJS("/x/p.js", tt.src, false)
			if err != nil {
				t.Fatal(err)
			}
			vm := goja.New()
			fnv, err := vm.RunProgram(prg)
			if err != nil {
				t.Fatal(err)
			}
			fn, _ := goja.AssertFunction(fnv)
			module := vm.NewObject()
			if _, err := fn(goja.Undefined(), vm.NewObject(), goja.Undefined(), module); err != nil {
				t.Fatal(err)
			}
			stack := module.Get("exports").ToObject(vm).Get("stack").String()
			if !strings.Contains(stack, tt.want+"(") {
				t.Errorf("stack %q does not name %s", stack, tt.want)
			}
		})
	}
}
