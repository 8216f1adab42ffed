package js

import (
	"path"
	"strings"

	"github.com/dop251/goja"
)

// preloadFrom names the parent of -r and --import modules, in a require
// stack, as node names it.
const preloadFrom = "internal/preload"

// preloadThen runs the -r modules (CommonJS, resolved from the working
// directory, in order), then imports the --import ones one after another
// and calls start once the last has evaluated — as node 20 does, where the
// main module then runs from the ES module loader, in a later turn. A
// preload that throws or cannot be found is an uncaught exception and the
// main module never runs.
func (r *Runtime) preloadThen(start func()) {
	for _, id := range r.nodeOpts.require {
		if _, err := r.require(r.cwd, id, preloadFrom); err != nil {
			if _, thrown := err.(*goja.Exception); thrown {
				r.uncaught(err)
			} else {
				r.fatalValue(r.preloadError(id, err), true)
			}
			return
		}
	}
	r.importEach(r.nodeOpts.imports, start)
}

func (r *Runtime) importEach(specs []string, start func()) {
	if len(specs) == 0 {
		start()
		return
	}
	cap := r.newCapability()
	r.dynamicImport(path.Join(r.cwd, "[preload]"), r.vm.ToValue(specs[0]), goja.Undefined(), cap)
	promise := r.vm.ToValue(cap.promise).ToObject(r.vm)
	then, _ := goja.AssertFunction(promise.Get("then"))
	onOK := r.jsFrame(func(goja.FunctionCall) goja.Value {
		r.importEach(specs[1:], start)
		return goja.Undefined()
	})
	onErr := r.jsFrame(func(c goja.FunctionCall) goja.Value {
		r.fatalValue(c.Argument(0), true)
		return goja.Undefined()
	})
	if _, err := then(promise, onOK, onErr); err != nil {
		r.uncaught(err)
	}
}

// preloadError is what node throws for a -r module it cannot load: a
// missing one says "Require stack:\n- internal/preload".
func (r *Runtime) preloadError(id string, err error) goja.Value {
	v := r.moduleNotFound(id, err)
	if o, ok := v.(*goja.Object); ok {
		if _, nf := err.(notFound); nf {
			msg := err.Error() + "\nRequire stack:\n- " + preloadFrom
			o.Set("message", msg)
			if st := o.Get("stack"); st != nil && goja.IsString(st) && !strings.Contains(st.String(), msg) {
				o.Set("stack", strings.Replace(st.String(), err.Error(), msg, 1))
			}
			o.Set("requireStack", r.vm.NewArray(preloadFrom))
		}
	}
	return v
}
