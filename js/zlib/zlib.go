// Package zlib is node's zlib built-in for evloop: gzip, deflate and raw
// deflate with Go's compress packages, brotli with
// github.com/andybalholm/brotli; sync, callback (on the thread pool, as
// node's ZlibBase does) and stream forms. Register it through
// js.Options.Modules.
//
// Compressed bytes are not node's: Go's deflate chooses other matches than
// zlib's (brotli, a port of the reference encoder, agrees). Anything node
// compressed inflates here and the other way round; site/docs/builtins.md
// says so.
package zlib

import (
	_ "embed"
	"hash/crc32"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

//go:embed zlib.js
var source string

// Module returns the "zlib" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "zlib", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("zlib", source, natives(r))
	}}
}

// cost is the simulated pool time for n bytes on the virtual clock.
func cost(n int) time.Duration { return time.Duration(n)*20*time.Nanosecond + 20*time.Microsecond }

// natives are the binding's functions (internal, in zlib.js):
//
//	process(kind, data, level, quality, lgwin, cb?) → [error|null, ArrayBuffer|null]
//	  the whole of data through kind; with cb, on the pool, then
//	  cb(error|null, ArrayBuffer|null) from the poll phase
//	encoder(kind, level, quality, lgwin) → handle; handle.write(data, flush,
//	  end, cb) compresses on the pool, then cb(ArrayBuffer)
//	decoder(kind) → handle; handle.write(data, end, cb) decompresses on the
//	  pool, then cb(error|null, ArrayBuffer); handle.close() ends it early
//	crc32(data, value) → number
//
// An error is {message, code, errno}; zlib.js makes node's Error of it.
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal() // internal.describe and the shared helpers, beside zlib's own
	errValue := func(err error) goja.Value {
		ze, ok := err.(*zError)
		if !ok {
			ze = &zError{err.Error(), "Z_DATA_ERROR", -3}
		}
		e := vm.NewObject()
		e.Set("message", ze.msg)
		e.Set("code", ze.code)
		e.Set("errno", ze.errno)
		return e
	}
	paramsOf := func(c goja.FunctionCall, from int) params {
		return params{level: int(c.Argument(from).ToInteger()), quality: int(c.Argument(from + 1).ToInteger()),
			lgwin: int(c.Argument(from + 2).ToInteger())}
	}
	run := func(k kind, data []byte, p params) ([]byte, error) {
		if k.compresses() {
			e, err := newEncoder(k, p)
			if err != nil {
				return nil, err
			}
			return e.write(data, false, true), nil
		}
		return decode(k, data)
	}
	o.Set("process", func(c goja.FunctionCall) goja.Value {
		k := kindNames[c.Argument(0).String()]
		p := paramsOf(c, 2)
		cb, async := goja.AssertFunction(c.Argument(5))
		if !async {
			out, err := run(k, js.BytesView(c.Argument(1)), p)
			if err != nil {
				return vm.NewArray(errValue(err), goja.Null())
			}
			return vm.NewArray(goja.Null(), vm.ToValue(vm.NewArrayBuffer(out)))
		}
		data := append([]byte(nil), js.BytesView(c.Argument(1))...)
		var out []byte
		var err error
		r.Offload("zlib."+c.Argument(0).String(), cost(len(data)), func() { out, err = run(k, data, p) }, func() {
			if err != nil {
				r.Call(cb, goja.Undefined(), errValue(err), goja.Null())
				return
			}
			r.Call(cb, goja.Undefined(), goja.Null(), vm.ToValue(vm.NewArrayBuffer(out)))
		})
		return goja.Undefined()
	})
	o.Set("encoder", func(c goja.FunctionCall) goja.Value {
		k := kindNames[c.Argument(0).String()]
		label := "zlib." + c.Argument(0).String() + " stream"
		enc, err := newEncoder(k, paramsOf(c, 1))
		if err != nil {
			panic(vm.NewGoError(err))
		}
		h := vm.NewObject()
		h.Set("write", func(w goja.FunctionCall) goja.Value {
			data := append([]byte(nil), js.BytesView(w.Argument(0))...)
			flush, end := w.Argument(1).ToBoolean(), w.Argument(2).ToBoolean()
			cb, _ := goja.AssertFunction(w.Argument(3))
			var out []byte
			r.Offload(label, cost(len(data)), func() { out = enc.write(data, flush, end) }, func() {
				if cb != nil {
					r.Call(cb, goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(out)))
				}
			})
			return goja.Undefined()
		})
		return h
	})
	o.Set("decoder", func(c goja.FunctionCall) goja.Value {
		k := kindNames[c.Argument(0).String()]
		label := "zlib." + c.Argument(0).String() + " stream"
		dec := newDecoder(k)
		h := vm.NewObject()
		h.Set("write", func(w goja.FunctionCall) goja.Value {
			data := append([]byte(nil), js.BytesView(w.Argument(0))...)
			end := w.Argument(1).ToBoolean()
			cb, _ := goja.AssertFunction(w.Argument(2))
			var out []byte
			var err error
			r.Offload(label, cost(len(data)), func() { out, err = dec.write(data, end) }, func() {
				if cb == nil {
					return
				}
				e := goja.Null()
				if err != nil {
					e = errValue(err)
				}
				r.Call(cb, goja.Undefined(), e, vm.ToValue(vm.NewArrayBuffer(out)))
			})
			return goja.Undefined()
		})
		h.Set("close", func(goja.FunctionCall) goja.Value {
			dec.close()
			return goja.Undefined()
		})
		return h
	})
	o.Set("crc32", func(c goja.FunctionCall) goja.Value {
		sum := crc32.Update(uint32(c.Argument(1).ToInteger()), crc32.IEEETable, js.BytesView(c.Argument(0)))
		return vm.ToValue(int64(sum))
	})
	return o
}
