// Package fs is node's fs and fs/promises built-ins for evloop: every file
// system call over the Host's sys.FS (the real files, the wasm host's, or
// the page's simulated ones), each checked against the permission flags
// first (Host.Allow), at once for the *Sync API or on the thread pool for
// the callback and promise APIs; fs.watch over the Host's sys.Watcher.
// Register it through js.Options.Modules (js/builtins does, for the CLI
// and the wasm module).
//
// Where things are: fs.go has the descriptor table and one native per
// system call; attrs.go the calls beyond sys.FS (link, utimes, chown,
// statfs, opendir); watch.go fs.watch's handle; fs.js and promises.js the
// API node's lib/fs.js and lib/internal/fs/promises.js give, with their
// argument checks.
package fs

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

var (
	//go:embed fs.js
	source string
	//go:embed promises.js
	promisesSource string
)

// Modules returns "fs" and "fs/promises", for js.Options.Modules. The two
// share one internal object per runtime (one descriptor table; fs.js
// leaves internal.fsShared there, which promises.js, requiring fs first,
// builds on).
func Modules() []js.Module {
	return []js.Module{
		{Name: "fs", Load: func(r *js.Runtime) (goja.Value, error) {
			return r.RunBinding("fs", source, internalOf(r))
		}},
		{Name: "fs/promises", Load: func(r *js.Runtime) (goja.Value, error) {
			return r.RunBinding("fs_promises", promisesSource, internalOf(r))
		}},
	}
}

// internalKey names fs's internal object in js.Runtime.BindingState.
type internalKey struct{}

// internalOf is the runtime's fs internal object, made on first use.
func internalOf(r *js.Runtime) *goja.Object {
	return r.BindingState(internalKey{}, func() any { return natives(r) }).(*goja.Object)
}
