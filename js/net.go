package js

import "github.com/dop251/goja"

// netNatives adds the natives behind net and http to o (the `internal` object).
func (r *Runtime) netNatives(o *goja.Object) {}
