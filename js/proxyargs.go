package js

import (
	"strconv"

	"github.com/dop251/goja"
)

// installProxyArgs makes the arguments array a proxy's apply and construct
// traps receive the trap's own, as V8's is. goja (not patched) builds that
// array over its VM stack without copying (newArrayValues on the call's
// argument slice): a trap that keeps it (`calls.push(args)`, a log printed
// later) sees it change as the stack is reused, its items turning into
// whatever the program pushes next. While the trap runs the items are
// still right, so the array is copied on the trap's entry.
//
// The global Proxy becomes a proxy of goja's own constructor: its
// construct trap gives a function target's handler a stand-in (a proxy of
// the handler) whose apply and construct are the handler's traps wrapped
// to copy, called with the handler as this; every other lookup, get, set
// and the rest reach the handler itself. Proxy.revocable does the same.
// Object targets (no apply or construct) keep the handler as it is.
func (r *Runtime) installProxyArgs() error {
	vm := r.vm
	real, ok := vm.Get("Proxy").(*goja.Object)
	if !ok {
		return nil
	}
	realRevocable, ok := goja.AssertFunction(real.Get("revocable"))
	if !ok {
		return nil
	}
	revocable := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		v, err := realRevocable(real, c.Argument(0), r.trapArgsHandler(c.Argument(0), c.Argument(1)))
		if err != nil {
			panic(err)
		}
		return v
	}).ToObject(vm)
	_ = revocable.DefineDataProperty("name", vm.ToValue("revocable"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = revocable.DefineDataProperty("length", vm.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	ctor := vm.NewProxy(real, &goja.ProxyTrapConfig{
		Construct: func(_ *goja.Object, args []goja.Value, _ *goja.Object) *goja.Object {
			target, handler := goja.Undefined(), goja.Undefined()
			if len(args) > 0 {
				target = args[0]
			}
			if len(args) > 1 {
				handler = args[1]
			}
			p, err := vm.New(real, target, r.trapArgsHandler(target, handler))
			if err != nil {
				panic(err)
			}
			return p
		},
		Get: func(t *goja.Object, name string, _ goja.Value) goja.Value {
			if name == "revocable" {
				return revocable
			}
			return t.Get(name)
		},
	})
	return vm.GlobalObject().DefineDataProperty("Proxy", vm.ToValue(ctor), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// trapArgsHandler is the handler a proxy of target is made with: handler
// itself, or for a function target the stand-in installProxyArgs says.
func (r *Runtime) trapArgsHandler(target, handler goja.Value) goja.Value {
	h, ok := handler.(*goja.Object)
	if _, callable := goja.AssertFunction(target); !ok || !callable {
		return handler
	}
	vm := r.vm
	return vm.ToValue(vm.NewProxy(h, &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, name string, _ goja.Value) goja.Value {
			v := t.Get(name)
			at := 2 // apply(target, thisArg, args)
			if name == "construct" {
				at = 1 // construct(target, args, newTarget)
			}
			trap, callable := goja.AssertFunction(v)
			if name != "apply" && name != "construct" || !callable {
				return v
			}
			return vm.ToValue(func(c goja.FunctionCall) goja.Value {
				args := append([]goja.Value(nil), c.Arguments...)
				for len(args) <= at {
					args = append(args, goja.Undefined())
				}
				args[at] = r.copyArray(args[at])
				res, err := trap(h, args...)
				if err != nil {
					panic(err)
				}
				return res
			})
		},
	}))
}

// copyArray is a new array with the items of the array-like v.
func (r *Runtime) copyArray(v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	n := o.Get("length").ToInteger()
	items := make([]any, n)
	for i := int64(0); i < n; i++ {
		items[i] = o.Get(strconv.FormatInt(i, 10))
	}
	return r.vm.NewArray(items...)
}
