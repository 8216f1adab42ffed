// Package safeexport exports a goja value to Go without the one crash goja's
// Export has: a typed array (or Buffer) whose ArrayBuffer was detached
// (structuredClone's or postMessage's transfer) keeps its offset and length
// while its bytes are gone, and goja's Export slices the missing bytes and
// panics. A program can hand such a view to any native function, so every
// Export of a value the program chose goes through here.
package safeexport

import (
	"reflect"

	"github.com/dop251/goja"
)

// Export is v.Export(), except that a view of a detached ArrayBuffer exports
// as an empty slice of its element type: node reads a detached view as
// length 0, and goja's own methods do too.
func Export(v goja.Value) (x any) {
	if v == nil {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			t := exportedSlice(v)
			if t == nil {
				panic(p) // not the detached view: a real bug, let it surface
			}
			x = reflect.MakeSlice(t, 0, 0).Interface()
		}
	}()
	return v.Export()
}

// exportedSlice is the slice type v exports as when v is a typed array, else nil.
func exportedSlice(v goja.Value) reflect.Type {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if t := o.ExportType(); t != nil && t.Kind() == reflect.Slice {
		return t
	}
	return nil
}
