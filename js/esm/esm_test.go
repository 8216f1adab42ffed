package esm

import (
	"reflect"
	"strings"
	"testing"
)

func TestTransformModule_records(t *testing.T) {
	src := "import def, { a, b as c } from './x.mjs';\n" +
		"import * as ns from \"./y.mjs\";\n" +
		"import j from './d.json' with { type: 'json' };\n" +
		"export * from './w.mjs';\n" +
		"export { q as r } from './v.mjs';\n" +
		"const s = \"import('not a call')\"; // import x from 'nope'\n" +
		"export let x = 1;\n" +
		"export default class K {}\n" +
		"export {\n  x as \"str name\"\n};\n" +
		"const m = import('./dyn.mjs'); console.log(import.meta.url, a, c, def, ns, j, s, m);\n"
	res := Transform(Request{File: "/m/main.mjs", Kind: KindModule, Source: src})
	if res.Error != nil {
		t.Fatal(res.Error)
	}
	var specs []string
	for _, r := range res.Requests {
		specs = append(specs, r.Specifier+"|"+r.Type)
	}
	want := []string{"./x.mjs|", "./y.mjs|", "./d.json|json", "./w.mjs|", "./v.mjs|"}
	if !reflect.DeepEqual(specs, want) {
		t.Errorf("requests %v, want %v", specs, want)
	}
	var imports []string
	for _, ie := range res.Imports {
		imports = append(imports, ie.Local+"="+res.Requests[ie.Request].Specifier+":"+ie.Name)
	}
	wantImports := []string{"def=./x.mjs:default", "a=./x.mjs:a", "c=./x.mjs:b", "ns=./y.mjs:*", "j=./d.json:default", "q=./v.mjs:q"}
	if !reflect.DeepEqual(imports, wantImports) {
		t.Errorf("imports %v, want %v", imports, wantImports)
	}
	exports := map[string]string{}
	for _, e := range res.Exports {
		if e.Request < 0 {
			exports[e.Name] = "local " + e.Local
		} else {
			exports[e.Name] = res.Requests[e.Request].Specifier + ":" + e.Import
		}
	}
	wantExports := map[string]string{"x": "local x", "default": "local K", "str name": "local x", "r": "./v.mjs:q"}
	if !reflect.DeepEqual(exports, wantExports) {
		t.Errorf("exports %v, want %v", exports, wantExports)
	}
	if len(res.Stars) != 1 || res.Requests[res.Stars[0]].Specifier != "./w.mjs" {
		t.Errorf("stars %v", res.Stars)
	}
	for _, s := range []string{ImportFn + "(\"./dyn.mjs\")", ImportFn + ".meta.url", "\"import('not a call')\"", "function* ()", "sourceMappingURL"} {
		if !strings.Contains(res.Code, s) {
			t.Errorf("code lacks %q:\n%s", s, res.Code)
		}
	}
	if res.TLA {
		t.Error("TLA without await")
	}
}

func TestTransformModule_topLevelAwait(t *testing.T) {
	tests := []struct {
		src string
		tla bool
	}{
		{"await 1;\n", true},
		{"for await (const x of []) ;\n", true},
		{"async function f() { await 1 }\n", false},
		{"const s = 'await 1';\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			res := Transform(Request{File: "/m.mjs", Kind: KindModule, Source: tt.src})
			if res.Error != nil {
				t.Fatal(res.Error)
			}
			if res.TLA != tt.tla {
				t.Errorf("TLA = %v, want %v", res.TLA, tt.tla)
			}
		})
	}
}

func TestTransform_syntaxErrorKeepsThePosition(t *testing.T) {
	res := Transform(Request{File: "/x/bad.mjs", Kind: KindModule, Source: "const a = 1;\nconst b = ;\n"})
	e := res.Error
	if e == nil {
		t.Fatal("no error")
	}
	if e.Line != 2 || e.Column != 10 {
		t.Errorf("position %d:%d, want 2:10", e.Line, e.Column)
	}
}

