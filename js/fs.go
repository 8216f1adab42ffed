package js

import "github.com/dop251/goja"

// fsNatives adds the natives behind fs and fs/promises to o (the `internal`
// object).
func (r *Runtime) fsNatives(o *goja.Object) {}
