package js

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop/trace"
)

// jobTracker is goja's AsyncContextTracker: goja calls Grab when a then()
// or await reaction is registered on a promise, and Resumed/Exited around
// the job when it runs. That is what stock goja shows of the promise queue:
// the moment a reaction is registered (which is the moment its job joins
// the queue only if the promise had already settled), and every job that
// runs a handler. Jobs that run no JS handler (resolving with a thenable,
// pass-through reactions) are not reported; site/docs/trace.md says so.
type jobTracker struct {
	r         *Runtime
	ran       int    // jobs run in the current checkpoint, for MaxMicrotasks
	nextLabel string // set by queueMicrotask for the reaction it registers
	current   uint64
	resource  *jobCtx // the running queueMicrotask job's, with async ids on
	// exited: the context of the reaction that just returned. goja settles
	// the reaction's promise (rejects it when the handler threw) after
	// Exited, outside the job; that promise was made where the reaction was
	// registered, which is this context. Taken by the first rejection.
	exited *asyncFrame
}

// microtaskHook is called by queueMicrotask's wrapper (kind "before" or
// "after") while a hook is enabled: the Microtask resource's hooks, from
// inside the job's JS frame.
func (t *jobTracker) microtaskHook(kind string) {
	if c := t.resource; c != nil && c.async != nil && t.r.asyncIDs != nil {
		t.r.emitHook(kind, c.async, nil)
	}
}

type jobCtx struct {
	id    uint64 // 0 when not tracing
	label string
	async *asyncFrame // the async context the reaction was registered in
	micro bool        // queueMicrotask's (node's Microtask resource)
}

func (t *jobTracker) Grab() any {
	r := t.r
	if !r.loop.Tracing() {
		if r.asyncIDs != nil {
			if c := t.grabResource(nil); c != nil {
				return c
			}
			return nil
		}
		t.nextLabel = ""
		if r.asyncCtx != nil {
			return &jobCtx{async: r.asyncCtx}
		}
		return nil
	}
	label := t.nextLabel
	if label == "" {
		label = t.reactionLabel()
	}
	var c *jobCtx
	if r.asyncIDs != nil {
		c = t.grabResource(&jobCtx{})
	} else {
		c = &jobCtx{async: r.asyncCtx}
	}
	t.nextLabel = ""
	c.id, c.label = r.loop.NewID(), label
	r.loop.Emit(trace.Event{Kind: trace.Register, Queue: trace.QueuePromise, ID: c.id, Label: label, Stack: r.stack()})
	return c
}

// grabResource is Grab with async ids on: a queueMicrotask is node's
// Microtask resource; another reaction runs with the stores of where it was
// registered and id 0, as node's does with no hook enabled. With a hook
// enabled node makes a PROMISE resource of every promise; evloop makes
// none: goja reports no promise being made, and calls Grab for an await
// where calling JS (an init hook) would run the rest of the job queue
// inside it.
// evloop sees a reaction when it is registered, not the promise made: see
// site/docs/builtins.md for what differs from node.
func (t *jobTracker) grabResource(c *jobCtx) *jobCtx {
	r := t.r
	micro := strings.HasPrefix(t.nextLabel, "queueMicrotask")
	t.nextLabel = ""
	var f *asyncFrame
	switch {
	case micro:
		f = r.newResource("Microtask", -1, nil)
	case r.asyncIDs.hook != nil:
		// No PROMISE resource (see above). Its resource object starts as
		// a copy of the current one's own properties: what an init hook
		// of a context library (resource[sym] = current[sym]) would have
		// put there, read back through executionAsyncResource.
		f = &asyncFrame{}
		if cur := r.asyncCtx; cur != nil {
			f.store = cur.store
		}
		f.res = r.copyResource(r.ExecutionAsyncResource().(*goja.Object))
	case r.asyncCtx != nil && r.asyncCtx.store != nil:
		f = &asyncFrame{store: r.asyncCtx.store}
	}
	if f == nil && c == nil {
		return nil
	}
	if c == nil {
		c = &jobCtx{}
	}
	c.async, c.micro = f, micro
	return c
}

