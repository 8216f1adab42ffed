//go:build !evloopweb

package zlib

import (
	"errors"
	"io"

	"github.com/andybalholm/brotli"
)

// newBrotliWriter is brotli's streaming encoder with node's parameters.
func newBrotliWriter(out io.Writer, p params) (*brotli.Writer, error) {
	return brotli.NewWriterOptions(out, brotli.WriterOptions{Quality: p.quality, LGWin: p.lgwin}), nil
}

func decodeBrotli(r io.Reader, w io.Writer) error {
	if _, err := io.Copy(w, brotli.NewReader(r)); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return errBrotliEOF
		}
		return errBrotli
	}
	return nil
}
