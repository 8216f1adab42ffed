package js

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"reflect"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/evloop/evloop/js/internal/safeexport"
)

// Encodings as lib/buffer.js numbers them (its ENC table); every native
// below takes one of these, never a name.
const (
	encUTF8 = iota
	encUTF16LE
	encLatin1
	encASCII
	encBase64
	encBase64URL
	encHex
)

// bufferNatives adds the natives behind buffer, string_decoder and the
// TextEncoder / TextDecoder / atob / btoa globals to o (the `internal` object).
//
// Each is one Go call per operation on a whole buffer: a Buffer's bytes are
// the []byte goja exports a Uint8Array as (no copy), and a new Buffer is a
// Uint8Array over a Go slice given Buffer.prototype. Call only on the loop
// goroutine, as every native.
func (r *Runtime) bufferNatives(o *internalStore) {
	vm := r.vm
	var proto *goja.Object // Buffer.prototype, from bufSetup
	u8 := vm.Get("Uint8Array")
	// newArg is New's argument list, kept: a socket makes a Buffer per
	// chunk, and Uint8Array's constructor keeps no reference to it.
	newArg := make([]goja.Value, 1)
	newBuffer := func(b []byte) goja.Value {
		newArg[0] = vm.ToValue(vm.NewArrayBuffer(b))
		obj, err := vm.New(u8, newArg...)
		newArg[0] = nil
		if err != nil {
			panic(r.catchable(err))
		}
		if proto != nil {
			obj.SetPrototype(proto)
		}
		return obj
	}
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	arg := func(c goja.FunctionCall, i int) int { return int(c.Argument(i).ToInteger()) }

	// bufSetup(proto): the prototype Go-made Buffers get.
	set("bufSetup", func(c goja.FunctionCall) goja.Value {
		proto, _ = c.Argument(0).(*goja.Object)
		if proto != nil {
			r.newBuffer = newBuffer
		}
		return goja.Undefined()
	})
	// bufAlloc(n): a zero-filled Buffer of n bytes.
	set("bufAlloc", func(c goja.FunctionCall) goja.Value {
		return newBuffer(r.allocBytes(arg(c, 0)))
	})
	// bufView(arrayBuffer, offset, length): a Buffer over those bytes (no
	// copy) — FastBuffer's constructor without a JS class frame.
	set("bufView", func(c goja.FunctionCall) goja.Value {
		obj, err := vm.New(u8, c.Argument(0), c.Argument(1), c.Argument(2))
		if err != nil {
			panic(r.catchable(err))
		}
		obj.SetPrototype(proto)
		return obj
	})
	// bufFromString(str, enc): a new Buffer holding str encoded.
	set("bufFromString", func(c goja.FunctionCall) goja.Value {
		return newBuffer(encodeString(c.Argument(0), arg(c, 1)))
	})
	// bufFromBytes(view[, start, end]): a new Buffer with a copy of a
	// Uint8Array's bytes (of view[start:end]).
	set("bufFromBytes", func(c goja.FunctionCall) goja.Value {
		b := bytesView(c.Argument(0))
		if len(c.Arguments) > 1 {
			start, end := clampRange(len(b), arg(c, 1), arg(c, 2))
			b = b[start:end]
		}
		return newBuffer(append([]byte(nil), b...))
	})
	// bufToString(buf, enc, start, end): buf[start:end] decoded.
	set("bufToString", func(c goja.FunctionCall) goja.Value {
		b := r.mustView(c.Argument(0))
		start, end := clampRange(len(b), arg(c, 2), arg(c, 3))
		if end-start > MaxStringLength/2 && decodedUnits(b[start:end], arg(c, 1)) > MaxStringLength {
			panic(stringTooLong(vm))
		}
		return decodeBytes(vm, b[start:end], arg(c, 1))
	})
	// bufByteLength(str, enc): the bytes str takes encoded (node's estimate
	// for base64, which counts the characters, not what they decode to).
	set("bufByteLength", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(byteLength(c.Argument(0), arg(c, 1)))
	})
	// bufWrite(buf, str, enc, offset, length): str encoded into
	// buf[offset:offset+length], whole characters only; the bytes written.
	set("bufWrite", func(c goja.FunctionCall) goja.Value {
		b := r.mustView(c.Argument(0))
		off, n := arg(c, 3), arg(c, 4)
		if off < 0 || off > len(b) {
			return vm.ToValue(0)
		}
		if n < 0 || off+n > len(b) {
			n = len(b) - off
		}
		enc := arg(c, 2)
		src := encodeString(c.Argument(1), enc)
		if len(src) > n {
			src = src[:n]
			switch enc {
			case encUTF8:
				src = src[:wholeUTF8(src)]
			case encUTF16LE:
				src = src[:len(src)&^1]
			}
		}
		return vm.ToValue(copy(b[off:], src))
	})
	// bufCompare(a, b, aStart, aEnd, bStart, bEnd): -1, 0 or 1.
	set("bufCompare", func(c goja.FunctionCall) goja.Value {
		a, b := bytesView(c.Argument(0)), bytesView(c.Argument(1))
		if len(c.Arguments) > 2 {
			as, ae := clampRange(len(a), arg(c, 2), arg(c, 3))
			bs, be := clampRange(len(b), arg(c, 4), arg(c, 5))
			a, b = a[as:ae], b[bs:be]
		}
		return vm.ToValue(bytes.Compare(a, b))
	})
	// bufIndexOf(buf, needle, offset, enc, last): needle (bytes, a string in
	// enc, or a byte value) searched from offset forwards, or backwards when
	// last; -1 if absent.
	set("bufIndexOf", func(c goja.FunctionCall) goja.Value {
		b := bytesView(c.Argument(0))
		var needle []byte
		units := false // ucs2: searched in 16-bit units, as node does
		bufNeedle := false
		switch v := c.Argument(1).(type) {
		case goja.String:
			needle = encodeString(v, arg(c, 3))
			units = arg(c, 3) == encUTF16LE
		case *goja.Object:
			needle = bytesView(v)
			units = arg(c, 3) == encUTF16LE
			bufNeedle = true
		default:
			needle = []byte{byte(v.ToInteger())}
		}
		off := arg(c, 2)
		last := c.Argument(4).ToBoolean()
		if units {
			i := indexOfUnits(b, needle, off, last)
			if i < 0 && bufNeedle && len(needle) >= 2 && len(b)%2 == 1 {
				// node's IndexOfBuffer compares its not-found sentinel
				// (units*2) with the byte length, so in an odd-length
				// buffer a missing buffer needle is "found" at the end.
				i = len(b) - 1
			}
			return vm.ToValue(i)
		}
		return vm.ToValue(indexOf(b, needle, off, last))
	})
	// bufFill(buf, value, start, end, enc): buf[start:end] filled with value
	// repeated; -1 when value encodes to no bytes (node throws for that).
	set("bufFill", func(c goja.FunctionCall) goja.Value {
		b := bytesView(c.Argument(0))
		start, end := clampRange(len(b), arg(c, 2), arg(c, 3))
		var pat []byte
		switch v := c.Argument(1).(type) {
		case goja.String:
			pat = encodeString(v, arg(c, 4))
		case *goja.Object:
			pat = append([]byte(nil), bytesView(v)...)
		default:
			pat = []byte{byte(v.ToInteger())}
		}
		if len(pat) == 0 {
			return vm.ToValue(-1)
		}
		dst := b[start:end]
		for i := 0; i < len(dst); i += copy(dst[i:], pat) {
		}
		return vm.ToValue(0)
	})
	// bufCopy(src, dst, dstStart, srcStart, srcEnd): the bytes copied
	// (overlapping ranges of one ArrayBuffer copy as memmove does).
	set("bufCopy", func(c goja.FunctionCall) goja.Value {
		src, dst := bytesView(c.Argument(0)), bytesView(c.Argument(1))
		ds := arg(c, 2)
		ss, se := clampRange(len(src), arg(c, 3), arg(c, 4))
		if ds < 0 || ds >= len(dst) {
			return vm.ToValue(0)
		}
		return vm.ToValue(copy(dst[ds:], src[ss:se]))
	})
	// bufConcat(list, total): one Buffer of total bytes holding list's
	// views one after another (zero-filled past their end).
	set("bufConcat", func(c goja.FunctionCall) goja.Value {
		out := r.allocBytes(arg(c, 1))
		n := 0
		for _, v := range r.argList(c.Argument(0)) {
			n += copy(out[n:], bytesView(v))
		}
		return newBuffer(out)
	})
	// bufAtob(str): forgiving-base64 decode to a latin1 string, or -2 for a
	// character outside the alphabet (or misplaced '='), -1 when one
	// character is left over: atob throws for those, as node's binding says.
	set("bufAtob", func(c goja.FunctionCall) goja.Value {
		b, code := forgivingBase64(c.Argument(0).String())
		if code != 0 {
			return vm.ToValue(code)
		}
		return decodeBytes(vm, b, encLatin1)
	})
	// abDetach(ab) detaches an ArrayBuffer (structuredClone's transfer);
	// abDetached(ab) says whether it is detached.
	set("abDetach", func(c goja.FunctionCall) goja.Value {
		if ab, ok := safeexport.Export(c.Argument(0)).(goja.ArrayBuffer); ok {
			ab.Detach()
		}
		return goja.Undefined()
	})
	// abShare(ab): another ArrayBuffer over ab's memory (a
	// SharedArrayBuffer's clone, lib/atomics.js).
	set("abShare", func(c goja.FunctionCall) goja.Value {
		ab, ok := safeexport.Export(c.Argument(0)).(goja.ArrayBuffer)
		if !ok {
			return goja.Undefined()
		}
		return vm.ToValue(vm.NewArrayBuffer(ab.Bytes()))
	})
	set("abDetached", func(c goja.FunctionCall) goja.Value {
		ab, ok := safeexport.Export(c.Argument(0)).(goja.ArrayBuffer)
		return vm.ToValue(ok && ab.Detached())
	})
	// bufUTF8Valid(view): whether view is well-formed UTF-8 (TextDecoder's
	// fatal mode).
	set("bufUTF8Valid", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8.Valid(bytesView(c.Argument(0))))
	})
	// bufEncodeInto(str, dest): TextEncoder.encodeInto — as much of str as
	// fits in dest as UTF-8, whole characters only; [read, written] with
	// read in UTF-16 code units.
	set("bufEncodeInto", func(c goja.FunctionCall) goja.Value {
		s, n := utf16Of(c.Argument(0))
		dst := bytesView(c.Argument(1))
		read, written := 0, 0
		var tmp [4]byte
		for read < n {
			ch := rune(s.CharAt(read))
			units := 1
			if ch >= 0xD800 && ch <= 0xDBFF && read+1 < n {
				if lo := rune(s.CharAt(read + 1)); lo >= 0xDC00 && lo <= 0xDFFF {
					ch, units = 0x10000+(ch-0xD800)<<10+lo-0xDC00, 2
				}
			}
			if ch >= 0xD800 && ch <= 0xDFFF {
				ch = utf8.RuneError
			}
			k := utf8.EncodeRune(tmp[:], ch)
			if written+k > len(dst) {
				break
			}
			copy(dst[written:], tmp[:k])
			read, written = read+units, written+k
		}
		return vm.NewArray(read, written)
	})
	// bufUTF16Decode(view, bigEndian, fatal): TextDecoder's UTF-16 — lone
	// surrogates and an odd last byte become U+FFFD, or null when fatal.
	set("bufUTF16Decode", func(c goja.FunctionCall) goja.Value {
		b := bytesView(c.Argument(0))
		be, fatal := c.Argument(1).ToBoolean(), c.Argument(2).ToBoolean()
		u := make([]uint16, 0, len(b)/2+1)
		for i := 0; i+1 < len(b); i += 2 {
			if be {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			} else {
				u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
			}
		}
		bad := len(b)%2 == 1
		for i := 0; i < len(u); i++ {
			c := u[i]
			switch {
			case c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
				i++
			case c >= 0xD800 && c <= 0xDFFF:
				u[i], bad = 0xFFFD, true
			}
		}
		if bad && fatal {
			return goja.Null()
		}
		if len(b)%2 == 1 {
			u = append(u, 0xFFFD)
		}
		return goja.StringFromUTF16(u)
	})
	// bufUTF8Tail(view): how many bytes at view's end begin a UTF-8
	// character that is not complete yet (0 to 3) — what a streaming
	// decoder keeps for the next chunk.
	set("bufUTF8Tail", func(c goja.FunctionCall) goja.Value {
		b := bytesView(c.Argument(0))
		return vm.ToValue(len(b) - wholeUTF8(b))
	})
}

