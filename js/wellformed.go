package js

import (
	"github.com/dop251/goja"
)

// installWellFormed adds String.prototype.isWellFormed and toWellFormed
// (ES2024, in node 20), which goja lacks: whether a string has a lone
// surrogate, and the string with each lone one replaced by U+FFFD.
func (r *Runtime) installWellFormed() error {
	vm := r.vm
	ctor, ok := vm.Get("String").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	if v := proto.Get("isWellFormed"); v != nil && !goja.IsUndefined(v) {
		return nil // the engine has them
	}
	// this as the String methods take it: null and undefined throw.
	thisString := func(name string, this goja.Value) goja.String {
		if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
			panic(vm.NewTypeError("String.prototype." + name + " called on null or undefined"))
		}
		s := this.ToString()
		if gs, ok := s.(goja.String); ok {
			return gs
		}
		return vm.ToValue(s.String()).(goja.String)
	}
	// loneAt reports whether the unit at i is a surrogate without its pair.
	loneAt := func(s goja.String, i, n int) bool {
		c := s.CharAt(i)
		switch {
		case c >= 0xd800 && c <= 0xdbff:
			return i+1 >= n || s.CharAt(i+1) < 0xdc00 || s.CharAt(i+1) > 0xdfff
		case c >= 0xdc00 && c <= 0xdfff:
			return i == 0 || s.CharAt(i-1) < 0xd800 || s.CharAt(i-1) > 0xdbff
		}
		return false
	}
	define := func(name string, fn func(goja.FunctionCall) goja.Value) error {
		f := vm.ToValue(fn).(*goja.Object)
		_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = f.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if err := define("isWellFormed", func(call goja.FunctionCall) goja.Value {
		s := thisString("isWellFormed", call.This)
		n := s.Length()
		for i := 0; i < n; i++ {
			if loneAt(s, i, n) {
				return vm.ToValue(false)
			}
		}
		return vm.ToValue(true)
	}); err != nil {
		return err
	}
	return define("toWellFormed", func(call goja.FunctionCall) goja.Value {
		s := thisString("toWellFormed", call.This)
		n := s.Length()
		var units []uint16
		for i := 0; i < n; i++ {
			if loneAt(s, i, n) {
				if units == nil {
					units = make([]uint16, 0, n)
					for j := 0; j < i; j++ {
						units = append(units, s.CharAt(j))
					}
				}
				units = append(units, 0xfffd)
				continue
			}
			if units != nil {
				units = append(units, s.CharAt(i))
			}
		}
		if units == nil {
			return s
		}
		return goja.StringFromUTF16(units)
	})
}