// withoutCaughtThen leaves out of frames the ones of caughtThen's Proxy
// (its trap, "enter" in <eval>, and the Reflect.apply it calls), which
// stand between goja's then and the code that called it.
// goja does not push a frame for the native then that Reflect.apply calls,
// and names the Proxy's own frame "proxy": viaThen says the first frame
// left is that one, which is then's.
func withoutCaughtThen(frames []goja.StackFrame) (out []goja.StackFrame, viaThen bool) {
	out = frames[:0]
	dropped := false
	for i := range frames {
		f := &frames[i]
		if n := len(out); n > 0 && f.FuncName() == "enter" && f.Position().Filename == "" &&
			out[n-1].FuncName() == "apply" && out[n-1].SrcName() == "<native>" {
			out = out[:n-1]
			dropped = n == 1
			continue
		}
		if dropped && len(out) == 0 && f.SrcName() == "<native>" && f.FuncName() == "proxy" {
			viaThen = true
		}
		dropped = false
		out = append(out, *f)
	}
	return out, viaThen
}

// reactionLabel names a reaction after where it was registered: "then at
// main.js:3" or "await in f at main.js:7".
func (t *jobTracker) reactionLabel() string {
	frames, viaThen := withoutCaughtThen(t.r.vm.CaptureCallStack(5, nil))
	if len(frames) == 0 {
		return "promise reaction"
	}
	f := &frames[0]
	name := f.FuncName()
	if viaThen {
		name = "then"
	}
	if f.SrcName() == "<native>" && len(frames) > 1 {
		caller := &frames[1]
		pos := caller.Position()
		if strings.HasPrefix(pos.Filename, "node:") {
			return name + " in lowered async iteration" // positions.go's loweringSource
		}
		if pos.Filename == "" || strings.Contains(name, "github.com/") {
			// Registered by evloop itself (the ES module loader's own
			// frame, a Go function): no line of the program to name.
			return "promise reaction"
		}
		return fmt.Sprintf("%s at %s:%d", name, baseName(pos.Filename), pos.Line)
	}
	pos := f.Position()
	if name == "" {
		name = "(anonymous)"
	}
	return fmt.Sprintf("await in %s at %s:%d", name, baseName(pos.Filename), pos.Line)
}

func (t *jobTracker) Resumed(ctx any) {
	r := t.r
	t.ran++
	if max := r.opts.MaxMicrotasks; max > 0 && t.ran > max {
		r.vm.Interrupt(fmt.Errorf("more than %d promise jobs ran in one checkpoint without returning to the event loop (raise the bound with --max-microtasks; node would hang here)", max))
	}
	t.exited = nil
	c, ok := ctx.(*jobCtx)
	if !ok {
		// A job runs in the context its reaction was registered in: none.
		r.asyncCtx = nil
		return
	}
	r.asyncCtx = c.async
	if c.micro {
		// queueMicrotask's wrapper calls the before and after hooks
		// (microtaskHook): here goja is between jobs, where calling JS
		// would run the rest of the queue inside the hook.
		t.resource = c
	}
	if c.id == 0 {
		return
	}
	t.current = c.id
	r.loop.Emit(trace.Event{Kind: trace.Dequeue, Queue: trace.QueuePromise, ID: c.id, Label: c.label})
	r.loop.Emit(trace.Event{Kind: trace.CallbackStart, Queue: trace.QueuePromise, ID: c.id, Label: c.label})
}

func (t *jobTracker) Exited() {
	if c := t.resource; c != nil {
		t.resource = nil
		t.r.destroyAsync(c.async)
	}
	t.exited = t.r.asyncCtx
	t.r.asyncCtx = nil // jobs run from a checkpoint, outside any context
	if t.current == 0 {
		return
	}
	t.r.loop.Emit(trace.Event{Kind: trace.CallbackEnd, Queue: trace.QueuePromise, ID: t.current})
	t.current = 0
}

