package inspect

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// meta holds node's escape for every code unit below 0xa0 that needs one;
// an empty entry means the unit is printed as is.
var meta = func() [0xa0]string {
	var m [0xa0]string
	const hex = "0123456789ABCDEF"
	for i := range 0x20 {
		m[i] = `\x` + string(hex[i>>4]) + string(hex[i&15])
	}
	for i := 0x7f; i < 0xa0; i++ {
		m[i] = `\x` + string(hex[i>>4]) + string(hex[i&15])
	}
	m['\b'], m['\t'], m['\n'], m['\f'], m['\r'] = `\b`, `\t`, `\n`, `\f`, `\r`
	m['\''] = `\'`
	m['\\'] = `\\`
	return m
}()

// jsString is a JS string as UTF-16 code units when it is not plain ASCII,
// so that lengths, slicing and lone surrogates behave as in node.
type jsString struct {
	ascii string   // set when the string is ASCII
	units []uint16 // set otherwise
}

func toJSString(v goja.Value) jsString {
	s := v.String()
	if isASCII(s) {
		return jsString{ascii: s}
	}
	if gs, ok := v.(goja.String); ok {
		n := gs.Length()
		u := make([]uint16, n)
		for i := range n {
			u[i] = gs.CharAt(i)
		}
		return jsString{units: u}
	}
	return fromGo(s)
}

func fromGo(s string) jsString {
	if isASCII(s) {
		return jsString{ascii: s}
	}
	u := make([]uint16, 0, len(s))
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			u = append(u, uint16(0xd800+(r>>10)), uint16(0xdc00+(r&0x3ff)))
		} else {
			u = append(u, uint16(r))
		}
	}
	return jsString{units: u}
}

func (s jsString) len() int {
	if s.units == nil {
		return len(s.ascii)
	}
	return len(s.units)
}

func (s jsString) at(i int) uint16 {
	if s.units == nil {
		return uint16(s.ascii[i])
	}
	return s.units[i]
}

func (s jsString) slice(i, j int) jsString {
	if s.units == nil {
		return jsString{ascii: s.ascii[i:j]}
	}
	return jsString{units: s.units[i:j]}
}

// String converts to UTF-8; lone surrogates become U+FFFD.
func (s jsString) String() string {
	if s.units == nil {
		return s.ascii
	}
	var b strings.Builder
	s.appendRange(&b, 0, len(s.units))
	return b.String()
}

func (s jsString) appendRange(b *strings.Builder, i, j int) {
	if s.units == nil {
		b.WriteString(s.ascii[i:j])
		return
	}
	for k := i; k < j; k++ {
		c := s.units[k]
		if c >= 0xd800 && c <= 0xdbff && k+1 < j && s.units[k+1] >= 0xdc00 && s.units[k+1] <= 0xdfff {
			r := (rune(c)-0xd800)<<10 | (rune(s.units[k+1]) - 0xdc00) + 0x10000
			b.WriteRune(r)
			k++
			continue
		}
		b.WriteRune(rune(c))
	}
}

