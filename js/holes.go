package js

import (
	"reflect"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
)

// Holes made by Array.prototype.map. goja keeps a standard array's items
// in a slice (arrayObject.values, nil for a hole) with a count of the
// items that are there (objCount); its fast paths trust an array whose
// count equals its length to have no hole. Its map, when the source is
// such an array object, collects the results in a slice that keeps a nil
// for every hole of the source and then counts every slot as an item
// (setArrayValues). The result passes for a dense array, and the fast
// paths that read it crash on the nil: `new Set(new Array(2).map(String))`
// ended evloop with a nil pointer dereference (exit 70; node prints a Set
// of one undefined), and slice, splice, concat, Array.from and the other
// copies pass the wrong count on; `includes(undefined)` answered false
// and `Function.prototype.apply` handed natives a nil argument.
//
// goja is not patched. evloop wraps map: a source that is goja's array
// object with a hole (looked up in its private slice, read only, as
// js/inspect reads a Map iterator's position) is mapped here, and the
// result is built through goja's ordinary property writes, which count
// what they add. A source without a hole (the common case: a dense array,
// a typed array, an array-like) goes to goja's map as before.

// arrayProbe reads goja's arrayObject: the field indexes of Object.self,
// arrayObject.values and arrayObject.length, and the arrayObject pointer
// type, looked up once from a real array. nil: a layout this code does
// not know (a goja upgrade); then map is left as goja's
// (TestArrayProbeLayout fails first).
type arrayProbe struct {
	self   int
	typ    reflect.Type
	values []int
	length []int
}

func newArrayProbe(vm *goja.Runtime) (p *arrayProbe) {
	defer func() {
		if recover() != nil {
			p = nil
		}
	}()
	self, ok := reflect.TypeFor[goja.Object]().FieldByName("self")
	if !ok || self.Type.Kind() != reflect.Interface || len(self.Index) != 1 {
		return nil
	}
	impl := reflect.ValueOf(vm.NewArray(1, 2)).Elem().Field(self.Index[0])
	if impl.IsNil() || impl.Elem().Kind() != reflect.Pointer {
		return nil
	}
	typ := impl.Elem().Type()
	if typ.Elem().Name() != "arrayObject" {
		return nil
	}
	values, ok := typ.Elem().FieldByName("values")
	if !ok || values.Type != reflect.TypeFor[[]goja.Value]() {
		return nil
	}
	length, ok := typ.Elem().FieldByName("length")
	if !ok || length.Type.Kind() != reflect.Uint32 {
		return nil
	}
	p = &arrayProbe{self: self.Index[0], typ: typ, values: values.Index, length: length.Index}
	holey := vm.NewArray(1, 2, 3)
	_ = holey.Delete("1")
	if p.holey(vm.NewArray()) || p.holey(vm.NewArray(1, 2)) || !p.holey(holey) {
		return nil
	}
	return p
}

// holey reports whether o is goja's standard array object with a hole
// below its length.
func (p *arrayProbe) holey(o *goja.Object) bool {
	impl := reflect.ValueOf(o).Elem().Field(p.self)
	if impl.IsNil() {
		return false
	}
	a := impl.Elem()
	if a.Type() != p.typ {
		return false
	}
	s := a.Elem()
	length := s.FieldByIndex(p.length).Uint()
	vf := s.FieldByIndex(p.values)
	values := *(*[]goja.Value)(unsafe.Pointer(vf.UnsafeAddr()))
	if uint64(len(values)) < length {
		return true
	}
	for _, v := range values[:length] {
		if v == nil {
			return true
		}
	}
	return false
}

// items is o's item slots below its length when o is goja's standard
// array object (nil for a hole, and shorter than the length when the end
// is holes), else nil.
func (p *arrayProbe) items(o *goja.Object) []goja.Value {
	impl := reflect.ValueOf(o).Elem().Field(p.self)
	if impl.IsNil() {
		return nil
	}
	a := impl.Elem()
	if a.Type() != p.typ {
		return nil
	}
	s := a.Elem()
	length := s.FieldByIndex(p.length).Uint()
	vf := s.FieldByIndex(p.values)
	values := *(*[]goja.Value)(unsafe.Pointer(vf.UnsafeAddr()))
	return values[:min(uint64(len(values)), length)]
}

// installHoleyMap wraps Array.prototype.map (above).
func (r *Runtime) installHoleyMap() error {
	probe := r.arrays
	if probe == nil {
		return nil
	}
	array, proto, ok := r.arrayCtor()
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(proto.Get("map"))
	if !ok {
		return nil
	}
	return r.replaceMethod(proto, "map", func(fc goja.FunctionCall) goja.Value {
		if o, isObj := fc.This.(*goja.Object); isObj && probe.holey(o) {
			if fn, ok := goja.AssertFunction(fc.Argument(0)); ok {
				return r.mapHoley(array, o, fn, fc.Argument(1))
			}
		}
		v, err := orig(fc.This, fc.Arguments...)
		if err != nil {
			panic(r.catchable(err))
		}
		return v
	})
}

// mapHoley is Array.prototype.map (ECMA-262 23.1.3.21) over o, an array
// with holes: the result is ArraySpeciesCreate(o, length), and each index
// o has is mapped and written by CreateDataPropertyOrThrow.
func (r *Runtime) mapHoley(array, o *goja.Object, fn goja.Callable, thisArg goja.Value) goja.Value {
	vm := r.vm
	n := o.Get("length").ToInteger()
	a := r.arraySpeciesCreate(array, o, n)
	for k := int64(0); k < n; k++ {
		key := strconv.FormatInt(k, 10)
		v := o.Get(key) // nil: no such property here or on the prototypes
		if v == nil {
			continue
		}
		mv, err := fn(thisArg, v, vm.ToValue(k), o)
		if err != nil {
			panic(r.catchable(err))
		}
		if err := a.DefineDataProperty(key, mv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			panic(err)
		}
	}
	return a
}

// arraySpeciesCreate is ECMA-262's ArraySpeciesCreate(o, n) for o an
// array: o.constructor's Symbol.species, or a new Array(n).
func (r *Runtime) arraySpeciesCreate(array, o *goja.Object, n int64) *goja.Object {
	vm := r.vm
	c := o.Get("constructor")
	if co, ok := c.(*goja.Object); ok {
		c = co.GetSymbol(goja.SymSpecies)
		if goja.IsNull(c) {
			c = nil
		}
	}
	ctor := array
	if c != nil && !goja.IsUndefined(c) {
		co, ok := c.(*goja.Object)
		if ok {
			if _, isCtor := goja.AssertConstructor(co); !isCtor {
				ok = false
			}
		}
		if !ok {
			panic(vm.NewTypeError("object.constructor[Symbol.species] is not a constructor"))
		}
		ctor = co
	}
	a, err := vm.New(ctor, vm.ToValue(n))
	if err != nil {
		panic(r.catchable(err))
	}
	return a
}
