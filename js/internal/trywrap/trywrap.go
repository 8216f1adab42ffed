// Package trywrap runs the block of every try statement of a user's file
// through a Go function of the runtime's (Insert), so that a stack overflow
// inside it can be caught.
//
// goja's call-stack bound (Options.MaxCallStack) throws an error no JS
// catch clause can catch (goja is used as published): it unwinds every JS
// frame, catch and finally blocks included, up to the nearest Go frame
// that called into JS. node throws a RangeError there, which the program's
// nearest catch catches: `function f() { f() } try { f() } catch (e) {}`.
// With the try block called from a Go function, that Go frame is the one
// right inside the innermost try statement on the stack, and it throws
// node's RangeError, which the statement's own catch (or finally) then
// sees as in node.
//
// Only code that runs a try statement pays (a call through Go each time
// the statement runs); a function with none, recursive or not, runs as
// before. A try block the change cannot keep the meaning of is left as it
// is (see eligible): one that declares a var or a function, yields or
// awaits, leaves a loop or a label outside it, calls eval or super.
package trywrap

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// Name is the binding the changed block calls with the block as an arrow
// function: a global lexical binding the runtime declares, whose name no
// program can write (not an identifier). It returns what the arrow
// returns, and throws node's RangeError for a stack overflow in it. The
// function itself is the value the arrow returns when it ends without a
// return statement (no program can reach it to return it).
const Name = "evloop try"

// ReactionName is the binding a handler given to then, catch or finally
// is passed through (InsertReactions): the runtime's function returns a
// callable handler wrapped in a Go frame that throws node's RangeError
// for a stack overflow in it, anything else as it is.
const ReactionName = "evloop reaction"

// resultName is the const a block with a return statement keeps the
// arrow's value in.
const resultName = "evloop try result"

// Insert changes the block of every try statement under prg (parsed from
// src) that can be changed from
//
//	try { body } catch ...        to  try { Name(() => { body }) } catch ...
//	try { ...return x... } ...    to  try { const R = Name(() => { ...return x...; return Name });
//	                                        if (R !== Name) return R } ...
//
// The inserted nodes take the block's positions, so no position of the
// program's own code moves.
func Insert(prg *ast.Program, src string) {
	if prg == nil || !strings.Contains(src, "try") && !strings.Contains(src, ".then") &&
		!strings.Contains(src, ".catch") && !strings.Contains(src, ".finally") || !recursive(prg) {
		return
	}
	astwalk.Walk(prg, func(n any) any {
		switch n := n.(type) {
		case *ast.TryStatement:
			if n.Body != nil && len(n.Body.List) > 0 {
				wrap(n)
			}
		case *ast.CallExpression:
			reaction(n)
		}
		return n
	})
}

// reaction passes the handlers of a call x.then(a, b), x.catch(a) or
// x.finally(a) through ReactionName. goja runs a promise's reaction
// from Go and lets its uncatchable stack overflow through to the event
// loop, which ended the program; node rejects the promise the reaction
// settles with the RangeError, so that a later .catch sees it:
// `p.then(function f() { f() }).catch(e => ...)`. The handler's Go frame
// of the runtime's throws node's RangeError there, which goja's reaction
// then catches as any error. A handler that is not callable stays as it
// is (then ignores it).
func reaction(c *ast.CallExpression) {
	d, ok := c.Callee.(*ast.DotExpression)
	if !ok {
		return
	}
	n := 0
	switch d.Identifier.Name {
	case "then":
		n = 2
	case "catch", "finally":
		n = 1
	}
	for i := 0; i < n && i < len(c.ArgumentList); i++ {
		a := c.ArgumentList[i]
		switch a.(type) {
		case *ast.SpreadElement, *ast.NullLiteral, *ast.StringLiteral, *ast.NumberLiteral, *ast.BooleanLiteral:
			continue
		}
		if id, isID := a.(*ast.Identifier); isID && id.Name == "undefined" {
			continue
		}
		if !mayCall(a) {
			continue // `v => v + 1`: cannot overflow, costs nothing
		}
		c.ArgumentList[i] = &ast.CallExpression{
			Callee:           ident(ReactionName, a.Idx0()),
			LeftParenthesis:  a.Idx0(),
			ArgumentList:     []ast.Expression{a},
			RightParenthesis: a.Idx1(),
		}
	}
}