func (s jsString) contains(sub string) bool {
	if s.units == nil {
		return strings.Contains(s.ascii, sub)
	}
	// sub is ASCII in every caller.
	n := len(sub)
	for i := 0; i+n <= len(s.units); i++ {
		k := 0
		for k < n && s.units[i+k] == uint16(sub[k]) {
			k++
		}
		if k == n {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// jsLen is the UTF-16 length of a Go string, which is what node measures
// when it compares output against breakLength.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

const (
	quoteSingle = '\''
	quoteDouble = '"'
	quoteBack   = '`'
)

// strEscape quotes a string as node's strEscape does: single quotes unless
// the string contains one, then double quotes, then backticks, escaping
// control characters, the backslash, the chosen quote when it is ' and lone
// surrogates.
func strEscape(s jsString) string {
	quote := byte(quoteSingle)
	if s.contains("'") {
		if !s.contains(`"`) {
			quote = quoteDouble
		} else if !s.contains("`") && !s.contains("${") {
			quote = quoteBack
		}
	}
	var b strings.Builder
	b.Grow(s.len() + 2)
	b.WriteByte(quote)
	escapeInto(&b, s, quote == quoteSingle)
	b.WriteByte(quote)
	return b.String()
}

// escapeInto writes s with node's escapes; escapeQuote says whether the
// single quote is escaped too.
func escapeInto(b *strings.Builder, s jsString, escapeQuote bool) {
	n := s.len()
	last := 0
	for i := 0; i < n; i++ {
		c := s.at(i)
		var esc string
		switch {
		case c == '\'' && escapeQuote, c == '\\', c < 0x20, c >= 0x7f && c < 0xa0:
			esc = meta[c]
		case c >= 0xd800 && c <= 0xdfff:
			if c <= 0xdbff && i+1 < n {
				if d := s.at(i + 1); d >= 0xdc00 && d <= 0xdfff {
					i++
					continue
				}
			}
			esc = `\u` + strconv.FormatUint(uint64(c), 16)
		default:
			continue
		}
		s.appendRange(b, last, i)
		b.WriteString(esc)
		last = i + 1
	}
	s.appendRange(b, last, n)
}

// escapeKey escapes without quoting, as node does for symbol descriptions
// and non-enumerable keys shown in brackets.
func escapeKey(s string) string {
	js := fromGo(s)
	var b strings.Builder
	escapeInto(&b, js, true)
	return b.String()
}

// isIdentifier matches node's keyStrRegExp /^[a-zA-Z_][a-zA-Z_0-9]*$/.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// isIndex matches node's numberRegExp /^(0|[1-9][0-9]*)$/.
func isIndex(s string) bool {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// stripANSI removes VT control sequences, the subset node's ansi regexp
// matches that evloop's own styles and common user strings produce.
func stripANSI(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 && !strings.Contains(s, "\u009b") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b || strings.HasPrefix(s[i:], "\u009b") {
			if s[i] == 0x1b {
				i++
			} else {
				i += 2
			}
			if i < len(s) && s[i] == '[' {
				i++
				for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ';' || s[i] == '?') {
					i++
				}
				if i < len(s) {
					i++
				}
			} else if i < len(s) {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// stringWidth approximates node's getStringWidth: columns on a terminal,
// zero for control and combining characters, two for wide East Asian ones.
func stringWidth(s string, removeColors bool) int {
	if removeColors {
		s = stripANSI(s)
	}
	w := 0
	for _, r := range s {
		switch {
		case r < 0x20:
		case r < 0x7f:
			w++
		case isZeroWidth(r):
		case isFullWidth(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

func isZeroWidth(r rune) bool {
	return r <= 0x1f || r >= 0x7f && r <= 0x9f || r >= 0x300 && r <= 0x36f ||
		r >= 0x200b && r <= 0x200f || r >= 0x20d0 && r <= 0x20ff ||
		r >= 0xfe00 && r <= 0xfe0f || r >= 0xfe20 && r <= 0xfe2f ||
		r >= 0xe0100 && r <= 0xe01ef
}

func isFullWidth(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		r >= 0x2e80 && r <= 0x3247 && r != 0x303f ||
		r >= 0x3250 && r <= 0x4dbf || r >= 0x4e00 && r <= 0xa4c6 ||
		r >= 0xa960 && r <= 0xa97c || r >= 0xac00 && r <= 0xd7a3 ||
		r >= 0xf900 && r <= 0xfaff || r >= 0xfe10 && r <= 0xfe19 ||
		r >= 0xfe30 && r <= 0xfe6b || r >= 0xff01 && r <= 0xff60 ||
		r >= 0xffe0 && r <= 0xffe6 || r >= 0x1b000 && r <= 0x1b001 ||
		r >= 0x1f200 && r <= 0x1f251 || r >= 0x1f300 && r <= 0x1f64f ||
		r >= 0x20000 && r <= 0x3fffd)
}
