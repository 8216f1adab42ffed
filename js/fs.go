package js

import "github.com/dop251/goja"

// fsNatives adds the natives behind fs, fs/promises, buffer, crypto and dns
// to o (the `internal` object).
func (r *Runtime) fsNatives(o *goja.Object) {}
