package js

import (
	"strconv"

	"github.com/dop251/goja"
)

// Some of goja's built-ins recurse in Go, not through its VM, so goja's
// call-stack bound (Options.MaxCallStack) never sees them: Array.prototype.
// join of an array holding an array calls the inner one's toString, which
// calls its join, and so on, one set of Go frames per level. A million
// nested arrays passed Go's 1 GB goroutine stack and ended evloop with
// "fatal error: stack overflow" and a goroutine dump (String(a) of
// `let a = []; for (...) a = [a]`, after four minutes and 1.5 GB). node 20
// throws a RangeError the program can catch; these bounds are node's,
// measured at a script's top level (V8's bound is its stack, so in node
// they move a little with the caller's frames).
const (
	// maxJoinDepth: join, toString and toLocaleString in progress at once.
	// node 20: nest(3219).join() ends, nest(3220).join() throws (nest(n)
	// is n arrays around an empty one: n+1 joins).
	maxJoinDepth = 3220
	// maxFlatDepth: the levels flat flattens. node 20: nest(6277).
	// flat(Infinity) ends, nest(6278).flat(Infinity) throws.
	maxFlatDepth = 6277
)

// arrayCtor is the global Array and its prototype, which the built-in
// wrappers replace methods of (ok false if a program's code has replaced
// either before they were installed).
func (r *Runtime) arrayCtor() (array, proto *goja.Object, ok bool) {
	if array, ok = r.vm.Get("Array").(*goja.Object); ok {
		proto, ok = array.Get("prototype").(*goja.Object)
	}
	return array, proto, ok
}

// installNestingLimits wraps Array.prototype.join, toLocaleString and flat
// with node's bounds. toString needs no wrapper: goja's calls this.join.
func (r *Runtime) installNestingLimits() error {
	vm := r.vm
	_, proto, ok := r.arrayCtor()
	if !ok {
		return nil
	}
	tooDeep := func() { panic(r.rangeError("Maximum call stack size exceeded")) }
	r.arrays = newArrayProbe(vm)
	depth := 0
	for _, name := range []string{"join", "toLocaleString"} {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			continue
		}
		join := name == "join"
		err := r.replaceMethod(proto, name, func(fc goja.FunctionCall) goja.Value {
			if depth >= maxJoinDepth {
				tooDeep()
			}
			if join && r.joinTooLong(fc.This, fc.Argument(0)) {
				panic(r.rangeError("Invalid string length"))
			}
			depth++
			defer func() { depth-- }()
			v, err := orig(fc.This, fc.Arguments...)
			if err != nil {
				panic(err)
			}
			if s, isStr := v.(goja.String); isStr && s.Length() > MaxStringLength {
				// Items converted by join itself (objects' toString) made it
				// longer than node lets a string be: node's error, if late.
				panic(r.rangeError("Invalid string length"))
			}
			return v
		})
		if err != nil {
			return err
		}
	}
	flat, ok := goja.AssertFunction(proto.Get("flat"))
	if !ok {
		return nil
	}
	return r.replaceMethod(proto, "flat", func(fc goja.FunctionCall) goja.Value {
		args := fc.Arguments
		if len(args) > 0 && goja.IsUndefined(args[0]) {
			args = nil // goja reads an explicit undefined as 0, not as the default 1
		}
		if len(args) > 0 {
			d := args[0]
			if o, isObj := d.(*goja.Object); isObj {
				d = o.ToNumber() // converted once: flat would convert it again
			}
			if d.ToFloat() > maxFlatDepth {
				d = vm.ToValue(maxFlatDepth)
			}
			args = []goja.Value{d}
		}
		deep := len(args) > 0 && args[0].ToFloat() == maxFlatDepth
		v, err := flat(fc.This, args...)
		if err != nil {
			panic(err)
		}
		// Flattened maxFlatDepth levels: an array still in the result was
		// nested deeper than node goes.
		if res, isObj := v.(*goja.Object); deep && isObj {
			n := res.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				if e, isObj := res.Get(strconv.FormatInt(i, 10)).(*goja.Object); isObj && isArray(e) {
					tooDeep()
				}
			}
		}
		return v
	})
}

// joinTooLong reports whether this.join(sep) would be longer than
// MaxStringLength, counted before goja builds it: the separators, and the
// items that are strings already (an item another value converts to is
// not converted twice; it counts as empty). node throws RangeError:
// Invalid string length; goja has no bound and built a 1 GB string for
// `new Array(2 ** 16).fill('x'.repeat(2 ** 14)).join("")` (a minute of
// CPU on the loaded machine), or ran on until the heap limit.
func (r *Runtime) joinTooLong(this, sep goja.Value) bool {
	o, ok := this.(*goja.Object)
	if !ok || o.ClassName() != "Array" {
		return false // an array-like's length may be a getter: not read twice
	}
	n := o.Get("length").ToInteger()
	sepLen := int64(1) // undefined: ","
	if goja.IsString(sep) {
		sepLen = int64(sep.(goja.String).Length())
	} else if !goja.IsUndefined(sep) {
		sepLen = 0 // converted by join itself
	}
	var total int64
	if n > 1 {
		total = sepLen * (n - 1)
	}
	if total > MaxStringLength {
		return true
	}
	if r.arrays == nil {
		return false
	}
	for _, v := range r.arrays.items(o) {
		if s, isStr := v.(goja.String); isStr {
			if total += int64(s.Length()); total > MaxStringLength {
				return true
			}
		}
	}
	return false
}

// isArray is IsArray: an Array, or a Proxy whose target is one.
func isArray(o *goja.Object) bool {
	for o != nil {
		if o.ClassName() == "Array" {
			return true
		}
		p, ok := o.Export().(goja.Proxy)
		if !ok {
			return false
		}
		o = p.Target()
	}
	return false
}

// replaceMethod puts a native fn in place of obj[name] with the original's
// name, length and attributes (writable, configurable, not enumerable).
func (r *Runtime) replaceMethod(obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) error {
	vm := r.vm
	orig, _ := obj.Get(name).(*goja.Object)
	w := vm.ToValue(fn).(*goja.Object)
	_ = w.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if orig != nil {
		_ = w.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
