package js

// Positions as node prints them. A CommonJS file runs inside node's module
// wrapper, which evloop puts on the file's first line (so line numbers
// stay the user's); a lowered file (esm.LowerCommonJS) runs as esbuild's
// output. Either way goja's positions are not the user's: the wrapper adds
// its length to every column of line 1, and lowered code has its own
// lines. goja maps every position it reports (error.stack, uncaught error
// reports, the trace's call sites) through a source map set on the parsed
// file, so positionMap builds one:
//
//   - plain code: one segment per column of line 1 (at most
//     maxLineOneColumns), none elsewhere: goja finds no mapping past line
//     1 and keeps its own position, which is already right.
//   - lowered code: esbuild's inline map, moved by the wrapper. The lines
//     esbuild puts before the user's code (its helpers: __asyncGenerator,
//     __forAwait, …) map to loweringSource, so a frame inside them reads
//     as node's internal frames do and the trace skips it, instead of
//     naming a line of the user's file that does not hold that code.
//
// goja hands the map 1-based generated columns and prints the mapped
// source column as is, while source maps count columns from 0; the maps
// built here store both columns 1-based, so what goja prints is node's
// 1-based column.

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja/file"
	"github.com/evloop/evloop/js/esm"
	"github.com/go-sourcemap/sourcemap"
)

// maxLineOneColumns bounds the identity map of line 1: a minified file's
// one long line would cost a segment per byte. Columns past it on line 1
// are reported the wrapper's length too far, as before.
const maxLineOneColumns = 4096

// loweringSource names the code esbuild adds to a lowered file.
const loweringSource = "node:internal/evloop/lowering"

// inlineMapPrefix starts the last line of esbuild's output.
const inlineMapPrefix = "//# sourceMappingURL=data:application/json;base64,"

// positionMap returns the source map taking goja's positions in
// wrapper+code back to the positions in name's own source, or nil if
// there is nothing to map or name would not survive goja's URL
// resolution of a map's source (a name with characters a URL escapes).
func positionMap(name string, wrapperLen int, code string) *sourcemap.Consumer {
	if !mappable(name) {
		return nil
	}
	var m []byte
	var err error
	if i := strings.LastIndex(code, "\n"+inlineMapPrefix); i >= 0 {
		m, err = mapJSON(name, loweredSegments(code[i+1+len(inlineMapPrefix):], wrapperLen))
	} else if !isASCII(code) {
		m, err = unitsMapJSON(name, wrapperLen, code)
	} else {
		n := lineOneLen(code)
		if n > maxLineOneColumns {
			n = maxLineOneColumns
		}
		segs := make([]segment, 0, n+1)
		for c := 1; c <= n+1; c++ {
			segs = append(segs, segment{genLine: 0, genCol: wrapperLen + c, srcLine: 0, srcCol: c})
		}
		m, err = mapJSON(name, segs)
	}
	if m == nil || err != nil {
		return nil
	}
	c, err := sourcemap.Parse("", m)
	if err != nil {
		return nil
	}
	return c
}

// mappable reports whether name survives goja's URL resolution of a map's
// source unchanged (a name with characters a URL escapes does not): only
// then does positionMap give its file a map.
func mappable(name string) bool {
	u := file.ResolveSourcemapURL(name, name)
	return u != nil && u.String() == name
}

// sourceMapJSON is a source map; sections (an index map) replace the
// mappings when set.
type sourceMapJSON struct {
	Version  int             `json:"version"`
	Sources  []string        `json:"sources,omitempty"`
	Mappings string          `json:"mappings"`
	Sections []mapSectionRaw `json:"sections,omitempty"`
}

type mapSectionRaw struct {
	Offset struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	} `json:"offset"`
	Map sourceMapJSON `json:"map"`
}

// mapJSON is the map of segs, nil for none.
func mapJSON(name string, segs []segment) ([]byte, error) {
	if len(segs) == 0 {
		return nil, nil
	}
	return json.Marshal(sourceMapJSON{Version: 3, Sources: []string{name, loweringSource}, Mappings: encodeMappings(segs)})
}

