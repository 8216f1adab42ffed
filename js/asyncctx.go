package js

import "github.com/dop251/goja"

// The async context is what node's AsyncLocalStorage reads: an opaque JS
// value (js/async_hooks keeps a Map of store → value in it) that follows
// every callback from where it was scheduled to where it runs — nextTick
// (js/natives.go), timers and immediates (objExtra.ctx), promise reactions
// (jobTracker.Grab/Resumed) and I/O requests (the loop captures it in
// BeginRequest and runs the completion in it: loop.ContextEngine).
// Socket, server and UDP handles keep the context they were made in and
// run their callbacks in it (js/stream_wrap.go, js/dgram), as node's AsyncWraps do.

// AsyncContext returns the current async context (undefined: none). For
// js/async_hooks.
func (r *Runtime) AsyncContext() goja.Value {
	if r.asyncCtx == nil {
		return goja.Undefined()
	}
	return r.asyncCtx
}

// SetAsyncContext makes v the current async context (undefined or null:
// none). For js/async_hooks.
func (r *Runtime) SetAsyncContext(v goja.Value) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		r.asyncCtx = nil
		return
	}
	r.asyncCtx = v
}

// CaptureContext implements loop.ContextEngine.
func (r *Runtime) CaptureContext() any {
	if r.asyncCtx == nil {
		return nil
	}
	return r.asyncCtx
}

// RunInContext implements loop.ContextEngine: fn runs with ctx as the
// current async context, which is restored after.
func (r *Runtime) RunInContext(ctx any, fn func()) {
	prev := r.asyncCtx
	v, _ := ctx.(goja.Value)
	r.asyncCtx = v
	defer func() { r.asyncCtx = prev }()
	fn()
}

// asyncNatives adds the context to the internal object, for bindings whose
// callbacks belong to a resource made earlier than the handle that calls
// them (http's parser, a dgram socket bound after it was made):
//
//	asyncContext() → the current context (opaque)
//	runInAsyncContext(ctx, fn, thisArg, ...args) → fn's result, run in ctx
func (r *Runtime) asyncNatives(o *goja.Object) {
	o.Set("asyncContext", func(goja.FunctionCall) goja.Value { return r.AsyncContext() })
	o.Set("runInAsyncContext", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(1))
		if !ok {
			return goja.Undefined()
		}
		var args []goja.Value
		if len(call.Arguments) > 3 {
			args = call.Arguments[3:]
		}
		var res goja.Value
		var err error
		r.RunInContext(call.Argument(0), func() { res, err = fn(call.Argument(2), args...) })
		if err != nil {
			panic(err)
		}
		return res
	})
}
