package http

// The HTTP message head for http.js's Parser, in one Go call: finding
// the head's end and splitting it were byte loops, a regular expression
// and a split in goja, a third of the keep-alive program's JavaScript time
// (node's parser, llhttp, is native too). The rules are the ones the JS
// parser had, byte for byte: the head is read as latin1, the first line
// must match node's request or status line, every other line needs a ':'
// after at least one character, and values are trimmed as
// String.prototype.trim trims.

import (
	"bytes"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

// Head parse failures, named as llhttp names them; http.js gives each
// its reason text.
const (
	hpeInvalidMethod   = "HPE_INVALID_METHOD"
	hpeInvalidConstant = "HPE_INVALID_CONSTANT"
	hpeInvalidHeader   = "HPE_INVALID_HEADER_TOKEN"
)

// httpHead is one parsed head: for a request f1 the method, f2 the URL,
// f3 the version ("1.1"); for a response f1 the version, code the status
// code and f3 the reason phrase. raw holds name, value, name, value…
type httpHead struct {
	end        int    // the offset after the head's empty line
	fail       string // an hpe* code, or ""
	f1, f2, f3 string
	code       int
	raw        []string
}

// parseHTTPHead reads the head at the start of b (after any empty lines).
// ok is false while b holds no complete head.
func parseHTTPHead(b []byte, request bool) (h httpHead, ok bool) {
	return parseHead(b, request, nil)
}

// parseHead is parseHTTPHead with the head's strings (but the version)
// taken from c when it is not nil.
func parseHead(b []byte, request bool, c *headStrings) (h httpHead, ok bool) {
	start := 0
	for start+1 < len(b) && b[start] == '\r' && b[start+1] == '\n' {
		start += 2
	}
	i := bytes.Index(b[start:], []byte("\r\n\r\n"))
	if i < 0 {
		return h, false
	}
	end := start + i
	h.end = end + 4
	text := b[start:end]
	nl := bytes.Index(text, []byte("\r\n"))
	first, rest := text, []byte(nil)
	if nl >= 0 {
		first, rest = text[:nl], text[nl+2:]
	}
	if request {
		if !requestLine(&h, first, c) {
			h.fail = hpeInvalidMethod
			return h, true
		}
	} else if !statusLine(&h, first, c) {
		h.fail = hpeInvalidConstant
		return h, true
	}
	for nl >= 0 {
		line := rest
		nl = bytes.Index(rest, []byte("\r\n"))
		if nl >= 0 {
			line, rest = rest[:nl], rest[nl+2:]
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 {
			h.fail = hpeInvalidHeader
			return h, true
		}
		if h.raw == nil {
			if c != nil && c.raw != nil {
				h.raw = c.raw[:0]
			} else {
				h.raw = make([]string, 0, 16)
			}
		}
		h.raw = append(h.raw, c.str(line[:colon]), c.str(jsTrim(line[colon+1:])))
	}
	return h, true
}

// requestLine matches /^([A-Z]+) (\S+) HTTP\/(\d)\.(\d)$/.
func requestLine(h *httpHead, l []byte, c *headStrings) bool {
	m := 0
	for m < len(l) && l[m] >= 'A' && l[m] <= 'Z' {
		m++
	}
	if m == 0 || m >= len(l) || l[m] != ' ' {
		return false
	}
	u := m + 1
	for u < len(l) && !jsSpace(l[u]) {
		u++
	}
	tail := l[u:]
	if u == m+1 || len(tail) != 9 || string(tail[:6]) != " HTTP/" || !digit(tail[6]) || tail[7] != '.' || !digit(tail[8]) {
		return false
	}
	h.f1, h.f2, h.f3 = c.str(l[:m]), c.str(l[m+1:u]), version(tail[6:9])
	return true
}

// statusLine matches /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/ (. is any
// latin1 character but \r and \n).
func statusLine(h *httpHead, l []byte, c *headStrings) bool {
	if len(l) < 12 || string(l[:5]) != "HTTP/" || !digit(l[5]) || l[6] != '.' || !digit(l[7]) || l[8] != ' ' ||
		!digit(l[9]) || !digit(l[10]) || !digit(l[11]) {
		return false
	}
	msg := l[12:]
	if len(msg) > 0 {
		if msg[0] != ' ' || bytes.IndexByte(msg, '\r') >= 0 || bytes.IndexByte(msg, '\n') >= 0 {
			return false
		}
		msg = msg[1:]
	}
	h.f1 = version(l[5:8])
	h.code = int(l[9]-'0')*100 + int(l[10]-'0')*10 + int(l[11]-'0')
	h.f3 = c.str(msg)
	return true
}

func digit(c byte) bool { return c >= '0' && c <= '9' }

// version is a "d.d" version as a string, without an allocation for the
// ones in use.
func version(b []byte) string {
	switch string(b) {
	case "1.1":
		return "1.1"
	case "1.0":
		return "1.0"
	}
	return string(b)
}

// headStrings keeps, for one runtime's HTTP parser, the strings of the
// heads it read lately (header names and values, methods, URLs, reasons:
// a keep-alive connection sends the same ones over and over) with their JS
// values, so that a repeated one costs no Go string and no goja value. JS
// strings are immutable, so a shared value is not observable. At most
// headStringsMax of at most headStringMax bytes are kept; when full, the
// set starts again (an ever-changing value, a Date header, cannot fill it
// for good). Used on the loop goroutine only.
type headStrings struct {
	m     map[string]headString
	lower map[string]string
	// raw and vals are the last head's name/value list and its JS values,
	// kept for the next head to reuse (httpHead copies them out).
	raw  []string
	vals []any
}

type headString struct {
	s string
	v goja.Value
}

const (
	headStringsMax = 256
	headStringMax  = 64
)

// str is b read as latin1, as latin1String, from the set when it is there.
func (c *headStrings) str(b []byte) string {
	if c == nil || len(b) > headStringMax {
		return latin1String(b)
	}
	if e, ok := c.m[string(b)]; ok {
		return e.s
	}
	s := latin1String(b)
	if len(c.m) >= headStringsMax {
		clear(c.m)
	}
	key := s
	if len(s) != len(b) {
		key = string(b)
	}
	c.m[key] = headString{s: s}
	return s
}

// value is the JS value of s, a string str returned (or another).
func (c *headStrings) value(vm *goja.Runtime, s string) goja.Value {
	if c == nil || len(s) > headStringMax {
		return vm.ToValue(s)
	}
	e, ok := c.m[s]
	if !ok {
		// Kept under its own bytes only when ASCII: a latin1 string read
		// from non-ASCII bytes is kept under those bytes.
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return vm.ToValue(s)
			}
		}
		if len(c.m) >= headStringsMax {
			clear(c.m)
		}
		e = headString{s: s}
	} else if e.s != s {
		return vm.ToValue(s)
	}
	if e.v == nil {
		e.v = vm.ToValue(s)
		c.m[s] = e
	}
	return e.v
}