// unitsMapJSON maps a plain file with characters outside ASCII: goja
// counts its columns in bytes, node in UTF-16 units. Line 1 gets a segment
// at each of its columns, past the wrapper; every other line holding such
// a character (up to maxLineOneColumns bytes long) one at each token that
// starts after the first such character (esm.TokenStarts: goja places its
// positions at tokens, never inside a comment or a string).
//
// The lookup (sourcemap.Consumer.Source) falls back to the mapping before
// a position when none is at it, even one on an earlier line, and finds
// none for a position after a map's last mapping. So the mapped lines are
// cut into sections (an index map), each holding mappings from its first
// line to its last mapped line, where a line after the first has one at
// each of its tokens (as they are, before the first wide character): goja
// keeps its own position (the right one) on the lines between sections
// and before the first wide character of a section's first line. A
// section takes in the next mapped line when at most sectionGap lines lie
// between them: each section costs the map's parse more than a line's
// tokens do.
func unitsMapJSON(name string, wrapperLen int, code string) ([]byte, error) {
	top := sourceMapJSON{Version: 3}
	sources := []string{name, loweringSource}
	var starts []int
	esm.TokenStarts(code, func(i int) { starts = append(starts, i) })

	type codeLine struct {
		line, at int
		text     string
		starts   []int
	}
	var pending []codeLine // lines after the section's last mapped one
	var segs []segment
	secLine := -1 // the section's first line, -1 for none open
	flush := func() {
		if secLine >= 0 {
			var sec mapSectionRaw
			sec.Offset.Line = secLine
			for i := range segs {
				segs[i].genLine -= secLine
			}
			sec.Map = sourceMapJSON{Version: 3, Sources: sources, Mappings: encodeMappings(segs)}
			top.Sections = append(top.Sections, sec)
		}
		segs, secLine, pending = nil, -1, pending[:0]
	}
	at := 0 // the line's offset in code
	for line, rest := 0, code; ; line++ {
		text, next, more := cutLine(rest)
		for len(starts) > 0 && starts[0] < at {
			starts = starts[1:]
		}
		n := 0
		for n < len(starts) && starts[n] < at+len(text) {
			n++
		}
		cl := codeLine{line, at, text, starts[:n]}
		starts = starts[n:]
		switch {
		case line == 0:
			segs, secLine = lineOneSegments(text, wrapperLen), 0
		case len(text) > maxLineOneColumns || isASCII(text):
			if secLine >= 0 {
				if pending = append(pending, cl); len(pending) > sectionGap {
					flush()
				}
			}
		case secLine >= 0:
			for _, p := range append(pending, cl) {
				segs = append(segs, unitsSegments(p.line, p.text, p.at, p.starts, true)...)
			}
			pending = pending[:0]
		default:
			if s := unitsSegments(line, text, at, cl.starts, false); len(s) > 0 {
				segs, secLine = s, line
			}
		}
		if !more {
			break
		}
		at += len(rest) - len(next)
		rest = next
	}
	flush()
	return json.Marshal(top)
}

// sectionGap is how many lines without a mapping may lie inside a section
// of unitsMapJSON's map.
const sectionGap = 16

// lineOneSegments map each column of line 1 (up to maxLineOneColumns)
// past the wrapper: to its UTF-16 column when the line is no longer, else
// as it is.
func lineOneSegments(text string, wrapperLen int) []segment {
	if len(text) > maxLineOneColumns || isASCII(text) {
		n := min(len(text), maxLineOneColumns)
		segs := make([]segment, 0, n+1)
		for c := 1; c <= n+1; c++ {
			segs = append(segs, segment{genCol: wrapperLen + c, srcCol: c})
		}
		return segs
	}
	var segs []segment
	units := 0
	for i, c := range text {
		segs = append(segs, segment{genCol: wrapperLen + i + 1, srcCol: units + 1})
		units += utf16Units(c)
	}
	return append(segs, segment{genCol: wrapperLen + len(text) + 1, srcCol: units + 1})
}

// unitsSegments are the segments of line (0-based, not the first) of
// text, at offset at in the code, whose tokens start at starts: goja's
// 1-based byte column to node's UTF-16 one at each token after the line's
// first character outside ASCII, and with all set at each token before it
// too (as it is).
func unitsSegments(line int, text string, at int, starts []int, all bool) []segment {
	var segs []segment
	units, from := 0, 0
	wide := false
	for _, st := range starts {
		i := st - at
		if !utf8.RuneStart(text[i]) {
			continue
		}
		units += utf16Len(text[from:i])
		wide = wide || !isASCII(text[from:i])
		from = i
		if wide || all {
			segs = append(segs, segment{genLine: line, genCol: i + 1, srcLine: line, srcCol: units + 1})
		}
	}
	return segs
}

// utf16Columns reports whether goja counts the columns of text, a line of
// a plain (not lowered) file name, in UTF-16 units: when positionMap
// mapped it (unitsSegments).
func utf16Columns(name, text string) bool {
	return len(text) <= maxLineOneColumns && mappable(name)
}

