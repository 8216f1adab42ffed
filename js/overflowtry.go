package js

import (
	"errors"
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
var runawayBindings = []string{trywrap.Name, trywrap.ReactionName, evalguard.IndirectName, evalguard.ChainsName}

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
	reaction, err := r.reactionHandler()
	if err != nil {
		return err
	}
	return r.declareHidden(prg, runawayBindings, map[string]goja.Value{trywrap.Name: r.vm.ToValue(r.tryBlock),
		trywrap.ReactionName:   reaction,
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

// reactionFactory makes reactionHandler: a function of the runtime's
// trampoline that wraps a callable handler in a strict JS function calling
// the handler through the trampoline, a Go frame. The handler must be
// called from a JS frame: goja's Callable, called with no JS frame on the
// stack (a promise reaction job is run from Go), runs the whole job queue
// when the handler returns, and drops it when the handler overflows the
// stack. The source's name holds "github.com/evloop/", so the wrapper's
// frame is left out of stacks as evloop's own (cleanStack, v8Frames).
var reactionFactory = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("github.com/evloop/evloop/js/reaction.js", `(function (tramp) {
	'use strict';
	return function (fn) {
		if (typeof fn !== 'function') return fn;
		return function (v) {
			return arguments.length === 1 ? tramp(fn, this, v) : tramp(fn, this, ...arguments);
		};
	};
})`, true)
})

// reactionHandler is trywrap.ReactionName (reactionFactory).
func (r *Runtime) reactionHandler() (goja.Value, error) {
	prg, err := reactionFactory()
	if err != nil {
		return nil, err
	}
	f, err := r.vm.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	mk, ok := goja.AssertFunction(f)
	if !ok {
		return nil, errors.New("reaction factory is not a function")
	}
	return mk(goja.Undefined(), r.vm.ToValue(r.reactionTramp))
}

// reactionTramp calls a promise handler: (handler, this, ...args). goja's
// stack overflow leaves it as node's RangeError, which goja's reaction
// job then catches and rejects with.
func (r *Runtime) reactionTramp(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		return goja.Undefined()
	}
	var args []goja.Value
	if len(call.Arguments) > 2 {
		args = call.Arguments[2:]
	}
	v, err := fn(call.Argument(1), args...)
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
