//go:build wasip1 && evloophost

package esm

import (
	"fmt"
	"unsafe"
)

// The evloophost build of the wasm module asks its host to transform: the
// host runs transform.go natively (the evloop import module's
// esm_transform; wasm/abi, site/docs/abi.md), so the module the CLI
// compiles carries no esbuild.

//go:wasmimport evloop esm_transform
func hostTransform(file unsafe.Pointer, fileLen int32, src unsafe.Pointer, srcLen int32, out unsafe.Pointer, outCap int32, outLen unsafe.Pointer) uint32

// errnoNoBufs is WASI's ENOBUFS: the result needs more room than given.
const errnoNoBufs = 42

// Transform returns src (an ES module named file) as CommonJS, as the
// native Transform does: the host runs that one.
func Transform(file, src string) (code string, tla bool, err error) {
	return ask(file, file, src)
}

// lowerCommonJS is LowerCommonJS, run by the host.
func lowerCommonJS(file, src string, detect bool) (string, error) {
	code, _, err := ask(file, commonJSRequest(file, detect), src)
	return code, err
}

// ask sends one request (its kind in the file argument: wire.go) and
// decodes the result; errors name file.
func ask(file, request, src string) (code string, tla bool, err error) {
	// The code carries an inline source map of the source: room for both.
	size := 2*len(src) + 64<<10
	for range 4 {
		out := make([]byte, size)
		var n uint32
		errno := hostTransform(unsafe.Pointer(unsafe.StringData(request)), int32(len(request)),
			unsafe.Pointer(unsafe.StringData(src)), int32(len(src)),
			unsafe.Pointer(&out[0]), int32(len(out)), unsafe.Pointer(&n))
		switch errno {
		case 0:
			if int(n) > len(out) {
				return "", false, fmt.Errorf("esm_transform: the host said %d bytes in a %d-byte buffer", n, len(out))
			}
			return DecodeResult(file, out[:n])
		case errnoNoBufs:
			if int(n) <= size {
				return "", false, fmt.Errorf("esm_transform: ENOBUFS for %d bytes in a %d-byte buffer", n, size)
			}
			size = int(n)
			continue
		default:
			return "", false, fmt.Errorf("esm_transform: errno %d", errno)
		}
	}
	return "", false, fmt.Errorf("esm_transform: the result kept growing")
}
