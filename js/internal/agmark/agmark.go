// Package agmark is the AST pass that gives async generator functions
// esbuild lowered (js/esm) the shape of V8's, after parsing and before
// goja compiles: see Mark. It is outside js/esm, which the host imports,
// so that the host does not depend on goja's AST.
package agmark

import (
	"strconv"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	gojatoken "github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/astwalk"
)

// Mark gives the async generator functions esbuild
// lowered in prg (parsed from code, esbuild's output after fixHelpers)
// the shape of V8's: goja has none, and esbuild writes each as a plain
// function (or method) whose body is `return __asyncGenerator(this, ...,
// function* () {...})`, whose prototype is Function.prototype, so its
// constructor was Function and util.types did not know it.
// asyncGeneratorHelper's __asyncGeneratorFunction(f, name) gives f
// %AsyncGeneratorFunction.prototype% as its prototype (constructor
// AsyncGeneratorFunction, tag "AsyncGeneratorFunction") and a prototype
// object of its own under %AsyncGeneratorPrototype%. The calls go into
// the tree where each function is made:
//
//   - a declaration: a statement at the top of its block (after a
//     directive prologue), as the declaration is hoisted there;
//   - an expression: wrapped in the call, with the name node would infer
//     for an anonymous one (`const f = async function* () {}`, `f = ...`,
//     `{ f: ... }`), which the wrapped literal no longer gets;
//   - a method of a class: a static block put first in the class body
//     marks the methods by key; of an object literal: the literal is
//     wrapped. A computed key is recorded as it is evaluated
//     (__asyncGeneratorKey, under a number per class or object literal of
//     the file). A private method is left as it was.
//
// A function's __asyncGenerator call is given the function itself, by its
// name (an anonymous expression gets selfName), so that its generator
// objects have its prototype object as theirs (passSelf); a method's is
// not.
//
// Positions do not move: the tree is changed after parsing, and the new
// nodes carry the places of the ones they mark.
func Mark(prg *ast.Program, code string) {
	if prg == nil || !strings.Contains(code, "function __asyncGeneratorFunction(") {
		return
	}
	m := &marker{done: map[*ast.FunctionLiteral]bool{}}
	prg.Body = m.statements(prg.Body)
	astwalk.Walk(prg, m.visit)
}

type marker struct {
	done map[*ast.FunctionLiteral]bool // literals marked, or to leave
	ids  int                           // class and object literals with methods
}

// loweredAsyncGenerator reports whether fn is one esbuild lowered.
func loweredAsyncGenerator(e ast.Expression) (*ast.FunctionLiteral, bool) {
	fn, ok := e.(*ast.FunctionLiteral)
	if !ok || fn == nil || fn.Async || fn.Generator || fn.Body == nil || len(fn.Body.List) != 1 {
		return nil, false
	}
	ret, ok := fn.Body.List[0].(*ast.ReturnStatement)
	if !ok {
		return nil, false
	}
	call, ok := ret.Argument.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) != 3 && len(call.ArgumentList) != 4 {
		return nil, false
	}
	if id, ok := call.Callee.(*ast.Identifier); !ok || id.Name != "__asyncGenerator" {
		return nil, false
	}
	if _, ok := call.ArgumentList[0].(*ast.ThisExpression); !ok {
		return nil, false
	}
	gen, ok := call.ArgumentList[2].(*ast.FunctionLiteral)
	return fn, ok && gen.Generator
}

func ident(name string, at file.Idx) *ast.Identifier {
	return &ast.Identifier{Name: unistring.String(name), Idx: at}
}

func str(s string, at file.Idx) *ast.StringLiteral {
	return &ast.StringLiteral{Idx: at, Literal: strconv.Quote(s), Value: unistring.NewFromString(s)}
}

func call(callee string, at file.Idx, args ...ast.Expression) *ast.CallExpression {
	return &ast.CallExpression{Callee: ident(callee, at), LeftParenthesis: at, ArgumentList: args, RightParenthesis: at}
}

