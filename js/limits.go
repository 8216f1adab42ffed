package js

import (
	"errors"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/safeexport"
)

// Node's (V8's) size limits, which goja does not have: without them
// `new ArrayBuffer(1e12)` asks the Go runtime for a terabyte and the process
// dies with "fatal error: runtime: out of memory" instead of a RangeError
// the program can catch.
const (
	// maxArrayBufferLength is V8's ArrayBuffer::kMaxByteLength on 64-bit
	// (2^53-1): above it, or negative, "Invalid array buffer length".
	maxArrayBufferLength = 1<<53 - 1
	// maxTypedArrayLength is v8::TypedArray::kMaxLength in node 20: 2^32
	// elements; above it "Invalid typed array length: N".
	maxTypedArrayLength = 1 << 32
	// MaxStringLength is buffer.constants.MAX_STRING_LENGTH (V8's
	// String::kMaxLength on 64-bit), in UTF-16 units.
	MaxStringLength = 536870888
)

// ErrHeapOutOfMemory interrupts a program whose heap passed the limit
// (Options.HeapLimit): it ends as node's does when V8 reaches its heap
// limit, "FATAL ERROR: ... JavaScript heap out of memory" and exit 134.
var ErrHeapOutOfMemory = errors.New("JavaScript heap out of memory")

