package inspect

import (
	"reflect"

	"github.com/dop251/goja"
	"github.com/evloop/evloop/js/internal/safeexport"
)

// intrinsics are the built-in functions and prototypes the inspector calls
// instead of looking methods up on user objects, like node's primordials.
// They are read from the runtime's globals when an inspection starts, so a
// script that replaces a global before logging affects what is printed.
//
// The few needed for every object load when an inspection starts; the rest
// load on first use (more), which keeps console.log of a small object cheap.
type intrinsics struct {
	rt     *goja.Runtime
	loaded bool

	objectProto, functionProto, errorProto *goja.Object

	getOwnPropertyDescriptor goja.Callable
	hasOwnProperty           goja.Callable
	getOwnPropertySymbols    goja.Callable
	functionToString         goja.Callable
	mapForEach, setForEach   goja.Callable
	weakMapHas, weakSetHas   goja.Callable
	typedArrayTag            goja.Callable
	dataViewByteLength       goja.Callable
	regexpToString           goja.Callable
	dateGetTime              goja.Callable
	dateToISOString          goja.Callable
	dateToString             goja.Callable
	errorToString            goja.Callable
	numberValueOf            goja.Callable
	stringValueOf            goja.Callable
	booleanValueOf           goja.Callable
	bigintValueOf            goja.Callable
	symbolValueOf            goja.Callable
	jsonStringify            goja.Callable
	parseInt, parseFloat     goja.Callable
	customSymbol             *goja.Symbol
}

var (
	typeMap         = reflect.TypeOf([][2]interface{}(nil))
	typeSet         = reflect.TypeOf([]interface{}(nil))
	typePromise     = reflect.TypeOf((*goja.Promise)(nil))
	typeProxy       = reflect.TypeOf(goja.Proxy{})
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
)

func loadIntrinsics(rt *goja.Runtime) *intrinsics {
	in := &intrinsics{rt: rt}
	global := rt.GlobalObject()
	object, _ := global.Get("Object").(*goja.Object)
	proto := func(name string) *goja.Object {
		if c, ok := global.Get(name).(*goja.Object); ok {
			p, _ := c.Get("prototype").(*goja.Object)
			return p
		}
		return nil
	}
	in.objectProto = proto("Object")
	in.functionProto = proto("Function")
	in.errorProto = proto("Error")
	if object != nil {
		in.getOwnPropertyDescriptor, _ = goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
	}
	if in.objectProto != nil {
		in.hasOwnProperty, _ = goja.AssertFunction(in.objectProto.Get("hasOwnProperty"))
	}
	if in.getOwnPropertyDescriptor == nil {
		// Without it nothing can be inspected safely; a stub that reports
		// every property as missing keeps the inspector from panicking.
		in.getOwnPropertyDescriptor = func(goja.Value, ...goja.Value) (goja.Value, error) { return goja.Undefined(), nil }
	}
	if sym, ok := global.Get("Symbol").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(sym.Get("for")); ok {
			v, err := f(sym, rt.ToValue("nodejs.util.inspect.custom"))
			if err == nil {
				in.customSymbol, _ = v.(*goja.Symbol)
			}
		}
	}
	return in
}

// more loads the intrinsics only some values need.
func (in *intrinsics) more() *intrinsics {
	if in.loaded {
		return in
	}
	in.loaded = true
	rt := in.rt
	global := rt.GlobalObject()
	ctor := func(name string) *goja.Object {
		o, _ := global.Get(name).(*goja.Object)
		return o
	}
	proto := func(name string) *goja.Object {
		if c := ctor(name); c != nil {
			p, _ := c.Get("prototype").(*goja.Object)
			return p
		}
		return nil
	}
	method := func(o *goja.Object, name string) goja.Callable {
		if o == nil {
			return nil
		}
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	object := ctor("Object")
	in.getOwnPropertySymbols = method(object, "getOwnPropertySymbols")
	in.functionToString = method(in.functionProto, "toString")
	in.mapForEach = method(proto("Map"), "forEach")
	in.setForEach = method(proto("Set"), "forEach")
	in.weakMapHas = method(proto("WeakMap"), "has")
	in.weakSetHas = method(proto("WeakSet"), "has")
	in.regexpToString = method(proto("RegExp"), "toString")
	date := proto("Date")
	in.dateGetTime = method(date, "getTime")
	in.dateToISOString = method(date, "toISOString")
	in.dateToString = method(date, "toString")
	in.errorToString = method(in.errorProto, "toString")
	in.numberValueOf = method(proto("Number"), "valueOf")
	in.stringValueOf = method(proto("String"), "valueOf")
	in.booleanValueOf = method(proto("Boolean"), "valueOf")
	in.bigintValueOf = method(proto("BigInt"), "valueOf")
	in.symbolValueOf = method(proto("Symbol"), "valueOf")
	in.jsonStringify = method(ctor("JSON"), "stringify")
	in.parseInt, _ = goja.AssertFunction(global.Get("parseInt"))
	in.parseFloat, _ = goja.AssertFunction(global.Get("parseFloat"))
	if u8 := proto("Uint8Array"); u8 != nil && in.getOwnPropertyDescriptor != nil {
		if typed := u8.Prototype(); typed != nil {
			d, err := in.getOwnPropertyDescriptor(goja.Undefined(), typed, goja.SymToStringTag)
			if do, ok := d.(*goja.Object); ok && err == nil {
				in.typedArrayTag, _ = goja.AssertFunction(do.Get("get"))
			}
		}
	}
	if dv := proto("DataView"); dv != nil && in.getOwnPropertyDescriptor != nil {
		d, err := in.getOwnPropertyDescriptor(goja.Undefined(), dv, rt.ToValue("byteLength"))
		if do, ok := d.(*goja.Object); ok && err == nil {
			in.dataViewByteLength, _ = goja.AssertFunction(do.Get("get"))
		}
	}
	return in
}

// builtInNames is node v20's builtInObjects: the global constructor-like
// names (/^[A-Z][a-zA-Z0-9]+$/) that exist when node's inspect module loads,
// early in its bootstrap: V8's own globals, not node's later ones (Buffer,
// URL, Event...). %s prints objects whose toString comes from one of them
// with inspect, others with their own toString. TestBuiltInNames_matchNode
// measures node's set.
var builtInNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{
		"Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol", "Date",
		"Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError",
		"SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array",
		"Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array",
		"Float64Array", "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map",
		"BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry", "WeakRef",
	} {
		m[n] = true
	}
	return m
}()

// ProxyKind tells util.types what goja hides from scripts: "proxy" for a
// Proxy (revoked ones too), "namespace" for an ES module namespace (evloop
// builds those as proxies, but node's isProxy is false for them), and ""
// for anything else.
func ProxyKind(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != typeProxy {
		return ""
	}
	p, _ := safeexport.Export(o).(goja.Proxy)
	if t := p.Target(); t != nil && isNamespaceTarget(t) {
		return "namespace"
	}
	return "proxy"
}