// Settled implements loop.Batcher: leaving the current entry would run
// nothing — goja holds no promise job for when the outermost call returns,
// and no rejection waits for its check — so the loop may run the next
// callback of the phase in the same entry. A bound on callbacks
// (MaxCallbacks) counts entries, so it turns batching off.
func (r *Runtime) Settled() bool {
	return r.opts.MaxCallbacks == 0 && r.rejected.len() == 0 && len(r.handledLate) == 0 &&
		queuedJobs(r.vm) == 0
}

// jobQueueField is the index of goja.Runtime's private jobQueue, the promise
// jobs it runs when the outermost call returns. goja has no API that says
// whether jobs are queued, so queuedJobs reads the slice's length with
// reflect (read only; TestQueuedJobs fails if a goja upgrade renames it).
// -1 if the field is missing: then nothing is ever settled, and every
// callback gets its own entry, as before batching. Looked up on first use
// (the first batch of callbacks), not by a package init in every process.
var jobQueueField = sync.OnceValue(func() int {
	f, ok := reflect.TypeFor[goja.Runtime]().FieldByName("jobQueue")
	if !ok || f.Type.Kind() != reflect.Slice || len(f.Index) != 1 {
		return -1
	}
	return f.Index[0]
})

// queuedJobs returns how many promise jobs goja holds (-1: unknown).
func queuedJobs(vm *goja.Runtime) int {
	i := jobQueueField()
	if i < 0 {
		return -1
	}
	return reflect.ValueOf(vm).Elem().Field(i).Len()
}

// trackRejection is goja's PromiseRejectionTracker: node's
// unhandledRejection bookkeeping (lib/internal/process/promises.js).
func (r *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		ctx := r.asyncCtx
		if ctx == nil && r.jobs.exited != nil {
			ctx = r.jobs.exited
		}
		r.jobs.exited = nil
		if ctx != nil && r.asyncIDs != nil {
			// With async ids a frame is its resource's, and run() or
			// enterWith change its stores in place: keep the stores
			// current now (a promise rejected inside als.run at top
			// level was reported with main's stores, restored since).
			f := *ctx
			ctx = &f
		}
		r.rejected.add(p, ctx)
	case goja.PromiseRejectionHandle:
		if r.rejected.remove(p) {
			return
		}
		if id, ok := r.reported[p]; ok {
			delete(r.reported, p)
			r.handledLate = append(r.handledLate, lateHandled{p, id})
		}
	}
}

// rejections is the queue of promises rejected without a handler, in the
// order they were rejected, from which a handler added later removes its
// promise in O(1): a slice with holes and an index into it. (A linear
// search was quadratic: 160k promises rejected, then caught, took 3.6 s
// against node's 0.2 s.)
type rejections struct {
	list []*goja.Promise // from head on: in order, nil where since handled
	head int
	at   map[*goja.Promise]int // live entries' positions in list
	// ctx: the async context each was rejected in, where there was one
	// (for a reaction's promise, the reaction's: trackRejection). node
	// reports an unhandled rejection in its promise's context; goja
	// reports no promise being made, so evloop has the rejecting code's,
	// which is the promise's unless it was made in one context and
	// rejected from another.
	ctx map[*goja.Promise]*asyncFrame
	// id: each one's rejection id, node's uid (counted from 1 over every
	// rejection without a handler), which its warnings name.
	id     map[*goja.Promise]int
	lastID int
}

// lateHandled is a reported rejection that got a handler later.
type lateHandled struct {
	p  *goja.Promise
	id int
}

func (q *rejections) len() int { return len(q.at) }

func (q *rejections) add(p *goja.Promise, ctx *asyncFrame) {
	if q.at == nil {
		q.at = map[*goja.Promise]int{}
	}
	if ctx != nil {
		if q.ctx == nil {
			q.ctx = map[*goja.Promise]*asyncFrame{}
		}
		q.ctx[p] = ctx
	}
	if q.id == nil {
		q.id = map[*goja.Promise]int{}
	}
	q.lastID++
	q.id[p] = q.lastID
	q.at[p] = len(q.list)
	q.list = append(q.list, p)
}

// remove takes p out of the queue; false if it was not there.
func (q *rejections) remove(p *goja.Promise) bool {
	i, ok := q.at[p]
	if !ok {
		return false
	}
	q.list[i] = nil
	delete(q.at, p)
	delete(q.id, p)
	if q.ctx != nil {
		delete(q.ctx, p)
	}
	q.compact()
	return true
}

