// Package tty is node's tty module for evloop: isatty, and the ReadStream
// and WriteStream classes that process.stdin, process.stdout and
// process.stderr are when they are terminals. Whether a standard stream is
// a terminal, and its size, are the embedder's to say (js.Options'
// StdinTTY, StdoutTTY, StderrTTY and WindowSize: the CLI asks the kernel);
// any other descriptor is not one (evloop's file descriptors are the fs
// module's own numbers, never a terminal). Registered through
// js.Options.Modules by the programs that want it.
package tty

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
)

//go:embed tty.js
var source string

// Module returns the "tty" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "tty", Load: func(r *js.Runtime) (goja.Value, error) {
		vm := r.VM()
		internal := r.NewInternal()
		opts := r.Options()
		// isTerminal: fd 0, 1 or 2 and the embedder says it is a terminal.
		isTerminal := func(call goja.FunctionCall) goja.Value {
			fd, ok := safeexport.Export(call.Argument(0)).(int64)
			switch {
			case !ok:
				return vm.ToValue(false)
			case fd == 0:
				return vm.ToValue(opts.StdinTTY)
			case fd == 1:
				return vm.ToValue(opts.StdoutTTY)
			case fd == 2:
				return vm.ToValue(opts.StderrTTY)
			}
			return vm.ToValue(false)
		}
		// windowSize: [columns, rows] of a terminal fd 1 or 2, or null.
		windowSize := func(call goja.FunctionCall) goja.Value {
			fd, ok := safeexport.Export(call.Argument(0)).(int64)
			if !ok || (fd != 1 && fd != 2) || opts.WindowSize == nil || (fd == 1 && !opts.StdoutTTY) || (fd == 2 && !opts.StderrTTY) {
				return goja.Null()
			}
			cols, rows, ok := opts.WindowSize(int(fd))
			if !ok {
				return goja.Null()
			}
			return vm.NewArray(cols, rows)
		}
		for name, fn := range map[string]func(goja.FunctionCall) goja.Value{"isTerminal": isTerminal, "windowSize": windowSize} {
			if err := internal.Set(name, fn); err != nil {
				return nil, err
			}
		}
		return r.RunBinding("tty", source, internal)
	}}
}
