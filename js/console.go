package js

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// consoleMethods are console's methods in the order its keys list them,
// with each one's length.
var consoleMethods = []struct {
	name   string
	length int
}{
	{"log", 0}, {"info", 0}, {"debug", 0}, {"warn", 0}, {"error", 0}, {"trace", 0},
	{"dir", 2}, {"dirxml", 0}, {"assert", 1}, {"count", 0}, {"countReset", 0},
	{"group", 0}, {"groupCollapsed", 0}, {"groupEnd", 0}, {"time", 0}, {"timeEnd", 0},
	{"timeLog", 0}, {"table", 2},
}

// newConsole makes the console object: a method for each name that, on
// the first call of any, compiles lib/console.js (the bodies) and then
// calls the body of its name with its this and arguments. Every runtime
// makes the object at start; most of its cost, the compile, waits for a
// program that logs.
//
// The methods are JS functions (consoleMethodsSource) over one Go native,
// not Go natives themselves: a program passes them as promise reactions
// (`p.then(console.log)`, `.catch(console.error)`), and a Go native run as a
// job has no JS frame beneath it, so goja would drain the promise jobs
// queued meanwhile at the end of the body's call, inside this job and ahead
// of the jobs already waiting (printing `gen 2` before `p1`).
func (r *Runtime) newConsole() *goja.Object {
	vm := r.vm
	var bodies []goja.Callable
	load := func() []goja.Callable {
		if bodies != nil {
			return bodies
		}
		v, err := r.loadLib("console.js")
		if err != nil {
			panic(vm.NewGoError(err))
		}
		lib := v.ToObject(vm)
		fns := make([]goja.Callable, len(consoleMethods))
		for i, m := range consoleMethods {
			fns[i], _ = goja.AssertFunction(lib.Get(m.name))
		}
		bodies = fns
		return fns
	}
	// call(i, this, arguments): the body of method i.
	call := func(c goja.FunctionCall) goja.Value {
		i := int(c.Argument(0).ToInteger())
		var args []goja.Value
		if o, ok := c.Argument(2).(*goja.Object); ok {
			n := int(o.Get("length").ToInteger())
			args = make([]goja.Value, n)
			for k := range args {
				args[k] = o.Get(strconv.Itoa(k))
			}
		}
		v, err := load()[i](c.Argument(1), args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	make, err := r.runSnippet(consoleMethodsSource())
	if err != nil {
		panic(vm.NewGoError(err))
	}
	mk, _ := goja.AssertFunction(make)
	v, err := mk(goja.Undefined(), vm.ToValue(call))
	if err != nil {
		panic(vm.NewGoError(err))
	}
	return v.ToObject(vm)
}

// consoleMethodsSource is a function (call) => console object whose
// methods, named and with the lengths of consoleMethods, call
// call(index, this, arguments).
var consoleMethodsSource = sync.OnceValue(func() string {
	var b strings.Builder
	b.WriteString("(function (call) { 'use strict'; return {")
	for i, m := range consoleMethods {
		params := make([]string, m.length)
		for k := range params {
			params[k] = "a" + strconv.Itoa(k)
		}
		fmt.Fprintf(&b, " %s: function %s(%s) { return call(%d, this, arguments); },", m.name, m.name, strings.Join(params, ", "), i)
	}
	b.WriteString(" }; })")
	return b.String()
})
