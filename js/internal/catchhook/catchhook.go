// Package catchhook makes every catch clause of a user's file hand what it
// caught to the runtime before the clause's own code runs (Insert).
//
// goja's interpreter and built-ins throw errors with goja's words ("Object
// has no member 'x'" where V8 says "o.x is not a function") and goja's
// stack layout, made inside the VM with no hook a runtime could use, and
// goja is used as published. An error that reaches the loop uncaught is
// given V8's words there (js/v8words.go); one a program catches is first
// seen by the program, at its catch clause. So the clause is where evloop
// looks at it: the parsed tree is changed before it is compiled, as
// js/internal/relchain changes it.
package catchhook

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// Name is the binding each catch clause calls: a global lexical binding
// the runtime declares. It is not an identifier, so no program can name,
// shadow or see it (a lexical binding is not a property of globalThis).
const Name = "evloop caught"

// caughtName is the parameter a clause that destructures what it catches
// gets instead; the pattern becomes a let declaration in its block.
const caughtName = "evloop caught value"

// Insert changes every catch clause under prg (parsed from src) from
//
//	catch (e) { body }          to  catch (e) { Name(e); body }
//	catch ({ message }) { body } to catch (v) { Name(v); let { message } = v; body }
//
// A clause with no binding (catch { }) cannot look at what it caught and
// is left alone. The inserted nodes take the clause's positions, so no
// position of the program's own code moves.
func Insert(prg *ast.Program, src string) {
	if prg == nil || !strings.Contains(src, "catch") {
		return
	}
	astwalk.Walk(prg, func(n any) any {
		if c, ok := n.(*ast.CatchStatement); ok && c.Parameter != nil && c.Body != nil {
			insert(c)
		}
		return n
	})
}

func insert(c *ast.CatchStatement) {
	at := c.Body.LeftBrace
	var caught *ast.Identifier
	var lead []ast.Statement
	switch p := c.Parameter.(type) {
	case *ast.Identifier:
		caught = &ast.Identifier{Name: p.Name, Idx: p.Idx}
	case ast.Pattern:
		caught = &ast.Identifier{Name: caughtName, Idx: at}
		c.Parameter = caught
		lead = append(lead, &ast.LexicalDeclaration{Idx: at, Token: token.LET,
			List: []*ast.Binding{{Target: p, Initializer: &ast.Identifier{Name: caughtName, Idx: at}}}})
	default:
		return
	}
	call := &ast.ExpressionStatement{Expression: &ast.CallExpression{
		Callee:           &ast.Identifier{Name: unistring.String(Name), Idx: at},
		LeftParenthesis:  at,
		ArgumentList:     []ast.Expression{caught},
		RightParenthesis: at,
	}}
	list := make([]ast.Statement, 0, len(c.Body.List)+len(lead)+1)
	list = append(list, call)
	list = append(list, lead...)
	c.Body.List = append(list, c.Body.List...)
}