// allocBytes makes a Buffer's n zeroed bytes, or throws node's RangeError
// "Array buffer allocation failed" when n bytes do not fit under the memory
// limit: Buffer.alloc(2 ** 32 - 1) past what the heap limit has left would
// otherwise end the run as heap out of memory (or the Go runtime's fatal
// out-of-memory), where V8 fails the allocation and the program can catch it.
func (r *Runtime) allocBytes(n int) []byte {
	if n < 0 || !allocatable(float64(n)) {
		panic(r.rangeError("Array buffer allocation failed"))
	}
	return make([]byte, n)
}

// bytesView is the bytes of a Uint8Array (or Buffer), DataView or
// ArrayBuffer without copying; other typed arrays give their raw bytes.
func bytesView(v goja.Value) []byte {
	b, _ := viewBytes(v)
	return b
}

// viewBytes is bytesView that also says whether v had bytes at all (an
// empty view has, a plain object has not).
func viewBytes(v goja.Value) ([]byte, bool) {
	switch x := safeexport.Export(v).(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	// Another view (a DataView, a Float64Array): its raw bytes. Anything
	// else has none — Buffer's methods called on a plain object.
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	buf := obj.Get("buffer")
	if buf == nil {
		return nil, false
	}
	ab, ok := safeexport.Export(buf).(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	data := ab.Bytes()
	off, n := int(obj.Get("byteOffset").ToInteger()), int(obj.Get("byteLength").ToInteger())
	if off < 0 || n < 0 || off+n > len(data) {
		return nil, false
	}
	return data[off : off+n], true
}

// mustView is viewBytes for the natives node's C++ checks with
// THROW_AND_RETURN_UNLESS_BUFFER: anything but a view throws its TypeError
// (Buffer.prototype.toString called on an object made from Buffer.prototype).
func (r *Runtime) mustView(v goja.Value) []byte {
	b, ok := viewBytes(v)
	if !ok {
		panic(r.codedErr("TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer"))
	}
	return b
}

func clampRange(n, start, end int) (int, int) {
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	return start, end
}

// utf16Of is the code units of a JS string.
func utf16Of(v goja.Value) (goja.String, int) {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	return s, s.Length()
}

// encodeString is a JS string's bytes in enc, as node's StringBytes::Write:
// lone surrogates become U+FFFD in UTF-8, latin1 and ascii keep the low byte
// of each code unit, base64 and hex decode leniently.
func encodeString(v goja.Value, enc int) []byte {
	switch enc {
	case encUTF16LE:
		s, n := utf16Of(v)
		out := make([]byte, 2*n)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out
	case encLatin1, encASCII:
		s, n := utf16Of(v)
		out := make([]byte, n)
		for i := 0; i < n; i++ {
			out[i] = byte(s.CharAt(i))
		}
		return out
	case encBase64, encBase64URL:
		return decodeBase64(v.String())
	case encHex:
		s := v.String()
		out := make([]byte, len(s)/2)
		for i := range out {
			hi, ok1 := unhex(s[2*i])
			lo, ok2 := unhex(s[2*i+1])
			if !ok1 || !ok2 {
				return out[:i]
			}
			out[i] = hi<<4 | lo
		}
		return out
	}
	return utf8Of(v)
}

// utf8Of is a JS string as UTF-8, lone surrogates as U+FFFD (what node
// writes). One pass over the code units: goja's own String() of a
// non-ASCII string goes through a []rune.
func utf8Of(v goja.Value) []byte {
	if isASCIIValue(v) {
		return []byte(v.String())
	}
	s, n := utf16Of(v)
	out := make([]byte, 0, n+n/2)
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			out = append(out, byte(c))
		case c < 0x800:
			out = append(out, 0xC0|byte(c>>6), 0x80|byte(c&0x3F))
		case c >= 0xD800 && c <= 0xDBFF && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			r := 0x10000 + (rune(c)-0xD800)<<10 + rune(s.CharAt(i+1)) - 0xDC00
			out = utf8.AppendRune(out, r)
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			out = append(out, 0xEF, 0xBF, 0xBD)
		default:
			out = append(out, 0xE0|byte(c>>12), 0x80|byte(c>>6&0x3F), 0x80|byte(c&0x3F))
		}
	}
	return out
}

