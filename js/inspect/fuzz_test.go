package inspect

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// FuzzInspect evaluates a JavaScript expression and a format string from
// the input and renders them with util.inspect's and util.format's Go code
// under options the input picks: whatever the value (cycles, proxies,
// getters, custom inspectors that throw, odd prototypes, huge or negative
// options), Go must not panic and the program's own code must not be able
// to hang it past the interrupt. Values that do not evaluate are skipped.
func FuzzInspect(f *testing.F) {
	seeds := []struct {
		expr, format string
		bits         uint16
		depth        int8
	}{
		{"({a: 1, b: 'x', c: [1, 2, {d: new Map([[1, new Set([2])]])}]})", "%s %d %i %f %j %o %O %c %%", 0, 2},
		{"(() => { const o = {}; o.self = o; o.arr = [o, o]; return o })()", "%o", 0xffff, -1},
		{"new Proxy({}, {get() { throw new Error('x') }, ownKeys() { return ['a', 'a'] }})", "%s", 0x0f0f, 5},
		{"Object.create(null, {x: {get() { return this }, enumerable: true}})", "%j %s", 0x00ff, 10},
		{"({[Symbol.for('nodejs.util.inspect.custom')](d, o, i) { return i(this, {depth: -5}) }})", "%O", 3, 1},
		{"[new Error('e', {cause: new Error('c')}), new Date(NaN), /x/gimsuy, 10n, -0, Symbol('s'), function* g() {}]", "%d%i%f", 0x1234, 3},
		{"new Uint8Array(300).fill(7)", "%s", 0x8000, 0},
		{"'\\ud800\\u001b[31m' + 'x'.repeat(200)", "%s:%s", 0x4000, 1},
		{"(() => { let a = []; for (let i = 0; i < 300; i++) a = [a]; return a })()", "%o", 0xffff, -1},
		{"Object.assign(Object.create(Array.prototype), {length: 1e9})", "%s", 0, 2},
		{"class A extends Map { get [Symbol.toStringTag]() { return 5 } }; new A([[{}, []]])", "", 0xffff, 4},
	}
	for _, s := range seeds {
		f.Add(s.expr, s.format, s.bits, s.depth)
	}
	f.Fuzz(func(t *testing.T, expr, format string, bits uint16, depth int8) {
		if len(expr) > 2000 || len(format) > 200 || !utf8.ValidString(format) {
			return
		}
		rt := goja.New()
		rt.SetMaxCallStackSize(2000)
		timer := time.AfterFunc(time.Second, func() { rt.Interrupt("fuzz: time is up") })
		defer timer.Stop()
		v, err := rt.RunString(expr)
		if err != nil {
			return
		}
		opts := Defaults()
		opts.Depth = int(depth)
		opts.Colors = bits&1 != 0
		opts.ShowHidden = bits&2 != 0
		opts.Sorted = bits&4 != 0
		opts.CustomInspect = bits&8 == 0
		opts.ShowProxy = bits&16 != 0
		opts.Compact = int(bits>>5) % 5
		opts.BreakLength = []int{80, 0, 1, 1 << 30}[(bits>>8)%4]
		opts.MaxArrayLength = []int{100, 0, 1, -1}[(bits>>10)%4]
		opts.MaxStringLength = []int{10000, 0, 3, -1}[(bits>>12)%4]
		// goja's uncatchable errors (the program's own endless recursion
		// through a custom inspector, the interrupt) unwind through inspect
		// as they unwind through any native: the runtime reports them.
		defer func() {
			switch x := recover().(type) {
			case nil, *goja.StackOverflowError, *goja.InterruptedError:
			default:
				panic(x)
			}
		}()
		s, _ := TryInspect(rt, v, opts)
		s2, _ := TryFormat(rt, opts, []goja.Value{rt.ToValue(format), v, v, rt.ToValue(3.5)})
		// Output is text: a lone surrogate in a string is written as
		// U+FFFD by Go, never as invalid bytes.
		for _, out := range []string{s, s2, Inspect(rt, v, opts), Format(rt, []goja.Value{rt.ToValue(format), v})} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 in %q", out)
			}
		}
	})
}
