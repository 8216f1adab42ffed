package inspect_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/inspect"
)

func ExampleInspect() {
	rt := goja.New()
	v, _ := rt.RunString(`({ a: 1, list: Array.from({ length: 12 }, (_, i) => i * 10), m: new Map([['k', [1, 2]]]) })`)
	fmt.Println(inspect.Inspect(rt, v, inspect.Defaults()))
	// Output:
	// {
	//   a: 1,
	//   list: [
	//       0,  10, 20, 30, 40,
	//      50,  60, 70, 80, 90,
	//     100, 110
	//   ],
	//   m: Map(1) { 'k' => [ 1, 2 ] }
	// }
}

func ExampleFormat() {
	rt := goja.New()
	args, _ := rt.RunString(`['%s took %dms', 'tick', 4.5, { phase: 'timers' }, -0, 'raw']`)
	arr := args.(*goja.Object)
	var vals []goja.Value
	for _, k := range arr.Keys() {
		vals = append(vals, arr.Get(k))
	}
	fmt.Println(inspect.Format(rt, vals))
	// Output:
	// tick took 4.5ms { phase: 'timers' } -0 raw
}

func ExampleTryInspect() {
	rt := goja.New()
	v, _ := rt.RunString(`({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('nope') } })`)
	_, ex := inspect.TryInspect(rt, v, inspect.Defaults())
	fmt.Println(ex.Value())
	fmt.Println(inspect.Inspect(rt, v, inspect.Defaults()))
	// Output:
	// Error: nope
	// [Inspection threw: Error: nope]
}