func byteLength(v goja.Value, enc int) int {
	switch enc {
	case encUTF16LE:
		_, n := utf16Of(v)
		return 2 * n
	case encLatin1, encASCII:
		_, n := utf16Of(v)
		return n
	case encHex:
		_, n := utf16Of(v)
		return n >> 1
	case encBase64, encBase64URL:
		s, n := utf16Of(v)
		if n > 0 && s.CharAt(n-1) == '=' {
			n--
		}
		if n > 1 && s.CharAt(n-1) == '=' {
			n--
		}
		return n * 3 >> 2
	}
	if isASCIIValue(v) {
		return len(v.String())
	}
	return len(utf8Of(v))
}

// asciiStringType is goja's type for strings of ASCII characters only,
// whose Go string form is free.
var asciiStringType = reflect.TypeOf(goja.StringFromUTF16([]uint16{'a'}))

// isASCIIValue reports whether s is one of goja's ASCII strings.
func isASCIIValue(s goja.Value) bool { return reflect.TypeOf(s) == asciiStringType }

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// base64Value maps both alphabets (base64 and base64url) to 0..63; 255 is
// not a digit.
var base64Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 255
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = byte(i)
	}
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64 decodes as node's base64_decode: either alphabet, characters
// that are not digits skipped, decoding stops at the first '='.
func decodeBase64(s string) []byte {
	out := make([]byte, 0, len(s)*3/4+3)
	var acc uint32
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			break
		}
		d := base64Value[c]
		if d == 255 {
			continue
		}
		acc = acc<<6 | uint32(d)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

