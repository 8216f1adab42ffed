package js

import (
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/relchain"
)

// The Function constructor and its async and generator kin compile the
// source a program builds at run time, with goja's parser and compiler,
// which recurse in Go once or more per level of nesting:
// new Function('return ' + '['.repeat(400000) + ']'.repeat(400000)) went
// past Go's 1 GB goroutine stack ("fatal error: stack overflow", a
// goroutine dump, the output not yet flushed lost), and on the wasm engine
// past its stack from 17,900 levels. node 20 throws a RangeError the
// program can catch ("Maximum call stack size exceeded").
//
// guardFunctionConstructors puts native constructors in their place that
// convert the arguments to strings (once, in order, as the original would),
// refuse a source sourceTooDeep refuses, and construct with the original
// (new.target kept, so a subclass of Function still makes its instances).
// The wrappers take the originals' prototype, name, length and place as
// the prototype's constructor, so (function(){}).constructor === Function
// and instanceof are as before.
//
// eval is not wrapped: goja treats a call as a direct eval (the caller's
// scope) only when the callee is its own eval function, so a wrapper would
// make every direct eval indirect (evalguard checks what a file passes to it,
// and what it passes to eval read through another name). eval of source nested that deeply stays
// a crash (site/docs/limits.md).
func (r *Runtime) guardFunctionConstructors() error {
	vm := r.vm
	ctors := []*goja.Object{}
	if f, ok := vm.Get("Function").(*goja.Object); ok {
		ctors = append(ctors, f)
	}
	// AsyncFunction and GeneratorFunction are no globals: the
	// constructors of such functions. (goja has no async generators.)
	prog, err := kinProgram()
	if err != nil {
		return err
	}
	kin, err := vm.RunProgram(prog)
	if err != nil {
		return err
	}
	kinObj := kin.(*goja.Object)
	for _, i := range []string{"0", "1"} {
		if fn, ok := kinObj.Get(i).(*goja.Object); ok {
			if c, ok := fn.Get("constructor").(*goja.Object); ok {
				ctors = append(ctors, c)
			}
		}
	}
	var fn, fnWrapper *goja.Object // Function, and its wrapper
	for _, orig := range ctors {
		w, err := r.guardFunctionConstructor(orig)
		if err != nil {
			return err
		}
		if fn == nil {
			fn, fnWrapper = orig, w
		} else if w != nil {
			// The kin inherit from Function, as in V8 (goja's from
			// Function.prototype).
			if err := w.SetPrototype(fnWrapper); err != nil {
				return err
			}
		}
	}
	return nil
}

// kinProgram makes an async function and a generator, compiled once per
// process (each runtime runs it as it starts).
var kinProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("", "[async function () {}, function* () {}]", false)
})

// guardFunctionConstructor puts the wrapper of orig in its place and
// returns it (nil if orig is no constructor).
func (r *Runtime) guardFunctionConstructor(orig *goja.Object) (*goja.Object, error) {
	vm := r.vm
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return nil, nil
	}
	proto, ok := orig.Get("prototype").(*goja.Object)
	if !ok {
		return nil, nil
	}
	var self *goja.Object
	w := vm.ToValue(func(cc goja.ConstructorCall) *goja.Object {
		args := cc.Arguments
		n := 0
		for i, a := range args {
			if o, isObj := a.(*goja.Object); isObj {
				if i == 0 {
					args = append([]goja.Value(nil), args...) // not the caller's
				}
				a = o.ToString() // its toString runs once, here
				args[i] = a
			}
			if goja.IsString(a) {
				n += len(a.String())
			}
		}
		// No source of at most maxSourceDepth/bracketUnits bytes can
		// be too deep: the usual one is not scanned.
		if n > maxSourceDepth/bracketUnits {
			var src strings.Builder
			for _, a := range args {
				if goja.IsString(a) {
					src.WriteString(a.String())
					src.WriteByte('\n')
				}
			}
			if sourceTooDeep(src.String()) {
				panic(r.rangeError("Maximum call stack size exceeded"))
			}
		}
		// The body's relational and long logical chains grouped as node
		// groups them (relchain.Source, as for eval).
		if last := len(args) - 1; last >= 0 && goja.IsString(args[last]) {
			body := args[last].String()
			if out := relchain.Source(body, "(function(){\n", "\n})"); out != body {
				args = append([]goja.Value(nil), args...)
				args[last] = vm.ToValue(out)
			}
		}
		nt := cc.NewTarget
		if nt == nil {
			nt = self // a call, or goja's plain new: the constructor itself
		}
		obj, err := construct(nt, args...)
		if err != nil {
			panic(err)
		}
		return obj
	}).(*goja.Object)
	self = w
	for _, key := range []string{"name", "length"} {
		if err := w.DefineDataProperty(key, orig.Get(key), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return nil, err
		}
	}
	if err := w.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	if err := w.SetPrototype(orig.Prototype()); err != nil {
		return nil, err
	}
	// Function.prototype.constructor is writable and configurable; the
	// others' are configurable only, as in V8.
	writable := goja.FLAG_FALSE
	if orig.Get("name").String() == "Function" {
		writable = goja.FLAG_TRUE
	}
	if err := proto.DefineDataProperty("constructor", w, writable, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	if g := vm.GlobalObject(); g.Get("Function") == orig {
		return w, g.DefineDataProperty("Function", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return w, nil
}
