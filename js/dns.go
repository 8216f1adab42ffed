package js

import "github.com/dop251/goja"

// dnsNatives adds the natives behind dns and dns/promises to o (the
// `internal` object).
func (r *Runtime) dnsNatives(o *goja.Object) {}
