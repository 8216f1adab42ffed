// Package host runs evloop's wasm module (package wasm, ABI in wasm/abi)
// with the wazero runtime: the CLI's --engine=wasm, and the way to embed the
// module in a Go program without importing goja.
//
// The module (the evloophost build) is embedded at build time from
// host/wasmbin/embedded (make wasm). It is
// compiled once per machine into a cache under the user's cache directory;
// a corrupt or stale cache is rebuilt, never fatal. Every value the guest
// returns is checked before use, so a hostile or broken module gives an
// error, never a panic in the host.
package host