// pop takes the oldest rejection out, with its async context and id; call
// only when len() > 0.
func (q *rejections) pop() (*goja.Promise, *asyncFrame, int) {
	for q.list[q.head] == nil {
		q.head++
	}
	p := q.list[q.head]
	q.list[q.head] = nil
	q.head++
	delete(q.at, p)
	id := q.id[p]
	delete(q.id, p)
	var ctx *asyncFrame
	if q.ctx != nil {
		ctx = q.ctx[p]
		delete(q.ctx, p)
	}
	q.compact()
	return p, ctx, id
}

// compact starts the list afresh once nothing in it is live (remove and
// pop have already set every slot to nil).
func (q *rejections) compact() {
	if len(q.at) == 0 {
		q.list, q.head = q.list[:0], 0
	}
}

// processRejections runs after the microtask queue drained, as node's
// processPromiseRejections: late handling is announced with
// 'rejectionHandled' (or, with no listener, a PromiseRejectionHandledWarning);
// each rejection still unhandled is dealt with as --unhandled-rejections
// says — by default ('throw') it goes to 'unhandledRejection' listeners or
// becomes an uncaught exception.
func (r *Runtime) processRejections() {
	for len(r.handledLate) > 0 && !r.loop.Terminated() {
		h := r.handledLate[0]
		r.handledLate = r.handledLate[1:]
		if r.listenerCount("rejectionHandled") > 0 {
			r.emitEvent("rejectionHandled", r.vm.ToValue(h.p))
		} else {
			r.warnHandledLate(h.id)
		}
	}
	mode := r.nodeOpts.unhandledRejections
	for r.rejected.len() > 0 && !r.loop.Terminated() {
		p, ctx, id := r.rejected.pop()
		reason := p.Result()
		r.v8Words(reason) // unhandled: listeners and the report see V8's words
		listened := r.listenerCount("unhandledRejection") > 0
		if mode != "throw" && mode != "strict" {
			// none, warn, warn-with-error-code: the event, then a warning.
			r.reported[p] = id
			if listened {
				r.emitEventIn(ctx, "unhandledRejection", reason, r.vm.ToValue(p))
			}
			if mode == "warn" || (mode == "warn-with-error-code" && !listened) {
				r.warnUnhandled(reason, id)
			}
			if mode == "warn-with-error-code" && !listened {
				r.setExitCodeValue(1)
			}
			continue
		}
		if mode == "throw" && listened {
			r.reported[p] = id
			r.emitEventIn(ctx, "unhandledRejection", reason, r.vm.ToValue(p))
			continue
		}
		err := reason
		if !isErrorLike(reason) {
			err = r.unhandledRejectionError(reason)
		}
		if merr := r.monitor(err, "unhandledRejection"); merr != nil {
			r.handlerThrew(merr)
			return
		}
		if r.captureCallback() != nil || r.listenerCount("uncaughtException") > 0 {
			r.reported[p] = id
			r.emitUncaughtIn(ctx, err)
			if mode == "strict" {
				// strict: the exception first; the program lived on, so
				// the event after it, or the warning.
				if listened {
					r.emitEventIn(ctx, "unhandledRejection", reason, r.vm.ToValue(p))
				} else {
					r.warnUnhandled(reason, id)
				}
			}
			continue
		}
		r.fatalValue(err, false)
	}
}

// warnUnhandled and warnHandledLate give a rejection's warnings (node's
// emitUnhandledRejectionWarning and PromiseRejectionHandledWarning) through
// process.js, from a macrotask of their own.
func (r *Runtime) warnUnhandled(reason goja.Value, id int) {
	r.processHelper("warnUnhandled", reason, r.vm.ToValue(id))
}

func (r *Runtime) warnHandledLate(id int) {
	r.processHelper("warnHandledLate", r.vm.ToValue(id))
}

