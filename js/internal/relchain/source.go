package relchain

import (
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// Source is src, code a program hands goja at run time (what it gives
// eval, an indirect eval or the Function constructor), with parentheses
// put in so that goja's parser groups its relational and long logical
// chains as Regroup groups a file's: eval('3 > 2 > 1') was true (goja's
// 3 > (2 > 1)) where node says false, and eval('1' + '&&1'.repeat(24))
// took 2 s to compile. Such code is parsed by goja itself, from text, so
// the text is what can be changed: every relational and logical
// expression of the regrouped tree is put in parentheses (which change
// neither value nor order of evaluation). wrapHead and wrapTail are put
// around src for the parse only (a function body is parsed as one); code
// that does not parse so, and code with no chain, is returned as it is.
func Source(src, wrapHead, wrapTail string) string {
	rel, logical := mayChainRelational(src), mayChainLogical(src)
	if !rel && !logical {
		return src
	}
	text := wrapHead + src + wrapTail
	prg, err := parser.ParseFile(nil, "", text, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return src
	}
	Regroup(prg, text)
	type insert struct {
		at   int
		open bool
	}
	var ins []insert
	base := len(wrapHead) + 1 // offset 0 of text is position 1
	astwalk.Walk(prg, func(n any) any {
		if be, ok := n.(*ast.BinaryExpression); ok && (relationalOperator(be.Operator) || logicalOperator(be.Operator)) {
			from, to := int(be.Idx0())-base, int(be.Idx1())-base
			if from >= 0 && to <= len(src) && from < to {
				ins = append(ins, insert{at: from, open: true}, insert{at: to})
			}
		}
		return n
	})
	if len(ins) == 0 {
		return src
	}
	// At one offset the closing parentheses go before the opening ones
	// (one expression ends where another cannot begin without an operator
	// between, so both at once does not happen; kept in order anyway).
	sort.SliceStable(ins, func(i, j int) bool {
		if ins[i].at != ins[j].at {
			return ins[i].at < ins[j].at
		}
		return !ins[i].open && ins[j].open
	})
	var b strings.Builder
	b.Grow(len(src) + len(ins))
	last := 0
	for _, in := range ins {
		b.WriteString(src[last:in.at])
		last = in.at
		if in.open {
			b.WriteByte('(')
		} else {
			b.WriteByte(')')
		}
	}
	b.WriteString(src[last:])
	out := b.String()
	if _, err := parser.ParseFile(nil, "", wrapHead+out+wrapTail, 0, parser.WithDisableSourceMaps); err != nil {
		return src
	}
	return out
}
