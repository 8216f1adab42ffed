//go:build !(wasip1 && (evloophost || evloopweb))

package esm

import (
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"
)

// TestHelperFixes checks that each of helperFixes finds its text in the
// __asyncGenerator esbuild emits, so an esbuild upgrade that changes the
// helper fails here instead of silently dropping a fix.
func TestHelperFixes(t *testing.T) {
	src := "async function* g() { try { yield 1; } finally { await null; } }\nasync function* h() { yield* g(); }\nmodule.exports = h;\n"
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
	for _, f := range helperFixes {
		if n := strings.Count(raw, f.old); n != 1 {
			t.Errorf("esbuild's __asyncGenerator has %q %d times, want once", f.old, n)
		}
	}
	fixed := fixHelpers(raw)
	for _, f := range helperFixes {
		if !strings.Contains(fixed, f.new) {
			t.Errorf("fixed helper lacks %q", f.new)
		}
	}
	if strings.Count(raw, "\n") != strings.Count(fixed, "\n") {
		t.Error("fixHelpers changed the number of lines")
	}
}