// cutLine splits off code's first line at a line terminator as goja
// counts them (\n, \r\n, \r, U+2028, U+2029); more is false for the last.
func cutLine(code string) (text, rest string, more bool) {
	for i, c := range code {
		switch c {
		case '\n':
			return code[:i], code[i+1:], true
		case '\r':
			if strings.HasPrefix(code[i+1:], "\n") {
				return code[:i], code[i+2:], true
			}
			return code[:i], code[i+1:], true
		case '\u2028', '\u2029':
			return code[:i], code[i+3:], true
		}
	}
	return code, "", false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lineOneLen is the length in bytes of code's first line.
func lineOneLen(code string) int {
	for i, ch := range code {
		switch ch {
		case '\n', '\r', '\u2028', '\u2029':
			return i
		}
	}
	return len(code)
}

// loweredSegments reads esbuild's inline map (base64 JSON) and returns its
// segments in goja's coordinates: line 1 moved right by the wrapper, both
// columns 1-based.
func loweredSegments(b64 string, wrapperLen int) []segment {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(b64))
	if err != nil {
		return nil
	}
	var m struct {
		Mappings string `json:"mappings"`
	}
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	user := decodeMappings(m.Mappings)
	if len(user) == 0 {
		return nil
	}
	segs := make([]segment, 0, user[0].genLine+len(user))
	for line := 0; line < user[0].genLine; line++ {
		col := 1
		if line == 0 {
			col += wrapperLen
		}
		segs = append(segs, segment{genLine: line, genCol: col, src: 1, srcLine: line, srcCol: 1})
	}
	for _, s := range user {
		s.genCol++
		s.srcCol++
		if s.genLine == 0 {
			s.genCol += wrapperLen
		}
		segs = append(segs, s)
	}
	return segs
}

// segment is one mapping, all fields 0-based unless a caller says so; src
// is 0 for the user's file (esbuild's output of one file has one source)
// and 1 for loweringSource.
type segment struct{ genLine, genCol, src, srcLine, srcCol int }

const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decodeMappings reads a source map's "mappings" (Base64 VLQ), keeping
// the segments that name a source position.
func decodeMappings(s string) []segment {
	var out []segment
	var line, genCol, srcLine, srcCol int
	var fields [5]int
	for len(s) > 0 {
		switch s[0] {
		case ';':
			line++
			genCol = 0
			s = s[1:]
			continue
		case ',':
			s = s[1:]
			continue
		}
		n := 0
		for len(s) > 0 && s[0] != ',' && s[0] != ';' {
			v, rest, ok := readVLQ(s)
			if !ok {
				return out
			}
			if n < len(fields) {
				fields[n] = v
			}
			n++
			s = rest
		}
		genCol += fields[0]
		if n >= 4 {
			srcLine += fields[2]
			srcCol += fields[3]
			out = append(out, segment{genLine: line, genCol: genCol, srcLine: srcLine, srcCol: srcCol})
		}
	}
	return out
}

func readVLQ(s string) (int, string, bool) {
	v, shift := 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base64Digits, s[i])
		if d < 0 {
			return 0, s, false
		}
		v |= (d & 31) << shift
		shift += 5
		if d&32 == 0 {
			if v&1 != 0 {
				return -(v >> 1), s[i+1:], true
			}
			return v >> 1, s[i+1:], true
		}
	}
	return 0, s, false
}

// encodeMappings writes segments (sorted by generated position) as a
// "mappings" string.
func encodeMappings(segs []segment) string {
	var b strings.Builder
	b.Grow(len(segs) * 5)
	line, genCol, src, srcLine, srcCol := 0, 0, 0, 0, 0
	first := true
	for _, s := range segs {
		for line < s.genLine {
			b.WriteByte(';')
			line++
			genCol = 0
			first = true
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		writeVLQ(&b, s.genCol-genCol)
		writeVLQ(&b, s.src-src)
		writeVLQ(&b, s.srcLine-srcLine)
		writeVLQ(&b, s.srcCol-srcCol)
		genCol, src, srcLine, srcCol = s.genCol, s.src, s.srcLine, s.srcCol
	}
	return b.String()
}

func writeVLQ(b *strings.Builder, v int) {
	u := v << 1
	if v < 0 {
		u = (-v)<<1 | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		b.WriteByte(base64Digits[d])
		if u == 0 {
			return
		}
	}
}
