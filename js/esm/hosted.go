//go:build wasip1 && (evloophost || evloopweb)

package esm

import (
	"fmt"
	"unsafe"
)

// The evloophost and evloopweb builds of the wasm module ask their host for
// what needs esbuild: the CLI's host runs transform.go natively, the page's
// worker runs it in a second module it loads only when a snippet needs it
// (wasm/transformer), both through the evloop import module's esm_transform
// (wasm/abi, site/docs/abi.md). The modules themselves carry no esbuild.

//go:wasmimport evloop esm_transform
func hostTransform(req unsafe.Pointer, reqLen int32, src unsafe.Pointer, srcLen int32, out unsafe.Pointer, outCap int32, outLen unsafe.Pointer) uint32

// errnoNoBufs is WASI's ENOBUFS: the result needs more room than given.
const errnoNoBufs = 42

// Transform answers req as the native Transform does. A CommonJS file's
// import() renaming and export names need no esbuild and are answered here
// (the same code the native Transform runs); the host runs the rest.
func Transform(req Request) *Result {
	if req.Kind != KindModule && !req.Lower {
		return transformCommonJS(req)
	}
	res, err := hosted(req)
	if err != nil {
		return &Result{Error: &Error{File: req.File, Text: err.Error()}}
	}
	return res
}

// lowerCommonJS is LowerCommonJS, run by the host.
func lowerCommonJS(file, src string, detect bool) (string, error) {
	res := Transform(Request{File: file, Kind: KindCommonJS, Source: src, Lower: true, Detect: detect})
	switch {
	case res.Module:
		return "", ErrModuleSyntax
	case res.Error != nil:
		return "", res.Error
	}
	return res.Code, nil
}

func hosted(req Request) (*Result, error) {
	head := EncodeRequest(req)
	src := req.Source
	// The code carries an inline source map of the source: room for both.
	size := 3*len(src) + 64<<10
	for range 4 {
		out := make([]byte, size)
		var n uint32
		errno := hostTransform(unsafe.Pointer(unsafe.SliceData(head)), int32(len(head)),
			unsafe.Pointer(unsafe.StringData(src)), int32(len(src)),
			unsafe.Pointer(&out[0]), int32(len(out)), unsafe.Pointer(&n))
		switch errno {
		case 0:
			if int(n) > len(out) {
				return nil, fmt.Errorf("esm_transform: the host said %d bytes in a %d-byte buffer", n, len(out))
			}
			return DecodeResult(out[:n])
		case errnoNoBufs:
			if int(n) <= size {
				return nil, fmt.Errorf("esm_transform: ENOBUFS for %d bytes in a %d-byte buffer", n, size)
			}
			size = int(n)
			continue
		default:
			return nil, fmt.Errorf("esm_transform: errno %d", errno)
		}
	}
	return nil, fmt.Errorf("esm_transform: the result kept growing")
}
