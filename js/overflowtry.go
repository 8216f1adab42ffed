package js

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/trywrap"
)

// A stack overflow that stays in JS (`function f() { f() } try { f() }
// catch (e) {}`) is caught by the program's catch as in node: every try
// block of a user's file runs through tryBlock, a Go frame, and goja's
// uncatchable overflow stops at the innermost such frame, which throws
// node's RangeError in its place (js/internal/trywrap, overflow.go).

// tryHookProgram declares trywrap.Name as a const whose value is the
// global property of that name with hookSuffix, which installTryHook sets
// before and removes after (as hookProgram does for the other passes).
var tryHookProgram = sync.OnceValues(func() (*goja.Program, error) {
	f := file.NewFile("", "", 1)
	decl := &ast.LexicalDeclaration{Idx: 1, Token: token.CONST, List: []*ast.Binding{{
		Target:      &ast.Identifier{Name: trywrap.Name, Idx: 1},
		Initializer: &ast.Identifier{Name: unistring.String(trywrap.Name + hookSuffix), Idx: 1},
	}}}
	return goja.CompileAST(&ast.Program{File: f, Body: []ast.Statement{decl}}, false)
})

// installTryHook declares the binding trywrap's inserted calls reach.
func (r *Runtime) installTryHook() error {
	prg, err := tryHookProgram()
	if err != nil {
		return err
	}
	global := r.vm.GlobalObject()
	if err := global.Set(trywrap.Name+hookSuffix, r.vm.ToValue(r.tryBlock)); err != nil {
		return err
	}
	_, err = r.vm.RunProgram(prg)
	if derr := global.Delete(trywrap.Name + hookSuffix); err == nil {
		err = derr
	}
	return err
}

// tryBlock is trywrap.Name: it calls the try block it is given and
// returns what the block returns. What the block throws goes on to the
// statement's catch or finally; goja's stack overflow goes on as node's
// RangeError.
func (r *Runtime) tryBlock(call goja.FunctionCall) goja.Value {
	block, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		return goja.Undefined()
	}
	v, err := block(call.This)
	if err != nil {
		panic(r.catchable(err))
	}
	return v
}
