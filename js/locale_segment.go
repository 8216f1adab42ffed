//go:build !evloopweb

package js

import (
	"sync"
	"unicode"

	"github.com/dop251/goja"
)

// Intl.Segmenter's boundaries, after Unicode's UAX #29 rules, with the
// character classes taken from Go's unicode tables (and the emoji table
// of regexpprops_emoji.go for Extended_Pictographic) rather than ICU's
// break-property data: grapheme clusters (combining marks, emoji ZWJ
// sequences and modifiers, flags, Hangul syllables, CR LF), words (letters
// and digits joined across ' . , : as UAX #29 joins them, runs of spaces,
// each other character alone, a run of ideographs as one word where ICU's
// dictionary finds the words in it) and sentences (ended by . ! ? and what
// follows them up to the next sentence's start).

type graphemeClass uint8

const (
	gcOther graphemeClass = iota
	gcCR
	gcLF
	gcControl
	gcExtend
	gcZWJ
	gcRI
	gcSpacingMark
	gcL
	gcV
	gcT
	gcLV
	gcLVT
)

func graphemeClassOf(r rune) graphemeClass {
	switch {
	case r == '\r':
		return gcCR
	case r == '\n':
		return gcLF
	case r == 0x200D:
		return gcZWJ
	case r == 0x200C, unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), unicode.Is(unicode.Other_Grapheme_Extend, r),
		r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F:
		return gcExtend
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return gcRI
	case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Zl, r), unicode.Is(unicode.Zp, r), unicode.Is(unicode.Cf, r):
		return gcControl
	case unicode.Is(unicode.Mc, r):
		return gcSpacingMark
	case r >= 0x1100 && r <= 0x115F, r >= 0xA960 && r <= 0xA97C:
		return gcL
	case r >= 0x1160 && r <= 0x11A7, r >= 0xD7B0 && r <= 0xD7C6:
		return gcV
	case r >= 0x11A8 && r <= 0x11FF, r >= 0xD7CB && r <= 0xD7FB:
		return gcT
	case r >= 0xAC00 && r <= 0xD7A3:
		if (r-0xAC00)%28 == 0 {
			return gcLV
		}
		return gcLVT
	}
	return gcOther
}

var extPictTable = sync.OnceValue(func() *unicode.RangeTable {
	return &unicode.RangeTable{R32: emojiRanges("Extended_Pictographic")}
})

func isPictographic(r rune) bool { return r >= 0xA9 && unicode.Is(extPictTable(), r) }

// intlSegment(string, granularity) → [breaks, wordLike]: the UTF-16
// indexes where segments end (the last is the string's length), and for
// words whether each is word-like.
func intlSegment(vm *goja.Runtime, call goja.FunctionCall) goja.Value {
	// A lone surrogate becomes U+FFFD: one unit either way.
	rs := []rune(call.Argument(0).String())
	var breaks []int
	var wordLike []bool
	switch call.Argument(1).String() {
	case "word":
		breaks, wordLike = wordBreaks(rs)
	case "sentence":
		breaks = sentenceBreaks(rs)
	default:
		breaks = graphemeBreaks(rs)
	}
	// rune indexes to UTF-16 ones
	pos := make([]int, len(rs)+1)
	for i, r := range rs {
		n := 1
		if r > 0xFFFF {
			n = 2
		}
		pos[i+1] = pos[i] + n
	}
	b := make([]any, 0, len(breaks))
	for _, i := range breaks {
		if i > 0 {
			b = append(b, pos[i])
		}
	}
	w := make([]any, len(wordLike))
	for i, x := range wordLike {
		w[i] = x
	}
	return vm.NewArray(vm.NewArray(b...), vm.NewArray(w...))
}

