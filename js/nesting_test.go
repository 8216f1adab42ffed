package js

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/loop"
)

// sourceTooDeep counts the brackets open at once, not those in comments,
// strings, template text or regular expressions; a closing one a literal
// hid cannot pile up line after line.
func TestSourceTooDeep(t *testing.T) {
	deep := maxSourceNesting + 1
	pad := strings.Repeat(" ", maxSourceNesting) // short sources are never scanned
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"arrays", strings.Repeat("[", deep) + strings.Repeat("]", deep), true},
		{"parens", "x = 1" + strings.Repeat("+(1", deep) + strings.Repeat(")", deep), true},
		{"blocks", strings.Repeat("{", deep) + strings.Repeat("}", deep), true},
		{"template expressions", strings.Repeat("`${", deep) + strings.Repeat("}`", deep), true},
		{"at the bound", strings.Repeat("[", maxSourceNesting) + strings.Repeat("]", maxSourceNesting), false},
		{"sequential", strings.Repeat("f([{}]);\n", deep), false},
		{"in a string", pad + "'" + strings.Repeat("(", deep) + "'", false},
		{"in a double-quoted string", pad + `"\"` + strings.Repeat("[", deep) + `"`, false},
		{"in a line comment", pad + "// " + strings.Repeat("{", deep), false},
		{"in a block comment", pad + "/* " + strings.Repeat("{", deep) + " */", false},
		{"in template text", pad + "`" + strings.Repeat("(", deep) + "${ a[0] }`", false},
		{"in a regexp", pad + "x = /" + strings.Repeat("\\(", deep) + "/", false},
		{"regexps with quotes", strings.Repeat("s = s.replace(/'/g, \"\").split(/[`(]/);\n", deep), false},
		{"division", strings.Repeat("a = (b) / (c) / 2;\n", deep), false},
	} {
		if got := sourceTooDeep(c.src); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	// evloop's own library is real code: none of it is refused.
	files, _ := filepath.Glob("lib/*.js")
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
		all.WriteString("\n")
	}
	if len(files) == 0 || sourceTooDeep(all.String()) {
		t.Errorf("lib/*.js (%d files) refused", len(files))
	}
}

// A file nested deeper than goja's (or esbuild's) parser can follow on Go's
// stack (400,000 arrays: "fatal error: stack overflow" before) ends as
// node's does, with an uncaught RangeError and exit 1 as the main module,
// and as a RangeError the program catches from require and import().
func TestSourceTooDeep_run(t *testing.T) {
	n := 400000
	deep := "module.exports = " + strings.Repeat("[", n) + strings.Repeat("]", n) + ";\n"
	files := map[string]string{
		"/main.js": "console.log('main ran');\n" + deep,
		"/req.js": "try { require('./deep.js'); } catch (e) { console.log(e instanceof RangeError, e.message); }\n" +
			"console.log('after');\n",
		"/deep.js":  deep,
		"/main.mjs": "console.log('main ran');\nexport const a = " + strings.Repeat("[", n) + strings.Repeat("]", n) + ";\n",
		"/imp.mjs": "try { await import('./main.mjs'); } catch (e) { console.log(e instanceof RangeError, e.message); }\n" +
			"try { await import('./deep.js'); } catch (e) { console.log(e instanceof RangeError, e.message); }\n" +
			"console.log('after');\n",
	}
	run := func(main string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		rt, err := New(Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0),
			ReadFile: func(name string) ([]byte, error) {
				if s, ok := files[name]; ok {
					return []byte(s), nil
				}
				return nil, os.ErrNotExist
			}})
		if err != nil {
			t.Fatal(err)
		}
		code := rt.RunSource(main, files[main])
		return code, stdout.String(), stderr.String()
	}
	code, out, errOut := run("/main.js")
	if code != 1 || out != "" || !strings.HasPrefix(errOut, "RangeError: Maximum call stack size exceeded") {
		t.Errorf("main: exit %d, stdout %q, stderr %q; want node's exit 1, no output, the RangeError", code, out, errOut)
	}
	code, out, errOut = run("/req.js")
	if want := "true Maximum call stack size exceeded\nafter\n"; code != 0 || out != want {
		t.Errorf("require: exit %d, stdout %q (stderr %q), want %q", code, out, errOut, want)
	}
	// ES modules: esbuild's parser recursed past Go's stack the same way.
	code, out, errOut = run("/main.mjs")
	if code != 1 || out != "" || !strings.HasPrefix(errOut, "RangeError: Maximum call stack size exceeded") {
		t.Errorf("main.mjs: exit %d, stdout %q, stderr %q; want node's exit 1, no output, the RangeError", code, out, errOut)
	}
	code, out, errOut = run("/imp.mjs")
	if want := "true Maximum call stack size exceeded\ntrue Maximum call stack size exceeded\nafter\n"; code != 0 || out != want {
		t.Errorf("import(): exit %d, stdout %q (stderr %q), want %q", code, out, errOut, want)
	}
}

