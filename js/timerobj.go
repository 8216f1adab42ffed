package js

import (
	"reflect"
	"slices"
	"strconv"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop"
)

// A Timeout is a goja dynamic object whose handler is a timeoutObj: the
// loop's Timer, the callback and the object's own properties in one Go
// allocation (144 bytes). An ordinary goja object builds a property map for
// its first own property (_onTimeout); with 100k timers pending that map,
// the object and an id→timer map entry were about 600 bytes a timer. The
// prototype's accessors (_idleTimeout, _destroyed, ...) and methods read the
// Timer through the handler. An Immediate is the same over the loop's
// Immediate (immediateObj).
//
// Own properties behave as an ordinary object's (get, set, delete, keys in
// order) except what goja's dynamic objects cannot hold: symbol-keyed own
// properties, non-writable, non-enumerable or accessor own properties, and
// Object.freeze/seal/preventExtensions, which throw a TypeError.
type timeoutObj struct {
	loop.Timer
	r   *Runtime
	obj *goja.Object
	ownProps
}

// Fire is the Timer's callback (the loop's Firer: no method value per
// timer). As node's listOnTimeout, it calls the
// Timeout's _onTimeout as it is now (a program may replace it), with the
// Timeout as this, and skips a timer whose _onTimeout is falsy: node's
// clearTimeout nulls it, and a timer left so is destroyed, not run.
func (t *timeoutObj) Fire() {
	if t.cb == nil || !t.cb.ToBoolean() {
		t.Clear()
		t.ended()
		return
	}
	prev := t.r.calledAs
	t.r.calledAs = calledAs{"Timeout", onTimeout, t.cb}
	t.r.callObject(t.obj, &t.ownProps, "timer._onTimeout", true)
	t.r.calledAs = prev
	if t.extra != nil && t.extra.ctx != nil && t.Repeat() <= 0 && !t.Scheduled() {
		t.ended() // node's listOnTimeout: destroy right after the callback
	}
}

// ended reports a Timeout's end to async_hooks' destroy (once).
func (t *timeoutObj) ended() {
	if t.r.lastTimeout == t {
		t.r.lastTimeout = nil
	}
	t.r.timerEnded(&t.ownProps)
}

const onTimeout, onImmediate = "_onTimeout", "_onImmediate"

// Get, Set, Has, Delete and Keys implement goja.DynamicObject.
func (t *timeoutObj) Get(k string) goja.Value         { return t.get(onTimeout, k) }
func (t *timeoutObj) Set(k string, v goja.Value) bool { return t.set(onTimeout, k, v) }
func (t *timeoutObj) Has(k string) bool               { return t.has(onTimeout, k) }
func (t *timeoutObj) Delete(k string) bool            { return t.del(onTimeout, k) }
func (t *timeoutObj) Keys() []string                  { return t.keys(onTimeout) }

// immediateObj is an Immediate's handler.
type immediateObj struct {
	im    loop.Immediate
	r     *Runtime
	obj   *goja.Object
	ended bool // ran or cleared (node's _destroyed)
	ownProps
}

// Fire is the Immediate's callback (the loop's Firer). node marks it destroyed before the
// callback runs, calls its _onImmediate as it is now, and nulls that after.
func (im *immediateObj) Fire() {
	im.ended = true
	if ids := im.r.asyncIDs; ids != nil && len(ids.destroys) > 0 {
		im.r.flushDestroys() // node's destroy hooks run before the phase's immediates
	}
	prev := im.r.calledAs
	im.r.calledAs = calledAs{"Immediate", onImmediate, im.cb}
	im.r.callObject(im.obj, &im.ownProps, "immediate._onImmediate", false)
	im.r.calledAs = prev
	im.set(onImmediate, onImmediate, goja.Null())
	if im.extra != nil && im.extra.ctx != nil {
		im.r.timerEnded(&im.ownProps)
	}
}

// timerResource makes a Timeout or Immediate an async resource of its
// own, with async ids on. Its resource object (hooks' init, and
// executionAsyncResource) is a plain object, not the Timeout: a Timeout
// cannot hold the symbol-keyed properties context libraries put there.
func (r *Runtime) timerResource(p *ownProps, typ string) {
	if p.extra == nil {
		p.extra = &objExtra{}
	}
	p.extra.ctx = r.newResource(typ, -1, nil)
}

// timerEnded reports a Timeout's or Immediate's end to destroy hooks.
func (r *Runtime) timerEnded(p *ownProps) {
	if p.extra != nil {
		r.destroyAsync(p.extra.ctx)
	}
}

// plainFuncType is what an ordinary function object (not a class, a
// proxy or a wrapped Go value) exports as.
var plainFuncType = reflect.TypeFor[func(goja.FunctionCall) goja.Value]()

