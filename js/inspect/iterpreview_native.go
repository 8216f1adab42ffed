//go:build !evloopweb

package inspect

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// Map and Set iterators: node prints what is left to iterate
// (`[Map Iterator] { 1, 3 }`, `[Map Entries] { [ 1, 2 ] }`) through V8's
// previewEntries, which reads the iterator without advancing it. goja has
// no such API and keeps the iterator's position in private fields, so
// previewIterator reads them with reflect, read only: the iterator object
// (goja's mapIterObject or setIterObject) holds iter, an orderedMapIter
// {m, cur}, and kind; the map's entries are a list (iterFirst, iterNext)
// whose deleted entries have a nil key. TestIteratorPreviewFields fails if
// a goja upgrade changes these; then the preview is simply not taken (the
// iterator prints as `Object [Map Iterator] {}`, as before).

// objectSelfField is the index of goja.Object's private self, the object's
// implementation (-1: missing), looked up once.
var objectSelfField = sync.OnceValue(func() int {
	f, ok := reflect.TypeFor[goja.Object]().FieldByName("self")
	if !ok || f.Type.Kind() != reflect.Interface || len(f.Index) != 1 {
		return -1
	}
	return f.Index[0]
})

// Goja's iteration kinds (runtime.go: key, value, key+value).
const (
	gojaIterKey      = 0
	gojaIterValue    = 1
	gojaIterKeyValue = 2
)

// previewIterator returns o's remaining items when o is a Map or Set
// iterator made by goja; ok is false for anything else.
func previewIterator(o *goja.Object) (p iterPreview, ok bool) {
	defer func() {
		// A layout this code does not know: no preview, never a crash.
		if recover() != nil {
			p, ok = iterPreview{}, false
		}
	}()
	i := objectSelfField()
	if i < 0 {
		return p, false
	}
	self := reflect.ValueOf(o).Elem().Field(i)
	if self.IsNil() {
		return p, false
	}
	impl := self.Elem()
	if impl.Kind() != reflect.Pointer {
		return p, false
	}
	switch impl.Type().String() {
	case "*goja.mapIterObject":
	case "*goja.setIterObject":
		p.set = true
	default:
		return p, false
	}
	it := impl.Elem()
	kind := it.FieldByName("kind")
	iter := it.FieldByName("iter")
	if !kind.IsValid() || !kind.CanInt() || !iter.IsValid() || iter.Kind() != reflect.Pointer {
		return p, false
	}
	switch k := kind.Int(); {
	case k == gojaIterKeyValue:
		p.keyValue = true
	case k == gojaIterKey && p.set, k != gojaIterKey && k != gojaIterValue:
		// goja's Set iterators are values or entries only.
		return p, false
	}
	if iter.IsNil() {
		return p, true // done
	}
	m := iter.Elem().FieldByName("m")
	cur := iter.Elem().FieldByName("cur")
	if !m.IsValid() || m.Kind() != reflect.Pointer || !cur.IsValid() || cur.Kind() != reflect.Pointer {
		return p, false
	}
	if m.IsNil() {
		return p, true // closed
	}
	// As orderedMapIter.next: from the current entry (or, if it was
	// deleted since, the latest live one before it) on, else from the
	// first.
	for !cur.IsNil() && entryField(cur, "key") == nil {
		cur = cur.Elem().FieldByName("iterPrev")
	}
	var e reflect.Value
	if cur.IsNil() {
		e = m.Elem().FieldByName("iterFirst")
	} else {
		e = cur.Elem().FieldByName("iterNext")
	}
	for ; e.IsValid() && !e.IsNil(); e = e.Elem().FieldByName("iterNext") {
		key := entryField(e, "key")
		if key == nil {
			continue
		}
		switch {
		case p.keyValue && p.set:
			p.values = append(p.values, key, key)
		case p.keyValue:
			p.values = append(p.values, key, valueOr(entryField(e, "value")))
		case kind.Int() == gojaIterValue && !p.set:
			p.values = append(p.values, valueOr(entryField(e, "value")))
		default:
			p.values = append(p.values, key)
		}
	}
	return p, true
}

// entryField reads a goja.Value field of the map entry e points to.
func entryField(e reflect.Value, name string) goja.Value {
	f := e.Elem().FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.Interface || !f.CanAddr() {
		panic("inspect: unknown goja map entry")
	}
	v, _ := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(goja.Value)
	return v
}

func valueOr(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
