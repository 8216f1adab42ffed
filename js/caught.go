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
	"github.com/evloop/evloop/js/internal/evalguard"
)

// hookBindings are the global lexical bindings the AST passes' inserted
// calls reach (js/internal/catchhook, js/internal/evalguard), in the order
// hookProgram declares them. A const's name that is not an identifier can
// only be written in a tree, not in source text, so no program can name,
// shadow or see one (a lexical binding is not a property of globalThis).
var hookBindings = []string{catchhook.Name, evalguard.Name}

// hookProgram declares each of hookBindings (hiddenConsts).
var hookProgram = sync.OnceValues(func() (*goja.Program, error) { return hiddenConsts(hookBindings) })

// hiddenConsts is a program that declares each of names as a const whose
// value is the global property of the same name with hookSuffix, which
// declareHidden sets before and removes after.
func hiddenConsts(names []string) (*goja.Program, error) {
	f := file.NewFile("", "", 1)
	decl := &ast.LexicalDeclaration{Idx: 1, Token: token.CONST}
	for _, name := range names {
		decl.List = append(decl.List, &ast.Binding{
			Target:      &ast.Identifier{Name: unistring.String(name), Idx: 1},
			Initializer: &ast.Identifier{Name: unistring.String(name + hookSuffix), Idx: 1},
		})
	}
	return goja.CompileAST(&ast.Program{File: f, Body: []ast.Statement{decl}}, false)
}

const hookSuffix = " (install)"

// installHooks declares the bindings the inserted calls reach.
func (r *Runtime) installHooks() error {
	prg, err := hookProgram()
	if err != nil {
		return err
	}
	return r.declareHidden(prg, hookBindings, map[string]goja.Value{
		catchhook.Name: r.vm.ToValue(r.caught), evalguard.Name: r.vm.ToValue(r.evalSource)})
}

// declareHidden runs prg, hiddenConsts(names), with values[name] as the
// value of each of names.
func (r *Runtime) declareHidden(prg *goja.Program, names []string, values map[string]goja.Value) error {
	global := r.vm.GlobalObject()
	for _, name := range names {
		if err := global.Set(name+hookSuffix, values[name]); err != nil {
			return err
		}
	}
	_, err := r.vm.RunProgram(prg)
	for _, name := range names {
		if derr := global.Delete(name + hookSuffix); err == nil {
			err = derr
		}
	}
	return err
}

// evalSource is evalguard.Name: the source given to a direct eval,
// refused with node's RangeError when it nests too deeply for goja's
// parser (sourceTooDeep), as a file's is.
func (r *Runtime) evalSource(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	if goja.IsString(v) && sourceTooDeep(v.String()) {
		panic(r.rangeError("Maximum call stack size exceeded"))
	}
	return v
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
		_ = obj.Set("stack", r.v8StackLayout(st.String()))
	}
}

// v8StackLayout is goja's stack text in V8's layout: "    at " frames
// named as V8 names them (framenames.go), at most Error.stackTraceLimit of
// them, no program counters, none of evloop's own frames, no trailing
// newline.
func (r *Runtime) v8StackLayout(stack string) string {
	text := strings.TrimRight(cleanStack(strings.ReplaceAll(stack, "\tat ", "    at ")), "\n")
	lines := strings.Split(text, "\n")
	head := 0
	for head < len(lines) && !strings.HasPrefix(lines[head], "    at ") {
		head++
	}
	if head == len(lines) {
		return text
	}
	frames := r.shownFiles(r.v8FrameNames(lines[head:]))
	if limit := r.stackTraceLimit(); len(frames) > limit {
		frames = frames[:limit]
	}
	return strings.Join(append(lines[:head:head], frames...), "\n")
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
