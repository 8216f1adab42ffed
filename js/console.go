package js

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// consoleMethods are the methods of console and of Console.prototype
// whose bodies are in lib/console.js, in node's key order. Every one has
// length 0 (node's are bound functions).
var consoleMethods = []string{
	"log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear",
	"count", "countReset", "group", "groupEnd", "table", "debug", "info", "dirxml",
	"error", "groupCollapsed",
}

// consoleExtras are the global console's keys after Console, bodies in
// lib/console.js too (inspector methods that print nothing in node
// without an inspector session), with their lengths.
var consoleExtras = []struct {
	name   string
	length int
}{{"profile", 0}, {"profileEnd", 0}, {"timeStamp", 0}, {"context", 1}, {"createTask", 0}}

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
		fns := make([]goja.Callable, 0, len(consoleMethods)+len(consoleExtras)+1)
		for _, m := range consoleMethods {
			f, _ := goja.AssertFunction(lib.Get(m))
			fns = append(fns, f)
		}
		for _, m := range consoleExtras {
			f, _ := goja.AssertFunction(lib.Get(m.name))
			fns = append(fns, f)
		}
		f, _ := goja.AssertFunction(lib.Get("init"))
		fns = append(fns, f)
		bodies = fns
		return fns
	}
	// grouped: some console's group, groupCollapsed or groupEnd ran, and
	// the global console may indent its lines (the fast path below leaves
	// indenting to console.js).
	grouped := false
	var con *goja.Object // the global console, once made
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
		if fd := consolePrints[i]; fd != 0 && !grouped && (c.Argument(1) == con || goja.IsUndefined(c.Argument(1))) {
			if s, ok := plainText(args); ok {
				r.write(fd, s)
				return goja.Undefined()
			}
		}
		if consoleGroups[i] {
			grouped = true
		}
		v, err := load()[i](c.Argument(1), args...)
		if err != nil {
			panic(r.catchable(err))
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
	con = v.ToObject(vm)
	return con
}

// consolePrints: for the index of log, info, debug (1), warn, error (2),
// the fd it prints to; consoleGroups: the indexes of group,
// groupCollapsed and groupEnd.
var consolePrints, consoleGroups = func() (map[int]int, map[int]bool) {
	p, g := map[int]int{}, map[int]bool{}
	for i, m := range consoleMethods {
		switch m {
		case "log", "info", "debug":
			p[i] = 1
		case "warn", "error":
			p[i] = 2
		case "group", "groupCollapsed", "groupEnd":
			g[i] = true
		}
	}
	return p, g
}()

// plainText is the line console.log prints for arguments that are all
// primitive strings, the first without a %: they are joined by spaces
// as they are, whatever the inspect options or colours (node's
// formatWithOptions). A program that prints 100k such lines spent most of
// its time in console.js's spreads and option checks (in the page's wasm
// module some 150 µs a line); ok is false for anything else, which
// console.js formats.
func plainText(args []goja.Value) (string, bool) {
	switch {
	case len(args) == 0:
		return "", false
	case len(args) == 1 && goja.IsString(args[0]):
		return args[0].String() + "\n", true
	}
	var b strings.Builder
	for k, a := range args {
		if !goja.IsString(a) {
			return "", false
		}
		s := a.String()
		if k == 0 && strings.IndexByte(s, '%') >= 0 {
			return "", false
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	b.WriteByte('\n')
	return b.String(), true
}

// consoleMethodsSource is a function (call) => console object. Its
// methods, named as node's and with their lengths, call call(index, this,
// arguments), index counting consoleMethods then consoleExtras; the last
// index is the Console constructor's (this: the new instance), which
// checks the options and sets up the instance's streams and state.
// Console.prototype has the same methods; an instance gets them as own
// properties bound to it, as node's do, so it works detached too.
// instanceof Console is true for the global console and the instances.
var consoleMethodsSource = sync.OnceValue(func() string {
	var b strings.Builder
	quoted := make([]string, len(consoleMethods))
	for i, m := range consoleMethods {
		quoted[i] = strconv.Quote(m)
	}
	fmt.Fprintf(&b, `(function (call) { 'use strict';
const names = [%s];
const made = new WeakSet();
const method = (i, name) => ({ [name](...args) { return call(i, this, args); } })[name];
function Console(options) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  call(%d, this, arguments);
  for (const name of names) {
    const f = this[name];
    const self = this;
    Object.defineProperty(this, name, { value: ({ [name]: (...args) => Reflect.apply(f, self, args) })[name], writable: true, enumerable: true, configurable: true });
  }
  made.add(this);
}
// The prototype's methods have their parameters' lengths (the bound
// copies on instances and on the global console have 0).
const protoLength = { assert: 1, dir: 2, table: 2 };
names.forEach((name, i) => {
  const f = method(i, name);
  if (protoLength[name]) Object.defineProperty(f, 'length', { value: protoLength[name] });
  Object.defineProperty(Console.prototype, name, { value: f, writable: true, enumerable: false, configurable: true });
});
Object.defineProperty(Console, Symbol.hasInstance, { value: (v) => made.has(v) });
const con = {};
names.forEach((name, i) => { con[name] = method(i, name); });
con.Console = Console;
`, strings.Join(quoted, ", "), len(consoleMethods)+len(consoleExtras))
	for i, m := range consoleExtras {
		params := make([]string, m.length)
		for k := range params {
			params[k] = "a" + strconv.Itoa(k)
		}
		fmt.Fprintf(&b, "con.%s = ({ %s(%s) { return call(%d, this, arguments); } }).%s;\n", m.name, m.name, strings.Join(params, ", "), len(consoleMethods)+i, m.name)
	}
	b.WriteString(`const tag = { value: 'console', writable: false, enumerable: false, configurable: true };
Object.defineProperty(con, Symbol.toStringTag, tag);
Object.defineProperty(Console.prototype, Symbol.toStringTag, tag);
made.add(con);
return con; })`)
	return b.String()
})
