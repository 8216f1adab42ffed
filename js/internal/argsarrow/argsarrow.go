// Package argsarrow is the AST pass that lets an arrow function read the
// arguments of the function around it (see Insert).
package argsarrow

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// Insert puts the statement `arguments;` first in the body of every
// function (not an arrow) where an arrow function, directly or inside
// other arrows, reads `arguments`, and the function itself does not.
//
// goja's compiler makes a function's arguments object only when the
// function's own code names it: an arrow's `arguments` then reads a slot
// that is not there. Called at once (`(() => arguments.length)()`) goja
// indexes past its stack (a Go panic, "index out of range", which evloop
// reports as an internal error, exit 70); called later it reads undefined
// (`[1].map(() => arguments.length)` gave [undefined], node [2]). One
// mention in the function's own body makes goja keep the object, and
// reading it does nothing else.
//
// A function with a binding named arguments declared in its body is left
// alone.
// Positions do not move: the statement carries its body's position.
func Insert(prg *ast.Program, src string) {
	if prg == nil || !strings.Contains(src, "arguments") || !strings.Contains(src, "=>") {
		return
	}
	type span struct {
		from, to file.Idx
		fn       *ast.FunctionLiteral // nil for an arrow
	}
	var (
		spans []span
		uses  []file.Idx
		own   = map[*ast.FunctionLiteral]bool{}
		decls []file.Idx // bindings named arguments
	)
	astwalk.Walk(prg, func(n any) any {
		switch n := n.(type) {
		case *ast.FunctionLiteral:
			if n.Body != nil {
				spans = append(spans, span{n.Body.LeftBrace, n.Body.RightBrace + 1, n})
			}
		case *ast.ArrowFunctionLiteral:
			if n.Body != nil {
				spans = append(spans, span{n.Start, n.Body.Idx1(), nil})
			}
		case *ast.Identifier:
			if n.Name == "arguments" {
				uses = append(uses, n.Idx)
			}
		case *ast.Binding:
			if id, ok := n.Target.(*ast.Identifier); ok && id.Name == "arguments" {
				decls = append(decls, id.Idx)
			}
		}
		return n
	})
	if len(uses) == 0 {
		return
	}
	// The innermost span holding a use is the last listed that holds it:
	// spans nest, and the walk lists a parent before its children.
	inside := func(at file.Idx, s span) bool { return s.from <= at && at < s.to }
	need := map[*ast.FunctionLiteral]bool{}
	for _, at := range uses {
		var inner, fn = -1, -1
		for i, s := range spans {
			if !inside(at, s) {
				continue
			}
			inner = i
			if s.fn != nil {
				fn = i
			}
		}
		switch {
		case inner < 0 || fn < 0:
			// top level, or arrows only: nothing to keep
		case spans[inner].fn != nil:
			own[spans[inner].fn] = true
		default:
			need[spans[fn].fn] = true
		}
	}
next:
	for fn := range need {
		if own[fn] {
			continue
		}
		for _, at := range decls {
			if fn.Body.LeftBrace <= at && at <= fn.Body.RightBrace {
				continue next
			}
		}
		body := fn.Body
		i := 0
		for ; i < len(body.List); i++ {
			es, ok := body.List[i].(*ast.ExpressionStatement)
			if !ok {
				break
			}
			if _, ok := es.Expression.(*ast.StringLiteral); !ok {
				break
			}
		}
		st := &ast.ExpressionStatement{Expression: &ast.Identifier{Name: "arguments", Idx: body.LeftBrace}}
		list := make([]ast.Statement, 0, len(body.List)+1)
		list = append(list, body.List[:i]...)
		list = append(list, st)
		body.List = append(list, body.List[i:]...)
	}
}
