//go:build !(wasip1 && evloophost)

package esm

import "strings"

// Serve answers one esm_transform request from the evloophost wasm build
// (the host calls it, natively): file names the request's kind (wire.go),
// and the result is encoded as EncodeResult.
func Serve(file, src string) []byte {
	for _, k := range []struct {
		prefix string
		detect bool
	}{{requestCommonJSDetect, true}, {requestCommonJS, false}} {
		if name, ok := strings.CutPrefix(file, k.prefix); ok {
			code, err := LowerCommonJS(name, src, k.detect)
			return EncodeResult(code, false, err)
		}
	}
	code, tla, err := Transform(file, src)
	return EncodeResult(code, tla, err)
}
