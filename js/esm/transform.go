//go:build !(wasip1 && evloophost)

package esm

// The transform itself: esbuild, in this process. The evloophost build of
// the wasm module has none (esm_hosted.go asks its host, which runs this
// code natively), which keeps esbuild's 5.6 MB of code out of the module
// the CLI compiles on every start.

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// goja runs everything else natively.
var lowered = map[string]bool{
	"async-generator": false,
	"for-await":       false,
	"dynamic-import":  false,
}

// Transform returns src (an ES module named file) as CommonJS with an
// inline source map, and whether it uses top-level await (then the code
// sets module.exports.__evloopTLA to the promise of the module's
// evaluation).
func Transform(file, src string) (code string, tla bool, err error) {
	opts := api.TransformOptions{
		Format:     api.FormatCommonJS,
		Platform:   api.PlatformNeutral, // ESM-to-ESM defaults as ES modules see them
		Target:     api.ESNext,
		Supported:  lowered,
		Sourcefile: file,
		Sourcemap:  api.SourceMapInline,
		Define:     map[string]string{"import.meta.url": MetaURL},
		LogLevel:   api.LogLevelSilent,
	}
	r := api.Transform(src, opts)
	if len(r.Errors) == 0 {
		return esmInterop(string(r.Code)), false, nil
	}
	if !onlyTopLevelAwait(r.Errors) {
		return "", false, toError(file, r.Errors[0])
	}
	// Top-level await: esbuild will not emit it as CommonJS. Normalize the
	// module as an ES module, turn the imports into requires and run the
	// body as an async function, which is what evaluating a module with
	// top-level await is; only then lower async generators and for await.
	// Lowered at the top level, esbuild's for await loops share their
	// temporaries (site/docs/esm.md, "for await at the top level"); inside
	// the function each loop gets its own. esbuild reads the first pass's
	// inline source map, so positions still name the module's own lines.
	opts.Format = api.FormatESModule
	opts.Supported = map[string]bool{"dynamic-import": false}
	r = api.Transform(src, opts)
	if len(r.Errors) > 0 {
		return "", false, toError(file, r.Errors[0])
	}
	body, srcMap := string(r.Code), ""
	if i := strings.LastIndex(body, "\n//# sourceMappingURL="); i >= 0 {
		body, srcMap = body[:i+1], body[i+1:]
	}
	r = api.Transform(wrapTopLevelAwait(body)+srcMap, api.TransformOptions{
		Target:     api.ESNext,
		Supported:  lowered,
		Sourcefile: file,
		Sourcemap:  api.SourceMapInline,
		LogLevel:   api.LogLevelSilent,
	})
	if len(r.Errors) > 0 {
		return "", false, toError(file, r.Errors[0])
	}
	return esmInterop(string(r.Code)), true, nil
}

func onlyTopLevelAwait(msgs []api.Message) bool {
	for _, m := range msgs {
		if !strings.Contains(m.Text, "Top-level await") {
			return false
		}
	}
	return true
}

func toError(file string, m api.Message) error {
	e := &Error{File: file, Text: m.Text}
	if m.Location != nil {
		e.Line, e.Column, e.Length, e.LineText = m.Location.Line, m.Location.Column, m.Location.Length, m.Location.LineText
	}
	return e
}
