//go:build evloopweb

package v8

// serdes: the page's v8 has no serialize/deserialize (serdes.go), to keep
// the wasm module small.
const serdes = ""
