package esm

import "errors"

// LowerCommonJS is the one entry point for running, in a CommonJS file,
// the syntax node 20 accepts and goja does not: async generators
// (functions, methods, expressions) and for await. The runtime calls it
// only for a file goja failed to compile, so a file goja compiles as-is
// never pays for esbuild. esbuild lowers exactly those features
// (cjsLowered) and leaves the rest of the file as it was: still CommonJS,
// still sloppy unless it says "use strict", top-level return allowed.
//
// code is the lowered file with an inline source map
// (//# sourceMappingURL=data:…) from it to src; the runtime maps error
// positions, stacks and trace positions back through it.
//
// With detect set (a file whose module type node decides by parsing:
// no .mjs/.cjs, no "type" in package.json, --input-type unset or auto),
// LowerCommonJS returns ErrModuleSyntax when src has ES-module syntax
// (import or export statements, import.meta, top-level await), as node's
// module-syntax detection does: the caller then runs src as an ES module.
//
// import() is left to the module loader: esbuild lowers it (cjsLowered's
// "dynamic-import") to Promise.resolve().then(() => __toESM(require(s))),
// which the loader may replace by its own; this file implements none of
// import()'s semantics.
//
// In the evloophost wasm build the host runs it (hosted.go): the request
// and the result travel as bytes (wire.go), so it must stay a function of
// (file, src, detect) only.
func LowerCommonJS(file, src string, detect bool) (code string, err error) {
	return lowerCommonJS(file, src, detect)
}

// ErrModuleSyntax is LowerCommonJS's answer, with detect set, for a
// source that is an ES module.
var ErrModuleSyntax = errors.New("esm: the source has ES module syntax")