// processHelper calls internal[name] (set by lib/process.js), making the
// process object first if the program never did.
func (r *Runtime) processHelper(name string, args ...goja.Value) {
	r.loop.RunMacrotask(trace.QueueEvent, "process warning", func() {
		proc, err := r.processObject()
		if err != nil {
			return
		}
		if fn, ok := goja.AssertFunction(r.internals.Get(name)); ok {
			r.call(fn, proc, args...)
		}
	})
}

// emitEvent emits a process event from the loop, as its own entry.
func (r *Runtime) emitEvent(name string, args ...goja.Value) {
	r.emitEventIn(nil, name, args...)
}

// emitEventIn is emitEvent with ctx as the async context (nil: none).
func (r *Runtime) emitEventIn(ctx *asyncFrame, name string, args ...goja.Value) {
	if r.process == nil {
		return // never made: nothing listens
	}
	r.loop.RunMacrotask(trace.QueueEvent, "process '"+name+"'", func() {
		if ctx == nil {
			r.call(r.emit, r.process, append([]goja.Value{r.vm.ToValue(name)}, args...)...)
			return
		}
		r.RunInContext(ctx, func() {
			r.call(r.emit, r.process, append([]goja.Value{r.vm.ToValue(name)}, args...)...)
		})
	})
}

// emitUncaughtIn gives an unhandled rejection to 'uncaughtException'
// listeners (origin 'unhandledRejection'). A listener that throws ends the
// run with exit code 7, as in node, instead of being handed to the
// listeners again.
func (r *Runtime) emitUncaughtIn(ctx *asyncFrame, v goja.Value) {
	emit := func() {
		var err error
		if fn := r.captureCallback(); fn != nil {
			_, err = fn(goja.Undefined(), v)
		} else {
			_, err = r.emit(r.process, r.vm.ToValue("uncaughtException"), v, r.vm.ToValue("unhandledRejection"))
		}
		var ex *goja.Exception
		switch {
		case err == nil:
		case errors.As(err, &ex):
			r.handlerThrew(err)
		default:
			r.uncaught(err)
		}
	}
	r.loop.RunMacrotask(trace.QueueEvent, "process 'uncaughtException'", func() {
		if ctx == nil {
			emit()
			return
		}
		r.RunInContext(ctx, emit)
	})
}

func isErrorLike(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	st := o.Get("stack")
	return st != nil && !goja.IsUndefined(st)
}

func (r *Runtime) unhandledRejectionError(reason goja.Value) goja.Value {
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		r.inspect(reason) + "\"."
	e := r.newError("Error", msg)
	if o, ok := e.(*goja.Object); ok {
		o.Set("name", "UnhandledPromiseRejection")
		o.Set("code", "ERR_UNHANDLED_REJECTION")
		o.Set("stack", "UnhandledPromiseRejection: "+msg)
	}
	return e
}

// errorExtras renders an error's own enumerable properties other than
// stack and message, as node appends them to a printed error: { code: 'X' }.
func (r *Runtime) errorExtras(o *goja.Object) string {
	var parts []string
	for _, k := range o.Keys() {
		if k == "stack" || k == "message" {
			continue
		}
		parts = append(parts, k+": "+r.inspect(o.Get(k)))
	}
	if len(parts) == 0 {
		return ""
	}
	s := "{\n"
	for _, p := range parts {
		s += "  " + p + ",\n"
	}
	return s[:len(s)-2] + "\n}"
}

// newRandSource gives Math.random: seeded, so deterministic, on the virtual clock.
func newRandSource(virtual bool) goja.RandSource {
	if virtual {
		rng := rand.New(rand.NewPCG(20, 26))
		return rng.Float64
	}
	return rand.Float64
}

// noSideEffectsString is V8's NoSideEffectsToString as node's warnings
// use it: a primitive's string, "#<Name>" for an object (no toString runs).
func (r *Runtime) noSideEffectsString(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		if sym, isSym := v.(*goja.Symbol); isSym {
			return sym.String()
		}
		return v.String()
	}
	name := "Object"
	if proto := o.Prototype(); proto != nil {
		if f, isObj := proto.Get("constructor").(*goja.Object); isObj {
			if n := f.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
				name = n.String()
			}
		}
	}
	return "#<" + name + ">"
}
