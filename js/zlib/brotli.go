//go:build !evloopweb

package zlib

import (
	"bytes"
	"errors"
	"io"

	"github.com/andybalholm/brotli"
)

// newBrotliWriter is brotli's streaming encoder with node's parameters.
func newBrotliWriter(out io.Writer, p params) (*brotli.Writer, error) {
	return brotli.NewWriterOptions(out, brotli.WriterOptions{Quality: p.quality, LGWin: p.lgwin}), nil
}

func decodeBrotli(data []byte) ([]byte, error) {
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(data)))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, errBrotliEOF
		}
		return nil, errBrotli
	}
	return out, nil
}
