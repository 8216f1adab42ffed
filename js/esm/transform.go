//go:build !(wasip1 && (evloophost || evloopweb))

package esm

// The transform itself: esbuild, in this process. The evloophost build of
// the wasm module has none (hosted.go asks its host, which runs this code
// natively), which keeps esbuild's 5.6 MB of code out of the module the
// CLI compiles on every start.

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/evanw/esbuild/pkg/api"
)

// goja runs everything else natively; import() and import.meta are left
// in place for analyzeModule to rename.
var lowered = map[string]bool{
	"async-generator": false,
	"for-await":       false,
	// regular expression literals with the flags d and v: esbuild writes
	// them as new RegExp(source, flags), which evloop's RegExp takes
	// (js/regexpflags.go); goja's parser refuses the literal.
	"regexp-match-indices": false,
	"regexp-set-notation":  false,
}

// Transform answers req. Any caller: the runtime (native builds) and the
// wasm host's esm_transform.
func Transform(req Request) *Result {
	switch req.Kind {
	case KindModule:
		return transformModule(req.File, req.Source)
	case KindCommonJS:
		if req.Lower {
			code, err := lowerCommonJS(req.File, req.Source, req.Detect)
			return lowerResult(code, err)
		}
		return transformCommonJS(req)
	default:
		return transformCommonJS(req)
	}
}

func transformModule(file, src string) *Result {
	lowered := withClassFields(lowered, src)
	opts := api.TransformOptions{
		KeepNames:  NeedsClassFieldLowering(src), // see classFieldsLowered
		Format:     api.FormatESModule,
		Platform:   api.PlatformNeutral,
		Target:     api.ESNext,
		Supported:  lowered,
		Sourcefile: file,
		Sourcemap:  api.SourceMapExternal,
		LogLevel:   api.LogLevelSilent,
	}
	// An empty export marks the file as an ES module: esbuild would
	// otherwise wrap a file that uses require, module or exports, and no
	// import or export, as CommonJS. Appended, it moves no position.
	r := api.Transform(src+"\nexport {};\n", opts)
	if len(r.Errors) > 0 {
		return &Result{Error: inSource(toError(file, r.Errors[0]), src)}
	}
	res := &Result{}
	code := analyzeModule(string(r.Code), res)
	if res.Error != nil {
		res.Error.File = file
		return res
	}
	res.TLA = usesAwait(code) && hasTopLevelAwait(src, file)
	kind := defaultKind(src)
	prologue := ""
	if !res.TLA {
		code, prologue = res.nameDefault(code, kind)
		res.Code = fixHelpers(wrapModule(code, res, prologue)) + "\n" + inlineMap(r.Map, 1)
		return res
	}
	// Top-level await: lower for await only once the body sits in its async
	// function. Lowered at the top level, esbuild's for await loops share
	// their temporaries (nested loops print too little, a second loop
	// rethrows the first one's error); inside the function each loop gets
	// its own. esbuild reads the first pass's inline source map.
	opts.Supported = withClassFields(nil, src)
	r = api.Transform(src+"\nexport {};\n", opts)
	if len(r.Errors) > 0 {
		return &Result{Error: inSource(toError(file, r.Errors[0]), src)}
	}
	res = &Result{TLA: true}
	code = analyzeModule(string(r.Code), res)
	if res.Error != nil {
		res.Error.File = file
		return res
	}
	code, prologue = res.nameDefault(code, kind)
	r = api.Transform(wrapModule(code, res, prologue)+"\n"+inlineMap(r.Map, 1), api.TransformOptions{
		// Not the .mjs name: esbuild would take the wrapper for a module
		// (and refuse its with); the chained map names the source.
		Target: api.ESNext, Supported: lowered, Sourcefile: file + ".js", KeepNames: opts.KeepNames,
		Sourcemap: api.SourceMapInline, LogLevel: api.LogLevelSilent,
	})
	if len(r.Errors) > 0 {
		return &Result{Error: inSource(toError(file, r.Errors[0]), src)}
	}
	res.Code = fixHelpers(strings.TrimSpace(string(r.Code)))
	return res
}

// lowerResult is LowerCommonJS's answer as a Result.
func lowerResult(code string, err error) *Result {
	var e *Error
	switch {
	case err == nil:
		return &Result{Code: code}
	case errors.Is(err, ErrModuleSyntax):
		return &Result{Module: true}
	case errors.As(err, &e):
		return &Result{Error: e}
	}
	return &Result{Error: &Error{Text: err.Error()}}
}

// usesAwait reports whether code has an await token at all: only then is
// the (costlier) top-level-await check needed.
func usesAwait(code string) bool {
	if !strings.Contains(code, "await") {
		return false
	}
	s := newScanner(code)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		if t.isWord("await") {
			return true
		}
	}
	return false
}

// hasTopLevelAwait asks esbuild, which refuses top-level await in
// CommonJS output and says so.
func hasTopLevelAwait(src, file string) bool {
	r := api.Transform(src, api.TransformOptions{Format: api.FormatCommonJS, Target: api.ESNext,
		Supported: lowered, Sourcefile: file, LogLevel: api.LogLevelSilent})
	for _, m := range r.Errors {
		if strings.Contains(m.Text, "Top-level await") {
			return true
		}
	}
	return false
}

// inlineMap returns esbuild's source map as an inline sourceMappingURL
// comment, its generated lines shifted down by shift (the wrapper's line).
func inlineMap(m []byte, shift int) string {
	var sm map[string]any
	if json.Unmarshal(m, &sm) != nil {
		return ""
	}
	if s, ok := sm["mappings"].(string); ok {
		sm["mappings"] = strings.Repeat(";", shift) + s
	}
	delete(sm, "sourcesContent")
	b, err := json.Marshal(sm)
	if err != nil {
		return ""
	}
	return "//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString(b)
}

// inSource moves an error esbuild found in the "export {}" line appended
// to src (an unterminated template or comment runs into it) to the end of
// src itself, so the message never names a line the file does not have.
func inSource(e *Error, src string) *Error {
	lines, last := jsLines(src)
	if e.Line <= lines {
		return e
	}
	e.Line, e.Column, e.Length, e.LineText = lines, len(last), 0, last
	return e
}

// jsLines counts src's lines as JavaScript (and esbuild) does — \n, \r,
// \r\n, U+2028 and U+2029 each end one — and returns the last line.
func jsLines(src string) (n int, last string) {
	n, start := 1, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch r {
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				size = 2
			}
			fallthrough
		case '\n', '\u2028', '\u2029':
			n, start = n+1, i+size
		}
		i += size
	}
	return n, src[start:]
}

func toError(file string, m api.Message) *Error {
	e := &Error{File: file, Text: m.Text}
	if m.Location != nil {
		e.Line, e.Column, e.Length, e.LineText = m.Location.Line, m.Location.Column, m.Location.Length, m.Location.LineText
	}
	return e
}
