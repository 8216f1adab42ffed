package js_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/poller"
)

// arrowCases are programs that end with an uncaught error whose message is
// the same in node and evloop: what differs can only be the report around it.
var arrowCases = []struct{ name, file, src string }{
	{"top level", "a.js", "console.log('a');\nthrow new Error('boom');\n"},
	{"in a timer", "b.js", "function f() {\n  if (true) {\n    throw new TypeError('late');\n  }\n}\nsetTimeout(f, 1);\n"},
	{"tabs kept", "c.js", "\tif (true) {\n\t\tthrow new RangeError('tab')\n\t}\n"},
	{"wide characters before", "d.js", "const ü = '😀'; throw new Error('u')\n"},
	{"hashbang", "e.js", "#!/usr/bin/env node\nthrow new Error('hb')\n"},
	{"a number", "f.js", "throw 5\n"},
	{"null in a timer", "g.js", "setTimeout(() => { throw null }, 1)\n"},
	{"an object", "h.js", "const o = { a: 1 };\n  throw o;\n"},
	{"a rejection: where the error was made", "i.js", "Promise.reject(new Error('x'))\n"},
	{"an async function", "j.js", "async function g() { await 1; throw new TypeError('t') }\ng()\n"},
	{"a promise executor", "k.js", "new Promise(() => { throw new Error('in exec') })\n"},
	{"nextTick", "l.js", "process.nextTick(() => {\n  throw new Error('tick')\n})\n"},
	{"an error with properties", "m.js", "const x = 1;\n  throw Object.assign(new Error('props'), { code: 'E_X' })\n"},
	{"a string", "n.js", "throw 'str'\n"},
	{"a symbol", "o.js", "throw Symbol('s')\n"},
	{"a bigint", "p.js", "throw 10n\n"},
	{"an array", "q.js", "throw [1, 2]\n"},
	{"a class instance", "r.js", "class E { constructor() { this.name = 'E'; this.message = 'm' } }; throw new E()\n"},
	// a class field's arrow capturing this: esbuild lowers the file, whose
	// map already counts UTF-16 units
	{"wide characters in a lowered file", "s.js", "class A { h = () => this }\nconst s = 'üüü'; throw new Error('x')\n"},
	// a missing export: node decorates the SyntaxError's stack with V8's
	// place, the name in the importing declaration, underlined
	{"a missing export, indented", "u.mjs", "export const a = 1;\n\t  import { a as b, nope } from './u.mjs';\n"},
	{"a missing export of the module itself", "v.mjs", "export const a = 1;\nimport {\n  a as b,\n  nope as c } from './v.mjs';\n"},
	{"a missing default export", "w.mjs", "export const a = 1;\nimport dflt, { a as b } from './w.mjs';\n"},
	{"wide characters on a long line", "t.js", "let a;\nconst s = '" + strings.Repeat("é", 1000) + "'; throw new Error('long')\n"},
}

// reportHead is an uncaught-error report up to its first stack frame, and
// without node's version line: the arrow, the name and message (and the
// value, for what is not an error). The blank lines before the version
// line are left out: node's link errors have frames of node's own
// (ModuleJob._instantiate) where evloop's have none.
func reportHead(stderr string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if strings.HasPrefix(l, "    at ") || strings.HasPrefix(l, "Node.js ") {
			break
		}
		b.WriteString(l)
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// uncaughtBoth runs src, written to file, under node and under evloop (on
// the virtual clock), which must both end it with exit code 1, and returns
// node's stderr and evloop's.
func uncaughtBoth(t *testing.T, node, dir, file, src string) (nodeStderr, evloopStderr string) {
	t.Helper()
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	cmd := exec.Command(node, file)
	cmd.Dir, cmd.Stderr = dir, &want
	_ = cmd.Run()

	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: dir,
		Clock: loop.NewVirtualClock(0)})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource(file, src); code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	return want.String(), stderr.String()
}

