package js

import (
	"testing"

	"github.com/dop251/goja"
)

// TestArrayProbeLayout fails when a goja upgrade changes the array object
// fields installHoleyMap reads: without them map is goja's again, and
// `new Set(new Array(2).map(String))` crashes (case globals/array_map_holes).
func TestArrayProbeLayout(t *testing.T) {
	vm := goja.New()
	p := newArrayProbe(vm)
	if p == nil {
		t.Fatal("goja's arrayObject layout is not the one js/holes.go reads")
	}
	v, err := vm.RunString(`[new Array(3), [1, , 3], [1, 2, 3], Object.assign([], {x: 1}), {length: 2}, new Uint8Array(2)]`)
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{true, true, false, false, false, false}
	for i, w := range want {
		o := v.(*goja.Object).Get(string(rune('0' + i))).(*goja.Object)
		if got := p.holey(o); got != w {
			t.Errorf("item %d: holey = %v, want %v", i, got, w)
		}
	}
}
