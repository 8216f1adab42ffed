// Package perfhooks is node's perf_hooks built-in for evloop (the
// performance timeline, observers, histograms, event loop delay and
// utilization from the loop's own idle time), registered through
// js.Options.Modules. When it is registered, the global performance is its
// performance object.
package perfhooks

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed perf_hooks.js
var source string

// Module returns the "perf_hooks" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "perf_hooks", Load: func(r *js.Runtime) (goja.Value, error) {
		clock := r.Loop().Clock()
		native := r.NewInternal()
		native.Set("nowMs", func() float64 { return float64(clock.Read().Nanoseconds()) / 1e6 })
		native.Set("hrtimeNs", func() int64 { return clock.Read().Nanoseconds() })
		native.Set("idleMs", func() float64 { return float64(r.Loop().IdleTime().Nanoseconds()) / 1e6 })
		native.Set("timeOrigin", r.TimeOrigin())
		return r.RunBinding("perf_hooks", source, native)
	}}
}
