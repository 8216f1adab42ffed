// Package js binds the goja JavaScript engine to evloop's scheduler: the
// globals and modules node programs use (timers, process, console, require,
// events, util, path, os, assert, timers/promises), with node 20's
// semantics and output.
//
// A Runtime is the loop's Engine: every callback enters goja once and runs
// the nextTick queue inside that same entry, so goja's promise jobs — which
// it drains only when the outermost call returns — run after the ticks, as
// in node. The core's built-in modules are registered in one fixed,
// ordered list (modules.go); the others live in rooms of their own (js/fs,
// js/net, js/http, js/crypto, js/dns, js/zlib, ...) and come through
// Options.Modules, built on the binding API (binding.go, embedder.go,
// binding_fs.go, binding_net.go). The stream handles net, child_process's
// pipes, tls and http share stay here (stream_wrap.go). stdout, stderr, argv, env and
// the file system are injected through Options so tests and the wasm
// module can capture them.
//
// A Runtime belongs to the goroutine that runs its loop. Only Interrupt is
// safe from other goroutines.
package js