// callableObject checks that cb can be called, without making the
// goja.Callable for an ordinary function (55 bytes that a pending timer
// would keep): Fire makes it when the callback runs. For anything else
// (a class, a proxy) it returns the Callable goja.AssertFunction made.
func callableObject(cb goja.Value) (*goja.Object, goja.Callable, bool) {
	o, ok := cb.(*goja.Object)
	if !ok {
		return nil, nil, false
	}
	if o.ExportType() == plainFuncType {
		return o, nil, true
	}
	fn, ok := goja.AssertFunction(o)
	return o, fn, ok
}

// callObject calls the callback property p holds (named by what, as node's
// error names it) with this and p's arguments, using the Callable p keeps
// for the callback given (extra.given) while the property still holds it. A value
// that cannot be called is thrown as node's TypeError: apply says node
// calls it through ReflectApply when there are arguments (a Timeout).
func (r *Runtime) callObject(this *goja.Object, p *ownProps, what string, apply bool) {
	var (
		call  goja.Callable
		argv  []goja.Value
		plain bool
	)
	cur, _ := p.cb.(*goja.Object)
	if p.extra != nil {
		argv = p.extra.argv
		if cur == p.extra.given {
			call = p.extra.fn
		}
	}
	if call == nil && cur != nil {
		// goja's AssertFunction allocates twice per call (a closure and
		// the function's call method), and 100k pending timers have 100k
		// distinct callbacks: an ordinary function fired for the first
		// time is called through fireCall, which allocates the call method
		// alone. A recursive setImmediate or setTimeout fires the same
		// function again and again: the second time its Callable is made,
		// and reused while it is the one fired.
		switch {
		case cur == r.lastFired:
			call = r.lastFiredFn
		case cur != r.seenFired && r.fireCall != nil && cur.ExportType() == plainFuncType:
			r.seenFired, plain = cur, true
		default:
			if call, _ = goja.AssertFunction(cur); call != nil {
				r.lastFired, r.lastFiredFn = cur, call
			}
		}
	}
	if call == nil && !plain {
		r.fatalValue(r.newError("TypeError", notCallable(p.cb, what, apply && len(argv) > 0)), true)
		return
	}
	if p.extra != nil && p.extra.ctx != nil {
		r.RunInContext(p.extra.ctx, func() { r.callFired(plain, cur, call, this, argv) })
		return
	}
	if r.asyncCtx != nil {
		// A callback scheduled outside any context runs outside the one
		// an earlier callback of the batch entered (enterWith).
		r.RunInContext(nil, func() { r.callFired(plain, cur, call, this, argv) })
		return
	}
	r.callFired(plain, cur, call, this, argv)
}

// callFired calls call with this and argv, or, if plain, the ordinary
// function fn through fireCall: goja's Function.prototype.call, called
// from Go as any Callable is (no frame is added), calls fn as fn's own
// Callable would.
func (r *Runtime) callFired(plain bool, fn *goja.Object, call goja.Callable, this goja.Value, argv []goja.Value) {
	if !plain {
		r.call(call, this, argv...)
		return
	}
	args := append(append(r.fireArgs[:0], this), argv...)
	r.fireArgs = args[:0]
	r.call(r.fireCall, fn, args...)
	clear(args) // goja copied them when the call began
}

// makeFireCall makes r.fireCall from goja's Function.prototype.call, taken
// before any program runs (a program may replace it).
func (r *Runtime) makeFireCall() {
	if f, ok := r.vm.Get("Function").(*goja.Object); ok {
		if p, ok := f.Get("prototype").(*goja.Object); ok {
			r.fireCall, _ = goja.AssertFunction(p.Get("call"))
		}
	}
}

// notCallable is V8's message for calling v: "timer._onTimeout is not a
// function", or through Function.prototype.apply (apply) "...was called on
// 5, which is a number and not a function".
func notCallable(v goja.Value, what string, apply bool) string {
	if !apply || v == nil {
		return what + " is not a function"
	}
	var shown, kind string
	switch x := v.(type) {
	case *goja.Object:
		// Not its toString or constructor: those may run the program's
		// code (or throw) here, outside any JS frame.
		shown, kind = "#<Object>", "an object"
		if x.ClassName() == "Array" {
			shown = "[object Array]"
		}
	case *goja.Symbol:
		shown, kind = "Symbol("+x.String()+")", "a symbol"
	default:
		shown, kind = v.String(), "a "+primitiveType(v)
	}
	return "Function.prototype.apply was called on " + shown + ", which is " + kind + " and not a function"
}

// primitiveType is typeof for a primitive that is not a symbol.
func primitiveType(v goja.Value) string {
	t := v.ExportType()
	if t == nil {
		if goja.IsNull(v) {
			return "object"
		}
		return "undefined"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int64, reflect.Float64:
		return "number"
	}
	return "bigint"
}

