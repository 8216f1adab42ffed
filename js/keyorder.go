package js

// Node's order of each built-in module's own keys: a program that prints
// Object.keys(require('events')), or walks a module's exports, sees them as
// node lists them. Modules are written in whatever order their code reads
// best; keyorder.txt (recorded from node by TestBuiltinKeyOrder's
// -update-builtin-keys) lists, for the modules whose own order differs from
// node's, node's keys in node's order, and requireBuiltin puts the exports'
// own properties in that order once, when the module loads. Keys node does
// not have keep their order after node's.

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

//go:embed keyorder.txt
var keyOrderText string

var (
	keyOrderOnce sync.Once
	keyOrders    map[string][]string
)

// keyOrderOff leaves every module's keys in its code's order (the test
// that records keyorder.txt reads that order).
var keyOrderOff bool

// keyOrder is node's key order for the built-in name, nil when its code
// has it already.
func keyOrder(name string) []string {
	keyOrderOnce.Do(func() {
		keyOrders = map[string][]string{}
		for _, line := range strings.Split(keyOrderText, "\n") {
			if f := strings.Fields(line); len(f) > 1 {
				keyOrders[f[0]] = f[1:]
			}
		}
	})
	return keyOrders[name]
}

// reorderKeys gives v's own properties node's order for the built-in
// name, by taking each out of place and defining it again (its
// descriptor kept). A property that cannot be redefined stays where it is:
// its module defines it in node's place.
func (r *Runtime) reorderKeys(name string, v goja.Value) {
	order := keyOrder(name)
	o, ok := v.(*goja.Object)
	if !ok || order == nil || keyOrderOff {
		return
	}
	if r.reorder == nil {
		// The longest start of node's order that the object has in that
		// order stays; the rest is taken out and defined again behind it.
		fn, err := r.vm.RunString(`(function reorderKeys(o, order) {
  const own = Object.keys(o);
  const has = new Set(own);
  const want = order.filter((k) => has.has(k));
  const pos = new Map(own.map((k, i) => [k, i]));
  let keep = 0;
  while (keep < want.length && (keep === 0 || pos.get(want[keep]) > pos.get(want[keep - 1]))) keep++;
  const inOrder = new Set(want);
  for (const k of want.slice(keep).concat(own.filter((k) => !inOrder.has(k)))) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (!d || !d.configurable) continue;
    delete o[k];
    Object.defineProperty(o, k, d);
  }
})`)
		if err != nil {
			return
		}
		r.reorder, _ = goja.AssertFunction(fn)
	}
	_, _ = r.reorder(goja.Undefined(), o, r.vm.ToValue(toAny(order)))
}