// Chains of operators nest as brackets do: each kind well past the bound
// is refused; ordinary long code is not.
func TestSourceTooDeep_chains(t *testing.T) {
	n := maxSourceDepth + 1
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"members", "x" + strings.Repeat(".y", n), true},
		{"nots", strings.Repeat("!", n) + "0", true},
		{"conditionals", strings.Repeat("a?b:", n) + "c", true},
		{"sums", "a" + strings.Repeat("+a", n), true},
		{"calls", "f" + strings.Repeat("()", n), true},
		{"arrows", strings.Repeat("a=>", n) + "a", true},
		{"else if", strings.Repeat("if(a) x(); else ", n) + ";", true},
		{"statements", strings.Repeat("a = b.c(d) + e\n", n), false},
		{"minified", strings.Repeat("function f(a){return a.b&&a.c||!a.d}", n), false},
		{"separate ifs", strings.Repeat("if (a) { b() } else { c() }\n", n), false},
	} {
		if got := sourceTooDeep(c.src); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	// Function and class bodies weigh more (the wasm engine's stack held
	// 5,500 nested functions, 4,600 object methods, 2,500 classes); the
	// depths node 20 runs still run.
	nest := func(open, mid, close string, n int) string {
		return "x = " + strings.Repeat(open, n) + mid + strings.Repeat(close, n)
	}
	for _, c := range []struct {
		name, open, close string
		node, wasm        int
	}{
		{"functions", "function(){return ", "}", 900, 5500},
		{"generators", "function*(){yield ", "}", 900, 5500},
		{"classes", "class{m(){return ", "}}", 900, 2500},
		{"methods", "{m(){return ", "}}", 1500, 4600},
		{"arrow bodies", "()=>{return ", "}", 1500, 4600},
	} {
		if sourceTooDeep(nest(c.open, "1", c.close, c.node)) {
			t.Errorf("%d %s refused; node runs them", c.node, c.name)
		}
		if !sourceTooDeep(nest(c.open, "1", c.close, c.wasm)) {
			t.Errorf("%d %s not refused; they end the wasm engine", c.wasm, c.name)
		}
	}
}

// JSON.parse of a text nested past maxJSONParseDepth throws a RangeError
// the program catches (4 million objects ended evloop with Go's fatal
// stack overflow); brackets in strings do not count.
func TestJSONTooDeep(t *testing.T) {
	n := maxJSONParseDepth
	if jsonTooDeep(strings.Repeat("[", n) + strings.Repeat("]", n)) {
		t.Error("the bound itself refused")
	}
	if !jsonTooDeep(strings.Repeat(`{"a":`, n+1) + "1" + strings.Repeat("}", n+1)) {
		t.Error("objects past the bound not refused")
	}
	if jsonTooDeep(`["` + strings.Repeat(`[\"`, n+1) + `"]`) {
		t.Error("brackets in a string counted")
	}
	var stdout, stderr bytes.Buffer
	rt, err := New(Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0)})
	if err != nil {
		t.Fatal(err)
	}
	code := rt.RunSource("/main.js", `const n = 4000000;
try { JSON.parse('{"a":'.repeat(n) + '1' + '}'.repeat(n)); console.log('parsed'); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log(JSON.parse('[[1]]')[0][0]);
`)
	if want := "true Maximum call stack size exceeded\n1\n"; code != 0 || stdout.String() != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, stdout.String(), stderr.String(), want)
	}
}