// Get, Set, Has, Delete and Keys implement goja.DynamicObject.
func (im *immediateObj) Get(k string) goja.Value         { return im.get(onImmediate, k) }
func (im *immediateObj) Set(k string, v goja.Value) bool { return im.set(onImmediate, k, v) }
func (im *immediateObj) Has(k string) bool               { return im.has(onImmediate, k) }
func (im *immediateObj) Delete(k string) bool            { return im.del(onImmediate, k) }
func (im *immediateObj) Keys() []string                  { return im.keys(onImmediate) }

var (
	timeoutObjType   = reflect.TypeFor[*timeoutObj]()
	immediateObjType = reflect.TypeFor[*immediateObj]()
)

// timeoutOf returns the handler of v if v is a Timeout made by setTimeout
// or setInterval. Other objects are not exported (Export would copy an
// ordinary object into a map, calling its getters).
func (r *Runtime) timeoutOf(v goja.Value) *timeoutObj {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if t := r.lastTimeout; t != nil && t.obj == o {
		return t
	}
	if o.ExportType() != timeoutObjType {
		return nil
	}
	t, _ := safeexport.Export(o).(*timeoutObj)
	if t != nil && t.r == r {
		r.lastTimeout = t
	}
	return t
}

// immediateOf returns the handler of v if v is an Immediate.
func immediateOf(v goja.Value) *immediateObj {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != immediateObjType {
		return nil
	}
	im, _ := safeexport.Export(o).(*immediateObj)
	return im
}

// ownProps are a dynamic Timeout's or Immediate's own properties: the
// callback (named by the handler: _onTimeout, _onImmediate) first, then
// whatever the program set. The callback's extra arguments sit with the
// latter: both are rare.
type ownProps struct {
	cb    goja.Value // the callback property's value; nil once deleted
	extra *objExtra
}

type objExtra struct {
	// given is the callback as given and fn its Callable, kept for an
	// interval, a class or a proxy (used while the property holds given).
	// Not in the handler: most timers need neither, and 8 bytes less kept
	// a Timeout in the 144-byte size class when the loop's Firer grew the Timer.
	given *goja.Object
	fn    goja.Callable

	argv []goja.Value          // the callback's arguments after the delay
	keys []string              // the program's own properties, in order
	vals map[string]goja.Value // their values
	ctx  *asyncFrame           // the async context it was created in (AsyncLocalStorage, async_hooks), if any
}

func (p *ownProps) get(name, key string) goja.Value {
	if key == name && p.cb != nil {
		return p.cb
	}
	if p.extra != nil {
		return p.extra.vals[key]
	}
	return nil
}

func (p *ownProps) set(name, key string, v goja.Value) bool {
	if v == nil {
		v = goja.Undefined()
	}
	if key == name && p.cb != nil {
		p.cb = v
		return true
	}
	if p.extra == nil {
		p.extra = &objExtra{}
	}
	if p.extra.vals == nil {
		p.extra.vals = map[string]goja.Value{}
	}
	if _, ok := p.extra.vals[key]; !ok {
		p.extra.keys = append(p.extra.keys, key)
	}
	p.extra.vals[key] = v
	return true
}

func (p *ownProps) has(name, key string) bool {
	if key == name && p.cb != nil {
		return true
	}
	if p.extra != nil {
		_, ok := p.extra.vals[key]
		return ok
	}
	return false
}

func (p *ownProps) del(name, key string) bool {
	if key == name && p.cb != nil {
		p.cb = nil
		return true
	}
	if p.extra != nil {
		if _, ok := p.extra.vals[key]; ok {
			delete(p.extra.vals, key)
			p.extra.keys = slices.DeleteFunc(p.extra.keys, func(k string) bool { return k == key })
		}
	}
	return true
}

// keys lists the own properties in an ordinary object's order: integer
// keys ascending, then the rest as they were added.
func (p *ownProps) keys(name string) []string {
	var keys []string
	if p.cb != nil {
		keys = append(keys, name)
	}
	if p.extra == nil {
		return keys
	}
	var ints []string
	for _, k := range p.extra.keys {
		if isIndexKey(k) {
			ints = append(ints, k)
		} else {
			keys = append(keys, k)
		}
	}
	if len(ints) == 0 {
		return keys
	}
	slices.SortFunc(ints, func(a, b string) int {
		x, _ := strconv.ParseUint(a, 10, 32)
		y, _ := strconv.ParseUint(b, 10, 32)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	return append(ints, keys...)
}

// isIndexKey reports whether k is an array index (a canonical uint32 below
// 2^32-1), which ordinary objects list first.
func isIndexKey(k string) bool {
	if k == "" || (len(k) > 1 && k[0] == '0') {
		return false
	}
	n, err := strconv.ParseUint(k, 10, 32)
	return err == nil && n < 1<<32-1
}
