package inspect

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// What is left of a Map or Set iterator, as node's util.inspect previews
// it (V8's previewEntries): goja has no API to read an iterator without
// advancing it, so this reads its state (goja's mapIterObject and
// setIterObject: the orderedMap entry it stands on, and its kind) through
// reflect, by field name, and follows the map's order from there as its
// next() would. Any field not found as expected gives ok false, and the
// iterator prints as a plain object, as before.

// iterPreview returns the iterator's remaining values: for an entries
// iterator (pairs) [k, v, k, v, ...], else its values; set tells a Set's
// iterator from a Map's.
func iterPreview(o *goja.Object) (values []goja.Value, pairs, set, ok bool) {
	defer func() {
		if recover() != nil {
			values, ok = nil, false
		}
	}()
	self := field(reflect.ValueOf(o).Elem(), "self")
	if !self.IsValid() || self.Kind() != reflect.Interface || self.IsNil() {
		return nil, false, false, false
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Pointer {
		return nil, false, false, false
	}
	switch impl.Type().String() {
	case "*goja.mapIterObject":
	case "*goja.setIterObject":
		set = true
	default:
		return nil, false, false, false
	}
	it := impl.Elem()
	kind := field(it, "kind")
	iter := field(it, "iter")
	if !kind.IsValid() || kind.Kind() != reflect.Int || !iter.IsValid() || iter.Kind() != reflect.Pointer {
		return nil, false, false, false
	}
	// goja's iterationKind: key 0, value 1, key+value 2; a Set's values
	// iterator is its "value" kind and reads the keys.
	k := kind.Int()
	pairs = k == 2
	if iter.IsNil() {
		return nil, pairs, set, true // done
	}
	m := field(iter.Elem(), "m")
	cur := field(iter.Elem(), "cur")
	if !m.IsValid() || !cur.IsValid() || m.Kind() != reflect.Pointer || cur.Kind() != reflect.Pointer {
		return nil, false, false, false
	}
	if m.IsNil() {
		return nil, pairs, set, true // closed
	}
	entry := func(e reflect.Value, name string) reflect.Value { return field(e.Elem(), name) }
	// as orderedMapIter.next: back over deleted entries (a nil key), then on
	for !cur.IsNil() && entry(cur, "key").IsNil() {
		cur = entry(cur, "iterPrev")
	}
	if !cur.IsNil() {
		cur = entry(cur, "iterNext")
	} else {
		cur = field(m.Elem(), "iterFirst")
	}
	for ; cur.IsValid() && !cur.IsNil(); cur = entry(cur, "iterNext") {
		key, _ := entry(cur, "key").Interface().(goja.Value)
		value, _ := entry(cur, "value").Interface().(goja.Value)
		if key == nil {
			continue
		}
		switch {
		case set && pairs:
			values = append(values, key, key)
		case set || k == 0:
			values = append(values, key)
		case pairs:
			values = append(values, key, value)
		default:
			values = append(values, value)
		}
	}
	return values, pairs, set, true
}

// field is v's field name, readable though unexported; the zero Value if
// v has none.
func field(v reflect.Value, name string) reflect.Value {
	if v.Kind() != reflect.Struct {
		return reflect.Value{}
	}
	f := v.FieldByName(name)
	if !f.IsValid() || !f.CanAddr() {
		return reflect.Value{}
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}
