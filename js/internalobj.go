package js

import "github.com/dop251/goja"

// internalStore holds the `internal` object's properties (natives.go): a
// goja dynamic object whose natives are made into JS functions on their
// first read, not all at start. Making a goja function (its object, its
// name and length properties, the function's name looked up by its PC) is
// most of what a native costs to install, and of the ~140 natives every
// runtime registers an empty program reads a dozen.
//
// What the libraries see is the same: a property read gives the same
// function every time, a set replaces it, `in` finds it. The object takes
// no symbol keys and no accessors (goja's dynamic objects do not), which
// nothing puts on internal.
type internalStore struct {
	vm    *goja.Runtime
	vals  map[string]goja.Value
	raw   map[string]any    // given to setNative, not made yet
	lazy  map[string]func() // names a loader defines (lazyHelpers)
	order []string          // first definition order, for Keys
}

func newInternalStore(vm *goja.Runtime) *internalStore {
	return &internalStore{vm: vm, vals: make(map[string]goja.Value, 64), raw: make(map[string]any, 160), lazy: map[string]func(){}}
}

// Set is the Go side's Set(name, value), as *goja.Object's, deferring the
// conversion (ToValue) to the first read.
func (s *internalStore) Set(name string, v any) error {
	if gv, ok := v.(goja.Value); ok {
		s.put(name, gv)
		return nil
	}
	if _, ok := s.vals[name]; !ok {
		if _, ok := s.raw[name]; !ok {
			s.order = append(s.order, name)
		}
	}
	delete(s.vals, name)
	s.raw[name] = v
	return nil
}

func (s *internalStore) put(name string, v goja.Value) {
	if !s.has(name) {
		s.order = append(s.order, name)
	}
	delete(s.raw, name)
	delete(s.lazy, name)
	s.vals[name] = v
}

func (s *internalStore) has(name string) bool {
	if _, ok := s.vals[name]; ok {
		return true
	}
	if _, ok := s.raw[name]; ok {
		return true
	}
	_, ok := s.lazy[name]
	return ok
}

// dynamic is the goja.DynamicObject view of the store.
type internalDynamic struct{ s *internalStore }

func (d internalDynamic) Get(name string) goja.Value {
	s := d.s
	if v, ok := s.vals[name]; ok {
		return v
	}
	if raw, ok := s.raw[name]; ok {
		v := s.vm.ToValue(raw)
		delete(s.raw, name)
		s.vals[name] = v
		return v
	}
	if load, ok := s.lazy[name]; ok {
		load()
		return s.vals[name]
	}
	return nil
}

func (d internalDynamic) Set(name string, v goja.Value) bool {
	d.s.put(name, v)
	return true
}

func (d internalDynamic) Has(name string) bool { return d.s.has(name) }

func (d internalDynamic) Delete(name string) bool {
	s := d.s
	delete(s.vals, name)
	delete(s.raw, name)
	delete(s.lazy, name)
	return true
}

func (d internalDynamic) Keys() []string {
	keys := make([]string, 0, len(d.s.order))
	seen := make(map[string]bool, len(d.s.order))
	for _, k := range d.s.order {
		if !seen[k] && d.s.has(k) {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}
