package inspect

import (
	"strconv"
	"strings"
	"unicode"
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
	if r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || r >= 0x1160 && r <= 0x11ff {
		// Combining marks, format characters and Hangul medial and final
		// jamo take no column of their own.
		return true
	}
	return r <= 0x1f || r >= 0x7f && r <= 0x9f || r >= 0x300 && r <= 0x36f ||
		r >= 0x200b && r <= 0x200f || r >= 0x20d0 && r <= 0x20ff ||
		r >= 0xfe00 && r <= 0xfe0f || r >= 0xfe20 && r <= 0xfe2f ||
		r >= 0xe0100 && r <= 0xe01ef
}

func isFullWidth(r rune) bool {
	if r < 0x1100 {
		return false
	}
	// wideRanges is sorted; binary search for the range that may hold r.
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		if wideRanges[m][1] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(wideRanges) && wideRanges[lo][0] <= r
}

// wideRanges are the code points Unicode's East Asian Width property calls
// Wide or Fullwidth (CJK, Hangul, kana, fullwidth forms and the emoji with
// default emoji presentation), which terminals and node's ICU-based
// getStringWidth give two columns.
var wideRanges = [][2]rune{
	{0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0},
	{0x23f3, 0x23f3}, {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2630, 0x2637}, {0x2648, 0x2653}, {0x267f, 0x267f},
	{0x2693, 0x2693}, {0x268a, 0x268f}, {0x26a1, 0x26a1}, {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5},
	{0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea}, {0x26f2, 0x26f3}, {0x26f5, 0x26f5},
	{0x26fa, 0x26fa}, {0x26fd, 0x26fd}, {0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728},
	{0x274c, 0x274c}, {0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c}, {0x2b50, 0x2b50}, {0x2b55, 0x2b55},
	{0x2e80, 0x303e}, {0x3041, 0x3247}, {0x3250, 0x4dff}, {0x4e00, 0xa4cf}, {0xa960, 0xa97f},
	{0xac00, 0xd7a3}, {0xf900, 0xfaff}, {0xfe10, 0xfe19}, {0xfe30, 0xfe6f}, {0xff00, 0xff60},
	{0xffe0, 0xffe6}, {0x16fe0, 0x16fe4}, {0x17000, 0x18cd5}, {0x16ff0, 0x16ff6}, {0x18cff, 0x18d1e}, {0x18d80, 0x18df2}, {0x1aff0, 0x1affe}, {0x1b000, 0x1b2fb}, {0x1d300, 0x1d376}, {0x1f004, 0x1f004},
	{0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f1e6, 0x1f202}, {0x1f210, 0x1f23b},
	{0x1f240, 0x1f248}, {0x1f250, 0x1f251}, {0x1f260, 0x1f265}, {0x1f300, 0x1f320}, {0x1f32d, 0x1f335},
	{0x1f337, 0x1f37c}, {0x1f37e, 0x1f393}, {0x1f3a0, 0x1f3ca}, {0x1f3cf, 0x1f3d3}, {0x1f3e0, 0x1f3f0},
	{0x1f3f4, 0x1f3f4}, {0x1f3f8, 0x1f43e}, {0x1f440, 0x1f440}, {0x1f442, 0x1f4fc}, {0x1f4ff, 0x1f53d},
	{0x1f54b, 0x1f54e}, {0x1f550, 0x1f567}, {0x1f57a, 0x1f57a}, {0x1f595, 0x1f596}, {0x1f5a4, 0x1f5a4},
	{0x1f5fb, 0x1f64f}, {0x1f680, 0x1f6c5}, {0x1f6cc, 0x1f6cc}, {0x1f6d0, 0x1f6d2}, {0x1f6d5, 0x1f6d8},
	{0x1f6dc, 0x1f6df}, {0x1f6eb, 0x1f6ec}, {0x1f6f4, 0x1f6fc}, {0x1f7e0, 0x1f7eb}, {0x1f7f0, 0x1f7f0},
	{0x1f90c, 0x1f93a}, {0x1f93c, 0x1f945}, {0x1f947, 0x1f9ff}, {0x1fa70, 0x1faff}, {0x20000, 0x2fffd},
	{0x30000, 0x3fffd},
}

// StringWidth is node's getStringWidth with its default of removing
// control sequences: the columns str takes on a terminal (console.table
// pads its cells by it).
func StringWidth(str string) int {
	return stringWidth(str, true)
}