// statements puts a marking call for each lowered function declaration of
// list at its top, after the directives.
func (m *marker) statements(list []ast.Statement) []ast.Statement {
	var marks []ast.Statement
	for _, st := range list {
		d, ok := st.(*ast.FunctionDeclaration)
		if !ok || d.Function == nil || d.Function.Name == nil {
			continue
		}
		if fn, ok := loweredAsyncGenerator(d.Function); ok {
			m.done[fn] = true
			passSelf(fn, string(fn.Name.Name))
			marks = append(marks, &ast.ExpressionStatement{Expression: call("__asyncGeneratorFunction", fn.Function, ident(string(fn.Name.Name), fn.Function))})
		}
	}
	if len(marks) == 0 {
		return list
	}
	i := 0
	for ; i < len(list); i++ {
		es, ok := list[i].(*ast.ExpressionStatement)
		if !ok {
			break
		}
		if _, ok := es.Expression.(*ast.StringLiteral); !ok {
			break
		}
	}
	out := make([]ast.Statement, 0, len(list)+len(marks))
	out = append(out, list[:i]...)
	out = append(out, marks...)
	return append(out, list[i:]...)
}

// wrap is fn marked, with name for an anonymous one ("" for none).
//
// An anonymous fn is given selfName as its name, which its body passes to
// __asyncGenerator (passSelf), and the name it should have (maybe "") is
// passed on for __asyncGeneratorFunction to set.
func (m *marker) wrap(fn *ast.FunctionLiteral, name string) ast.Expression {
	m.done[fn] = true
	args := []ast.Expression{fn}
	if fn.Name == nil {
		if passSelf(fn, selfName) {
			fn.Name = ident(selfName, fn.Function)
			args = append(args, str(name, fn.Function))
		} else if name != "" {
			args = append(args, str(name, fn.Function))
		}
	} else {
		passSelf(fn, string(fn.Name.Name))
	}
	return call("__asyncGeneratorFunction", fn.Function, args...)
}

// selfName is the name an anonymous lowered async generator function
// expression is given, by which its body refers to it (wrap).
const selfName = "__asyncGeneratorSelf"

// passSelf gives the __asyncGenerator call of fn (lowered) a fourth
// argument: fn itself, by name, whose prototype the helper gives the
// generator object it makes (an async generator is an instance of its
// function, as in V8). It does not when a parameter of fn holds name
// (which would hide the function) and reports whether it did.
func passSelf(fn *ast.FunctionLiteral, name string) bool {
	call := fn.Body.List[0].(*ast.ReturnStatement).Argument.(*ast.CallExpression)
	if len(call.ArgumentList) != 3 || name == "" {
		return false
	}
	hidden := false
	if fn.ParameterList != nil {
		astwalk.Walk(fn.ParameterList, func(n any) any {
			if id, ok := n.(*ast.Identifier); ok && string(id.Name) == name {
				hidden = true
			}
			return nil
		})
	}
	if hidden {
		return false
	}
	call.ArgumentList = append(call.ArgumentList, ident(name, call.LeftParenthesis))
	return true
}

// keyName is a non-computed key's property name ("" for none).
func keyName(k ast.Expression) string {
	switch k := k.(type) {
	case *ast.Identifier:
		return string(k.Name)
	case *ast.StringLiteral:
		return k.Value.String()
	case *ast.NumberLiteral:
		if n, err := strconv.ParseFloat(k.Literal, 64); err == nil && k.Literal == strconv.FormatFloat(n, 'f', -1, 64) {
			return k.Literal
		}
	}
	return ""
}