// graphemeBreaks returns the indexes (in runes) where grapheme clusters
// start, after the first, and len(rs).
func graphemeBreaks(rs []rune) []int {
	var out []int
	riRun := 0       // regional indicators in a row before i
	pictZWJ := false // an Extended_Pictographic Extend* ZWJ just ended at i-1
	inPict := false  // inside Extended_Pictographic Extend*
	conjunct := 0    // GB9c: 1 after an Indic consonant (and Extend), 2 once a virama follows
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) {
			out = append(out, i)
			break
		}
		a, b := graphemeClassOf(rs[i-1]), graphemeClassOf(rs[i])
		// track the state for GB11 and GB12/13 as of rs[i-1]
		switch {
		case isPictographic(rs[i-1]):
			inPict, pictZWJ = true, false
		case a == gcExtend && inPict:
		case a == gcZWJ && inPict:
			pictZWJ, inPict = true, false
		default:
			inPict, pictZWJ = false, false
		}
		switch {
		case indicConsonant(rs[i-1]):
			conjunct = 1
		case indicLinker(rs[i-1]) && conjunct > 0:
			conjunct = 2
		case (a == gcExtend || a == gcZWJ) && conjunct > 0:
		default:
			conjunct = 0
		}
		if a == gcRI {
			riRun++
		} else {
			riRun = 0
		}
		brk := true
		switch {
		case a == gcCR && b == gcLF:
			brk = false
		case a == gcCR || a == gcLF || a == gcControl || b == gcCR || b == gcLF || b == gcControl:
		case a == gcL && (b == gcL || b == gcV || b == gcLV || b == gcLVT),
			(a == gcLV || a == gcV) && (b == gcV || b == gcT),
			(a == gcLVT || a == gcT) && b == gcT:
			brk = false
		case b == gcExtend || b == gcZWJ || b == gcSpacingMark:
			brk = false
		case pictZWJ && isPictographic(rs[i]):
			brk = false
		case conjunct == 2 && indicConsonant(rs[i]):
			brk = false
		case a == gcRI && b == gcRI && riRun%2 == 1:
			brk = false
		}
		if brk {
			out = append(out, i)
		}
	}
	return out
}

// indicLinker and indicConsonant are Unicode 15.1's InCB=Linker and
// InCB=Consonant: the viramas of six Indic scripts, and those scripts'
// consonants.
func indicLinker(r rune) bool {
	switch r {
	case 0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D:
		return true
	}
	return false
}

func indicConsonant(r rune) bool {
	switch {
	case r >= 0x0915 && r <= 0x0939, r >= 0x0958 && r <= 0x095F, r >= 0x0978 && r <= 0x097F,
		r >= 0x0995 && r <= 0x09A8, r >= 0x09AA && r <= 0x09B0, r == 0x09B2, r >= 0x09B6 && r <= 0x09B9, r >= 0x09DC && r <= 0x09DF, r == 0x09F0, r == 0x09F1,
		r >= 0x0A95 && r <= 0x0AA8, r >= 0x0AAA && r <= 0x0AB0, r >= 0x0AB2 && r <= 0x0AB9, r == 0x0AF9,
		r >= 0x0B15 && r <= 0x0B28, r >= 0x0B2A && r <= 0x0B30, r >= 0x0B32 && r <= 0x0B39, r >= 0x0B5C && r <= 0x0B5F, r == 0x0B71,
		r >= 0x0C15 && r <= 0x0C28, r >= 0x0C2A && r <= 0x0C39, r >= 0x0C58 && r <= 0x0C5A,
		r >= 0x0D15 && r <= 0x0D3A:
		return true
	}
	return false
}

type wordClass uint8

const (
	wcOther wordClass = iota
	wcLetter
	wcNumeric
	wcIdeo // each alone, word-like
	wcMidLetter
	wcMidNum
	wcMidNumLet
	wcExtendNumLet
	wcSpace
	wcNewline
	wcCR
	wcLF
	wcExtend
	wcRI
)

func wordClassOf(r rune) wordClass {
	switch {
	case r == '\r':
		return wcCR
	case r == '\n':
		return wcLF
	case r == 0x0B || r == 0x0C || r == 0x85 || r == 0x2028 || r == 0x2029:
		return wcNewline
	case r == 0x200D || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Cf, r) || r >= 0x1F3FB && r <= 0x1F3FF:
		return wcExtend
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return wcRI
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Thai, r):
		return wcIdeo
	case unicode.IsLetter(r):
		return wcLetter
	case unicode.Is(unicode.Nd, r):
		return wcNumeric
	case r == '_' || unicode.Is(unicode.Pc, r):
		return wcExtendNumLet
	case r == ':' || r == 0xB7 || r == 0x387 || r == 0x5F4 || r == 0x2027 || r == 0xFE13 || r == 0xFE55 || r == 0xFF1A:
		return wcMidLetter
	case r == ',' || r == ';' || r == 0x37E || r == 0x589 || r == 0x60C || r == 0x60D || r == 0x66C || r == 0x7F8 ||
		r == 0x2044 || r == 0xFE10 || r == 0xFE14 || r == 0xFE50 || r == 0xFE54 || r == 0xFF0C || r == 0xFF1B:
		return wcMidNum
	case r == '.' || r == '\'' || r == 0x2018 || r == 0x2019 || r == 0x2024 || r == 0xFE52 || r == 0xFF07 || r == 0xFF0E:
		return wcMidNumLet
	case unicode.Is(unicode.Zs, r) && r != 0xA0 && r != 0x202F && r != 0x2007:
		return wcSpace
	}
	return wcOther
}

