// Package evalguard hands the source a program gives a direct eval to the
// runtime before goja parses it (Insert).
//
// goja's parser and compiler recurse in Go once per nesting level, so
// source nested a few hundred thousand brackets deep overflows Go's stack
// (a fatal error, not an exception). evloop measures the depth of every
// file before goja parses it (js/sourcedepth.go), and of the code given to
// new Function and vm, through their wrappers. A direct eval cannot be
// wrapped: it is direct only when it calls the realm's own eval, so the
// global eval stays goja's, and its argument is checked instead, in the
// parsed tree of the program's file.
package evalguard

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// Name is the binding the check calls: a global lexical binding the
// runtime declares, whose name no program can write (not an identifier).
// It returns its argument, or throws node's RangeError for source too
// deep to parse.
const Name = "evloop eval source"

// ChainsName is the binding the source checked by Name then goes through:
// it returns the source with its relational and long logical chains put
// in parentheses so that goja groups them as node does
// (js/internal/relchain.Source), and any other value as it is.
const ChainsName = "evloop eval chains"

// Insert changes every call `eval(x, ...)` under prg (parsed from src) to
// `eval(ChainsName(Name(x)), ...)`, and so the indirect ones a file spells out
// (`(0, eval)(x)`, `globalThis.eval(x)`). The callee stays as written, so
// a direct eval stays direct; a call of a local function or a method named
// eval is checked too, which changes nothing for source that is not too
// deep.
func Insert(prg *ast.Program, src string) {
	if prg == nil || !strings.Contains(src, "eval") {
		return
	}
	astwalk.Walk(prg, func(n any) any {
		c, ok := n.(*ast.CallExpression)
		if !ok || len(c.ArgumentList) == 0 {
			return n
		}
		if !callsEval(c.Callee) {
			return n
		}
		if _, spread := c.ArgumentList[0].(*ast.SpreadElement); spread {
			return n
		}
		arg := c.ArgumentList[0]
		checked := &ast.CallExpression{
			Callee:           &ast.Identifier{Name: unistring.String(Name), Idx: arg.Idx0()},
			LeftParenthesis:  arg.Idx0(),
			ArgumentList:     []ast.Expression{arg},
			RightParenthesis: arg.Idx1(),
		}
		c.ArgumentList[0] = &ast.CallExpression{
			Callee:           &ast.Identifier{Name: unistring.String(ChainsName), Idx: arg.Idx0()},
			LeftParenthesis:  arg.Idx0(),
			ArgumentList:     []ast.Expression{checked},
			RightParenthesis: arg.Idx1(),
		}
		return n
	})
}

// callsEval reports whether callee names eval: the name itself, the last
// of a comma list, or a property named eval.
func callsEval(callee ast.Expression) bool {
	switch e := callee.(type) {
	case *ast.Identifier:
		return e.Name == "eval"
	case *ast.SequenceExpression:
		return len(e.Sequence) > 0 && callsEval(e.Sequence[len(e.Sequence)-1])
	case *ast.DotExpression:
		return e.Identifier.Name == "eval"
	}
	return false
}

// IndirectName is the binding that stands for eval where a file reads it
// other than to call it (`const e = eval; e(x)`, `[eval][0](x)`,
// `eval.call(null, x)`): a global lexical binding the runtime declares,
// whose name no program can write. Its value is an indirect eval that
// throws node's RangeError for source too deep to parse, then hands the
// rest to the realm's eval, as a call of the alias would. (The realm's
// eval itself cannot be replaced: goja makes a call direct only when the
// callee is its own eval function.)
const IndirectName = "evloop indirect eval"

// InsertIndirect changes every read of the name eval under prg (parsed
// from src) that is not a call's callee to IndirectName. A file that
// declares or assigns a binding named eval (sloppy code only) is left as
// it is: its eval may not be the realm's.
func InsertIndirect(prg *ast.Program, src string) {
	if prg == nil || !strings.Contains(src, "eval") {
		return
	}
	keep := map[*ast.Identifier]bool{}
	own := false
	isEval := func(x any) bool {
		id, ok := x.(*ast.Identifier)
		return ok && id.Name == "eval"
	}
	reads := 0
	astwalk.Walk(prg, func(n any) any {
		switch x := n.(type) {
		case *ast.CallExpression:
			if id, ok := x.Callee.(*ast.Identifier); ok {
				keep[id] = true
			}
		case *ast.Binding:
			own = own || isEval(x.Target)
		case *ast.CatchStatement:
			own = own || isEval(x.Parameter)
		case *ast.AssignExpression:
			own = own || isEval(x.Left)
		case *ast.UnaryExpression:
			if x.Operator == token.INCREMENT || x.Operator == token.DECREMENT {
				own = own || isEval(x.Operand)
			}
		case *ast.FunctionLiteral:
			own = own || x.Name != nil && x.Name.Name == "eval"
			keep[x.Name] = true
		case *ast.ClassLiteral:
			own = own || x.Name != nil && x.Name.Name == "eval"
		case *ast.LabelledStatement:
			keep[x.Label] = true
		case *ast.BranchStatement:
			keep[x.Label] = true
		case *ast.MetaProperty:
			keep[x.Meta], keep[x.Property] = true, true
		case *ast.Identifier:
			if x.Name == "eval" {
				reads++
			}
		}
		return n
	})
	if own || reads == 0 {
		return
	}
	astwalk.Walk(prg, func(n any) any {
		if id, ok := n.(*ast.Identifier); ok && id.Name == "eval" && !keep[id] {
			return &ast.Identifier{Name: unistring.String(IndirectName), Idx: id.Idx}
		}
		return n
	})
}
