//go:build wasip1

// Command transformer is package esm's Transform (esbuild) alone, as a WASI
// reactor: the page's worker loads it beside the evloopweb build of the
// module only when a snippet needs esbuild (ES-module syntax, syntax goja
// lacks, a syntax error to place), and answers that module's esm_transform
// import with it, synchronously. Built by make wasm:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -o esm-transform.wasm ./wasm/transformer
//
// Exports (site/docs/abi.md):
//
//	transform_alloc(size i32) -> ptr i32      a buffer for the request and the source; 0 if size is out of range
//	transform_free(ptr i32)                   releases it
//	transform(req_ptr, req_len, src_ptr, src_len i32) -> i32
//	                                          the esm.Result as JSON: its length (a negative errno
//	                                          for a pointer outside transform_alloc's buffers)
//	transform_result() -> ptr i32             where that result lies, until the next transform
package main

import (
	"unsafe"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/wasm/abi"
	"github.com/evloop/evloop/wasm/guestmem"
)

var (
	lent   = guestmem.New() // transform_alloc'd buffers, kept alive until transform_free
	result []byte           // the last transform's answer
)

//go:wasmexport transform_alloc
func alloc(size int32) int32 { return lent.Alloc(size) }

//go:wasmexport transform_free
func free(ptr int32) { lent.Free(ptr) }

// input returns [ptr, ptr+n) if it lies inside one transform_alloc buffer;
// an empty source needs no buffer.
func input(ptr, n int32) ([]byte, abi.Errno) {
	if n == 0 {
		return nil, abi.ESUCCESS
	}
	return lent.Slice(ptr, n)
}

//go:wasmexport transform
func transform(reqPtr, reqLen, srcPtr, srcLen int32) int32 {
	req, errno := input(reqPtr, reqLen)
	if errno != abi.ESUCCESS {
		return -int32(errno)
	}
	src, errno := input(srcPtr, srcLen)
	if errno != abi.ESUCCESS {
		return -int32(errno)
	}
	r, err := esm.DecodeRequest(req, string(src))
	if err != nil {
		result = esm.EncodeResult(&esm.Result{Error: &esm.Error{Text: err.Error()}})
	} else {
		result = esm.EncodeResult(esm.Transform(r))
	}
	return int32(len(result))
}

//go:wasmexport transform_result
func transformResult() int32 {
	if len(result) == 0 {
		return 0
	}
	return int32(uint32(uintptr(unsafe.Pointer(&result[0]))))
}

// The reactor's main does nothing: the worker calls _initialize, then the
// exports.
func main() {}
