// Package relchain regroups the relational chains goja's parser nests the
// wrong way (see Regroup).
package relchain

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// goja's parser reads a chain of relational operators (<, <=, >, >=,
// instanceof, in) right to left: `1 < 2 < 3` becomes 1 < (2 < 3), false,
// where every JavaScript engine groups to the left, (1 < 2) < 3, true; and
// `'a' in o instanceof Object` throws. The language's grammar makes the
// relational level left-associative like every other binary level, and
// goja's own equality, additive and multiplicative levels are. evloop uses
// goja as published, so instead of patching the parser it regroups the
// parsed tree before compiling (Regroup): the tree goja
// gives differs from the right one only in how a chain's links nest, and
// the parentheses a program wrote are still visible in its text, which
// tells `1 < (2 < 3)` (kept) from `1 < 2 < 3` (regrouped). Positions are
// untouched: the nodes are the parser's own, moved.
//
// A run-time parse inside goja (eval, new Function) does not pass through
// here; limits.md says so.

// relationalOperator reports whether op is one of the relational level's.
func relationalOperator(op token.Token) bool {
	switch op {
	case token.LESS, token.LESS_OR_EQUAL, token.GREATER, token.GREATER_OR_EQUAL,
		token.INSTANCEOF, token.IN:
		return true
	}
	return false
}

// mayChainRelational is a quick look at src for two relational operators
// (a <, > or the word in or instanceof, anywhere): without two no chain
// can exist, and the tree walk is skipped. It errs towards walking (a
// shift, an arrow or a < in a string counts), never away from it.
func mayChainRelational(src string) bool {
	seen := 0
	for i := 0; i < len(src) && seen < 2; i++ {
		switch src[i] {
		case '<', '>':
			seen++
		case 'i':
			if i+1 < len(src) && src[i+1] == 'n' && (i == 0 || !identByte(src[i-1])) {
				j := i + 2
				if j+8 <= len(src) && src[j:j+8] == "stanceof" {
					j += 8
				}
				if j == len(src) || !identByte(src[j]) {
					seen++
				}
			}
		}
	}
	return seen >= 2
}

func identByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// Regroup regroups every relational chain in prg, parsed from src (offset
// 0 of src is position 1 of prg, as parser.ParseFile numbers a file of its
// own), to the left, and every long chain of one logical operator to the
// right (logical.go). Every compile of a user's source calls it between
// parsing and goja.CompileAST.
func Regroup(prg *ast.Program, src string) {
	if prg == nil {
		return
	}
	rel, logical, priv := mayChainRelational(src), mayChainLogical(src), mayPrivateIn(src)
	if !rel && !logical && !priv {
		return
	}
	w := chainWalker{src: src, logical: logical}
	astwalk.Walk(prg, func(n any) any {
		if be, ok := n.(*ast.BinaryExpression); ok {
			if priv {
				privateIn(be)
			}
			if w.logical {
				nestRight(be)
			}
			return w.regroup(be)
		}
		return n
	})
}

// mayPrivateIn is a quick look at src for `#name in` (a private name, white
// space, the word in), so that a file without one is not walked for
// privateIn. It errs towards walking.
func mayPrivateIn(src string) bool {
	for i := strings.IndexByte(src, '#'); i >= 0; {
		j := i + 1
		for j < len(src) && identByte(src[j]) {
			j++
		}
		k := j
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r') {
			k++
		}
		if j > i+1 && k > j && k+2 <= len(src) && src[k:k+2] == "in" && (k+2 == len(src) || !identByte(src[k+2])) {
			return true
		}
		n := strings.IndexByte(src[j:], '#')
		if n < 0 {
			return false
		}
		i = j + n
	}
	return false
}

// privateIn gives `#x in o` its operator back. goja's parser makes the
// node with the operator read after it parsed o (Go evaluates the field
// self.token of its composite literal after the call beside it), so the
// node holds the token that follows o: `#x in o && y` held `#x && o`,
// which goja's compiler refused ("Compiler bug: Unknown expression type:
// *ast.PrivateIdentifier"), as after || and ??. The parser makes a
// private name the left side of a binary node only there.
func privateIn(be *ast.BinaryExpression) {
	if _, ok := be.Left.(*ast.PrivateIdentifier); ok {
		be.Operator = token.IN
	}
}

type chainWalker struct {
	src     string
	logical bool // also nest logical chains to the right (logical.go)
}

// regroup returns the top of be's chain grouped to the left: goja's
// a < (b < (c < d)) becomes ((a < b) < c) < d, one link at a time as long
// as the right side was not parenthesized in the source.
func (w *chainWalker) regroup(be *ast.BinaryExpression) *ast.BinaryExpression {
	if !relationalOperator(be.Operator) {
		return be
	}
	nodes := []*ast.BinaryExpression{be}
	operands := []ast.Expression{be.Left}
	cur := be
	for {
		r, ok := cur.Right.(*ast.BinaryExpression)
		if !ok || !relationalOperator(r.Operator) || w.parenthesized(cur.Left, r) {
			break
		}
		operands = append(operands, r.Left)
		nodes = append(nodes, r)
		cur = r
	}
	if len(nodes) == 1 {
		return be
	}
	operands = append(operands, cur.Right)
	ops := make([]token.Token, len(nodes))
	for i, n := range nodes {
		ops[i] = n.Operator
	}
	acc := operands[0]
	for i, n := range nodes {
		n.Operator, n.Left, n.Right = ops[i], acc, operands[i+1]
		n.Comparison = ops[i] != token.INSTANCEOF && ops[i] != token.IN
		acc = n
	}
	return nodes[len(nodes)-1]
}

// parenthesized reports whether r, the right side of `left op r`, was
// written in parentheses: more of them stay open between left and r's
// first operand than close, unopened, between that operand and r's second
// (the ones that close there wrap the operand alone, as in `a < (b) < c`).
// Pairs that open and close within one gap are a node's own text that its
// span leaves out (goja ends `new A()` after the A). When the positions do
// not fit the text, it says yes, and the tree stays goja's.
func (w *chainWalker) parenthesized(left ast.Expression, r *ast.BinaryExpression) bool {
	open, _, ok := w.parens(left.Idx1(), r.Left.Idx0())
	if !ok {
		return true
	}
	_, closed, ok := w.parens(r.Left.Idx1(), r.Right.Idx0())
	if !ok {
		return true
	}
	return open > closed
}

// parens reads the source between positions from and to (punctuation,
// space and comments only) and returns how many parentheses open there
// without closing and how many close without having opened there.
func (w *chainWalker) parens(from, to file.Idx) (open, closed int, ok bool) {
	lo, hi := int(from)-1, int(to)-1
	if lo < 0 || hi < lo || hi > len(w.src) {
		return 0, 0, false
	}
	gap := w.src[lo:hi]
	for i := 0; i < len(gap); i++ {
		switch {
		case gap[i] == '(':
			open++
		case gap[i] == ')':
			if open > 0 {
				open--
			} else {
				closed++
			}
		case gap[i] == '/' && i+1 < len(gap) && gap[i+1] == '/':
			for i < len(gap) && gap[i] != '\n' {
				i++
			}
		case gap[i] == '/' && i+1 < len(gap) && gap[i+1] == '*':
			i += 2
			for i+1 < len(gap) && !(gap[i] == '*' && gap[i+1] == '/') {
				i++
			}
			i++
		}
	}
	return open, closed, true
}
