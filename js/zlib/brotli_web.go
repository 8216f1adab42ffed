//go:build evloopweb

package zlib

import "io"

// The page's build of the wasm module (build tag evloopweb) has no brotli:
// the brotli package brings net/http, and with it TLS and x509, into the
// module — 2.9 MB of its 25 MB, for a codec the page's examples never use.
// brotliCompress and brotliDecompress throw this instead; deflate and gzip
// work as everywhere else. site/docs/abi.md lists what the page's build
// leaves out.
var errNoBrotli = &zError{"brotli is not in the page's build of evloop (it keeps the page light); " +
	"run this script with the evloop CLI", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", -2}

func newBrotliWriter(io.Writer, params) (interface {
	io.WriteCloser
	Flush() error
}, error) {
	return nil, errNoBrotli
}

func decodeBrotli(io.Reader, io.Writer) error { return errNoBrotli }
