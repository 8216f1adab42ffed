package js

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// The async context is what node's AsyncLocalStorage reads and what
// async_hooks' executionAsyncId reports: an asyncFrame that follows every
// callback from where it was scheduled to where it runs — nextTick
// (js/natives.go), timers and immediates (objExtra.ctx), promise reactions
// (jobTracker.Grab/Resumed) and I/O requests (the loop captures it in
// BeginRequest and runs the completion in it: loop.ContextEngine).
// Socket, server and UDP handles keep the context they were made in and
// run their callbacks in it (js/stream_wrap.go, js/dgram), as node's AsyncWraps do.
//
// Until js/async_hooks is loaded there are no async ids: a frame only
// carries AsyncLocalStorage's stores, and code that schedules a callback
// keeps the current frame (nil with no store: nothing is allocated). Once
// it is loaded (Runtime.EnableAsyncIDs), each resource made from then on
// (a Timeout, an Immediate, a TickObject, a queueMicrotask, a handle, a
// request) gets a frame of its own with node's numbering (main is 1, each
// new resource the next number, its trigger the id current when it was
// made), and while a hook is enabled (createHook) its init, before, after
// and destroy are called from here.

// asyncFrame is one async resource as its callbacks see it.
type asyncFrame struct {
	store     goja.Value   // AsyncLocalStorage's Map of storage → store; nil: none
	id        int64        // executionAsyncId while its callbacks run (0: none)
	trigger   int64        // triggerAsyncId
	res       *goja.Object // executionAsyncResource; made when first asked for
	destroyed bool
	request   bool // a request's: destroyed after its one callback
}

// asyncIDs is async_hooks' bookkeeping, made when the module loads.
type asyncIDs struct {
	last   int64         // the last id given (main is 1)
	hook   goja.Callable // async_hooks.js's dispatcher while a hook is enabled
	inHook bool          // a hook is running: what it does is not reported
	top    *goja.Object  // executionAsyncResource where there is no resource

	// destroys wait for the check phase, as node's destroy hooks wait
	// for a native immediate: those queued before an iteration's check
	// phase run at its start (before the first immediate), those queued
	// from then on at the next one's. flusher is the check handle
	// (unreferenced) that runs them when no immediate does.
	destroys []pendingDestroy
	flusher  *loop.Handle
}

type pendingDestroy struct {
	f    *asyncFrame
	iter int64 // the iteration whose check phase reports it
}

// EnableAsyncIDs starts numbering async resources as node does, for
// js/async_hooks: the code running now is main's (id 1) unless it runs in
// a resource already. Resources made before it was called have no id.
func (r *Runtime) EnableAsyncIDs() {
	if r.asyncIDs != nil {
		return
	}
	r.asyncIDs = &asyncIDs{last: 1}
	if r.asyncCtx == nil {
		r.asyncCtx = &asyncFrame{id: 1}
	} else if r.asyncCtx.id == 0 {
		f := *r.asyncCtx
		f.id = 1
		r.asyncCtx = &f
	}
}

// SetAsyncHook sets the function async_hooks calls for every hook event
// (nil: no hook enabled), as fn(kind, asyncId, type, triggerAsyncId,
// resource) with kind "init", "before", "after" or "destroy".
func (r *Runtime) SetAsyncHook(fn goja.Callable) {
	r.EnableAsyncIDs()
	r.asyncIDs.hook = fn
	// queueMicrotask (js/lib/bootstrap.js) calls the hooks only then.
	_ = r.internals.Set("asyncHooked", fn != nil)
}

// ExecutionAsyncID returns the current resource's id and trigger id
// (0, 0 where there is none).
func (r *Runtime) ExecutionAsyncID() (id, trigger int64) {
	if r.asyncCtx == nil {
		return 0, 0
	}
	return r.asyncCtx.id, r.asyncCtx.trigger
}

// ExecutionAsyncResource returns the object standing for the current
// resource: the Timeout or Immediate, the AsyncResource, or an object made
// for it; the same object for every callback of that resource.
func (r *Runtime) ExecutionAsyncResource() goja.Value {
	f := r.asyncCtx
	if f == nil || f.id == 0 && f.res == nil {
		r.EnableAsyncIDs()
		return r.topResource()
	}
	return r.resourceOf(f)
}

