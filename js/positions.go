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

	"github.com/dop251/goja/file"
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
	if u := file.ResolveSourcemapURL(name, name); u == nil || u.String() != name {
		return nil
	}
	var segs []segment
	if i := strings.LastIndex(code, "\n"+inlineMapPrefix); i >= 0 {
		segs = loweredSegments(code[i+1+len(inlineMapPrefix):], wrapperLen)
	} else {
		n := lineOneLen(code)
		if n > maxLineOneColumns {
			n = maxLineOneColumns
		}
		segs = make([]segment, 0, n+1)
		for c := 1; c <= n+1; c++ {
			segs = append(segs, segment{genLine: 0, genCol: wrapperLen + c, srcLine: 0, srcCol: c})
		}
	}
	if len(segs) == 0 {
		return nil
	}
	m, err := json.Marshal(struct {
		Version  int      `json:"version"`
		Sources  []string `json:"sources"`
		Mappings string   `json:"mappings"`
	}{3, []string{name, loweringSource}, encodeMappings(segs)})
	if err != nil {
		return nil
	}
	c, err := sourcemap.Parse("", m)
	if err != nil {
		return nil
	}
	return c
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
