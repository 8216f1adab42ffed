// Package aliases gives node's built-in modules that are other modules'
// exports under a second name (sys, assert/strict, path/posix, path/win32,
// the legacy _stream_* names), registered through js.Options.Modules.
package aliases

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

// alias is a module whose exports are module from's, or its property prop.
func alias(name, from, prop string) js.Module {
	return js.Module{Name: name, Load: func(r *js.Runtime) (goja.Value, error) {
		v, err := r.Require(from)
		if err != nil || prop == "" {
			return v, err
		}
		return v.ToObject(r.VM()).Get(prop), nil
	}}
}

// deprecated makes m warn once, as node does on its first require.
func deprecated(m js.Module, msg, code string) js.Module {
	load := m.Load
	m.Load = func(r *js.Runtime) (goja.Value, error) {
		if p, ok := r.VM().Get("process").(*goja.Object); ok {
			if warn, ok := goja.AssertFunction(p.Get("emitWarning")); ok {
				if _, err := warn(p, r.VM().ToValue(msg), r.VM().ToValue("DeprecationWarning"), r.VM().ToValue(code)); err != nil {
					return nil, err
				}
			}
		}
		return load(r)
	}
	return m
}

// Modules returns the aliases, for js.Options.Modules.
func Modules() []js.Module {
	return []js.Module{
		deprecated(alias("sys", "util", ""), "sys is deprecated. Use util instead.", "DEP0025"),
		alias("assert/strict", "assert", "strict"),
		alias("path/posix", "path", "posix"),
		alias("path/win32", "path", "win32"),
		alias("_stream_readable", "stream", "Readable"),
		alias("_stream_writable", "stream", "Writable"),
		alias("_stream_duplex", "stream", "Duplex"),
		alias("_stream_transform", "stream", "Transform"),
		alias("_stream_passthrough", "stream", "PassThrough"),
	}
}