// copyResource returns a new object with o's own enumerable properties,
// symbol-keyed ones too.
func (r *Runtime) copyResource(o *goja.Object) *goja.Object {
	c := r.vm.NewObject()
	for _, k := range o.Keys() {
		_ = c.Set(k, o.Get(k))
	}
	for _, s := range o.Symbols() {
		_ = c.SetSymbol(s, o.GetSymbol(s))
	}
	return c
}

// topResource is executionAsyncResource where there is no resource.
func (r *Runtime) topResource() *goja.Object {
	if r.asyncIDs.top == nil {
		r.asyncIDs.top = r.vm.NewObject()
	}
	return r.asyncIDs.top
}

func (r *Runtime) resourceOf(f *asyncFrame) *goja.Object {
	if f.res == nil {
		f.res = r.vm.NewObject()
	}
	return f.res
}

// NewAsyncResource makes a resource of type typ (an AsyncResource of
// js/async_hooks) whose callbacks will run with the current stores;
// trigger < 0: the current id. res is the object hooks are given.
func (r *Runtime) NewAsyncResource(typ string, trigger int64, res *goja.Object) goja.Value {
	r.EnableAsyncIDs()
	return r.vm.ToValue(r.newResource(typ, trigger, res))
}

// AsyncResourceIDs returns the id and trigger id of a resource made by
// NewAsyncResource or AsyncContextFor.
func (r *Runtime) AsyncResourceIDs(v goja.Value) (id, trigger int64) {
	if f := frameOf(v); f != nil {
		return f.id, f.trigger
	}
	return 0, 0
}

// EmitAsyncDestroy reports the end of a resource made by NewAsyncResource
// (AsyncResource's emitDestroy: each call is reported, as node's is).
func (r *Runtime) EmitAsyncDestroy(v goja.Value) {
	if f := frameOf(v); f != nil {
		f.destroyed = false
		r.destroyAsync(f)
	}
}

// newResource is a frame for a new resource; init hooks see it now.
func (r *Runtime) newResource(typ string, trigger int64, res *goja.Object) *asyncFrame {
	ids := r.asyncIDs
	ids.last++
	f := &asyncFrame{id: ids.last, trigger: trigger, res: res}
	if cur := r.asyncCtx; cur != nil {
		f.store = cur.store
		if trigger < 0 {
			f.trigger = cur.id
		}
	} else if trigger < 0 {
		f.trigger = 0
	}
	if ids.hook != nil && typ != "" {
		r.emitHook("init", f, r.vm.ToValue(typ))
	}
	return f
}

// captureAsync returns the context a callback scheduled now runs in: the
// current frame, or with async ids on a new resource of type typ.
func (r *Runtime) captureAsync(typ string) *asyncFrame {
	if r.asyncIDs == nil {
		return r.asyncCtx
	}
	return r.newResource(typ, -1, nil)
}

// emitHook calls the enabled hooks' kind for f (init gets typ).
func (r *Runtime) emitHook(kind string, f *asyncFrame, typ goja.Value) {
	ids := r.asyncIDs
	if ids.inHook || ids.hook == nil { // nil: the callback disabled the last hook
		return
	}
	ids.inHook = true
	defer func() { ids.inHook = false }()
	args := []goja.Value{r.vm.ToValue(kind), r.vm.ToValue(f.id)}
	if kind == "init" {
		args = append(args, typ, r.vm.ToValue(f.trigger), r.resourceOf(f))
	}
	if _, err := ids.hook(goja.Undefined(), args...); err != nil {
		// A hook that throws ends the program, past 'uncaughtException'
		// listeners, as node's fatal error in an AsyncHook callback does.
		var ex *goja.Exception
		if errors.As(err, &ex) {
			r.fatalValue(ex.Value(), false)
			return
		}
		r.uncaught(err)
	}
}

// destroyAsync reports that f's resource will run no more callbacks.
func (r *Runtime) destroyAsync(f *asyncFrame) {
	if f == nil || f.destroyed || f.id == 0 || r.asyncIDs == nil {
		return
	}
	f.destroyed = true
	ids := r.asyncIDs
	if ids.hook == nil {
		return
	}
	iter := r.loop.Iteration()
	if p := r.loop.Phase(); p == trace.PhaseCheck || p == trace.PhaseClose {
		iter++
	}
	ids.destroys = append(ids.destroys, pendingDestroy{f: f, iter: iter})
	if ids.flusher == nil {
		ids.flusher = r.loop.NewPhaseHandle("async_hooks destroy", trace.PhaseCheck, r.flushDestroys)
		ids.flusher.Unref()
	}
	ids.flusher.Start()
}

