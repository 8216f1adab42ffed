package relchain

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// goja compiles a chain of one logical operator (&&, || or ??) whose
// first terms are constants in time that doubles every term or so: it
// folds the constant left side of each link by compiling that side again,
// and the parser nests the chain to the left, each link's left side the
// whole chain before it. `1 && 1 && … && 1` with 24 terms took 2 s to
// compile and 40 would take days (node: at once). The operators are
// associative, value and order of evaluation alike ((a && b) && c runs
// a, then b if a is truthy, then c if b is: so does a && (b && c)), so
// Regroup nests such a chain to the right, which goja compiles in linear
// time. Parentheses do not matter for the same reason; the nodes are the
// parser's own, moved, their positions untouched.

// logicalOperator reports whether op is one of the three.
func logicalOperator(op token.Token) bool {
	return op == token.LOGICAL_AND || op == token.LOGICAL_OR || op == token.COALESCE
}

// minLogicalRun is how many logical operators a source needs before the
// walk looks for chains: 16 terms compile in a few milliseconds.
const minLogicalRun = 16

// mayChainLogical is a quick look at src for minLogicalRun logical
// operators (anywhere, in strings too: it errs towards walking).
func mayChainLogical(src string) bool {
	seen := 0
	for i := 0; i+1 < len(src); i++ {
		c := src[i]
		if (c == '&' || c == '|' || c == '?') && src[i+1] == c {
			if seen++; seen >= minLogicalRun {
				return true
			}
			i++
		}
	}
	return false
}

// nestRight regroups the chain of be's operator that goes down be's left
// side to the right: ((a && b) && c) && d becomes a && (b && (c && d)),
// be staying its top.
func nestRight(be *ast.BinaryExpression) {
	op := be.Operator
	if !logicalOperator(op) {
		return
	}
	nodes := []*ast.BinaryExpression{be}
	cur := be
	for {
		l, ok := cur.Left.(*ast.BinaryExpression)
		if !ok || l.Operator != op {
			break
		}
		nodes = append(nodes, l)
		cur = l
	}
	if len(nodes) < 2 {
		return
	}
	// The terms in source order: the deepest link's left, then every
	// link's right from the deepest up.
	terms := make([]ast.Expression, 0, len(nodes)+1)
	terms = append(terms, cur.Left)
	for i := len(nodes) - 1; i >= 0; i-- {
		terms = append(terms, nodes[i].Right)
	}
	for i, n := range nodes {
		n.Left = terms[i]
		if i+1 < len(nodes) {
			n.Right = nodes[i+1]
		} else {
			n.Right = terms[i+1]
		}
	}
}