// TestUncaughtArrow compares the head of the uncaught-error report with
// node's, run at test time: the file and line, the source line and the caret
// node prints above the error (or around a thrown value).
func TestUncaughtArrow(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	for _, c := range arrowCases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(dir, c.file)
			want, stderr := uncaughtBoth(t, node, dir, file, c.src)
			if got, want := reportHead(stderr), reportHead(want); got != want {
				t.Errorf("report differs from node's\n--- evloop\n%s--- node\n%s", got, want)
			}
		})
	}
}

// reportTail is an uncaught-error report from the end of its last stack
// frame on: node's " {" that opens the error's own properties on that line,
// the properties, and the version line.
func reportTail(stderr string) string {
	i := strings.LastIndex(stderr, "\n    at ")
	if i < 0 {
		return stderr
	}
	rest := stderr[i+1:]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		line := rest[:j]
		if strings.HasSuffix(line, " {") {
			return " {" + rest[j:]
		}
		return rest[j:]
	}
	return ""
}

// TestUncaughtExtras compares the end of the report of an uncaught error
// that has properties of its own with node's: they follow the last frame on
// its line (" {"), however many of evloop's own frames the stack ended with
// (a native's error ended "\n {" on a line of its own).
func TestUncaughtExtras(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	cases := []struct{ name, file, src string }{
		{"a native's error", "a.js", "require('fs').readFileSync('./missing.txt')\n"},
		{"in a timer", "b.js", "setTimeout(() => { require('fs').statSync(__dirname + '/none') }, 1)\n"},
		{"the program's own", "c.js", "throw Object.assign(new Error('own'), { code: 'E_OWN', n: [1, 2] })\n"},
		{"no properties", "d.js", "JSON.parse('{')\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(dir, c.file)
			if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			cmd := exec.Command(node, file)
			cmd.Dir, cmd.Stderr = dir, &want
			_ = cmd.Run()

			var stdout, stderr bytes.Buffer
			host, b, err := poller.NewRealHost(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: dir,
				Clock: loop.NewVirtualClock(0), Host: host, Backend: b, Modules: extModules()})
			if err != nil {
				t.Fatal(err)
			}
			if code := rt.RunSource(file, c.src); code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if got, want := reportTail(stderr.String()), reportTail(want.String()); got != want {
				t.Errorf("report's end differs from node's\n--- evloop\n%s--- node\n%s\n--- whole evloop report\n%s", got, want, stderr.String())
			}
		})
	}
}