// flushDestroysAll runs every destroy hook still waiting.
func (r *Runtime) flushDestroysAll() {
	ids := r.asyncIDs
	due := ids.destroys
	ids.destroys = nil
	ids.flusher.Stop()
	for _, d := range due {
		if ids.hook != nil {
			r.emitHook("destroy", d.f, nil)
		}
	}
}

// flushDestroys runs the destroy hooks due in this check phase: called by
// the first immediate of the phase and by the flusher after them.
func (r *Runtime) flushDestroys() {
	ids := r.asyncIDs
	iter := r.loop.Iteration()
	n := 0
	for n < len(ids.destroys) && ids.destroys[n].iter <= iter {
		n++
	}
	due := ids.destroys[:n:n]
	ids.destroys = ids.destroys[n:]
	if len(ids.destroys) == 0 {
		ids.destroys = nil
		ids.flusher.Stop()
	}
	for _, d := range due {
		if ids.hook != nil {
			r.emitHook("destroy", d.f, nil)
		}
	}
}

// frameOf unwraps what AsyncContext and NewAsyncResource returned.
func frameOf(ctx any) *asyncFrame {
	switch v := ctx.(type) {
	case *asyncFrame:
		return v
	case *goja.Object:
		f, _ := safeexport.Export(v).(*asyncFrame)
		return f
	}
	return nil
}

// AsyncStore returns AsyncLocalStorage's stores in the current context
// (undefined: none). For js/async_hooks.
func (r *Runtime) AsyncStore() goja.Value {
	if r.asyncCtx == nil || r.asyncCtx.store == nil {
		return goja.Undefined()
	}
	return r.asyncCtx.store
}

// SetAsyncStore makes v AsyncLocalStorage's stores for the rest of the
// current callback (undefined or null: none). For js/async_hooks.
func (r *Runtime) SetAsyncStore(v goja.Value) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		v = nil
	}
	cur := r.asyncCtx
	if cur == nil {
		if v != nil {
			r.asyncCtx = &asyncFrame{store: v}
		}
		return
	}
	if r.asyncIDs != nil {
		// Each resource has a frame of its own: the store changes for the
		// rest of this callback and for the resource's later callbacks (an
		// interval's next run, a socket's next event), as node's enterWith
		// sets it on the resource. What was made from the frame kept the
		// stores it had then.
		cur.store = v
		return
	}
	if v == nil && cur.id == 0 {
		r.asyncCtx = nil
		return
	}
	// Frames are shared by what was scheduled in them: change a copy.
	f := *cur
	f.store = v
	r.asyncCtx = &f
}

// AsyncContext captures the current async context, for a binding whose
// callbacks run later (an opaque value for RunInContext; undefined: none).
func (r *Runtime) AsyncContext() goja.Value { return r.AsyncContextFor("") }

// AsyncContextFor is AsyncContext for a resource of node's type typ
// ("PROCESSWRAP", "ZLIB", ...): with async ids on, the captured context is
// a new resource of that type, as node's AsyncWrap is ("" reports no init).
func (r *Runtime) AsyncContextFor(typ string) goja.Value {
	f := r.captureAsync(typ)
	if f == nil {
		return goja.Undefined()
	}
	return r.vm.ToValue(f)
}

// CurrentAsyncContext is the context running now, for a binding whose
// handle belongs to a resource already made (dgram's bind runs in the
// socket's): unlike AsyncContext, never a new resource.
func (r *Runtime) CurrentAsyncContext() goja.Value {
	if r.asyncCtx == nil {
		return goja.Undefined()
	}
	return r.vm.ToValue(r.asyncCtx)
}

// CaptureContext implements loop.ContextEngine: a request beginning (its
// node type set in r.reqType by whoever begins it, with async ids on).
func (r *Runtime) CaptureContext() any {
	typ := r.reqType
	r.reqType = ""
	f := r.captureAsync(typ)
	if f == nil {
		return nil
	}
	if typ != "" {
		f.request = true
	}
	return f
}