// forgivingBase64 is the WHATWG forgiving-base64 decode atob uses; code
// is -2 for an invalid character and -1 for a length that cannot be base64.
func forgivingBase64(s string) (out []byte, code int) {
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			clean = append(clean, c)
		}
	}
	if len(clean)%4 == 0 {
		if bytes.HasSuffix(clean, []byte("==")) {
			clean = clean[:len(clean)-2]
		} else if bytes.HasSuffix(clean, []byte("=")) {
			clean = clean[:len(clean)-1]
		}
	}
	for _, c := range clean {
		if c == '-' || c == '_' || base64Value[c] == 255 {
			return nil, -2
		}
	}
	if len(clean)%4 == 1 {
		return nil, -1
	}
	return decodeBase64(string(clean)), 0
}

// decodeBytes is b as a JS string in enc (node's StringBytes::Encode):
// malformed UTF-8 becomes U+FFFD per maximal subpart, as the WHATWG
// decoder and V8 do.
// decodedUnits is the length node checks against V8's longest string
// before it decodes b as enc: the UTF-16 units of the result, except for
// utf8, whose bytes count (V8's NewStringFromUtf8 refuses more bytes than
// the longest string, measured: 2^28 three-byte characters throw in node).
func decodedUnits(b []byte, enc int) int {
	n := len(b)
	switch enc {
	case encUTF16LE:
		return n / 2
	case encBase64:
		return (n + 2) / 3 * 4
	case encBase64URL:
		return (n*4 + 2) / 3
	case encHex:
		return 2 * n
	}
	return n
}

