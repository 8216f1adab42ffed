package js

import (
	"math"

	"github.com/dop251/goja"
)

// installWellFormed adds String.prototype.isWellFormed and toWellFormed
// (ES2024, in node 20), which goja lacks: whether the string has a lone
// surrogate, and the string with each lone surrogate replaced by U+FFFD.
func (r *Runtime) installWellFormed() error {
	vm := r.vm
	proto, ok := builtinPrototype(vm, "String")
	if !ok || proto.Get("isWellFormed") != nil {
		return nil
	}
	// units is this as UTF-16 code units, as String.prototype methods
	// coerce it (TypeError on null and undefined).
	units := func(name string, this goja.Value) goja.String {
		if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
			panic(vm.NewTypeError("String.prototype." + name + " called on null or undefined"))
		}
		return codeUnits(vm, this)
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

// installSplit makes String.prototype.split with an empty separator, or
// one holding a surrogate, work on UTF-16 code units, as ECMA-262 says:
// goja works on code points, so "a🎉b".split("") gave [ 'a', '🎉', 'b' ]
// (node: [ 'a', '\ud83c', '\udf89', 'b' ]), a lone surrogate came back as
// U+FFFD, and a separator that is half a pair was never found. Every other
// separator keeps goja's split.
func (r *Runtime) installSplit() error {
	vm := r.vm
	proto, ok := builtinPrototype(vm, "String")
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(proto.Get("split"))
	if !ok {
		return nil
	}
	split := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		sep := call.Argument(0)
		this := call.This
		if !goja.IsString(sep) || this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
			v, err := orig(this, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}
		sepUnits := codeUnits(vm, sep)
		if sepUnits != nil && sepUnits.Length() > 0 && !hasSurrogate(sepUnits) {
			v, err := orig(this, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}
		s := codeUnits(vm, this)
		limit := uint32(math.MaxUint32)
		if l := call.Argument(1); !goja.IsUndefined(l) {
			limit = toUint32(l.ToFloat())
		}
		if s == nil || limit == 0 {
			return vm.NewArray()
		}
		var parts []any
		if sepUnits == nil || sepUnits.Length() == 0 {
			for i := 0; i < s.Length() && len(parts) < int(min(uint64(limit), 1<<31)); i++ {
				parts = append(parts, s.Substring(i, i+1))
			}
			return vm.NewArray(parts...)
		}
		// A separator with a surrogate: matched unit by unit.
		m, start := sepUnits.Length(), 0
		for i := 0; i+m <= s.Length(); {
			if !unitsAt(s, i, sepUnits) {
				i++
				continue
			}
			parts = append(parts, s.Substring(start, i))
			if uint64(len(parts)) >= uint64(limit) {
				return vm.NewArray(parts...)
			}
			i += m
			start = i
		}
		parts = append(parts, s.Substring(start, s.Length()))
		return vm.NewArray(parts...)
	}).(*goja.Object)
	setNameLength(vm, split, "split", 2)
	return proto.DefineDataProperty("split", split, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// hasSurrogate reports whether s has a surrogate code unit.
func hasSurrogate(s goja.String) bool {
	for i := 0; i < s.Length(); i++ {
		if c := s.CharAt(i); c >= 0xD800 && c <= 0xDFFF {
			return true
		}
	}
	return false
}

// unitsAt reports whether s holds sep's code units from i on.
func unitsAt(s goja.String, i int, sep goja.String) bool {
	for j := 0; j < sep.Length(); j++ {
		if s.CharAt(i+j) != sep.CharAt(j) {
			return false
		}
	}
	return true
}

// toUint32 is ECMA-262's ToUint32 of a number.
func toUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint32(int64(math.Mod(math.Trunc(f), 1<<32)))
}

// codeUnits is v converted to a string, as goja's String (UTF-16 code
// units).
func codeUnits(vm *goja.Runtime, v goja.Value) goja.String {
	sv := v.ToString()
	if s, ok := sv.(goja.String); ok {
		return s
	}
	s, _ := vm.ToValue(sv.String()).(goja.String)
	return s
}

// arrayUnscopables is node 20's Array.prototype[Symbol.unscopables], in
// its order.
var arrayUnscopables = []string{"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
	"findLastIndex", "flat", "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced"}

// installUnscopables gives Array.prototype node's [Symbol.unscopables]:
// goja's lists groupBy and groupByToMap (an abandoned proposal; no such
// methods exist) and lacks at, which a `with` statement then sees and
// console.log prints.
func (r *Runtime) installUnscopables() error {
	vm := r.vm
	proto, ok := builtinPrototype(vm, "Array")
	if !ok {
		return nil
	}
	u := vm.NewObject()
	if err := u.SetPrototype(nil); err != nil {
		return err
	}
	for _, k := range arrayUnscopables {
		if err := u.Set(k, true); err != nil {
			return err
		}
	}
	return proto.DefineDataPropertySymbol(goja.SymUnscopables, u, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// builtinPrototype is the prototype object of the global constructor name
// (String, RegExp, Date, ...), which the installers that give goja's
// built-ins node's behaviour extend; ok is false if a script or an
// embedder removed it.
func builtinPrototype(vm *goja.Runtime, name string) (*goja.Object, bool) {
	ctor, ok := vm.Get(name).(*goja.Object)
	if !ok {
		return nil, false
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	return proto, ok
}