// engineErrorCases end with an error goja's interpreter or a built-in makes
// with its own words, uncaught: the report says V8's, at V8's place.
var engineErrorCases = []struct{ name, src string }{
	{"missing method", "const o = {};\nfunction go() {\n  o.nope();\n}\ngo();\n"},
	{"method of a chain", "const a = { b: { c() { return {} } } };\na.b.c().d();\n"},
	{"keyed method", "const o = { a: {} };\no.a['b']();\n"},
	{"method of a string", "'abc'.foo();\n"},
	{"this method", "class K { run() { this.missing(); } }\nnew K().run();\n"},
	{"optional chain", "const o = { a: {} };\no?.a.go();\n"},
	{"read of undefined", "let u;\nconsole.log(u.x);\n"},
	{"method of undefined", "const o = {};\no.a.nope();\n"},
	{"set on undefined", "let u;\nu.x = 1;\n"},
	{"call a number", "const f = 5;\nf();\n"},
	{"new of a number", "const f = 5;\nnew f();\n"},
	{"class without new", "class A {}\nA();\n"},
	{"assignment before let", "function f(v) {\n  x = v;\n}\nf(1);\nlet x;\n"},
	{"temporal dead zone", "function f() { return x; }\nf();\nlet x = 1;\n"},
	{"empty reduce", "const r = [].reduce((a, b) => a);\n"},
	{"map of a number", "[1, 2].map(5);\n"},
	{"URI", "decodeURIComponent('%');\n"},
	{"BigInt of a fraction", "BigInt(1.5);\n"},
	{"super before this", "class A {}\nclass B extends A { constructor() { this.x = 1; super(); } }\nnew B();\n"},
	{"in a timer", "setTimeout(() => {\n  const cfg = {};\n  cfg.load();\n}, 1);\n"},
	{"an async function's rejection", "async function main() {\n  const db = {};\n  await db.connect();\n}\nmain();\n"},
	{"JSON text", "JSON.parse('{\"a\": 1,}');\n"},
	{"JSON text, end of input", "JSON.parse('[1,\\n2');\n"},
	{"wide characters before", "const s = 'é😀'; s.nope();\n"},
	{"wide characters, a rejection", "async function f() { const s = 'é😀'; await 1; s.nope(); }\nf();\n"},
	{"read of null", "const v = null;\nconsole.log(v.name);\n"},
	{"a match that found nothing", "const m = 'abc'.match(/z/);\nconsole.log(m.index);\n"},
	{"an exec that found nothing", "let r = 1;\nr = /z/.exec('abc');\nif (r.index > 0) {}\n"},
	{"for-of a number", "const n = 5;\nfor (const v of n) {}\n"},
	{"spread of an object", "const o = {};\nconst a = [...o];\n"},
	{"array pattern of null", "const pair = null;\nconst [k, v] = pair;\n"},
	{"object pattern of undefined", "const res = undefined;\nconst { status } = res;\n"},
	{"object pattern of a null name", "let user = 1;\nuser = null;\nconst { name, age } = user;\n"},
	{"object pattern parameter", "function area({ w, h }) { return w * h; }\narea();\n"},
	{"toFixed digits", "(1.5).toFixed(101);\n"},
	{"frozen object", "'use strict';\nconst cfg = Object.freeze({ port: 80 });\ncfg.port = 81;\n"},
	{"wide characters, frames below", "function g() { const s = 'é'; return s.x.y; }\nconst t = '😀😀'; g();\n"},
}

// firstOwnFrame is the ":line:column" of the first frame in file.
func firstOwnFrame(stderr, file string) string {
	if places := ownFrames(stderr, file); len(places) > 0 {
		return places[0]
	}
	return ""
}

// TestEngineErrorWords runs engineErrorCases under node and evloop and
// compares the report's head (the arrow, the name and message) and the
// place of the first frame in the program's file.
func TestEngineErrorWords(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	for j, c := range append(engineErrorCases, engineErrorCases...) {
		// Each as a CommonJS file, then as an ES module (whose places come
		// through esbuild's source map).
		i, ext := j, ".js"
		if j >= len(engineErrorCases) {
			i, ext = j-len(engineErrorCases), ".mjs"
			c.name += " (ES module)"
		}
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(dir, "e"+strconv.Itoa(i)+ext)
			want, stderr := uncaughtBoth(t, node, dir, file, c.src)
			if got, want := reportHead(stderr), reportHead(want); got != want {
				t.Errorf("report differs from node's\n--- evloop\n%s--- node\n%s", got, want)
			}
			if got, want := firstOwnFrame(stderr, file), firstOwnFrame(want, file); got != want {
				t.Errorf("first frame in the file at %q, node's at %q\n%s", got, want, stderr)
			}
		})
	}
}

// caughtForms wrap an engineErrorCases program so that it catches its
// error the ways programs do, printing the message and caughtPlace.
var caughtForms = []struct{ name, head, tail string }{
	{"try", "try {\n", "\n} catch (e) { console.log(e.message); console.log(" + caughtPlace + ") }\n"},
	{"destructured", "try {\n", "\n} catch ({ message, stack }) { const e = { stack }; console.log(message, " + caughtPlace + ") }\n"},
	{"promise catch", "Promise.resolve().then(() => {\n", "\n}).catch((e) => { console.log(e.message); console.log(" + caughtPlace + ") });\n"},
	{"then's second argument", "new Promise((ok) => {\n", "\nok(); }).then(null, (e) => console.log(e.name + ': ' + e.message));\n"},
}

