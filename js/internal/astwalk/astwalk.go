// Package astwalk walks a tree of goja's public AST (github.com/dop251/goja/ast)
// for the passes evloop makes between parsing a user's file and compiling it
// (js/internal/relchain, js/internal/catchhook): goja is used as published,
// so what its parser or compiler does not do is done to the tree it hands
// over, through its exported fields.
package astwalk

import (
	"reflect"
	"sync"

	"github.com/dop251/goja/ast"
)

// Walk calls visit for every node under root (a pointer to one of the ast
// package's structs, such as *ast.Program), a parent before its children.
// A node held where an interface is (an ast.Expression, ast.Statement ...)
// or a pointer is (a TryStatement's *ast.CatchStatement) is replaced by
// what visit returns when that is another node of a type the place can
// hold; the walk goes on into what is there after the call.
func Walk(root any, visit func(node any) any) {
	v := reflect.ValueOf(root)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return
	}
	w := walker{visit: visit}
	w.node(v)
	w.walk(v.Elem())
}

type walker struct{ visit func(any) any }

// fieldsByType caches nodeFields: the walk runs over every node of every
// file, and reflect's look at each field's type was a quarter of the
// parse's own time.
var fieldsByType sync.Map // reflect.Type → []int

// nodeFields returns the indexes of t's fields that can hold a node (t a
// struct of goja's ast package; none otherwise).
func nodeFields(t reflect.Type) []int {
	if f, ok := fieldsByType.Load(t); ok {
		return f.([]int)
	}
	var idx []int
	if t.PkgPath() == astPackage {
		for i := 0; i < t.NumField(); i++ {
			if holdsNodes(t.Field(i).Type) {
				idx = append(idx, i)
			}
		}
	}
	fieldsByType.Store(t, idx)
	return idx
}

// holdsNodes reports whether a value of type t can hold an ast node.
func holdsNodes(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer:
		return isNodeStruct(t.Elem())
	case reflect.Struct:
		return t.PkgPath() == astPackage
	case reflect.Slice:
		return holdsNodes(t.Elem())
	}
	return false
}

func isNodeStruct(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.PkgPath() == astPackage
}

var astPackage = reflect.TypeOf(ast.Program{}).PkgPath()

// node calls visit for the node in slot (an interface or a pointer) and
// puts its replacement there; it returns the pointer now in the slot.
func (w *walker) node(slot reflect.Value) reflect.Value {
	p := slot
	if slot.Kind() == reflect.Interface {
		p = slot.Elem()
	}
	if p.Kind() != reflect.Pointer || p.IsNil() || !isNodeStruct(p.Type().Elem()) {
		return p
	}
	got := w.visit(p.Interface())
	if got == nil {
		return p
	}
	nv := reflect.ValueOf(got)
	if nv != p && nv.Kind() == reflect.Pointer && !nv.IsNil() && slot.CanSet() && nv.Type().AssignableTo(slot.Type()) {
		slot.Set(nv)
		return nv
	}
	return p
}

// walk visits every node under v, an addressable value of the tree.
func (w *walker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		p := w.node(v)
		if p.Kind() == reflect.Pointer && !p.IsNil() && isNodeStruct(p.Type().Elem()) {
			w.walk(p.Elem())
		}
	case reflect.Struct:
		for _, i := range nodeFields(v.Type()) {
			w.walk(v.Field(i))
		}
	case reflect.Slice:
		if holdsNodes(v.Type().Elem()) {
			for i := 0; i < v.Len(); i++ {
				w.walk(v.Index(i))
			}
		}
	}
}