// recursive reports whether a function of prg calls itself by its own
// name: f() in function f, or in const f = () => ...; x.m() or this.m()
// in a method m. Only such a file's try blocks are changed: the change
// costs each run of a try block a closure and a call through Go (1.4 µs,
// a loop of a million try blocks 0.3 → 1.7 s of CPU), which a file whose
// recursion goes only through other functions (a calls b calls a) or
// callbacks does not pay, and whose overflow stays uncatchable
// (site/docs/limits.md).
func recursive(prg *ast.Program) bool {
	found := false
	callsItself := func(name unistring.String, body ast.Node) {
		if found || name == "" || body == nil {
			return
		}
		astwalk.Walk(body, func(n any) any {
			if c, ok := n.(*ast.CallExpression); ok {
				switch f := c.Callee.(type) {
				case *ast.Identifier:
					found = found || f.Name == name
				case *ast.DotExpression:
					found = found || f.Identifier.Name == name
				}
			}
			return n
		})
	}
	fnBody := func(e ast.Expression) ast.Node {
		switch f := e.(type) {
		case *ast.FunctionLiteral:
			return f.Body
		case *ast.ArrowFunctionLiteral:
			if b, ok := f.Body.(ast.Node); ok {
				return b
			}
		}
		return nil
	}
	astwalk.Walk(prg, func(n any) any {
		if found {
			return n
		}
		switch n := n.(type) {
		case *ast.FunctionLiteral:
			if n.Name != nil {
				callsItself(n.Name.Name, n.Body)
			}
		case *ast.Binding:
			if id, ok := n.Target.(*ast.Identifier); ok {
				callsItself(id.Name, fnBody(n.Initializer))
			}
		case *ast.MethodDefinition:
			if n.Body != nil {
				callsItself(keyName(n.Key), n.Body.Body)
			}
		case *ast.PropertyKeyed:
			callsItself(keyName(n.Key), fnBody(n.Value))
		}
		return n
	})
	return found
}

// keyName is a method's or property's name as written, "" if computed.
func keyName(k ast.Expression) unistring.String {
	switch k := k.(type) {
	case *ast.Identifier:
		return k.Name
	case *ast.StringLiteral:
		return k.Value
	}
	return ""
}

func ident(name string, at file.Idx) *ast.Identifier {
	return &ast.Identifier{Name: unistring.String(name), Idx: at}
}

func wrap(t *ast.TryStatement) {
	ok, returns, calls := eligible(t.Body)
	if ok {
		if calls {
			t.Body.List = asArrow(t.Body.List, t.Body.LeftBrace, t.Body.RightBrace, returns)
		}
		return
	}
	// The block as a whole cannot run as an arrow (it awaits, say, or
	// declares a var): each of its statements that can, and calls, runs
	// through Name on its own, so that `try { await x; f() } catch {}`
	// catches an overflow in f. A declaration is left as it is: its name
	// is the block's, read by the statements after it.
	for i, st := range t.Body.List {
		switch st.(type) {
		case *ast.LexicalDeclaration, *ast.ClassDeclaration, *ast.FunctionDeclaration, *ast.VariableStatement:
			continue
		}
		one := &ast.BlockStatement{LeftBrace: st.Idx0(), List: []ast.Statement{st}, RightBrace: st.Idx1()}
		if ok, returns, calls := eligible(one); ok && calls {
			one.List = asArrow(one.List, one.LeftBrace, one.RightBrace, returns)
			t.Body.List[i] = one
		}
	}
}

// asArrow is list as the body of an arrow function that Name calls,
// spanning the positions [at, end]; returns: list has a return statement
// of the enclosing function, which the statements returned pass on.
func asArrow(list []ast.Statement, at, end file.Idx, returns bool) []ast.Statement {
	if returns {
		list = append(list[:len(list):len(list)], &ast.ReturnStatement{Return: end, Argument: ident(Name, end)})
	}
	arrow := &ast.ArrowFunctionLiteral{
		Start:         at,
		ParameterList: &ast.ParameterList{Opening: at, Closing: at},
		Body:          &ast.BlockStatement{LeftBrace: at, List: list, RightBrace: end},
	}
	call := &ast.CallExpression{
		Callee:           ident(Name, at),
		LeftParenthesis:  at,
		ArgumentList:     []ast.Expression{arrow},
		RightParenthesis: end,
	}
	if !returns {
		return []ast.Statement{&ast.ExpressionStatement{Expression: call}}
	}
	return []ast.Statement{
		&ast.LexicalDeclaration{Idx: at, Token: token.CONST, List: []*ast.Binding{
			{Target: ident(resultName, at), Initializer: call}}},
		&ast.IfStatement{If: at,
			Test: &ast.BinaryExpression{Operator: token.STRICT_NOT_EQUAL,
				Left: ident(resultName, at), Right: ident(Name, at)},
			Consequent: &ast.ReturnStatement{Return: at, Argument: ident(resultName, at)}},
	}
}

// span is the positions [from, to) of a node.
type span struct{ from, to file.Idx }

func (s span) has(i file.Idx) bool { return s.from <= i && i < s.to }

func inAny(spans []span, i file.Idx) bool {
	for _, s := range spans {
		if s.has(i) {
			return true
		}
	}
	return false
}

