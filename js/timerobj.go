package js

import (
	"reflect"
	"slices"
	"strconv"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop"
)

// A Timeout is a goja dynamic object whose handler is a timeoutObj: the
// loop's Timer, the callback and the object's own properties in one Go
// allocation. An ordinary goja object builds a property map for its first
// own property (_onTimeout); with 100k timers pending that map, the object
// and an id→timer map entry were about 600 bytes a timer. The prototype's
// accessors (_idleTimeout, _destroyed, ...) and methods read the Timer
// through the handler.
//
// Own properties behave as an ordinary object's (get, set, delete, keys in
// order) except what goja's dynamic objects cannot hold: symbol-keyed own
// properties, non-writable, non-enumerable or accessor own properties, and
// Object.freeze/seal/preventExtensions, which throw a TypeError.
type timeoutObj struct {
	loop.Timer
	r    *Runtime
	obj  *goja.Object
	fn   goja.Callable
	argv []goja.Value
	ownProps
}

// fire is the Timer's callback: the JS callback with the Timeout as this.
func (t *timeoutObj) fire() { t.r.call(t.fn, t.obj, t.argv...) }

var timeoutObjType = reflect.TypeFor[*timeoutObj]()

// timeoutOf returns the handler of v if v is a Timeout made by setTimeout
// or setInterval. Other objects are not exported (Export would copy an
// ordinary object into a map, calling its getters).
func timeoutOf(v goja.Value) *timeoutObj {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != timeoutObjType {
		return nil
	}
	t, _ := o.Export().(*timeoutObj)
	return t
}

// ownProps are a dynamic Timeout's or Immediate's own properties: the
// callback (_onTimeout, _onImmediate) first, then whatever the program set.
type ownProps struct {
	key   string     // the callback's property name
	cb    goja.Value // its value; nil once deleted
	extra *moreProps // the program's own properties, nil if none
}

type moreProps struct {
	keys []string // in the order they were added
	vals map[string]goja.Value
}

// Get implements goja.DynamicObject.
func (p *ownProps) Get(key string) goja.Value {
	if key == p.key && p.cb != nil {
		return p.cb
	}
	if p.extra != nil {
		return p.extra.vals[key]
	}
	return nil
}

// Set implements goja.DynamicObject.
func (p *ownProps) Set(key string, v goja.Value) bool {
	if v == nil {
		v = goja.Undefined()
	}
	if key == p.key && p.cb != nil {
		p.cb = v
		return true
	}
	if p.extra == nil {
		p.extra = &moreProps{vals: map[string]goja.Value{}}
	}
	if _, ok := p.extra.vals[key]; !ok {
		p.extra.keys = append(p.extra.keys, key)
	}
	p.extra.vals[key] = v
	return true
}

// Has implements goja.DynamicObject.
func (p *ownProps) Has(key string) bool {
	if key == p.key && p.cb != nil {
		return true
	}
	if p.extra != nil {
		_, ok := p.extra.vals[key]
		return ok
	}
	return false
}

// Delete implements goja.DynamicObject.
func (p *ownProps) Delete(key string) bool {
	if key == p.key && p.cb != nil {
		p.cb = nil
		return true
	}
	if p.extra != nil {
		if _, ok := p.extra.vals[key]; ok {
			delete(p.extra.vals, key)
			p.extra.keys = slices.DeleteFunc(p.extra.keys, func(k string) bool { return k == key })
		}
	}
	return true
}

// Keys implements goja.DynamicObject, in an ordinary object's order:
// integer keys ascending, then the rest as they were added.
func (p *ownProps) Keys() []string {
	var keys []string
	if p.cb != nil {
		keys = append(keys, p.key)
	}
	if p.extra == nil {
		return keys
	}
	var ints []string
	for _, k := range p.extra.keys {
		if isIndexKey(k) {
			ints = append(ints, k)
		} else {
			keys = append(keys, k)
		}
	}
	if len(ints) == 0 {
		return keys
	}
	slices.SortFunc(ints, func(a, b string) int {
		x, _ := strconv.ParseUint(a, 10, 32)
		y, _ := strconv.ParseUint(b, 10, 32)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	return append(ints, keys...)
}

// isIndexKey reports whether k is an array index (a canonical uint32 below
// 2^32-1), which ordinary objects list first.
func isIndexKey(k string) bool {
	if k == "" || (len(k) > 1 && k[0] == '0') {
		return false
	}
	n, err := strconv.ParseUint(k, 10, 32)
	return err == nil && n < 1<<32-1
}