func TestCommonJSExports(t *testing.T) {
	tests := []struct {
		name, src string
		names     []string
		reexports []string
	}{
		{"assignments", "exports.a = 1; module.exports.b = 2; exports['c'] = 3; exports.d == 4;", []string{"a", "b", "c"}, nil},
		{"defineProperty", "Object.defineProperty(exports, 'e', { enumerable: true, get() { return m.e } });\n" +
			"Object.defineProperty(exports, 'f', { value: 1 });\nObject.defineProperty(exports, 'g', { get() { return 1 } });", []string{"e", "f"}, nil},
		{"object literal", "module.exports = { a, b: c, 'd': e, ...require('./x') };", []string{"a", "b", "d"}, []string{"./x"}},
		{"object literal stops", "module.exports = { a, b: f(), c };", []string{"a", "b"}, nil},
		{"reexport", "module.exports = require('./y');", nil, []string{"./y"}},
		// node 20.20's answers for each of these (import * as ns of the file).
		{"literal value", "module.exports = { a: 1, b };", nil, nil},
		{"string literal value", "module.exports = { 'a': \"s\", b };", nil, nil},
		{"dotted value", "module.exports = { a: x.y, b };", []string{"a"}, nil},
		{"space after value", "module.exports = { a: x , b };", []string{"a"}, nil},
		{"method", "module.exports = { a, b() {}, c };", []string{"a", "b"}, nil},
		{"spread", "module.exports = { a: x, ...y, c };", []string{"a", "c"}, nil},
		{"comments", "module.exports = { a /*c*/ : /*d*/ x, b };", []string{"a", "b"}, nil},
		{"esbuild", "var m_exports = {};\n__export(m_exports, {\n  f: () => f\n});\nmodule.exports = __toCommonJS(m_exports);\n0 && (module.exports = {\n  f,\n  x\n});", []string{"f", "x"}, nil},
		{"typescript export star", "__exportStar( require('./s'), exports);\ntslib.__exportStar(require('./t'), exports);\n__export(require('./u'));\n__exportStar(require(\"./v\"), exports);",
			nil, []string{"./t", "./u", "./v"}},
		{"strings and comments", "const s = 'exports.no = 1'; // exports.nope = 2\n/* module.exports = {z} */ exports.yes = 1", []string{"yes"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names, re := commonJSExports(tt.src)
			if !reflect.DeepEqual(names, tt.names) || !reflect.DeepEqual(re, tt.reexports) {
				t.Errorf("got %v %v, want %v %v", names, re, tt.names, tt.reexports)
			}
		})
	}
}

func TestRenameDynamicImport(t *testing.T) {
	tests := []struct{ src, want string }{
		{"import('./a.mjs').then(f)", ImportFn + "('./a.mjs').then(f)"},
		{"x.import('a'); const s = \"import('b')\"; /re/.test(s)", ""},
		{"if (a) /import(/.test(s); await import ('c')", "if (a) /import(/.test(s); await " + ImportFn + " ('c')"},
		{"`${import('d')}` + `import(`", "`${" + ImportFn + "('d')}` + `import(`"},
		{"f(...import('e'))", "f(..." + ImportFn + "('e'))"},
		{"class K { import(a) { return a } }; import('f')", "class K { import(a) { return a } }; " + ImportFn + "('f')"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got := renameDynamicImport(tt.src); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A request and a result survive the wasm ABI's encoding.
func TestWireRoundTrip(t *testing.T) {
	for _, src := range []string{"import fs from 'node:fs';\nconsole.log(fs);\n", "await 1;\n", "export const = 1;\n", ""} {
		req := Request{File: "/m.mjs", Kind: KindModule, Source: src}
		got, err := DecodeRequest(EncodeRequest(req), src)
		if err != nil || !reflect.DeepEqual(got, req) {
			t.Fatalf("request %+v, %v", got, err)
		}
		res := Transform(req)
		back, err := DecodeResult(EncodeResult(res))
		if err != nil || !reflect.DeepEqual(back, res) {
			t.Errorf("%q: result %+v, want %+v (%v)", src, back, res, err)
		}
	}
	if _, err := DecodeResult([]byte{9}); err == nil {
		t.Error("no error for bad bytes")
	}
}

func TestDefaultKind(t *testing.T) {
	tests := []struct {
		src  string
		want int
	}{
		{"export default function () {}", defaultFunction},
		{"export default async function* () {}", defaultFunction},
		{"export default function f() {}", defaultNamed},
		{"export default class {}", defaultValue},
		{"export default class extends A {}", defaultValue},
		{"export default class K {}", defaultNamed},
		{"export default () => 1", defaultValue},
		{"export default async (a) => a", defaultValue},
		{"export default x => x", defaultValue},
		{"export default ((function () {}))", defaultValue},
		{"export default (a, b)", defaultNamed},
		{"export default foo", defaultNamed},
		{"const s = 'export default function () {}'; export default s", defaultNamed},
		{"x.export\ndefault: 1", defaultNamed},
		{"export default (", defaultNamed},
		{"export default", defaultNamed},
	}
	for _, tt := range tests {
		if got := defaultKind(tt.src); got != tt.want {
			t.Errorf("defaultKind(%q) = %d, want %d", tt.src, got, tt.want)
		}
	}
}

func TestNeedsClassFieldLowering(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"class A { f = () => this.x; }", true},
		{"class A extends B { static g = () => super.m(); }", true},
		{"class A { #f = () => { return this; } }", true},
		{"class A { 'k' = (a) => a + this.y }", true},
		{"class A { [k] = () => this }", true},
		{"class A { x = 1; y = this.x; }", false},
		{"class A { f = () => 1; m() { return this; } }", false},
		{"class A { m() { const f = () => this; return f; } }", false},
		{"class A { constructor() { this.f = () => this; } }", false},
		{"const o = { f: () => this }; x = () => this;", false},
		{"class A { f = () => 1\n g() { return this } }", false},
		{"class A { f = function () { return this; }; }", false},
		{"const s = 'class A { f = () => this }';", false},
		// goja's parser refuses super in a field initializer, arrow or not
		{"class A extends B { x = super.m(); }", true},
		{"class A extends B { static x = super['k'] }", true},
		{"class A extends B { x = 1; m() { return super.m(); } }", false},
	}
	for _, tt := range tests {
		if got := NeedsClassFieldLowering(tt.src); got != tt.want {
			t.Errorf("NeedsClassFieldLowering(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
