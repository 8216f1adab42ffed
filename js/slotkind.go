package js

// slotKind: which internal slot an object was made with, asked of goja
// without throwing. util.types and structuredClone used to find out by
// calling a built-in that throws on anything else (Map.prototype.size's
// getter, Date.prototype.getTime...), a TypeError built and caught per
// check: a dozen per plain object, so structuredClone of 100,000 small
// objects took a minute. goja's public ClassName and ExportType tell the
// same thing for most kinds (neither reads Symbol.toStringTag or the
// prototype, so neither can be fooled by either).

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
)

var (
	slotTypeMap         = reflect.TypeOf([][2]interface{}(nil))
	slotTypeList        = reflect.TypeOf([]interface{}(nil))
	slotTypePlain       = reflect.TypeOf(map[string]interface{}(nil))
	slotTypePromise     = reflect.TypeOf((*goja.Promise)(nil))
	slotTypeProxy       = reflect.TypeOf(goja.Proxy{})
	slotTypeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	slotTypeBigInt      = reflect.TypeOf((*big.Int)(nil))
	slotTypeString      = reflect.TypeOf("")
)

// slotKind names v's kind: "Date", "RegExp", "Number", "String",
// "Boolean" (boxed primitives and their prototypes, which are such
// objects too), "Map", "Set", "ArrayBuffer", "Promise" (settled or
// not), "Proxy", "BigInt" (a boxed BigInt), "Array", "Error",
// "Arguments", "Function", "TypedArray"; "Symbol?" for what may be a
// boxed Symbol (the caller checks); "Object" for an ordinary object or
// one whose slot goja does not show this way (WeakMap, WeakSet, DataView,
// a generator, an iterator: the caller checks those); "" for a primitive.
func slotKind(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	t := o.ExportType()
	switch t {
	case slotTypeProxy:
		return "Proxy"
	case slotTypeMap:
		return "Map"
	case slotTypeArrayBuffer:
		return "ArrayBuffer"
	case slotTypePromise:
		return "Promise"
	}
	switch c := o.ClassName(); c {
	case "Date", "RegExp", "Number", "String", "Boolean", "Array", "Error", "Arguments", "Function":
		return c
	case "Object":
	default:
		// AsyncFunction, GeneratorFunction: functions
		if _, isFn := goja.AssertFunction(o); isFn {
			return "Function"
		}
		return "Object"
	}
	switch t {
	case slotTypeList:
		return "Set"
	case slotTypeBigInt:
		return "BigInt"
	case slotTypeString:
		return "Symbol?"
	case slotTypePlain, nil:
		return "Object"
	}
	if t.Kind() == reflect.Slice {
		switch t.Elem().Kind() {
		case reflect.Int8, reflect.Uint8, reflect.Int16, reflect.Uint16, reflect.Int32, reflect.Uint32,
			reflect.Int64, reflect.Uint64, reflect.Float32, reflect.Float64:
			return "TypedArray"
		}
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		return "Function"
	}
	return "Object"
}

// slotKindNative is slotKind as internal.slotKind: a plain native (no
// reflection per call) returning interned strings.
func slotKindNative(vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	names := map[string]goja.Value{}
	for _, k := range []string{"", "Date", "RegExp", "Number", "String", "Boolean", "Map", "Set", "ArrayBuffer",
		"Promise", "Proxy", "BigInt", "Array", "Error", "Arguments", "Function", "TypedArray", "Symbol?", "Object"} {
		names[k] = vm.ToValue(k)
	}
	return func(call goja.FunctionCall) goja.Value {
		return names[slotKind(call.Argument(0))]
	}
}

// originals are the engine's own accessors util.types and structuredClone
// call, read when the runtime starts (internal.originals), before any
// program could replace them: node's checks are natives that call nothing
// a program can reach, and these libraries load lazily, after the program
// has run.
func originals(vm *goja.Runtime) *goja.Object {
	out := vm.NewObject()
	global := vm.GlobalObject()
	proto := func(name string) *goja.Object {
		if c, ok := global.Get(name).(*goja.Object); ok {
			p, _ := c.Get("prototype").(*goja.Object)
			return p
		}
		return nil
	}
	getter := func(p *goja.Object, name string) goja.Value {
		if p == nil {
			return goja.Undefined()
		}
		key := vm.ToValue(name)
		object, _ := global.Get("Object").(*goja.Object)
		gopd, ok := goja.AssertFunction(object.Get("getOwnPropertyDescriptor"))
		if !ok {
			return goja.Undefined()
		}
		d, err := gopd(object, p, key)
		if do, ok := d.(*goja.Object); ok && err == nil {
			return do.Get("get")
		}
		return goja.Undefined()
	}
	method := func(p *goja.Object, name string) goja.Value {
		if p == nil {
			return goja.Undefined()
		}
		return p.Get(name)
	}
	_ = out.Set("dateGetTime", method(proto("Date"), "getTime"))
	_ = out.Set("regexpSource", getter(proto("RegExp"), "source"))
	_ = out.Set("regexpFlags", getter(proto("RegExp"), "flags"))
	_ = out.Set("numberValueOf", method(proto("Number"), "valueOf"))
	_ = out.Set("stringValueOf", method(proto("String"), "valueOf"))
	_ = out.Set("booleanValueOf", method(proto("Boolean"), "valueOf"))
	_ = out.Set("bigintValueOf", method(proto("BigInt"), "valueOf"))
	_ = out.Set("symbolValueOf", method(proto("Symbol"), "valueOf"))
	_ = out.Set("weakMapHas", method(proto("WeakMap"), "has"))
	_ = out.Set("weakSetHas", method(proto("WeakSet"), "has"))
	_ = out.Set("dataViewByteLength", getter(proto("DataView"), "byteLength"))
	return out
}
