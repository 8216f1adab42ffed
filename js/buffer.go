package js

import "github.com/dop251/goja"

// bufferNatives adds the natives behind buffer, string_decoder and the
// TextEncoder / TextDecoder / atob / btoa globals to o (the `internal` object).
func (r *Runtime) bufferNatives(o *goja.Object) {}
