package fs

// fs.watch's native: a watcher handle (node's FSEventWrap over libuv's
// uv_fs_event) on the host's sys.Watcher — inotify on the reactor for
// real files, the simulated file system's own events under --io=sim. Its
// events run in the poll phase; the handle keeps the loop alive unless
// unref'd (persistent: false).

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop/sys"
)

// noWatcher is the error of fs.watch on a host that cannot watch files.
type noWatcher struct{}

func (noWatcher) Error() string   { return "no file watcher" }
func (noWatcher) ErrCode() string { return "ENOSYS" }
func (noWatcher) Hint() string    { return "this evloop host cannot watch files" }

// installWatch defines watch(path, persistent, onchange) → handle {close,
// ref, unref, hasRef}; a failure throws node's uvException (syscall watch).
func (b *fsBinding) installWatch(o *goja.Object) {
	r, vm := b.r, b.vm
	o.Set("watch", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		persistent := c.Argument(1).ToBoolean()
		onchange, _ := goja.AssertFunction(c.Argument(2))
		fail := func(err error) {
			e := b.errorValue(err, "watch", p, "", false)
			e.(*goja.Object).Set("filename", p)
			panic(e)
		}
		var w sys.Watcher
		if h := r.Host(); h != nil {
			w = h.Watcher
		}
		if w == nil {
			fail(noWatcher{})
		}
		if err := b.allow("read", p); err != nil {
			fail(err)
		}
		handle := r.Loop().NewHandle("FSEVENTWRAP")
		ctx := r.AsyncContextFor("FSEVENTWRAP") // node's FSEvent handle runs its callbacks in the context of fs.watch
		if !persistent {
			handle.Unref()
		}
		stop, err := w.Watch(b.abs(p), func(event, filename string) {
			if handle.Active() {
				r.RunInContext(ctx, func() { r.Call(onchange, goja.Undefined(), vm.ToValue(event), vm.ToValue(filename)) })
			}
		})
		if err != nil {
			fail(err)
		}
		handle.Start()
		obj := vm.NewObject()
		obj.Set("close", func(goja.FunctionCall) goja.Value {
			if !handle.Closing() {
				stop()
				handle.Close(nil)
			}
			return goja.Undefined()
		})
		obj.Set("ref", func(goja.FunctionCall) goja.Value { handle.Ref(); return goja.Undefined() })
		obj.Set("unref", func(goja.FunctionCall) goja.Value { handle.Unref(); return goja.Undefined() })
		obj.Set("hasRef", func(goja.FunctionCall) goja.Value { return vm.ToValue(handle.HasRef()) })
		return obj
	})
}