// method records the marking of fn, a lowered method of the class or
// object literal numbered *id (given its number here if it has none yet,
// -1): a non-computed key goes on keys as a [static, key] pair; a computed
// one's expression is wrapped to record its value (*first: the literal's
// first such key, which starts its record afresh).
func (m *marker) method(fn *ast.FunctionLiteral, key *ast.Expression, computed, static bool, id *int, first *bool, keys *[]ast.Expression) {
	m.done[fn] = true
	if *id < 0 {
		*id = m.ids
		m.ids++
	}
	flag := &ast.NumberLiteral{Idx: fn.Function, Literal: "0", Value: int64(0)}
	if static {
		flag = &ast.NumberLiteral{Idx: fn.Function, Literal: "1", Value: int64(1)}
	}
	if computed {
		at := (*key).Idx0()
		f := &ast.BooleanLiteral{Idx: at, Literal: strconv.FormatBool(*first), Value: *first}
		*first = false
		*key = call("__asyncGeneratorKey", at, *key, &ast.NumberLiteral{Idx: at, Literal: strconv.Itoa(*id), Value: int64(*id)}, f, flag)
		return
	}
	name := keyName(*key)
	if name == "" {
		return
	}
	*keys = append(*keys, &ast.ArrayLiteral{LeftBracket: fn.Function, RightBracket: fn.Function,
		Value: []ast.Expression{flag, str(name, fn.Function)}})
}

func (m *marker) visit(n any) any {
	switch n := n.(type) {
	case *ast.BlockStatement:
		n.List = m.statements(n.List)
	case *ast.CaseStatement:
		n.Consequent = m.statements(n.Consequent)
	case *ast.Binding:
		if fn, ok := loweredAsyncGenerator(n.Initializer); ok && !m.done[fn] {
			name := ""
			if id, ok := n.Target.(*ast.Identifier); ok {
				name = string(id.Name)
			}
			n.Initializer = m.wrap(fn, name)
		}
	case *ast.AssignExpression:
		if fn, ok := loweredAsyncGenerator(n.Right); ok && !m.done[fn] {
			name := ""
			if id, ok := n.Left.(*ast.Identifier); ok && n.Operator == gojatoken.ASSIGN {
				name = string(id.Name)
			}
			n.Right = m.wrap(fn, name)
		}
	case *ast.ClassLiteral:
		id, first := -1, true
		var keys []ast.Expression
		for _, el := range n.Body {
			md, ok := el.(*ast.MethodDefinition)
			if !ok || md.Kind != ast.PropertyKindMethod {
				continue
			}
			if fn, ok := loweredAsyncGenerator(md.Body); ok {
				if _, private := md.Key.(*ast.PrivateIdentifier); private {
					m.done[fn] = true
					continue
				}
				m.method(fn, &md.Key, md.Computed, md.Static, &id, &first, &keys)
			}
		}
		if id >= 0 {
			at := n.Class
			mark := call("__asyncGeneratorMethods", at, &ast.ThisExpression{Idx: at},
				&ast.NumberLiteral{Idx: at, Literal: strconv.Itoa(id), Value: int64(id)},
				&ast.ArrayLiteral{LeftBracket: at, RightBracket: at, Value: keys})
			block := &ast.ClassStaticBlock{Static: at, Block: &ast.BlockStatement{LeftBrace: at, RightBrace: at,
				List: []ast.Statement{&ast.ExpressionStatement{Expression: mark}}}}
			n.Body = append([]ast.ClassElement{block}, n.Body...)
		}
	case *ast.ObjectLiteral:
		id, first := -1, true
		var keys []ast.Expression
		for _, p := range n.Value {
			pk, ok := p.(*ast.PropertyKeyed)
			if !ok {
				continue
			}
			fn, ok := loweredAsyncGenerator(pk.Value)
			if !ok || m.done[fn] {
				continue
			}
			switch pk.Kind {
			case ast.PropertyKindMethod:
				m.method(fn, &pk.Key, pk.Computed, false, &id, &first, &keys)
			case ast.PropertyKindValue:
				name := ""
				if !pk.Computed {
					name = keyName(pk.Key)
				}
				pk.Value = m.wrap(fn, name)
			default:
				m.done[fn] = true
			}
		}
		if id >= 0 {
			at := n.LeftBrace
			return call("__asyncGeneratorMethods", at, n,
				&ast.NumberLiteral{Idx: at, Literal: strconv.Itoa(id), Value: int64(id)},
				&ast.ArrayLiteral{LeftBracket: at, RightBracket: at, Value: keys})
		}
	case *ast.FunctionLiteral:
		if fn, ok := loweredAsyncGenerator(n); ok && !m.done[fn] {
			return m.wrap(fn, "")
		}
	}
	return n
}