// requestTypes are node's resource types for the thread-pool work
// Offload runs, by the label's prefix.
var requestTypes = []struct{ prefix, typ string }{
	{"fs.", "FSREQCALLBACK"},
	{"zlib", "ZLIB"},
	{"dns.lookup", "GETADDRINFOREQWRAP"},
	{"crypto.pbkdf2", "PBKDF2REQUEST"},
	{"crypto.hkdf", "HKDFREQUEST"},
	{"crypto.randomFill", "RANDOMBYTESREQUEST"},
	{"crypto.digest", "HASHREQUEST"},
	{"crypto.scrypt", "SCRYPTREQUEST"},
}

// requestType is the node type of pool work labelled label ("" unknown).
func requestType(label string) string {
	for _, t := range requestTypes {
		if len(label) >= len(t.prefix) && label[:len(t.prefix)] == t.prefix {
			return t.typ
		}
	}
	return ""
}

// RunInContext implements loop.ContextEngine: fn runs with ctx (from
// AsyncContext or CaptureContext) as the current async context, which is
// restored after; enabled hooks see before and after around it.
func (r *Runtime) RunInContext(ctx any, fn func()) {
	prev := r.asyncCtx
	f := frameOf(ctx)
	r.asyncCtx = f
	r.jobs.exited = nil
	defer func() { r.asyncCtx = prev }()
	if f == nil || f.id == 0 || r.asyncIDs == nil || r.asyncIDs.hook == nil {
		fn()
		return
	}
	r.emitHook("before", f, nil)
	fn()
	r.emitHook("after", f, nil)
	if f.request {
		r.destroyAsync(f)
	}
}

// callIn is RunInContext(f, func() { r.call(fn, this, args...) }) without
// the closure: a socket's handle calls into JS this way once per chunk.
func (r *Runtime) callIn(f *asyncFrame, fn goja.Callable, this goja.Value, args ...goja.Value) {
	if f != nil && f.id != 0 && r.asyncIDs != nil && r.asyncIDs.hook != nil {
		r.RunInContext(f, func() { r.call(fn, this, args...) })
		return
	}
	prev := r.asyncCtx
	r.asyncCtx = f
	r.jobs.exited = nil
	defer func() { r.asyncCtx = prev }()
	r.call(fn, this, args...)
}

// asyncNatives adds the context to the internal object, for bindings whose
// callbacks belong to a resource made earlier than the handle that calls
// them (http's parser, a dgram socket bound after it was made):
//
//	asyncContext(type?) → the current context (opaque; a new resource of
//	                      node's type with async ids on)
//	runInAsyncContext(ctx, fn, thisArg, ...args) → fn's result, run in ctx
func (r *Runtime) asyncNatives(o *internalStore) {
	o.Set("asyncContext", func(call goja.FunctionCall) goja.Value {
		typ := ""
		if t, ok := safeexport.Export(call.Argument(0)).(string); ok {
			typ = t
		}
		return r.AsyncContextFor(typ)
	})
	// The last function run and its Callable: http runs every chunk of a
	// connection through here with the same function (Parser's feed), and
	// goja's AssertFunction allocates twice per call.
	var lastObj *goja.Object
	var lastFn goja.Callable
	o.Set("runInAsyncContext", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(1)
		obj, _ := v.(*goja.Object)
		fn := lastFn
		if obj == nil || obj != lastObj {
			var ok bool
			if fn, ok = goja.AssertFunction(v); !ok {
				return goja.Undefined()
			}
			lastObj, lastFn = obj, fn
		}
		var args []goja.Value
		if len(call.Arguments) > 3 {
			args = call.Arguments[3:]
		}
		if f := frameOf(call.Argument(0)); f == nil || f.id == 0 || r.asyncIDs == nil || r.asyncIDs.hook == nil {
			// RunInContext without hooks to emit, and without its closure.
			prev := r.asyncCtx
			r.asyncCtx = f
			r.jobs.exited = nil
			defer func() { r.asyncCtx = prev }()
			res, err := fn(call.Argument(2), args...)
			if err != nil {
				panic(r.catchable(err))
			}
			return res
		}
		var res goja.Value
		var err error
		r.RunInContext(call.Argument(0), func() { res, err = fn(call.Argument(2), args...) })
		if err != nil {
			panic(r.catchable(err))
		}
		return res
	})
}