// sizedCtors are the constructors that allocate, with their element size.
var sizedCtors = []struct {
	name string
	elem int
}{
	{"ArrayBuffer", 0}, {"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2},
	{"Uint16Array", 2}, {"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4}, {"Float64Array", 8},
	{"BigInt64Array", 8}, {"BigUint64Array", 8},
}

// installLimits replaces the allocating constructors (ArrayBuffer, the
// typed arrays) by native constructors that check the size as V8 does and
// then construct with the original (same prototype, statics, new.target,
// so subclasses and instanceof are unchanged; a goja Proxy breaks
// instanceof and the name), and bounds String.prototype.
// repeat, padStart and padEnd at MaxStringLength. Called once by install,
// after the natives (Buffer's own allocation keeps the original
// Uint8Array: it validates its sizes itself).
func (r *Runtime) installLimits() error {
	vm := r.vm
	wrapped := map[string]*goja.Object{}
	for _, c := range sizedCtors {
		orig, ok := vm.Get(c.name).(*goja.Object)
		if !ok {
			continue
		}
		construct, ok := goja.AssertConstructor(orig)
		if !ok {
			continue
		}
		name, elem := c.name, c.elem
		// goja gives a native constructor no new.target for a plain
		// `new X()` (nor tells it from a call): construct with itself
		// as new.target then. (So `Uint8Array()` without new constructs
		// instead of throwing: the one difference left.)
		wrapped[name] = r.nativeConstructor(construct, func(args []goja.Value) {
			if len(args) > 0 {
				r.checkSize(name, elem, args[0])
			}
		}, nil)
	}
	// In Go, not a JS snippet: every runtime runs this at start, and the
	// snippet (descriptors copied in a loop) was a tenth of a start.
	object := vm.Get("Object").(*goja.Object)
	getDesc, _ := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	defineProp, _ := goja.AssertFunction(object.Get("defineProperty"))
	global := vm.GlobalObject()
	for _, c := range sizedCtors {
		w, ok := wrapped[c.name]
		if !ok {
			continue
		}
		orig := vm.Get(c.name).(*goja.Object)
		proto := orig.Get("prototype")
		if err := copyStatics(vm, w, orig, getDesc, defineProp, typedArrayStatics); err != nil {
			return err
		}
		if c.elem == 0 { // ArrayBuffer's get [Symbol.species]
			if err := copyProp(getDesc, defineProp, orig, w, goja.SymSpecies); err != nil {
				return err
			}
		}
		if err := w.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := w.SetPrototype(orig.Prototype()); err != nil {
			return err
		}
		if err := proto.(*goja.Object).DefineDataProperty("constructor", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
		if err := global.DefineDataProperty(c.name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	if err := r.boundStringMethods(); err != nil {
		return err
	}
	if err := r.boundArrayFrom(); err != nil {
		return err
	}
	if err := r.guardTypedArraySet(); err != nil {
		return err
	}
	if err := r.guardFunctionConstructors(); err != nil {
		return err
	}
	if err := r.installNestingLimits(); err != nil {
		return err
	}
	if err := r.installHoleyMap(); err != nil {
		return err
	}
	return r.installJSONLimit()
}

// nativeConstructor is a native standing for a built-in constructor:
// it constructs with construct, goja's, with the new.target it is given,
// or itself when goja gives none (a plain `new X()`, and a call without
// new, which then constructs too). before sees the arguments first and
// after the object made and its new.target; either may be nil.
func (r *Runtime) nativeConstructor(construct goja.Constructor, before func(args []goja.Value), after func(obj, newTarget, self *goja.Object)) *goja.Object {
	var self *goja.Object
	self = r.vm.ToValue(func(cc goja.ConstructorCall) *goja.Object {
		if before != nil {
			before(cc.Arguments)
		}
		nt := cc.NewTarget
		if nt == nil {
			nt = self
		}
		obj, err := construct(nt, cc.Arguments...)
		if err != nil {
			panic(r.catchable(err))
		}
		if after != nil {
			after(obj, nt, self)
		}
		return obj
	}).(*goja.Object)
	return self
}

// typedArrayStatics are the attributes (writable, configurable,
// enumerable) of the typed arrays' and ArrayBuffer's own statics.
var typedArrayStatics = map[string][3]goja.Flag{
	"BYTES_PER_ELEMENT": {goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE},
	"isView":            {goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE},
}

// copyStatics gives w, a native standing for the built-in constructor
// orig, orig's own properties but prototype: length and name as a
// built-in function's, a key of known with those attributes, written
// directly (descriptor objects for each were most of a start's time in
// installLimits), any other copied with its descriptor.
func copyStatics(vm *goja.Runtime, w, orig *goja.Object, getDesc, defineProp goja.Callable, known map[string][3]goja.Flag) error {
	for _, key := range orig.GetOwnPropertyNames() {
		var err error
		if f, ok := known[key]; ok {
			err = w.DefineDataProperty(key, orig.Get(key), f[0], f[1], f[2])
		} else {
			switch key {
			case "prototype":
				continue
			case "length", "name":
				err = w.DefineDataProperty(key, orig.Get(key), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			default:
				err = copyProp(getDesc, defineProp, orig, w, vm.ToValue(key))
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// copyProp copies the own property key of from to to, attributes and all.
func copyProp(getDesc, defineProp goja.Callable, from, to *goja.Object, key goja.Value) error {
	d, err := getDesc(goja.Undefined(), from, key)
	if err != nil {
		return err
	}
	_, err = defineProp(goja.Undefined(), to, key, d)
	return err
}

// boundStringMethods makes String.prototype.repeat, padStart and padEnd
// throw V8's RangeError 'Invalid string length' before building a string
// longer than MaxStringLength, then call goja's (same name, length and
// descriptor; the arguments are converted as before, then again by the
// original).
func (r *Runtime) boundStringMethods() error {
	vm := r.vm
	proto := vm.Get("String").(*goja.Object).Get("prototype").(*goja.Object)
	tooLong := func() { panic(r.rangeError("Invalid string length")) }
	// padCheck: a target length past MaxStringLength, Infinity included
	// (goja asked Go for an infinite slice: a makeslice panic), is too long,
	// unless the filler is empty: then the string comes back as it is.
	padCheck := func(call goja.FunctionCall) {
		n := call.Argument(0).ToFloat()
		if n <= MaxStringLength || math.IsNaN(n) {
			return
		}
		if fill := call.Argument(1); !goja.IsUndefined(fill) && fill.String() == "" {
			return
		}
		tooLong()
	}
	checks := []struct {
		name  string
		check func(call goja.FunctionCall)
	}{
		{"repeat", func(call goja.FunctionCall) {
			n := call.Argument(0).ToFloat()
			l := float64(utf16Len(call.This.String()))
			if n*l > MaxStringLength && l > 0 && !math.IsInf(n, 1) {
				tooLong()
			}
		}},
		{"padStart", padCheck},
		{"padEnd", padCheck},
	}
	for _, c := range checks {
		orig := proto.Get(c.name).(*goja.Object)
		call, _ := goja.AssertFunction(orig)
		check := c.check
		fn := vm.ToValue(func(fc goja.FunctionCall) goja.Value {
			check(fc)
			v, err := call(fc.This, fc.Arguments...)
			if err != nil {
				panic(r.catchable(err))
			}
			return v
		}).(*goja.Object)
		_ = fn.DefineDataProperty("name", vm.ToValue(c.name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = fn.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if err := proto.DefineDataProperty(c.name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// maxArrayLength is the longest array: 2^32-1 elements.
const maxArrayLength = 1<<32 - 1

// boundArrayFrom makes Array.from throw V8's RangeError 'Invalid array
// length' for an array-like (no iterator) longer than an array can be:
// V8 creates the array first and fails at once, goja walked the 2^32 or
// 1e10 indices ({ length: 1e10 } ran for hours).
func (r *Runtime) boundArrayFrom() error {
	vm := r.vm
	array := vm.Get("Array").(*goja.Object)
	orig := array.Get("from").(*goja.Object)
	call, ok := goja.AssertFunction(orig)
	if !ok {
		return nil
	}
	iterator := vm.Get("Symbol").(*goja.Object).Get("iterator")
	fn := vm.ToValue(func(fc goja.FunctionCall) goja.Value {
		if items, ok := fc.Argument(0).(*goja.Object); ok && (fc.This == array || goja.IsUndefined(fc.This)) {
			if it := items.GetSymbol(iterator.(*goja.Symbol)); it == nil || goja.IsUndefined(it) || goja.IsNull(it) {
				if l := items.Get("length"); l != nil && l.ToFloat() > maxArrayLength {
					panic(r.rangeError("Invalid array length"))
				}
			}
		}
		v, err := call(fc.This, fc.Arguments...)
		if err != nil {
			panic(r.catchable(err))
		}
		return v
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("from"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return array.DefineDataProperty("from", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// guardTypedArraySet wraps %TypedArray%.prototype.set for an empty typed
// array source of another element type (or one at its buffer's end):
// goja's set takes the address of the first element to copy before it
// knows there is none, an index-out-of-range panic that ended evloop
// (new Uint8ClampedArray().set(new Uint8Array(0))). Such a source copies
// nothing, so set runs with an empty array in its place: the target's and
// the offset's checks are unchanged. A detached source keeps goja's path
// (its TypeError).
func (r *Runtime) guardTypedArraySet() error {
	vm := r.vm
	u8proto := vm.Get("Uint8Array").(*goja.Object).Get("prototype").(*goja.Object)
	proto := u8proto.Prototype()
	if proto == nil {
		return nil
	}
	orig, ok := proto.Get("set").(*goja.Object)
	if !ok {
		return nil
	}
	call, ok := goja.AssertFunction(orig)
	if !ok {
		return nil
	}
	fn := vm.ToValue(func(fc goja.FunctionCall) goja.Value {
		args := fc.Arguments
		mixed := false
		if src, ok := fc.Argument(0).(*goja.Object); ok && emptyAttachedView(src) {
			mixed = !sameBigIntKind(src, fc.This)
			args = append([]goja.Value{vm.NewArray()}, args[1:]...)
		}
		v, err := call(fc.This, args...)
		if err != nil {
			panic(r.catchable(err))
		}
		if mixed { // after the target's and the offset's checks, as V8's order
			panic(vm.NewTypeError("Cannot mix BigInt and other types, use explicit conversions"))
		}
		return v
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("set"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto.DefineDataProperty("set", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// emptyAttachedView reports whether o is a typed array of no elements whose
// buffer is not detached. A typed array exports as a slice and has an
// ArrayBuffer; an Array has no buffer, a DataView exports as no slice.
func emptyAttachedView(o *goja.Object) bool {
	if t := o.ExportType(); t == nil || t.Kind() != reflect.Slice {
		return false
	}
	if _, isProxy := safeexport.Export(o).(goja.Proxy); isProxy {
		return false
	}
	ab, ok := safeexport.Export(o.Get("buffer")).(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return false
	}
	return o.Get("length").ToInteger() == 0
}

// sameBigIntKind reports whether src and target are both BigInt typed arrays
// or both not: set between the two kinds is a TypeError even when empty,
// and goja's own path throws it.
func sameBigIntKind(src *goja.Object, target goja.Value) bool {
	t, ok := target.(*goja.Object)
	if !ok {
		return false
	}
	isBig := func(o *goja.Object) bool {
		typ := o.ExportType()
		if typ == nil || typ.Kind() != reflect.Slice {
			return false
		}
		k := typ.Elem().Kind()
		return k == reflect.Int64 || k == reflect.Uint64
	}
	return isBig(src) == isBig(t)
}

// utf16Len is the length of s in UTF-16 code units, as JS counts it.
func utf16Len(s string) int {
	n := 0
	for _, c := range s {
		n++
		if c > 0xFFFF {
			n++
		}
	}
	return n
}

// checkSize throws node's RangeError for a size argument V8 refuses, or
// one the memory limit cannot hold. elem 0 is an ArrayBuffer (bytes).
func (r *Runtime) checkSize(name string, elem int, arg goja.Value) {
	var n float64
	if o, ok := arg.(*goja.Object); ok {
		// new Uint8Array({length: 1e10}): an array-like's length. Buffers,
		// arrays and iterables already exist in memory.
		if elem == 0 || o.ClassName() != "Object" {
			return
		}
		l := o.Get("length")
		if l == nil || goja.IsUndefined(l) {
			return
		}
		n = l.ToFloat()
	} else {
		if goja.IsUndefined(arg) {
			return
		}
		n = arg.ToFloat()
	}
	if math.IsNaN(n) {
		return
	}
	n = math.Trunc(n)
	if elem == 0 {
		if n < 0 || n > maxArrayBufferLength {
			panic(r.rangeError("Invalid array buffer length"))
		}
		if !allocatable(n) {
			panic(r.rangeError("Array buffer allocation failed"))
		}
		return
	}
	if n < 0 || n > maxTypedArrayLength {
		panic(r.rangeError("Invalid typed array length: " + jsNumber(n)))
	}
	if !allocatable(n * float64(elem)) {
		panic(r.rangeError("Array buffer allocation failed"))
	}
}

func (r *Runtime) rangeError(msg string) *goja.Object {
	v := r.newError("RangeError", msg)
	o, _ := v.(*goja.Object)
	return o
}

// jsNumber formats n as JS's String(n) does for integers.
func jsNumber(n float64) string {
	if n < 1e21 && n > -1e21 {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return strconv.FormatFloat(n, 'g', -1, 64)
}

// allocatable reports whether n more bytes fit under the memory limit
// (the CLI's heap limit; else the machine's memory), counting what the heap
// holds now: a larger buffer is node's "Array buffer allocation failed",
// not the Go runtime's fatal out-of-memory.
func allocatable(n float64) bool {
	if n < 1<<26 {
		return true // small: the heap watchdog (WatchHeap) covers many of these
	}
	if n <= allocLimit()-float64(heapBytes()) {
		return true
	}
	// What the heap holds may be mostly garbage not yet collected (an
	// embedder running many programs in one process, a test binary): a
	// refusal is rare and the allocation large, so collect once and look
	// again before failing it.
	runtime.GC()
	return n <= allocLimit()-float64(heapBytes())
}

// maxJSONDepth is how deeply JSON.stringify nests objects and arrays before
// node 20 throws "RangeError: Maximum call stack size exceeded" (measured
// at the top level of a script: 4186 objects deep; V8's bound is its stack, so it moves a
// little with the caller's frames). goja recurses in Go without a bound and
// checks for cycles against every enclosing object: a 20,000-deep structure
// took 4 s and gave a result, a million-deep linked list would take hours
// or exhaust the Go stack (a fatal error, not an exception).
const maxJSONDepth = 4186

// jsonDepth follows goja's JSON.stringify through the replacer function it
// calls for every key (holder is the object being written): the chain of
// holders is the nesting, kept as a stack popped back to the current holder.
type jsonDepth struct {
	r     *Runtime
	user  goja.Callable // the program's replacer function, if any
	stack []*goja.Object
	keys  []string // the key each of stack was found under in the one before
	fn    goja.Value
}

func (d *jsonDepth) replace(call goja.FunctionCall) goja.Value {
	holder, _ := call.This.(*goja.Object)
	n := len(d.stack)
	for n > 0 && d.stack[n-1] != holder {
		n--
	}
	if n == 0 {
		d.stack, d.keys = append(d.stack[:0], holder), append(d.keys[:0], "")
		n = 1
	}
	d.stack, d.keys = d.stack[:n], d.keys[:n]
	v := call.Argument(1)
	if d.user != nil {
		var err error
		if v, err = d.user(call.This, call.Argument(0), v); err != nil {
			panic(d.r.catchable(err))
		}
	}
	if o, ok := v.(*goja.Object); ok {
		if len(d.stack) > maxJSONDepth {
			panic(d.r.rangeError("Maximum call stack size exceeded"))
		}
		d.stack = append(d.stack, o)
		d.keys = append(d.keys, call.Argument(0).String())
	}
	return v
}

// circleMessage is V8's message for the cycle that ends the stack: goja
// says only "Converting circular structure to JSON", V8 adds the path from
// the object the circle starts at to the key that closes it ("" when the
// stack does not end in one).
func (d *jsonDepth) circleMessage() string {
	n := len(d.stack)
	if n < 2 {
		return ""
	}
	last := d.stack[n-1]
	start := -1
	for i := 1; i < n-1; i++ {
		if d.stack[i].SameAs(last) {
			start = i
			break
		}
	}
	if start < 0 {
		return ""
	}
	step := func(i int) string {
		if d.stack[i-1].ClassName() == "Array" {
			return "index " + d.keys[i]
		}
		return "property '" + d.keys[i] + "'"
	}
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '" + d.constructorName(d.stack[start]) + "'")
	for i := start + 1; i < n-1; i++ {
		b.WriteString("\n    |     " + step(i) + " -> object with constructor '" + d.constructorName(d.stack[i]) + "'")
	}
	b.WriteString("\n    --- " + step(n-1) + " closes the circle")
	return b.String()
}

// constructorName is the name V8 gives o's constructor in circleMessage
// ("Object" when it has none, as for Object.create(null)).
func (d *jsonDepth) constructorName(o *goja.Object) string {
	name := "Object"
	_ = d.r.vm.Try(func() {
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
				name = n.String()
			}
		}
	})
	return name
}

// withCircle gives err, goja's circular-structure TypeError, V8's message
// (circleMessage) in its message and its stack's header.
func (d *jsonDepth) withCircle(err error) error {
	ex, ok := err.(*goja.Exception)
	if !ok {
		return err
	}
	obj, ok := ex.Value().(*goja.Object)
	if !ok || obj.Get("message") == nil || obj.Get("message").String() != "Converting circular structure to JSON" {
		return err
	}
	msg := d.circleMessage()
	if msg == "" {
		return err
	}
	_ = d.r.vm.Try(func() {
		if st := obj.Get("stack"); st != nil && goja.IsString(st) {
			_ = obj.Set("stack", strings.Replace(st.String(), "Converting circular structure to JSON", msg, 1))
		}
		_ = obj.Set("message", msg)
	})
	return err
}

// installJSONLimit wraps JSON.stringify so that nesting deeper than
// maxJSONDepth throws node's RangeError. A replacer array (a property list)
// keeps goja's path unbounded: it cannot be combined with a function.
func (r *Runtime) installJSONLimit() error {
	vm := r.vm
	json, ok := vm.Get("JSON").(*goja.Object)
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(json.Get("stringify"))
	if !ok {
		return nil
	}
	var shared *jsonDepth
	busy := false
	stringify := func(call goja.FunctionCall) goja.Value {
		v, replacer, space := call.Argument(0), call.Argument(1), call.Argument(2)
		if _, isObj := v.(*goja.Object); !isObj {
			res, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(r.catchable(err))
			}
			return res
		}
		user, isFn := goja.AssertFunction(replacer)
		if !isFn {
			if ro, isObj := replacer.(*goja.Object); isObj && ro.ClassName() == "Array" {
				res, err := orig(call.This, call.Arguments...)
				if err != nil {
					panic(r.catchable(err))
				}
				return res
			}
		}
		// One tracker serves every call that is not nested inside another
		// (a toJSON or replacer calling JSON.stringify gets its own).
		d := shared
		if busy || d == nil {
			d = &jsonDepth{r: r}
			d.fn = vm.ToValue(d.replace)
			if !busy {
				shared = d
			}
		}
		nested := busy
		busy = true
		d.user = user
		defer func() {
			d.user, d.stack, d.keys = nil, d.stack[:0], d.keys[:0]
			busy = nested
		}()
		res, err := orig(call.This, v, d.fn, space)
		if err != nil {
			panic(r.catchable(d.withCircle(err)))
		}
		return res
	}
	fn := vm.ToValue(stringify).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("stringify"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(3), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return json.DefineDataProperty("stringify", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
