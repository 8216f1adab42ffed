package js

import (
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/evalguard"
	"github.com/evloop/evloop/js/internal/relchain"
	"github.com/evloop/evloop/js/internal/trywrap"
)

// A stack overflow that stays in JS (`function f() { f() } try { f() }
// catch (e) {}`) is caught by the program's catch as in node: every try
// block of a user's file runs through tryBlock, a Go frame, and goja's
// uncatchable overflow stops at the innermost such frame, which throws
// node's RangeError in its place (js/internal/trywrap, overflow.go).

// runawayBindings are the global lexical bindings that trywrap's and
// evalguard.InsertIndirect's inserted nodes reach, declared as
// hookProgram declares the other passes' (caught.go).
var runawayBindings = []string{trywrap.Name, evalguard.IndirectName, evalguard.ChainsName}

// runawayHookProgram declares each of runawayBindings (hiddenConsts).
var runawayHookProgram = sync.OnceValues(func() (*goja.Program, error) { return hiddenConsts(runawayBindings) })

// installRunawayHooks declares runawayBindings.
func (r *Runtime) installRunawayHooks() error {
	prg, err := runawayHookProgram()
	if err != nil {
		return err
	}
	indirect, err := r.indirectEval()
	if err != nil {
		return err
	}
	return r.declareHidden(prg, runawayBindings, map[string]goja.Value{trywrap.Name: r.vm.ToValue(r.tryBlock),
		evalguard.IndirectName: indirect,
		evalguard.ChainsName:   r.vm.ToValue(func(call goja.FunctionCall) goja.Value { return r.evalChains(call.Argument(0)) })})
}

// indirectEval is evalguard.IndirectName: eval called through another
// name (an indirect eval, in the global scope), with the source refused
// with node's RangeError when it nests too deeply for goja's parser
// (sourceTooDeep), as a direct eval's is: `const e = eval;
// e('['.repeat(500000))` went past Go's stack (a fatal error).
func (r *Runtime) indirectEval() (goja.Value, error) {
	vm := r.vm
	evalFn, ok := goja.AssertFunction(vm.Get("eval"))
	if !ok {
		return goja.Undefined(), nil
	}
	w := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0)
		if goja.IsString(src) {
			if sourceTooDeep(src.String()) {
				panic(r.rangeError("Maximum call stack size exceeded"))
			}
			src = r.evalChains(src)
		}
		v, err := evalFn(goja.Undefined(), src)
		if err != nil {
			panic(r.catchable(err))
		}
		return v
	}).(*goja.Object)
	for _, key := range []string{"name", "length"} {
		if err := w.DefineDataProperty(key, vm.Get("eval").(*goja.Object).Get(key), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return nil, err
		}
	}
	return w, nil
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

// evalChains is evalguard.ChainsName: code given to eval, with its
// relational and long logical chains grouped as node groups them
// (relchain.Source): eval('3 > 2 > 1') is false, as in node, and a long
// && chain compiles at once.
func (r *Runtime) evalChains(v goja.Value) goja.Value {
	if !goja.IsString(v) {
		return v
	}
	s := v.String()
	if out := relchain.Source(s, "", ""); out != s {
		return r.vm.ToValue(out)
	}
	return v
}