// eligible reports whether body keeps its meaning as the body of an arrow
// function called where it stood, and whether it has a return statement
// of the enclosing function (which the arrow then passes on).
//
// An arrow sees the enclosing function's this, arguments, new.target and
// super properties, and its let, const and class declarations are the
// block's own. What it cannot keep: var and function declarations (they
// would be the arrow's, not the function's), yield and await (an arrow is
// neither a generator nor async), break and continue out of the block,
// direct eval (its vars), super() (kept out for safety). Code in nested
// functions is their own, except for the names it reads.
//
// calls reports whether the block calls a function (outside nested ones):
// only a call can overflow the stack. A block with none, as a loop's
// `try { n += x } catch {}`, is not changed and costs nothing. Calls that
// cannot reach the program's code are not counted: JSON.parse (evloop's
// own, a Go frame already when it calls a reviver) and the inserted calls
// of the other passes.
func eligible(body *ast.BlockStatement) (ok, returns, calls bool) {
	ok = true
	// A leading string would be the arrow's directive ('use strict').
	if len(body.List) > 0 {
		if es, isExpr := body.List[0].(*ast.ExpressionStatement); isExpr {
			if _, isStr := es.Expression.(*ast.StringLiteral); isStr {
				return false, false, false
			}
		}
	}
	var fns, loops, switches []span
	labels := map[unistring.String]bool{}
	astwalk.Walk(body, func(n any) any {
		if !ok {
			return n
		}
		node, isNode := n.(ast.Node)
		if !isNode {
			return n
		}
		at := node.Idx0()
		if inAny(fns, at) {
			return n
		}
		switch x := n.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassStaticBlock:
			fns = append(fns, span{at, node.Idx1()})
		case *ast.ReturnStatement:
			returns = true
		case *ast.CallExpression:
			calls = calls || !harmless(x.Callee)
		case *ast.NewExpression, *ast.SpreadElement:
			calls = true
		case *ast.TemplateLiteral:
			calls = calls || x.Tag != nil
		case *ast.YieldExpression, *ast.AwaitExpression, *ast.VariableStatement,
			*ast.ForLoopInitializerVarDeclList, *ast.ForIntoVar, *ast.FunctionDeclaration,
			*ast.SuperExpression, *ast.WithStatement:
			ok = false
		case *ast.Identifier:
			if x.Name == "eval" {
				ok = false
			}
		case *ast.ForOfStatement: // calls the iterator's next
			calls = true
			loops = append(loops, span{at, node.Idx1()})
		case *ast.ForStatement, *ast.ForInStatement, *ast.WhileStatement, *ast.DoWhileStatement:
			loops = append(loops, span{at, node.Idx1()})
		case *ast.SwitchStatement:
			switches = append(switches, span{at, node.Idx1()})
		case *ast.LabelledStatement:
			if x.Label != nil {
				labels[x.Label.Name] = true
			}
		case *ast.BranchStatement:
			switch {
			case x.Label != nil:
				ok = labels[x.Label.Name]
			case x.Token == token.CONTINUE:
				ok = inAny(loops, at)
			default:
				ok = inAny(loops, at) || inAny(switches, at)
			}
		}
		return n
	})
	return ok, returns, calls
}

// mayCall reports whether the handler e may call a function: anything
// but a function literal whose own body (not its nested functions')
// calls none.
func mayCall(e ast.Expression) bool {
	var body ast.Node
	switch f := e.(type) {
	case *ast.FunctionLiteral:
		body = f.Body
	case *ast.ArrowFunctionLiteral:
		body = f.Body
	default:
		return true
	}
	if body == nil {
		return true
	}
	calls := false
	var fns []span
	astwalk.Walk(body, func(n any) any {
		node, isNode := n.(ast.Node)
		if calls || !isNode || inAny(fns, node.Idx0()) {
			return n
		}
		switch x := n.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral:
			fns = append(fns, span{node.Idx0(), node.Idx1()})
		case *ast.CallExpression:
			calls = !harmless(x.Callee)
		case *ast.NewExpression, *ast.SpreadElement, *ast.ForOfStatement:
			calls = true
		case *ast.TemplateLiteral:
			calls = x.Tag != nil
		}
		return n
	})
	return calls
}

// harmless reports whether a call of callee reaches no code of the
// program's that could recurse: JSON.parse, and the other passes' hooks
// (names that are not identifiers).
func harmless(callee ast.Expression) bool {
	switch c := callee.(type) {
	case *ast.Identifier:
		return strings.Contains(string(c.Name), " ")
	case *ast.DotExpression:
		o, ok := c.Left.(*ast.Identifier)
		return ok && o.Name == "JSON" && c.Identifier.Name == "parse"
	}
	return false
}
