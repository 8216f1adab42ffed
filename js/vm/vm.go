// Package vm is node's vm module for evloop on goja, registered through
// js.Options.Modules.
//
// goja cannot make a second realm whose objects mix with the first (objects
// of two goja.Runtimes must not meet), so a context is the same realm seen
// through a scope: the code runs by direct eval inside `with` over a proxy
// of the sandbox object, so its free names read and write the sandbox, its
// top-level var and function declarations land on it, and names of the
// main realm (require, process, setTimeout…) are hidden. The intrinsics
// (Object, Array, Error…) are the main realm's own, so an error thrown in
// a context is instanceof the caller's Error, where node's is not. The
// timeout option interrupts the runtime (goja's Interrupt) after that much
// wall-clock time.
package vm

import (
	_ "embed"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/relchain"
)

//go:embed vm.js
var source string

// Module returns the "vm" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "vm", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("vm", source, natives(r))
	}}
}

// timeoutMark is the interrupt value of a timed-out vm call.
type timeoutMark struct{}

func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()

	// syntaxError(filename, code) → a SyntaxError to throw, or undefined.
	o.Set("syntaxError", func(c goja.FunctionCall) goja.Value {
		if e := r.ScriptSyntaxError(c.Argument(0).String(), c.Argument(1).String()); e != nil {
			return e
		}
		return goja.Undefined()
	})

	// declared(code) → [varNames, functionNames, strict, lexicalNames,
	// lexicalCode]: what the code declares at its top level (code that
	// parses: syntaxError said so). lexicalCode is code with the let and
	// const keywords of its top-level declarations blanked (same length,
	// so positions stay), whose names are lexicalNames; "" when it has
	// none, or one binds a pattern (left as it is).
	o.Set("declared", func(c goja.FunctionCall) goja.Value {
		src := c.Argument(0).String()
		prg, err := parser.ParseFile(nil, "", src, 0, parser.WithDisableSourceMaps)
		if err != nil {
			return vm.NewArray(vm.NewArray(), vm.NewArray(), false, vm.NewArray(), "")
		}
		var vars, funcs, lexNames []any
		for _, d := range prg.DeclarationList {
			for _, b := range d.List {
				if id, ok := b.Target.(*ast.Identifier); ok {
					vars = append(vars, id.Name.String())
				}
			}
		}
		strict := false
		lexical := []byte(src)
		blanked, patterns := false, false
		for i, st := range prg.Body {
			if es, ok := st.(*ast.ExpressionStatement); ok && i == 0 {
				if s, ok := es.Expression.(*ast.StringLiteral); ok && s.Value == "use strict" {
					strict = true
				}
			}
			switch d := st.(type) {
			case *ast.FunctionDeclaration:
				if d.Function.Name != nil {
					funcs = append(funcs, d.Function.Name.Name.String())
				}
			case *ast.LexicalDeclaration:
				for _, b := range d.List {
					id, ok := b.Target.(*ast.Identifier)
					if !ok {
						patterns = true
						continue
					}
					lexNames = append(lexNames, id.Name.String())
				}
				at, n := int(d.Idx)-1, len(d.Token.String())
				if at >= 0 && at+n <= len(lexical) && string(lexical[at:at+n]) == d.Token.String() {
					copy(lexical[at:at+n], strings.Repeat(" ", n))
					blanked = true
				} else {
					patterns = true
				}
			}
		}
		lexCode := ""
		if blanked && !patterns {
			lexCode = string(lexical)
		} else {
			lexNames = nil
		}
		return vm.NewArray(vm.NewArray(vars...), vm.NewArray(funcs...), strict, vm.NewArray(lexNames...), lexCode)
	})

	// runScript(filename, code, timeoutMs) → the completion value of code
	// run as a script in the main context (runInThisContext).
	o.Set("runScript", func(c goja.FunctionCall) goja.Value {
		name, code := c.Argument(0).String(), c.Argument(1).String()
		return guarded(r, c.Argument(2).ToInteger(), func() (goja.Value, error) { return runScript(vm, name, code) })
	})

	// call(fn, this, args, timeoutMs) → fn's result, interrupted after
	// timeoutMs (0: never) with ERR_SCRIPT_EXECUTION_TIMEOUT.
	o.Set("call", func(c goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			panic(r.NewError("TypeError", "vm: not a function", ""))
		}
		var args []goja.Value
		if a, ok := c.Argument(2).(*goja.Object); ok {
			vm.ExportTo(a, &args)
		}
		this := c.Argument(1)
		return guarded(r, c.Argument(3).ToInteger(), func() (goja.Value, error) { return fn(this, args...) })
	})
	return o
}

// guarded runs run with goja's interrupt armed for ms milliseconds (0:
// none), turning the interrupt into node's timeout error.
func guarded(r *js.Runtime, ms int64, run func() (goja.Value, error)) goja.Value {
	vm := r.VM()
	mark := &timeoutMark{}
	var timer *time.Timer
	if ms > 0 {
		timer = time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { vm.Interrupt(mark) })
	}
	v, err := run()
	if timer != nil && !timer.Stop() {
		var ie *goja.InterruptedError
		if err == nil || !errors.As(err, &ie) || ie.Value() != mark {
			// It fired as run returned: it must not stop later code.
			vm.ClearInterrupt()
		}
	}
	if err == nil {
		return v
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) && ie.Value() == mark {
		vm.ClearInterrupt()
		panic(r.NewError("Error", "Script execution timed out after "+strconv.FormatInt(ms, 10)+"ms",
			"ERR_SCRIPT_EXECUTION_TIMEOUT"))
	}
	panic(err)
}

// runScript runs code as a script in vm's global context, as goja's
// RunScript does, with its relational chains grouped as JavaScript groups
// them (relchain). Code that does not parse or compile goes through
// RunScript itself, which words the SyntaxError.
func runScript(vm *goja.Runtime, name, code string) (goja.Value, error) {
	prg, err := parser.ParseFile(nil, name, code, 0)
	if err != nil {
		return vm.RunScript(name, code)
	}
	relchain.Regroup(prg, code)
	p, err := goja.CompileAST(prg, false)
	if err != nil {
		return vm.RunScript(name, code)
	}
	return vm.RunProgram(p)
}
