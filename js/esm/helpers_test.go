//go:build !(wasip1 && (evloophost || evloopweb))

package esm

import (
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"
)

// TestHelperFixes checks that fixHelpers finds esbuild's __asyncGenerator
// and replaces it without moving a line, also when esbuild renamed the
// helper's names around a program's own (a top-level `it`, `__await`).
func TestHelperFixes(t *testing.T) {
	for _, src := range []string{
		"async function* g() { try { yield 1; } finally { await null; } }\nasync function* h() { yield* g(); }\nmodule.exports = h;\n",
		"const it = 1, resume = 2, __await = 3, method = 4;\nasync function* g() { yield it; }\nfor await (const x of g()) console.log(x);\n",
	} {
		r := api.Build(api.BuildOptions{
			Stdin:     &api.StdinOptions{Contents: src, Sourcefile: "x.js", Loader: api.LoaderJS},
			Target:    api.ESNext,
			Supported: cjsLowered,
			Write:     false,
			LogLevel:  api.LogLevelSilent,
		})
		if len(r.Errors) > 0 || len(r.OutputFiles) != 1 {
			t.Fatalf("esbuild: %v", r.Errors)
		}
		raw := string(r.OutputFiles[0].Contents)
		fixed := fixHelpers(raw)
		if !strings.Contains(fixed, "__asyncGeneratorFunction.h") {
			t.Errorf("helper not replaced in:\n%s", raw)
		}
		if strings.Count(raw, "\n") != strings.Count(fixed, "\n") {
			t.Error("fixHelpers changed the number of lines")
		}
		if m := awaitName().FindStringSubmatch(fixed); m == nil || !strings.Contains(fixed, "var "+m[1]+" = function") {
			t.Errorf("the helper's __await is not the file's: %v", m)
		}
	}
	if got := fixHelpers("no helper here"); got != "no helper here" {
		t.Errorf("fixHelpers changed code without the helper: %q", got)
	}
}

// TestAsyncStarSites: only a yield* directly in an async generator's body
// becomes __asyncStar; one in a sync generator (function*, a *method, a
// static *method) nested in it, or outside any async generator, stays
// __yieldStar, which passes a sync iterator's steps through.
func TestAsyncStarSites(t *testing.T) {
	src := "function* top() { yield* [1]; }\n" +
		"async function* outer() {\n" +
		"  function* nested() { yield* top(); }\n" +
		"  const o = { *m() { yield* [2]; }, async *am() { yield* [3]; } };\n" +
		"  class K { static *s() { yield* 'ab'; } }\n" +
		"  yield* nested();\n" +
		"  yield* (async function* () { yield* [4]; })();\n" +
		"}\n" +
		"module.exports = outer;\n"
	r := api.Build(api.BuildOptions{
		Stdin:     &api.StdinOptions{Contents: src, Sourcefile: "x.js", Loader: api.LoaderJS},
		Target:    api.ESNext,
		Supported: cjsLowered,
		Write:     false,
		LogLevel:  api.LogLevelSilent,
	})
	if len(r.Errors) > 0 || len(r.OutputFiles) != 1 {
		t.Fatalf("esbuild: %v", r.Errors)
	}
	fixed := fixHelpers(string(r.OutputFiles[0].Contents))
	want := map[string]string{
		"([1])":    "__yieldStar",
		"top()":    "__yieldStar",
		"([2])":    "__yieldStar",
		`("ab")`:   "__yieldStar",
		"([3])":    "__asyncStar",
		"nested()": "__asyncStar",
		"([4])":    "__asyncStar",
	}
	for arg, helper := range want {
		call := helper + arg
		if arg[0] != '(' {
			call = helper + "(" + arg + ")"
		}
		if !strings.Contains(fixed, "yield* "+call) {
			t.Errorf("want yield* %s in:\n%s", call, fixed)
		}
	}
}
