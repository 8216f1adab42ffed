package js

// What a program catches is seen by evloop first (js/internal/catchhook
// puts a call at the top of every catch clause of a user's file): an error
// goja made gets V8's words and an error's stack V8's layout there, so
// that `catch (e) { console.log(e.message) }` and `console.log(e.stack)`
// print what node prints.

import (
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"

	"github.com/evloop/evloop/js/internal/catchhook"
)

// caughtHookProgram declares catchhook.Name, a const of the global lexical
// scope, as the value of a global property the runtime removes after.
// A const's name that is not an identifier can only be written in a tree,
// not in source text.
var caughtHookProgram = sync.OnceValues(func() (*goja.Program, error) {
	f := file.NewFile("", "", 1)
	return goja.CompileAST(&ast.Program{File: f, Body: []ast.Statement{&ast.LexicalDeclaration{
		Idx: 1, Token: token.CONST, List: []*ast.Binding{{
			Target:      &ast.Identifier{Name: unistring.String(catchhook.Name), Idx: 1},
			Initializer: &ast.Identifier{Name: caughtHookSource, Idx: 1},
		}},
	}}}, false)
})

const caughtHookSource = "evloop caught hook"

// installCaughtHook declares the binding every catch clause calls.
func (r *Runtime) installCaughtHook() error {
	prg, err := caughtHookProgram()
	if err != nil {
		return err
	}
	global := r.vm.GlobalObject()
	if err := global.Set(caughtHookSource, r.vm.ToValue(r.caught)); err != nil {
		return err
	}
	_, err = r.vm.RunProgram(prg)
	if derr := global.Delete(caughtHookSource); err == nil {
		err = derr
	}
	return err
}

// caught is catchhook.Name: it gives an error the program caught V8's
// words and layout, in place, and never throws.
func (r *Runtime) caught(call goja.FunctionCall) goja.Value {
	if obj, ok := call.Argument(0).(*goja.Object); ok && obj.ClassName() == "Error" {
		_ = r.vm.Try(func() { r.v8Caught(obj) })
	}
	return goja.Undefined()
}

// v8Caught is v8Words for an error caught: the same words and columns,
// and the stack in V8's layout ("    at f (file:1:2)", evloop's own frames
// left out), which is how a stack reads once it is not goja's ("\tat ").
func (r *Runtime) v8Caught(obj *goja.Object) {
	stv := obj.Get("stack")
	if stv == nil || !goja.IsString(stv) {
		return
	}
	stack := stv.String()
	if !strings.Contains(stack, "\tat ") {
		return // not goja's, or given V8's layout at an earlier catch
	}
	r.v8Rewrite(obj, stack)
	if st := obj.Get("stack"); st != nil && goja.IsString(st) {
		_ = obj.Set("stack", strings.TrimRight(cleanStack(strings.ReplaceAll(st.String(), "\tat ", "    at ")), "\n"))
	}
}

// v8Layout reports whether stack is in V8's layout already (v8Caught).
func v8Layout(stack string) bool {
	return !strings.Contains(stack, "\tat ") && strings.Contains(stack, "\n    at ")
}

// caughtThen is Promise.prototype.then as installCaughtThen makes it: a
// Proxy of goja's, whose apply trap wraps a rejection handler h so that
// the error reaches hook before h. Both are JavaScript, not Go: a Go
// function that calls back into goja from a promise job (as a thenable's
// job calls then) makes goja run the rest of the job queue when that call
// returns, out of node's order. Their frames are named enter, in <eval>,
// as the runtime's own enter is, so that stacks leave them out
// (cleanStack) and reactionLabel looks past them.
const caughtThen = `(function (then, hook) {
  const apply = Reflect.apply;
  function wrap(h) { return function enter(e) { hook(e); return h(e); }; }
  return new Proxy(then, { apply: function enter(target, self, args) {
    if (args.length > 1 && typeof args[1] === 'function') args = [args[0], wrap(args[1])];
    return apply(target, self, args);
  } });
})`

// installCaughtThen makes Promise.prototype.then (and so catch, which
// calls it) hand a rejection handler's error to caught first: the other
// place a program sees an error it did not let through, as in
// `fetchUser().catch((e) => console.log(e.message))`. The number of jobs,
// their order and the promise returned are the original then's.
func (r *Runtime) installCaughtThen() error {
	ctor, ok := r.vm.Get("Promise").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	mk, err := r.runSnippet(caughtThen)
	if err != nil {
		return err
	}
	f, _ := goja.AssertFunction(mk)
	then, err := f(goja.Undefined(), proto.Get("then"), r.vm.ToValue(r.caught))
	if err != nil {
		return err
	}
	return proto.DefineDataProperty("then", then, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
