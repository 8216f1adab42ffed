package esm

import "fmt"

// Kinds of module a Request names.
const (
	KindModule   = "module"   // an ES module
	KindCommonJS = "commonjs" // a CommonJS file
)

// Request asks for one file's transform. It is plain data: the evloophost
// wasm build sends it to its host (hosted.go, wire.go), and a web page may
// answer it with esbuild-wasm.
type Request struct {
	File   string `json:"file"`
	Kind   string `json:"kind"`             // KindModule or KindCommonJS
	Source string `json:"source,omitempty"` // sent beside the JSON by the wasm ABI
	// Exports asks, for a CommonJS file, for the names node's
	// cjs-module-lexer would detect (an ES module imports it).
	Exports bool `json:"exports,omitempty"`
	// Lower asks, for a CommonJS file goja could not compile, for
	// LowerCommonJS (with module-syntax detection when Detect is set).
	Lower  bool `json:"lower,omitempty"`
	Detect bool `json:"detect,omitempty"`
}

// Result is a transform's answer, also plain data.
//
// For an ES module, Code is a function expression (see wrapModule) with
// an inline source map, and the other fields describe its imports and
// exports as ECMA-262's module records do. For a CommonJS file, Code is
// the file with import() calls renamed to ImportFn (or "" when nothing
// needed changing), and CJSExports / CJSReexports are the detected names.
type Result struct {
	Code     string          `json:"code,omitempty"`
	TLA      bool            `json:"tla,omitempty"`
	Requests []ModuleRequest `json:"requests,omitempty"`
	Imports  []ImportEntry   `json:"imports,omitempty"`
	Exports  []ExportEntry   `json:"exports,omitempty"`
	Stars    []int           `json:"stars,omitempty"` // requests of `export * from`

	CJSExports   []string `json:"cjsExports,omitempty"`
	CJSReexports []string `json:"cjsReexports,omitempty"`

	Error *Error `json:"error,omitempty"`
	// Module: a CommonJS source asked with Detect has ES-module syntax.
	Module bool `json:"module,omitempty"`
}

// Error is a transform error with the original source position.
type Error struct {
	File     string `json:"file"`
	Line     int    `json:"line"`             // 1-based, as node prints it
	Column   int    `json:"column"`           // 0-based
	Length   int    `json:"length,omitempty"` // bytes of the offending token
	Text     string `json:"text"`
	LineText string `json:"lineText,omitempty"`
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column+1, e.Text)
}