// lowerName is asciiLower(name), from the set when it is there.
func (c *headStrings) lowerName(name string) string {
	if c == nil || len(name) > headStringMax {
		return asciiLower(name)
	}
	if l, ok := c.lower[name]; ok {
		return l
	}
	l := asciiLower(name)
	if len(c.lower) >= headStringsMax {
		clear(c.lower)
	}
	c.lower[name] = l
	return l
}

// jsSpace is \s of a JS regular expression, and what trim() removes, for a
// latin1 character.
func jsSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xa0
}

func jsTrim(b []byte) []byte {
	for len(b) > 0 && jsSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && jsSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// latin1String is b read as latin1 (each byte one code point), as a Go
// string goja turns into the same JS string.
func latin1String(b []byte) string {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			out := make([]byte, 0, len(b)+len(b)-i)
			out = append(out, b[:i]...)
			for _, c := range b[i:] {
				out = utf8.AppendRune(out, rune(c))
			}
			return string(out)
		}
	}
	return string(b)
}

// natives is http.js's `internal`: the runtime's shared helpers plus
// httpHead(u8, isRequest, start, end): -1 while u8[start:end] holds no
// whole head, else [length, failCode|null, f1, f2, f3, rawHeaders] (length
// counted from start; f2 the status code of a response).
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()
	hs := &headStrings{m: make(map[string]headString), lower: make(map[string]string)}
	o.Set("httpHead", func(c goja.FunctionCall) goja.Value {
		b := js.BytesView(c.Argument(0))
		request := c.Argument(1).ToBoolean()
		if len(c.Arguments) > 2 {
			start, end := clampRange(len(b), int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()))
			b = b[start:end]
		}
		h, ok := parseHead(b, request, hs)
		if !ok {
			return vm.ToValue(-1)
		}
		if h.fail != "" {
			return vm.NewArray(h.end, h.fail)
		}
		raw := hs.vals[:0]
		for _, s := range h.raw {
			raw = append(raw, hs.value(vm, s))
		}
		defer func() {
			clear(raw)
			hs.raw, hs.vals = h.raw[:0], raw[:0]
		}()
		var f2 any
		if request {
			f2 = hs.value(vm, h.f2)
		} else {
			f2 = h.code
		}
		return vm.NewArray(h.end, goja.Null(), hs.value(vm, h.f1), f2, hs.value(vm, h.f3), vm.NewArray(raw...), headersObj(vm, h.raw, raw, hs))
	})
	// httpChars(s, kind) is the character checks of every header set and
	// every message, which were regular expressions in http.js (goja ran
	// each test in ~2.5 µs, and a request made about ten): one loop over
	// the string s. kind 0: s is a non-empty HTTP token
	// (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/); 1: s has a character a header
	// value may not hold (/[^\t\x20-\x7e\x80-\xff]/); 2: a request path
	// with a character outside \u0021-\u00ff; else kind is a lowercase
	// ASCII word and the answer whether s holds it in any case (/word/i:
	// without the u flag nothing outside ASCII folds to an ASCII letter).
	// s is read as UTF-8 (goja's String): a character past U+00FF, a
	// surrogate among them, fails each check whole.
	o.Set("httpChars", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(httpChars(c.Argument(0).String(), c.Argument(1)))
	})
	return o
}