// stringTooLong is node's error for a decode whose result would pass V8's
// longest string (buf.toString, fs reads with an encoding, TextDecoder):
// thrown before any of it is made.
func stringTooLong(vm *goja.Runtime) *goja.Object {
	e, err := vm.New(vm.Get("Error"), vm.ToValue(fmt.Sprintf("Cannot create a string longer than 0x%x characters", MaxStringLength)))
	if err != nil {
		panic(err)
	}
	e.Set("code", "ERR_STRING_TOO_LONG")
	return e
}

func decodeBytes(vm *goja.Runtime, b []byte, enc int) goja.Value {
	switch enc {
	case encUTF8:
		if utf8.Valid(b) {
			return vm.ToValue(string(b))
		}
		return vm.ToValue(string(replaceInvalidUTF8(b)))
	case encLatin1, encASCII:
		ascii := true
		for _, c := range b {
			if c >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return vm.ToValue(string(b))
		}
		if enc == encASCII {
			out := make([]byte, len(b))
			for i, c := range b {
				out[i] = c & 0x7f
			}
			return vm.ToValue(string(out))
		}
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u)
	case encUTF16LE:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case encBase64:
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	case encBase64URL:
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
	case encHex:
		return vm.ToValue(hex.EncodeToString(b))
	}
	return vm.ToValue(string(b))
}

