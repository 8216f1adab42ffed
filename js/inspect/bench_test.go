package inspect

import (
	"testing"

	"github.com/dop251/goja"
)

// The benchmarks measure what console.log costs per call: a plain string,
// a small object, and a line mixing directives, nested objects and a long
// grouped array.

func BenchmarkFormat(b *testing.B) {
	rt := goja.New()
	v, err := rt.RunString(`[
		'tick %d', 42,
		{ phase: 'timers', queue: [{ id: 1, delay: 0 }, { id: 2, delay: 10 }], active: new Set([1, 2]), name: 'loop' },
		Array.from({ length: 30 }, (_, i) => i),
	]`)
	if err != nil {
		b.Fatal(err)
	}
	arr := v.(*goja.Object)
	args := []goja.Value{arr.Get("0"), arr.Get("1"), arr.Get("2"), arr.Get("3")}
	b.ReportAllocs()
	for b.Loop() {
		Format(rt, args)
	}
}

func BenchmarkFormat_string(b *testing.B) {
	rt := goja.New()
	args := []goja.Value{rt.ToValue("hello from the loop")}
	b.ReportAllocs()
	for b.Loop() {
		Format(rt, args)
	}
}

func BenchmarkFormat_smallObject(b *testing.B) {
	rt := goja.New()
	v, err := rt.RunString(`({ a: 1, b: 'x' })`)
	if err != nil {
		b.Fatal(err)
	}
	args := []goja.Value{rt.ToValue("obj"), v}
	b.ReportAllocs()
	for b.Loop() {
		Format(rt, args)
	}
}
