package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
)

// kind is one of node's zlib modes.
type kind int

const (
	kindDeflate kind = iota + 1
	kindInflate
	kindGzip
	kindGunzip
	kindDeflateRaw
	kindInflateRaw
	kindUnzip
	kindBrotliEncode
	kindBrotliDecode
)

// kindNames maps the names the JS side passes to modes.
var kindNames = map[string]kind{
	"deflate": kindDeflate, "inflate": kindInflate, "gzip": kindGzip, "gunzip": kindGunzip,
	"deflateRaw": kindDeflateRaw, "inflateRaw": kindInflateRaw, "unzip": kindUnzip,
	"brotliCompress": kindBrotliEncode, "brotliDecompress": kindBrotliDecode,
}

func (k kind) compresses() bool {
	return k == kindDeflate || k == kindGzip || k == kindDeflateRaw || k == kindBrotliEncode
}

// params are the options that reach the codec (the JS side validated them).
type params struct {
	level   int // -1..9
	quality int // brotli 0..11
	lgwin   int // brotli 10..24
}

// zError is a zlib failure as node reports it: message, code, errno.
type zError struct {
	msg   string
	code  string
	errno int
}

func (e *zError) Error() string { return e.msg }

var (
	errHeader    = &zError{"incorrect header check", "Z_DATA_ERROR", -3}
	errData      = &zError{"invalid block type", "Z_DATA_ERROR", -3}
	errCheck     = &zError{"incorrect data check", "Z_DATA_ERROR", -3}
	errEOF       = &zError{"unexpected end of file", "Z_BUF_ERROR", -5}
	errBrotli    = &zError{"Decompression failed", "ERR__ERROR_FORMAT_PADDING_2", -15}
	errBrotliEOF = &zError{"unexpected end of file", "Z_BUF_ERROR", -5}
)

// encoder is a streaming compressor writing into out.
type encoder struct {
	out bytes.Buffer
	w   interface {
		io.WriteCloser
		Flush() error
	}
}

func newEncoder(k kind, p params) (*encoder, error) {
	e := &encoder{}
	var err error
	switch k {
	case kindDeflate:
		e.w, err = zlib.NewWriterLevel(&e.out, p.level)
	case kindGzip:
		var g *gzip.Writer
		g, err = gzip.NewWriterLevel(&e.out, p.level)
		if g != nil {
			g.OS = 3 // Unix, as zlib writes on node's platforms
		}
		e.w = g
	case kindDeflateRaw:
		e.w, err = flate.NewWriter(&e.out, p.level)
	case kindBrotliEncode:
		e.w, err = newBrotliWriter(&e.out, p)
	default:
		return nil, errors.New("not a compressor")
	}
	return e, err
}

// write compresses data; with flush, everything so far is flushed out.
// It returns the output produced.
func (e *encoder) write(data []byte, flush, end bool) []byte {
	e.w.Write(data)
	switch {
	case end:
		e.w.Close()
	case flush:
		e.w.Flush()
	}
	out := append([]byte(nil), e.out.Bytes()...)
	e.out.Reset()
	return out
}

// decode decompresses a whole input of mode k.
func decode(k kind, data []byte) ([]byte, error) {
	if k == kindUnzip {
		k = kindInflate
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			k = kindGunzip
		}
	}
	var r io.Reader
	var err error
	switch k {
	case kindInflate:
		if len(data) < 2 {
			return nil, errEOF
		}
		if (uint16(data[0])<<8|uint16(data[1]))%31 != 0 || data[0]&0x0f != 8 {
			return nil, errHeader
		}
		r, err = zlib.NewReader(bytes.NewReader(data))
	case kindGunzip:
		if len(data) >= 2 && (data[0] != 0x1f || data[1] != 0x8b) {
			return nil, errHeader
		}
		r, err = gzip.NewReader(bytes.NewReader(data))
	case kindInflateRaw:
		r = flate.NewReader(bytes.NewReader(data))
	case kindBrotliDecode:
		return decodeBrotli(data)
	default:
		return nil, errors.New("not a decompressor")
	}
	if err != nil {
		return nil, zErrorOf(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, zErrorOf(err)
	}
	return out, nil
}

// zErrorOf maps Go's decompression errors to zlib's.
func zErrorOf(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errEOF
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, zlib.ErrHeader):
		return errHeader
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, zlib.ErrChecksum):
		return errCheck
	case errors.Is(err, zlib.ErrDictionary):
		return &zError{"Missing dictionary", "Z_NEED_DICT", 2}
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return errData
	}
	return &zError{err.Error(), "Z_DATA_ERROR", -3}
}
