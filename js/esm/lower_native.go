//go:build !(wasip1 && (evloophost || evloopweb))

package esm

import (
	"encoding/json"

	"github.com/evanw/esbuild/pkg/api"
)

// cjsLowered is what goja lacks in a CommonJS file; everything else is
// left as written (esbuild's target is ESNext).
var cjsLowered = map[string]bool{
	"async-generator": false,
	"for-await":       false,
	// regular expression literals with the flags d and v: esbuild writes
	// them as new RegExp(source, flags), which evloop's RegExp takes
	// (js/regexpflags.go); goja's parser refuses the literal.
	"regexp-match-indices": false,
	"regexp-set-notation":  false,
	"dynamic-import":       false,
}

// lowerCommonJS is LowerCommonJS, with esbuild in this process. esbuild's
// Build on stdin without bundling is its Transform plus a metafile, whose
// input "format" says whether the source used ES-module syntax.
func lowerCommonJS(file, src string, detect bool) (string, error) {
	r := api.Build(api.BuildOptions{
		Stdin:     &api.StdinOptions{Contents: src, Sourcefile: file, Loader: api.LoaderJS},
		Target:    api.ESNext,
		Supported: withClassFields(cjsLowered, src),
		KeepNames: NeedsClassFieldLowering(src) || NeedsAnnexBLowering(src), // see classFieldsLowered, NeedsAnnexBLowering
		Sourcemap: api.SourceMapInline,
		Metafile:  detect,
		Write:     false,
		LogLevel:  api.LogLevelSilent,
	})
	if len(r.Errors) > 0 {
		return "", toError(file, r.Errors[0])
	}
	if detect && metafileSaysESM(r.Metafile) {
		return "", ErrModuleSyntax
	}
	if len(r.OutputFiles) != 1 {
		return "", &Error{File: file, Text: "esbuild produced no output"}
	}
	return fixHelpers(string(r.OutputFiles[0].Contents)), nil
}

// metafileSaysESM reads the one input's "format" from esbuild's metafile.
func metafileSaysESM(meta string) bool {
	var m struct {
		Inputs map[string]struct {
			Format string `json:"format"`
		} `json:"inputs"`
	}
	if json.Unmarshal([]byte(meta), &m) != nil {
		return false
	}
	for _, in := range m.Inputs {
		if in.Format == "esm" {
			return true
		}
	}
	return false
}
