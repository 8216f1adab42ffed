package js

import "github.com/dop251/goja"

// cryptoNatives adds the natives behind crypto to o (the `internal` object).
func (r *Runtime) cryptoNatives(o *goja.Object) {}
