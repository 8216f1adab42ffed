package evalguard

import (
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js/internal/astwalk"
)

func TestInsertIndirect(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int // reads changed to IndirectName
	}{
		{`const e = eval; e('1')`, 1},
		{`eval('1')`, 0},
		{`eval.call(null, '1')`, 1},
		{`[eval][0]('1'); typeof eval`, 2},
		{`eval: for (;;) break eval`, 0},
		{`var eval = 1; const e = eval`, 0},
		{`function f(eval) { return eval }`, 0},
		{`eval = 2; const e = eval`, 0},
		{`const o = { eval: 1 }; o.eval`, 0},
	} {
		prg, err := parser.ParseFile(nil, "x.js", c.src, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		InsertIndirect(prg, c.src)
		got := 0
		astwalk.Walk(prg, func(n any) any {
			if id, ok := n.(*ast.Identifier); ok && id.Name == IndirectName {
				got++
			}
			return n
		})
		if got != c.want {
			t.Errorf("%s: %d reads changed, want %d", c.src, got, c.want)
		}
	}
}