// replaceInvalidUTF8 replaces each maximal subpart of an ill-formed
// sequence with U+FFFD (Unicode 15, section 3.9, "U+FFFD Substitution of
// Maximal Subparts").
func replaceInvalidUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			out = append(out, b[i:i+size]...)
			i += size
			continue
		}
		out = append(out, "\uFFFD"...)
		i += maximalSubpart(b[i:])
	}
	return out
}

// maximalSubpart is how many bytes of an ill-formed sequence at the start of
// b one U+FFFD replaces: the longest prefix that could begin a well-formed
// character, at least 1.
func maximalSubpart(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		x := b[n]
		if x < lo || x > hi {
			break
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}

// wholeUTF8 is the length of b's longest prefix that does not end inside a
// character whose bytes could still be completed.
func wholeUTF8(b []byte) int {
	n := len(b)
	for k := 1; k <= 3 && k <= n; k++ {
		c := b[n-k]
		if c < 0x80 {
			return n
		}
		if c >= 0xC0 {
			need := 0
			switch {
			case c >= 0xF0:
				need = 4
			case c >= 0xE0:
				need = 3
			default:
				need = 2
			}
			if need > k && maximalSubpart(b[n-k:]) == k {
				return n - k
			}
			return n
		}
	}
	return n
}

// indexOfUnits is indexOf for ucs2, as node searches it: in the 16-bit
// units of b from its start (an odd last byte is no unit), from unit off/2,
// so only even byte offsets match.
func indexOfUnits(b, needle []byte, off int, last bool) int {
	n, m := len(b)/2, len(needle)/2
	if n < 1 || m < 1 {
		return -1
	}
	needle = needle[:2*m]
	at := func(i int) bool { return bytes.Equal(b[2*i:2*i+2*m], needle) }
	if last {
		for i := min(off/2, n-m); i >= 0; i-- {
			if at(i) {
				return 2 * i
			}
		}
		return -1
	}
	for i := max(off, 0) / 2; i+m <= n; i++ {
		if at(i) {
			return 2 * i
		}
	}
	return -1
}

// indexOf finds needle in b starting at off (already adjusted by
// lib/buffer.js as node's IndexOfOffset), forwards, or backwards from off
// when last.
func indexOf(b, needle []byte, off int, last bool) int {
	if last {
		off = min(off, len(b)-len(needle))
		for i := off; i >= 0; i-- {
			if bytes.Equal(b[i:i+len(needle)], needle) {
				return i
			}
		}
		return -1
	}
	if off < 0 || off > len(b) {
		return -1
	}
	i := bytes.Index(b[off:], needle)
	if i < 0 {
		return -1
	}
	return off + i
}