func httpChars(s string, kind goja.Value) bool {
	if w, ok := kind.(goja.String); ok {
		return hasFolded(s, w.String())
	}
	k := kind.ToInteger()
	for _, r := range s {
		switch {
		case k == 0 && (r >= 0x80 || !tokenChar[r]):
			return false
		case k == 1 && r != '\t' && (r < 0x20 || r == 0x7f || r > 0xff):
			return true
		case k == 2 && (r < 0x21 || r > 0xff):
			return true
		}
	}
	return k == 0 && s != ""
}

// tokenChar says which ASCII characters an HTTP token may hold.
var tokenChar = func() (t [0x80]bool) {
	for _, c := range "!#$%&'*+.^_`|~-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" {
		t[c] = true
	}
	return t
}()

// hasFolded says whether s holds w (lowercase ASCII) with ASCII letters
// matched in either case.
func hasFolded(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for ; j < len(w); j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// firstWins are the headers of which a message keeps the first (http.js's
// addHeader has the same list).
var firstWins = map[string]bool{
	"content-type": true, "content-length": true, "user-agent": true, "referer": true, "host": true,
	"authorization": true, "proxy-authorization": true, "if-modified-since": true, "if-unmodified-since": true,
	"from": true, "location": true, "max-forwards": true, "retry-after": true, "etag": true,
	"last-modified": true, "server": true, "age": true, "expires": true,
}

// headersObject is the message's headers object as http.js's makeHead
// builds it with addHeader from raw (name, value, …; vals are their JS
// values): lowercase names in first-seen order, set-cookie an array, a few
// keeping the first value, the rest joined with ", " ("; " for cookie).
// Nil, for makeHead to build, when a name is not ASCII (toLowerCase's rules
// are then JavaScript's to apply).
func headersObject(vm *goja.Runtime, raw []string, vals []any) goja.Value {
	return headersObj(vm, raw, vals, nil)
}

// headersObj is headersObject with the lowercase names taken from c when
// it is not nil.
func headersObj(vm *goja.Runtime, raw []string, vals []any, c *headStrings) goja.Value {
	type entry struct {
		name   string
		value  string
		vi     int   // the index in vals of the first value
		set    []any // set-cookie's values
		joined bool  // value was joined from several: a new JS string
	}
	entries := make([]entry, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		name := raw[i]
		for j := 0; j < len(name); j++ {
			if name[j] >= utf8.RuneSelf {
				return goja.Null()
			}
		}
		name = c.lowerName(name)
		k := -1
		for j := range entries {
			if entries[j].name == name {
				k = j
				break
			}
		}
		switch {
		case name == "set-cookie":
			if k < 0 {
				entries = append(entries, entry{name: name})
				k = len(entries) - 1
			}
			entries[k].set = append(entries[k].set, vals[i+1])
		case k < 0:
			entries = append(entries, entry{name: name, value: raw[i+1], vi: i + 1})
		case firstWins[name]:
		default:
			sep := ", "
			if name == "cookie" {
				sep = "; "
			}
			entries[k].value += sep + raw[i+1]
			entries[k].joined = true
		}
	}
	o := vm.NewObject()
	for _, e := range entries {
		switch {
		case e.set != nil:
			o.Set(e.name, vm.NewArray(e.set...))
		case e.joined:
			o.Set(e.name, e.value)
		default:
			o.Set(e.name, vals[e.vi]) // the JS string rawHeaders holds
		}
	}
	return o
}

// asciiLower is strings.ToLower for ASCII text, without a copy when it is
// lowercase already.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// clampRange is start and end clamped to [0, n] with start <= end, as
// Buffer's natives clamp their ranges.
func clampRange(n, start, end int) (int, int) {
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	return start, end
}
