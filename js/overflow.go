package js

import (
	"errors"

	"github.com/dop251/goja"
)

// goja's call-stack bound (Options.MaxCallStack) throws a
// *goja.StackOverflowError, which no JS catch can catch: goja unwinds every
// JS frame up to the nearest Go one. node's RangeError is catchable. Where
// the overflow passes through a Go frame of evloop's (a native that called
// back into JS: JSON.parse with a reviver, AsyncLocalStorage.run, console
// and util.inspect calling a program's inspect or getter, a wrapped
// constructor...), that frame throws node's RangeError instead, and the JS
// frames above it can catch it as in node. The JS frames between the
// overflow and that Go frame (a few at most, when each level of the
// recursion passes through it) are unwound without their catch or finally
// blocks. Recursion that stays in JS and goja's own built-ins has no Go
// frame of ours to do this (site/docs/limits.md).

// catchable is what a native panics with to pass on err, the error of a
// JS function it called: err itself, or for goja's uncatchable stack
// overflow, node's catchable RangeError.
func (r *Runtime) catchable(err error) any {
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return r.rangeError("Maximum call stack size exceeded")
	}
	return err
}

// overflowCatchable is deferred by a native that runs JS through goja's
// Try (util.inspect, console.log): goja re-panics its uncatchable errors
// there, and the stack overflow among them leaves as node's RangeError.
func (r *Runtime) overflowCatchable() {
	if x := recover(); x != nil {
		if _, ok := x.(*goja.StackOverflowError); ok {
			panic(r.rangeError("Maximum call stack size exceeded"))
		}
		panic(x)
	}
}
