package js

import (
	"strings"

	"github.com/dop251/goja"
)

// installAnnexB adds what node 20 has of ECMA-262's Annex B (web
// compatibility) and goja lacks, and hides goja's own GoError global:
//
//   - Object.prototype.__defineGetter__, __defineSetter__,
//     __lookupGetter__ and __lookupSetter__ (older libraries still call
//     them);
//   - String.prototype's HTML methods (anchor, big, blink, bold, fixed,
//     fontcolor, fontsize, italics, link, small, strike, sub, sup);
//   - Date.prototype.getYear, setYear, and toGMTString (the same function
//     as toUTCString).
//
// It also takes off the own length and name goja gives BigInt.prototype.
// Not added: the RegExp legacy statics (RegExp.$1, lastMatch, ...), which
// would need every match recorded.
func (r *Runtime) installAnnexB() error {
	vm := r.vm
	_ = vm.GlobalObject().Delete("GoError") // node has none; goja's errors need no global
	method := func(proto *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) error {
		f := vm.ToValue(fn).(*goja.Object)
		setNameLength(vm, f, name, length)
		return proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	protoOf := func(ctor string) *goja.Object {
		c, ok := vm.Get(ctor).(*goja.Object)
		if !ok {
			return nil
		}
		p, _ := c.Get("prototype").(*goja.Object)
		return p
	}
	if bp := protoOf("BigInt"); bp != nil {
		// goja gives BigInt.prototype a function's own length and name.
		_ = bp.Delete("length")
		_ = bp.Delete("name")
	}
	object, ok := vm.Get("Object").(*goja.Object)
	if !ok {
		return nil
	}
	call := func(name string, args ...goja.Value) goja.Value {
		f, ok := goja.AssertFunction(object.Get(name))
		if !ok {
			panic(vm.NewTypeError("Object." + name + " is not a function"))
		}
		v, err := f(object, args...)
		if err != nil {
			panic(r.catchable(err))
		}
		return v
	}
	if op := protoOf("Object"); op != nil {
		for _, kind := range []string{"get", "set"} {
			kind := kind
			upper := strings.ToUpper(kind[:1]) + kind[1:]
			err := method(op, "__define"+upper+"ter__", 2, func(c goja.FunctionCall) goja.Value {
				o := c.This.ToObject(vm)
				fn := c.Argument(1)
				if _, ok := goja.AssertFunction(fn); !ok {
					panic(vm.NewTypeError("Object.prototype.__define" + upper + "ter__: Expecting function"))
				}
				desc := vm.NewObject()
				_ = desc.Set(kind, fn)
				_ = desc.Set("enumerable", true)
				_ = desc.Set("configurable", true)
				call("defineProperty", o, c.Argument(0), desc)
				return goja.Undefined()
			})
			if err != nil {
				return err
			}
			err = method(op, "__lookup"+upper+"ter__", 1, func(c goja.FunctionCall) goja.Value {
				o := c.This.ToObject(vm)
				key := c.Argument(0)
				for o != nil {
					if d, ok := call("getOwnPropertyDescriptor", o, key).(*goja.Object); ok {
						if v := d.Get(kind); v != nil {
							return v
						}
						return goja.Undefined()
					}
					o = o.Prototype()
				}
				return goja.Undefined()
			})
			if err != nil {
				return err
			}
		}
	}
	if sp := protoOf("String"); sp != nil {
		for _, h := range []struct{ name, tag, attr string }{
			{"anchor", "a", "name"}, {"big", "big", ""}, {"blink", "blink", ""}, {"bold", "b", ""},
			{"fixed", "tt", ""}, {"fontcolor", "font", "color"}, {"fontsize", "font", "size"},
			{"italics", "i", ""}, {"link", "a", "href"}, {"small", "small", ""}, {"strike", "strike", ""},
			{"sub", "sub", ""}, {"sup", "sup", ""},
		} {
			h := h
			length := 0
			if h.attr != "" {
				length = 1
			}
			err := method(sp, h.name, length, func(c goja.FunctionCall) goja.Value {
				if c.This == nil || goja.IsUndefined(c.This) || goja.IsNull(c.This) {
					panic(vm.NewTypeError("String.prototype." + h.name + " called on null or undefined"))
				}
				s := c.This.String()
				open := "<" + h.tag
				if h.attr != "" {
					open += " " + h.attr + `="` + strings.ReplaceAll(c.Argument(0).String(), `"`, "&quot;") + `"`
				}
				return vm.ToValue(open + ">" + s + "</" + h.tag + ">")
			})
			if err != nil {
				return err
			}
		}
	}
	if dp := protoOf("Date"); dp != nil {
		dateCall := func(this goja.Value, name string, args ...goja.Value) goja.Value {
			o, ok := this.(*goja.Object)
			if !ok || o.ClassName() != "Date" {
				panic(vm.NewTypeError("this is not a Date object."))
			}
			f, _ := goja.AssertFunction(dp.Get(name))
			if f == nil {
				panic(vm.NewTypeError("Date.prototype." + name + " is missing"))
			}
			v, err := f(o, args...)
			if err != nil {
				panic(r.catchable(err))
			}
			return v
		}
		err := method(dp, "getYear", 0, func(c goja.FunctionCall) goja.Value {
			y := dateCall(c.This, "getFullYear").ToFloat()
			return vm.ToValue(y - 1900)
		})
		if err != nil {
			return err
		}
		err = method(dp, "setYear", 1, func(c goja.FunctionCall) goja.Value {
			y := c.Argument(0).ToNumber().ToFloat()
			if t := dateCall(c.This, "getTime").ToFloat(); t != t { // NaN: ECMA-262 starts from +0
				dateCall(c.This, "setTime", vm.ToValue(0))
			}
			if y == y && y >= 0 && y <= 99 && y == float64(int64(y)) {
				y += 1900
			}
			return dateCall(c.This, "setFullYear", vm.ToValue(y))
		})
		if err != nil {
			return err
		}
		if utc := dp.Get("toUTCString"); utc != nil {
			if err := dp.DefineDataProperty("toGMTString", utc, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
				return err
			}
		}
	}
	return nil
}
