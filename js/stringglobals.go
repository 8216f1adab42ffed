package js

import "github.com/dop251/goja"

// installWellFormed adds String.prototype.isWellFormed and toWellFormed
// (ES2024, in node 20), which goja lacks: whether the string has a lone
// surrogate, and the string with each lone surrogate replaced by U+FFFD.
func (r *Runtime) installWellFormed() error {
	vm := r.vm
	str, ok := vm.Get("String").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := str.Get("prototype").(*goja.Object)
	if !ok || proto.Get("isWellFormed") != nil {
		return nil
	}
	// units is this as UTF-16 code units, as String.prototype methods
	// coerce it (TypeError on null and undefined).
	units := func(name string, this goja.Value) goja.String {
		if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
			panic(vm.NewTypeError("String.prototype." + name + " called on null or undefined"))
		}
		s, _ := this.ToString().(goja.String)
		return s
	}
	// loneAt reports whether s has a lone surrogate at i.
	loneAt := func(s goja.String, i int) bool {
		c := s.CharAt(i)
		switch {
		case c >= 0xD800 && c <= 0xDBFF:
			return i+1 >= s.Length() || s.CharAt(i+1) < 0xDC00 || s.CharAt(i+1) > 0xDFFF
		case c >= 0xDC00 && c <= 0xDFFF:
			return i == 0 || s.CharAt(i-1) < 0xD800 || s.CharAt(i-1) > 0xDBFF
		}
		return false
	}
	for _, m := range []struct {
		name string
		fn   func(goja.FunctionCall) goja.Value
	}{
		{"isWellFormed", func(call goja.FunctionCall) goja.Value {
			s := units("isWellFormed", call.This)
			if s == nil {
				return vm.ToValue(true)
			}
			for i := 0; i < s.Length(); i++ {
				if loneAt(s, i) {
					return vm.ToValue(false)
				}
			}
			return vm.ToValue(true)
		}},
		{"toWellFormed", func(call goja.FunctionCall) goja.Value {
			s := units("toWellFormed", call.This)
			if s == nil {
				return call.This.ToString()
			}
			var out []uint16
			for i := 0; i < s.Length(); i++ {
				if loneAt(s, i) {
					if out == nil {
						out = make([]uint16, i, s.Length())
						for j := 0; j < i; j++ {
							out[j] = s.CharAt(j)
						}
					}
					out = append(out, 0xFFFD)
				} else if out != nil {
					out = append(out, s.CharAt(i))
				}
			}
			if out == nil {
				return s
			}
			return goja.StringFromUTF16(out)
		}},
	} {
		f := vm.ToValue(m.fn).(*goja.Object)
		setNameLength(vm, f, m.name, 0)
		if err := proto.DefineDataProperty(m.name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}