// wordBreaks returns where words start (after the first) and len(rs), and
// for each segment whether it is word-like (letters, digits, ideographs).
func wordBreaks(rs []rune) (breaks []int, wordLike []bool) {
	// WB4: Extend and Format characters belong to what precedes them;
	// classify by the last base character.
	base := make([]wordClass, len(rs))
	for i, r := range rs {
		base[i] = wordClassOf(r)
	}
	// next returns the index of the first non-Extend character after i.
	next := func(i int) int {
		for j := i + 1; j < len(rs); j++ {
			if base[j] != wcExtend {
				return j
			}
		}
		return len(rs)
	}
	prevBase := func(i int) int { // the non-Extend character at or before i
		for j := i; j >= 0; j-- {
			if base[j] != wcExtend {
				return j
			}
		}
		return -1
	}
	ahLetter := func(c wordClass) bool { return c == wcLetter }
	start := 0
	riRun := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) {
			breaks = append(breaks, i)
			break
		}
		a, b := base[i-1], base[i]
		brk := true
		switch {
		case a == wcCR && b == wcLF:
			brk = false
		case a == wcCR || a == wcLF || a == wcNewline || b == wcCR || b == wcLF || b == wcNewline:
		case rs[i-1] == 0x200D && isPictographic(rs[i]):
			brk = false // WB3c
		case b == wcExtend:
			brk = false // WB4
		case a == wcSpace && b == wcSpace:
			brk = false // WB3d
		default:
			pi := prevBase(i - 1)
			if pi < 0 {
				break
			}
			a = base[pi]
			ni := next(i)
			var c wordClass = wcOther
			if ni < len(rs) {
				c = base[ni]
			}
			var z wordClass = wcOther // the base before a
			if pp := prevBase(pi - 1); pp >= 0 {
				z = base[pp]
			}
			switch {
			case ahLetter(a) && ahLetter(b), // WB5
				ahLetter(a) && (b == wcMidLetter || b == wcMidNumLet) && ahLetter(c), // WB6
				ahLetter(z) && (a == wcMidLetter || a == wcMidNumLet) && ahLetter(b), // WB7
				a == wcNumeric && b == wcNumeric, ahLetter(a) && b == wcNumeric,      // WB8, WB9
				a == wcNumeric && ahLetter(b),                                           // WB10
				z == wcNumeric && (a == wcMidNum || a == wcMidNumLet) && b == wcNumeric, // WB11
				a == wcNumeric && (b == wcMidNum || b == wcMidNumLet) && c == wcNumeric, // WB12
				(ahLetter(a) || a == wcNumeric || a == wcExtendNumLet) && b == wcExtendNumLet,
				a == wcExtendNumLet && (ahLetter(b) || b == wcNumeric),
				a == wcIdeo && b == wcIdeo: // a run of ideographs: ICU's dictionary would split it into words

				brk = false
			case a == wcRI && b == wcRI:
				riRun = 0
				for j := pi; j >= 0 && base[j] == wcRI; j-- {
					riRun++
				}
				brk = riRun%2 == 0
			}
		}
		if brk {
			breaks = append(breaks, i)
			wordLike = append(wordLike, isWordLike(base[start:i]))
			start = i
		}
	}
	wordLike = append(wordLike, isWordLike(base[start:]))
	return breaks, wordLike
}

func isWordLike(cs []wordClass) bool {
	for _, c := range cs {
		switch c {
		case wcLetter, wcNumeric, wcIdeo:
			return true
		}
	}
	return false
}

// sentenceBreaks ends a sentence after . ! ? (and closing punctuation,
// then spaces and line ends) when what follows starts another: a capital,
// a digit or anything after ! or ?, or after a line end.
func sentenceBreaks(rs []rune) []int {
	var out []int
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != '.' && r != '!' && r != '?' && r != '\n' && r != 0x2029 {
			continue
		}
		term := r
		j := i + 1
		for j < len(rs) && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?') {
			j++
		}
		for j < len(rs) && (unicode.Is(unicode.Pe, rs[j]) || unicode.Is(unicode.Pf, rs[j]) || rs[j] == '"' || rs[j] == '\'') {
			j++
		}
		sp := j
		for j < len(rs) && (rs[j] == ' ' || rs[j] == '\t' || unicode.Is(unicode.Zs, rs[j])) {
			j++
		}
		for j < len(rs) && (rs[j] == '\n' || rs[j] == '\r' || rs[j] == 0x2029) {
			j++
		}
		if j >= len(rs) {
			break
		}
		if term == '.' && j == sp {
			continue // 3.14, e.g.x
		}
		if term == '.' && !(unicode.IsUpper(rs[j]) || unicode.IsDigit(rs[j]) || !unicode.IsLetter(rs[j])) {
			continue
		}
		out = append(out, j)
		i = j - 1
	}
	return append(out, len(rs))
}
