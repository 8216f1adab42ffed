package zlib

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"sync"
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
	errMethod    = &zError{"unknown compression method", "Z_DATA_ERROR", -3}
	errBrotli    = &zError{"Decompression failed", "ERR__ERROR_FORMAT_PADDING_2", -15}
	errBrotliEOF = &zError{"unexpected end of file", "Z_BUF_ERROR", -5}
)

// encoder is a streaming compressor writing into out.
type encoder struct {
	mu  sync.Mutex // one write at a time: a program can call _transform while the stream's own write is on the pool
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
	e.mu.Lock()
	defer e.mu.Unlock()
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
	var out bytes.Buffer
	if err := decodeStream(k, bytes.NewReader(data), &out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// decodeStream decompresses what r gives in mode k into w, as far as r
// goes; it returns a zError (or errNoBrotli) on failure.
func decodeStream(k kind, r io.Reader, w io.Writer) error {
	return decodeBuffered(k, bufio.NewReader(r), w)
}

func decodeBuffered(k kind, br *bufio.Reader, w io.Writer) error {
	head, _ := br.Peek(2)
	unzip := k == kindUnzip
	if k == kindUnzip {
		k = kindInflate
		if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
			k = kindGunzip
		}
	}
	var dec io.Reader
	var err error
	switch k {
	case kindInflate:
		if len(head) < 2 {
			return errEOF
		}
		// zlib's header checks, in its order and words.
		if (uint16(head[0])<<8|uint16(head[1]))%31 != 0 {
			return errHeader
		}
		if head[0]&0x0f != 8 {
			return errMethod
		}
		if head[0]>>4 > 7 {
			return &zError{"invalid window size", "Z_DATA_ERROR", -3}
		}
		dec, err = zlib.NewReader(br)
	case kindGunzip:
		if len(head) == 2 && (head[0] != 0x1f || head[1] != 0x8b) {
			return errHeader
		}
		if m, _ := br.Peek(3); len(m) == 3 && m[2] != 8 {
			return errMethod
		}
		// Member by member: Go's multistream reader would wait for the
		// next header before handing over the end of this member.
		rec := &tailReader{br: br}
		z, err := gzip.NewReader(rec)
		if err != nil {
			return zErrorOf(err)
		}
		for {
			z.Multistream(false)
			sum := crc32.NewIEEE()
			if _, err := io.Copy(io.MultiWriter(w, sum), z); err != nil {
				// Go reports a bad CRC and a bad length alike; zlib
				// checks the CRC first, then the length.
				if errors.Is(err, gzip.ErrChecksum) && binary.LittleEndian.Uint32(rec.last[:4]) == sum.Sum32() {
					return &zError{"incorrect length check", "Z_DATA_ERROR", -3}
				}
				return zErrorOf(err)
			}
			// As node's zlib binding after a member's end: a zero byte is
			// padding and ends the input (the rest is ignored); anything
			// else starts another member, which must be one.
			next, err := br.Peek(2)
			if len(next) == 0 && err != nil {
				return nil
			}
			if next[0] == 0 {
				io.Copy(io.Discard, br)
				return nil
			}
			if unzip && (len(next) < 2 || next[1] != 0x8b || next[0] != 0x1f) {
				return decodeBuffered(kindUnzip, br, w)
			}
			if len(next) == 2 && (next[0] != 0x1f || next[1] != 0x8b) {
				return errHeader
			}
			if err := z.Reset(rec); err != nil {
				return zErrorOf(err)
			}
		}
	case kindInflateRaw:
		dec = flate.NewReader(br)
	case kindBrotliDecode:
		return decodeBrotli(br, w)
	default:
		return errors.New("not a decompressor")
	}
	if err != nil {
		return zErrorOf(err)
	}
	if _, err := io.Copy(w, dec); err != nil {
		return zErrorOf(err)
	}
	return nil
}

// tailReader reads from br and keeps the last 8 bytes read (a gzip
// member's trailer once the member ends). It is an io.ByteReader, so gzip
// reads no further ahead than it needs.
type tailReader struct {
	br   *bufio.Reader
	last [8]byte
}

func (t *tailReader) keep(p []byte) {
	if len(p) >= 8 {
		copy(t.last[:], p[len(p)-8:])
		return
	}
	copy(t.last[:], t.last[len(p):])
	copy(t.last[8-len(p):], p)
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.br.Read(p)
	t.keep(p[:n])
	return n, err
}

func (t *tailReader) ReadByte() (byte, error) {
	b, err := t.br.ReadByte()
	if err == nil {
		t.keep([]byte{b})
	}
	return b, err
}

// A decoder is a streaming decompressor: node's zlib inflates each chunk
// as it is written, so a stream's output comes before its end() callback.
// Go's readers pull their input, so the reader runs in a goroutine of its
// own fed chunk by chunk; write hands it a chunk and waits until it has
// used all of it (it asks for more) or it has finished.
type decoder struct {
	k       kind
	in      chan []byte   // the next chunk; closed at the end of input
	idle    chan struct{} // the goroutine wants input; closed when it has finished
	mu      sync.Mutex    // one write (or close) at a time
	out     bytes.Buffer  // output so far; touched by the goroutine only between in and idle
	err     error
	started bool
	done    bool // the goroutine has finished (read after idle is closed)
	closed  bool // in is closed
}

func newDecoder(k kind) *decoder {
	return &decoder{k: k, in: make(chan []byte), idle: make(chan struct{})}
}

// feed is the goroutine's input: the chunks write hands over.
type feed struct {
	d   *decoder
	buf []byte
	eof bool
}

func (f *feed) Read(p []byte) (int, error) {
	for len(f.buf) == 0 {
		if f.eof {
			return 0, io.EOF
		}
		f.d.idle <- struct{}{}
		chunk, ok := <-f.d.in
		if !ok {
			f.eof = true
			continue
		}
		f.buf = chunk
	}
	n := copy(p, f.buf)
	f.buf = f.buf[n:]
	return n, nil
}

func (d *decoder) run() {
	// A plain Writer, not the Buffer itself: Buffer.ReadFrom would hold on to
	// its own slice across a Read that waits for input, while write resets it.
	err := decodeStream(d.k, &feed{d: d}, struct{ io.Writer }{&d.out})
	d.err = err
	d.done = true
	close(d.idle)
}

// write decompresses data (with end, the last of the input) and returns
// the output it produced, or the stream's error.
func (d *decoder) write(data []byte, end bool) ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.started {
		d.started = true
		go d.run()
		<-d.idle
	}
	if !d.done && !d.closed {
		d.in <- data
		<-d.idle
		if end && !d.done {
			d.closed = true
			close(d.in)
			<-d.idle
		}
	}
	out := append([]byte(nil), d.out.Bytes()...)
	d.out.Reset()
	if d.err != nil {
		err := d.err
		d.err = nil
		return out, err
	}
	return out, nil
}

// close ends the goroutine of a stream destroyed before its end.
func (d *decoder) close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.started && !d.done && !d.closed {
		d.closed = true
		close(d.in)
	}
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