// caughtPlace is the expression a caughtForms handler prints of e.stack:
// its header line and where its first frame is (line:column). The frame's
// name is left out: V8 names a method's frame after its receiver ("K.run",
// "Array.map"), goja after the function ("run", "map"); limits.md.
const caughtPlace = "e.stack.split('\\n')[0] + ' @' + (e.stack.split('\\n')[1].match(/:\\d+:\\d+(?=\\)?$)/) || ['?'])[0]"

// TestEngineErrorCaught runs engineErrorCases caught (caughtForms), as
// CommonJS and as ES modules, under node and evloop, and compares what
// they print: an error a program catches has V8's words and stack layout
// too (js/caught.go). A case whose error comes later (a timer's) is not
// caught and ends both with exit code 1.
func TestEngineErrorCaught(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	n := 0
	for _, form := range caughtForms {
		for _, ext := range []string{".js", ".mjs"} {
			for _, c := range engineErrorCases {
				n++
				file := filepath.Join(dir, "c"+strconv.Itoa(n)+ext)
				src := form.head + c.src + form.tail
				t.Run(form.name+"/"+c.name+" ("+ext+")", func(t *testing.T) {
					t.Parallel() // each waits for node's start-up, most of its time
					if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
						t.Fatal(err)
					}
					var want bytes.Buffer
					cmd := exec.Command(node, file)
					cmd.Dir, cmd.Stdout = dir, &want
					wantCode := 0
					if err := cmd.Run(); err != nil {
						wantCode = cmd.ProcessState.ExitCode()
					}
					var stdout, stderr bytes.Buffer
					rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: dir,
						Clock: loop.NewVirtualClock(0)})
					if err != nil {
						t.Fatal(err)
					}
					if code := rt.RunSource(file, src); code != wantCode {
						t.Errorf("exit code %d, node's %d\n%s", code, wantCode, stderr.String())
					}
					if stdout.String() != want.String() {
						t.Errorf("output differs from node's\n--- evloop\n%s--- node\n%s--- program\n%s", stdout.String(), want.String(), src)
					}
				})
			}
		}
	}
}

// ownFrames is the ":line:column" of every frame in file, in order.
func ownFrames(out, file string) []string {
	var places []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "at ") && strings.Contains(l, file+":") {
			l = strings.TrimSuffix(strings.TrimSuffix(l, " {"), ")")
			places = append(places, l[strings.LastIndex(l, file)+len(file):])
		}
	}
	return places
}

// TestInspectedFrameColumns: an error the program prints itself
// (console.log(err), util.inspect) shows its frames at V8's columns, as the
// uncaught report does: a call at the called name, in UTF-16 units.
func TestInspectedFrameColumns(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	src := "function f() { const s = 'é😀'; return new Error('x'); }\n" +
		"function g() { return [0].map(() => f())[0]; }\n" +
		"const o = { h() { return g (); } };\n" +
		"console.log(o.h());\n" +
		"try { const u = {}; u.a(); } catch (e) { console.log(require('util').inspect(e)); }\n" +
		"try { JSON.parse('{'); } catch (e) { console.error(e); }\n"
	file := filepath.Join(dir, "frames.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	cmd := exec.Command(node, file)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &want, &want
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &out, Argv: []string{file}, Cwd: dir,
		Clock: loop.NewVirtualClock(0), Modules: extModules()})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource(file, src); code != 0 {
		t.Fatalf("exit code %d\n%s", code, out.String())
	}
	got, exp := ownFrames(out.String(), file), ownFrames(want.String(), file)
	if strings.Join(got, " ") != strings.Join(exp, " ") {
		t.Errorf("frames at %v, node's at %v\n%s", got, exp, out.String())
	}
}
