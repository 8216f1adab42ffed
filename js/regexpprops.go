package js

// Unicode property escapes (\p{…}, \P{…}) in a u or v pattern. goja's
// translation to RE2 drops the backslash (\p{L} became the text "p{L}"),
// so such a pattern never matched when goja ran it with RE2; regexp2
// knows the general categories only. expandPropertyEscapes writes each
// escape whose property Go's unicode tables hold as the class of its
// ranges, which both engines read; the pattern as written stays the
// source (rxExtra). A literal reaches RegExp through esbuild (js/esm
// lowers a literal with a property escape to new RegExp).

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// generalCategories are V8's long names of the general categories, to
// Go's short ones.
var generalCategories = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, kv := range strings.Fields(`Letter=L Cased_Letter=LC Uppercase_Letter=Lu Lowercase_Letter=Ll Titlecase_Letter=Lt
		Modifier_Letter=Lm Other_Letter=Lo Mark=M Combining_Mark=M Nonspacing_Mark=Mn Spacing_Mark=Mc Enclosing_Mark=Me
		Number=N Decimal_Number=Nd digit=Nd Letter_Number=Nl Other_Number=No Punctuation=P punct=P Connector_Punctuation=Pc
		Dash_Punctuation=Pd Open_Punctuation=Ps Close_Punctuation=Pe Initial_Punctuation=Pi Final_Punctuation=Pf
		Other_Punctuation=Po Symbol=S Math_Symbol=Sm Currency_Symbol=Sc Modifier_Symbol=Sk Other_Symbol=So
		Separator=Z Space_Separator=Zs Line_Separator=Zl Paragraph_Separator=Zp Other=C Control=Cc cntrl=Cc Format=Cf
		Surrogate=Cs Private_Use=Co Unassigned=Cn`) {
		k, v, _ := strings.Cut(kv, "=")
		m[k] = v
	}
	return m
})

// scriptCodes are the ISO 15924 codes V8 takes for the common scripts.
var scriptCodes = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"Latn": "Latin", "Grek": "Greek", "Cyrl": "Cyrillic", "Hani": "Han", "Arab": "Arabic", "Hebr": "Hebrew",
		"Hira": "Hiragana", "Kana": "Katakana", "Hang": "Hangul", "Thai": "Thai", "Deva": "Devanagari", "Zyyy": "Common",
		"Zinh": "Inherited", "Armn": "Armenian", "Geor": "Georgian", "Ethi": "Ethiopic", "Beng": "Bengali", "Taml": "Tamil",
	}
})

// propertyRanges returns the ranges of the property named by an escape's
// braces (name or name=value), nil for one evloop does not know.
func propertyRanges(spec string) []unicode.Range32 {
	name, value, hasValue := strings.Cut(spec, "=")
	var tables []*unicode.RangeTable
	if hasValue {
		switch name {
		case "General_Category", "gc":
			return propertyRanges(value)
		case "Script", "sc", "Script_Extensions", "scx":
			if long, ok := scriptCodes()[value]; ok {
				value = long
			}
			if t := unicode.Scripts[value]; t != nil {
				tables = append(tables, t)
			}
		}
	} else {
		if long, ok := generalCategories()[name]; ok {
			name = long
		}
		switch name {
		case "LC":
			tables = []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt}
		case "Any":
			return []unicode.Range32{{Lo: 0, Hi: 0x10FFFF, Stride: 1}}
		case "ASCII":
			return []unicode.Range32{{Lo: 0, Hi: 0x7F, Stride: 1}}
		case "Alphabetic", "Alpha":
			tables = []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, unicode.Other_Alphabetic}
		case "Lowercase", "Lower":
			tables = []*unicode.RangeTable{unicode.Ll, unicode.Other_Lowercase}
		case "Uppercase", "Upper":
			tables = []*unicode.RangeTable{unicode.Lu, unicode.Other_Uppercase}
		default:
			if rs := emojiRanges(name); rs != nil {
				return rs
			}
			if t := unicode.Categories[name]; t != nil {
				tables = append(tables, t)
			} else if t := unicode.Properties[name]; t != nil {
				tables = append(tables, t)
			}
		}
	}
	if len(tables) == 0 {
		return nil
	}
	var rs []unicode.Range32
	for _, t := range tables {
		rs = append(rs, flatten(t)...)
	}
	return rs
}

// flatten is t's ranges as Range32 with stride 1.
func flatten(t *unicode.RangeTable) []unicode.Range32 {
	if t == nil {
		return nil
	}
	var rs []unicode.Range32
	add := func(lo, hi, stride uint32) {
		if stride == 1 {
			rs = append(rs, unicode.Range32{Lo: lo, Hi: hi, Stride: 1})
			return
		}
		for c := lo; c <= hi; c += stride {
			rs = append(rs, unicode.Range32{Lo: c, Hi: c, Stride: 1})
		}
	}
	for _, r := range t.R16 {
		add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		add(r.Lo, r.Hi, r.Stride)
	}
	return rs
}

// classText writes ranges as the inside of a u class; negated, their
// complement in 0…10FFFF.
func classText(rs []unicode.Range32, negated bool) string {
	if negated {
		sorted := sortRanges(rs)
		var comp []unicode.Range32
		next := uint32(0)
		for _, r := range sorted {
			if r.Lo > next {
				comp = append(comp, unicode.Range32{Lo: next, Hi: r.Lo - 1, Stride: 1})
			}
			if r.Hi+1 > next {
				next = r.Hi + 1
			}
		}
		if next <= 0x10FFFF {
			comp = append(comp, unicode.Range32{Lo: next, Hi: 0x10FFFF, Stride: 1})
		}
		rs = comp
	}
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(`\u{` + strconv.FormatUint(uint64(r.Lo), 16) + `}`)
		if r.Hi != r.Lo {
			b.WriteString(`-\u{` + strconv.FormatUint(uint64(r.Hi), 16) + `}`)
		}
	}
	return b.String()
}

func sortRanges(rs []unicode.Range32) []unicode.Range32 {
	out := append([]unicode.Range32(nil), rs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Lo < out[j-1].Lo; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// hasPropertyEscape reports whether a pattern may hold \p{ or \P{.
func hasPropertyEscape(src string) bool {
	return strings.Contains(src, `\p{`) || strings.Contains(src, `\P{`)
}

// expandPropertyEscapes writes each known \p{…} / \P{…} of a u pattern
// as its ranges: [ranges] or [^ranges] outside a class, the ranges (or
// their complement) inside one. ok is false when nothing changed.
func expandPropertyEscapes(src string) (string, bool) {
	var b strings.Builder
	changed := false
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+2 < len(src) && (src[i+1] == 'p' || src[i+1] == 'P') && src[i+2] == '{':
			end := strings.IndexByte(src[i+3:], '}')
			if end < 0 {
				b.WriteString(src[i:])
				return b.String(), changed
			}
			spec := src[i+3 : i+3+end]
			rs := propertyRanges(spec)
			if rs == nil {
				b.WriteString(src[i : i+4+end])
			} else {
				neg := src[i+1] == 'P'
				if inClass {
					b.WriteString(classText(rs, neg))
				} else if neg {
					b.WriteString("[^" + classText(rs, false) + "]")
				} else {
					b.WriteString("[" + classText(rs, false) + "]")
				}
				changed = true
			}
			i += 3 + end
		case c == '\\' && i+1 < len(src):
			b.WriteByte(c)
			b.WriteByte(src[i+1])
			i++
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), changed
}
