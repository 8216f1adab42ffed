package js

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// plainTypos are a reader's everyday typos; each must be answered by the
// fast path (no esbuild) and agree with the esbuild path.
var plainTypos = []string{
	"console.log(\"hi\"\n",
	"let x = ;\n",
	"function f( {\n}\n",
	"const a = 1\na b\n",
	"if (true) {\n  console.log(1)\n",
	"const s = 'abc\n",
	"setTimeout(() => { console.log(1) ), 0)\n",
	"const x = {a: 1 b: 2}\n",
	"promise.then(x => console.log(x)\n",
	"const = 5\n",
	"Promise.resolve().then(() => {\n  console.log(1)\n})\n})\n",
	"const f = () => { return 1\n",
	"console.log(1));\n",
	"foo(a b)\n",
	"console.log(\"a\" \"b\")\n",
	"setTimeout(() => console.log(`t ${1}`), 0\n",
	"arr.map(x => x * 2\n",
	"while (x y) {}\n",
}

// compileBoth is compileCommonJS's error for src with the fast path, and
// the one it gives with the fast path off (esbuild's); fast is false when
// the fast path did not answer.
func compileBoth(t *testing.T, name, src string) (plain, slow *syntaxError, fast bool) {
	t.Helper()
	_, err := compileWrapped(name, cjsParams, src)
	if err == nil {
		return nil, nil, false
	}
	if _, ok := plainSyntaxError(name, src, len(wrapperHead(cjsParams)), err); !ok {
		return nil, nil, false
	}
	_, _, perr := compileCommonJS(name, src, false)
	usePlainSyntaxErrors = false
	_, _, serr := compileCommonJS(name, src, false)
	usePlainSyntaxErrors = true
	if !errors.As(perr, &plain) {
		t.Fatalf("%q: fast path gave %v", src, perr)
	}
	if !errors.As(serr, &slow) {
		// esbuild took the file (lowered it): the fast path must not
		// have called it an error
		t.Errorf("%q: fast path says %v; esbuild path compiles it (%v)", src, plain, serr)
		return plain, nil, true
	}
	return plain, slow, true
}

func sameSyntaxError(a, b *syntaxError) bool {
	return a.message == b.message && a.line == b.line && a.col == b.col && a.length == b.length && a.lineText == b.lineText
}

func TestPlainSyntaxErrorTypos(t *testing.T) {
	for _, src := range plainTypos {
		plain, slow, fast := compileBoth(t, "/t/typo.js", src)
		if !fast {
			t.Errorf("%q: the fast path did not answer (esbuild would be fetched on the page)", src)
			continue
		}
		if slow != nil && !sameSyntaxError(plain, slow) && testing.Verbose() {
			t.Logf("%q:\n fast %s|%s|len %d\n slow %s|%s|len %d", src, plain.Error(), plain.lineText, plain.length, slow.Error(), slow.lineText, slow.length)
		}
	}
}

// TestPlainSyntaxErrorAgrees deletes characters from the conformance
// corpus's CommonJS programs and checks that the fast path never calls a
// source an error that the esbuild path compiles. Where both give an
// error their words may differ: the fast path's are node's where the
// esbuild path's guess is not (a missing ")" inside a call's arguments,
// the file ending in a call's last argument; syntax/typos_plain, recorded
// from node, holds such cases); PLAIN_DUMP=dir writes them out to compare
// with node.
func TestPlainSyntaxErrorAgrees(t *testing.T) {
	files, _ := filepath.Glob("testdata/conformance/*/*.js")
	if testing.Short() {
		files = files[:min(len(files), 100)]
	}
	answered, differ := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		if len(src) > 4000 || mayNeedLowering(src) {
			continue
		}
		step := max(1, len(src)/12)
		if os.Getenv("PLAIN_DENSE") != "" {
			step = max(1, len(src)/60)
		}
		for cut := 0; cut < len(src); cut += step {
			mutated := src[:cut] + src[cut+1:]
			plain, slow, fast := compileBoth(t, "/t/m.js", mutated)
			if !fast || slow == nil {
				continue
			}
			answered++
			if !sameSyntaxError(plain, slow) {
				differ++
				if d := os.Getenv("PLAIN_DUMP"); d != "" {
					_ = os.WriteFile(filepath.Join(d, fmt.Sprintf("d%03d.js", differ)), []byte(mutated), 0o644)
					_ = os.WriteFile(filepath.Join(d, fmt.Sprintf("d%03d.fast", differ)), []byte(plain.header()+"SyntaxError: "+plain.message+"\n"), 0o644)
					_ = os.WriteFile(filepath.Join(d, fmt.Sprintf("d%03d.slow", differ)), []byte(slow.header()+"SyntaxError: "+slow.message+"\n"), 0o644)
				}
			}
		}
	}
	if answered < 500 && !testing.Short() {
		t.Errorf("the fast path answered only %d mutated programs", answered)
	}
	t.Logf("%d answered by the fast path; %d worded or placed otherwise than the esbuild path", answered, differ)
}
