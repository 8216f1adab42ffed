// Package esm prepares source files for the runtime's module loader
// (package js): goja has no import/export, no dynamic import(), no async
// generators and no for await.
//
// For an ES module, Transform lowers async generators and for await with
// esbuild's Go API, records the module's import and export declarations
// (ECMA-262's module record fields: requests, import entries, local,
// indirect and star exports) from a token scan of esbuild's output,
// blanks the declarations out and wraps the body in a function the loader
// links and evaluates (wrapModule). For a CommonJS file, it renames
// import() calls and detects the named exports node's cjs-module-lexer
// would. Requests and results are plain data (wire.go), so that the
// evloophost wasm build can ask its host (hosted.go) and a web page could
// answer with esbuild-wasm.
package esm
