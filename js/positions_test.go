package js

import (
	"strings"
	"testing"

	"github.com/evloop/evloop/js/esm"
)

// TestPositionMapUnits: every token of a plain file with characters
// outside ASCII reads at its UTF-16 column, as goja resolves a position
// through the map (its own position where the map has none), on line 1
// past the wrapper, on wide lines, on ASCII lines inside and between the
// map's sections, and before a line's first wide character.
func TestPositionMapUnits(t *testing.T) {
	var b strings.Builder
	b.WriteString("const é = 'ü'; f(é)\n")
	for i := 0; i < 3*sectionGap; i++ {
		switch {
		case i%7 == 0:
			b.WriteString("x = '日本語' + g(1) + '😀' + h(2); // ü\n")
		case i == sectionGap+3:
			b.WriteString("/* é\n still a comment ü */ k(3); const s = `é ${m(4)} ü`\n")
		default:
			b.WriteString("y = z(5) + [1, 2].map((v) => v * 2)\n")
		}
	}
	b.WriteString(strings.Repeat("w", 20) + "; // the last line, é")
	code := b.String()
	const wrapper = 40
	m := positionMap("/app/main.js", wrapper, code)
	if m == nil {
		t.Fatal("no map")
	}
	lineStarts := []int{0}
	for i, c := range code {
		if c == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	checked := 0
	esm.TokenStarts(code, func(at int) {
		line := 0
		for line+1 < len(lineStarts) && lineStarts[line+1] <= at {
			line++
		}
		byteCol := at - lineStarts[line] + 1
		genCol := byteCol
		if line == 0 {
			genCol += wrapper
		}
		gotLine, gotCol := line+1, genCol
		if _, _, l, c, ok := m.Source(line+1, genCol); ok {
			gotLine, gotCol = l, c
		}
		wantCol := utf16Len(code[lineStarts[line]:at]) + 1
		if gotLine != line+1 || gotCol != wantCol {
			t.Errorf("token at %d:%d (%q): got %d:%d, want %d:%d", line+1, byteCol,
				code[at:min(at+8, len(code))], gotLine, gotCol, line+1, wantCol)
		}
		checked++
	})
	if checked < 100 {
		t.Fatalf("only %d tokens checked", checked)
	}
}
