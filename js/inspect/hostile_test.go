package inspect

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestInspect_hostileValues checks that values whose inspection runs
// throwing user code never panic on the Go side: Inspect and Format render
// the exception, TryInspect and TryFormat return it.
func TestInspect_hostileValues(t *testing.T) {
	tests := []struct {
		name string
		expr string
	}{
		{"custom inspect throws", `({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('boom') } })`},
		{"toStringTag getter throws", `({ get [Symbol.toStringTag]() { throw new Error('boom') } })`},
		{"function name getter throws", `Object.defineProperty(function () {}, 'name', { get() { throw new Error('boom') } })`},
		{"error stack getter throws", `Object.defineProperty(new Error('x'), 'stack', { get() { throw new Error('boom') } })`},
		{"throws a non-error", `({ [Symbol.for('nodejs.util.inspect.custom')]() { throw 'boom' } })`},
		{"nested custom throws", `[{ a: new Map([[1, { [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('boom') } }]]) }]`},
	}
	rt := goja.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := rt.RunString("(" + tt.expr + ")")
			if err != nil {
				t.Fatal(err)
			}
			if _, ex := TryInspect(rt, v, Defaults()); ex == nil || !strings.Contains(ex.Value().String(), "boom") {
				t.Errorf("TryInspect exception = %v, want one saying boom", ex)
			}
			if got := Inspect(rt, v, Defaults()); !strings.HasPrefix(got, "[Inspection threw: ") || !strings.Contains(got, "boom") {
				t.Errorf("Inspect = %q, want the exception rendered", got)
			}
			args := []goja.Value{rt.ToValue("value:"), v}
			if _, ex := TryFormat(rt, Defaults(), args); ex == nil {
				t.Error("TryFormat returned no exception")
			}
			if got := Format(rt, args); !strings.Contains(got, "boom") {
				t.Errorf("Format = %q, want the exception rendered", got)
			}
		})
	}
}

// TestInspect_everyGlobal inspects every global binding of a fresh runtime,
// and the global object itself, with every option that widens the walk, to
// catch Go panics on built-ins of unusual shape.
func TestInspect_everyGlobal(t *testing.T) {
	rt := goja.New()
	opts := Defaults()
	opts.ShowHidden, opts.Colors, opts.Depth, opts.Sorted, opts.ShowProxy = true, true, 3, true, true
	global := rt.GlobalObject()
	names := append(global.GetOwnPropertyNames(), "")
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			v := goja.Value(global)
			if name != "" {
				v = global.Get(name)
			}
			if _, ex := TryInspect(rt, v, opts); ex != nil {
				t.Errorf("TryInspect(%s): %v", name, ex)
			}
			if got := Format(rt, []goja.Value{rt.ToValue("%s %d %i %f %j %o %O"), v, v, v, v, v, v, v}); got == "" {
				t.Errorf("Format(%s) is empty", name)
			}
		})
	}
}

// TestFormat_nilArguments checks that Go nils count as undefined.
func TestFormat_nilArguments(t *testing.T) {
	rt := goja.New()
	args := []goja.Value{rt.ToValue("%s %d|"), nil, nil, nil}
	if got, want := Format(rt, args), "undefined NaN| undefined"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	if args[1] != nil {
		t.Error("Format changed the caller's slice")
	}
	if got, want := Inspect(rt, nil, Defaults()), "undefined"; got != want {
		t.Errorf("Inspect(nil) = %q, want %q", got, want)
	}
}

// TestInspect_deepNesting checks that unlimited depth over a very deep
// structure ends in node's stack-overflow text instead of exhausting the Go
// stack.
func TestInspect_deepNesting(t *testing.T) {
	rt := goja.New()
	v, err := rt.RunString(`let a = []; for (let i = 0; i < 3000; i++) a = [a]; a`)
	if err != nil {
		t.Fatal(err)
	}
	opts := Defaults()
	opts.Depth = -1
	got := Inspect(rt, v, opts)
	if want := "[Array: Inspection interrupted prematurely. Maximum call stack size exceeded.]"; !strings.Contains(got, want) {
		t.Errorf("Inspect of 3000 nested arrays does not contain %q", want)
	}
}

// TestInspect_customInspectRethrows checks that the inspect function handed
// to a custom inspect method lets exceptions through to the caller.
func TestInspect_customInspectRethrows(t *testing.T) {
	rt := goja.New()
	v, err := rt.RunString(`({ [Symbol.for('nodejs.util.inspect.custom')](d, o, inspect) {
		try { return inspect({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('inner') } }) }
		catch (e) { return 'caught ' + e.message }
	} })`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Inspect(rt, v, Defaults()), "caught inner"; got != want {
		t.Errorf("Inspect = %q, want %q", got, want)
	}
}

// TestDefaults pins node's util.inspect.defaultOptions.
func TestDefaults(t *testing.T) {
	want := Options{Depth: 2, BreakLength: 80, Compact: 3, MaxArrayLength: 100, MaxStringLength: 10000, CustomInspect: true}
	if got := Defaults(); got != want {
		t.Errorf("Defaults() = %+v, want %+v", got, want)
	}
}
