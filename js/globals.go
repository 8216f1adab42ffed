package js

import (
	"errors"

	"github.com/dop251/goja"
)

// A lazyGlobal is a global that lives in a module or a private library and
// loads on first use, as node's do: an accessor whose getter loads the
// value and replaces itself with a data property (a set does too).
type lazyGlobal struct {
	name string
	// module is a built-in module's name (require), lib a private file of
	// lib/ (internal.lib); key is the export, the global's name if empty.
	module, lib, key string
	// optional: a module that may not be registered (http, stream/web,
	// perf_hooks, worker_threads): the global is undefined then.
	optional bool
	// enumerable: listed by Object.keys(globalThis), as in node.
	enumerable bool
	// hidden: the value is not an export but the binding's module.hidden
	// (RunBinding), read once the module has loaded.
	hidden bool
}

// lazyGlobals are the lazy globals after the timers. The enumerable ones
// come first, in node's order (after them, defineLazyGlobals puts
// performance, fetch and crypto); the order of the others is not
// observable through Object.keys.
var lazyGlobals = func() []lazyGlobal {
	// Sized for all of them: appending one by one grew (copied) the
	// slice six times in the init every process runs.
	gs := make([]lazyGlobal, 0, 58)
	gs = append(gs, lazyGlobal{name: "atob", module: "buffer", enumerable: true},
		lazyGlobal{name: "btoa", module: "buffer", enumerable: true})
	for _, n := range []string{"EventTarget", "Event", "AbortController", "AbortSignal", "CustomEvent", "MessageEvent"} {
		gs = append(gs, lazyGlobal{name: n, lib: "event_target.js"})
	}
	for _, n := range []string{"Buffer", "Blob", "File"} {
		gs = append(gs, lazyGlobal{name: n, module: "buffer"})
	}
	gs = append(gs,
		lazyGlobal{name: "TextEncoder", lib: "encoding.js"}, lazyGlobal{name: "TextDecoder", lib: "encoding.js"},
		lazyGlobal{name: "URL", module: "url"}, lazyGlobal{name: "URLSearchParams", module: "url"},
		// fetch (defineLazyGlobals) and its classes: lib/fetch.js, which asks
		// http (js/http) for its requests when registered.
		lazyGlobal{name: "FormData", lib: "fetch.js"}, lazyGlobal{name: "Headers", lib: "fetch.js"},
		lazyGlobal{name: "Request", lib: "fetch.js"}, lazyGlobal{name: "Response", lib: "fetch.js"},
		lazyGlobal{name: "DOMException", lib: "structured_clone.js"})
	if hasAtomics {
		// SharedArrayBuffer and Atomics: goja has neither (lib/atomics.js).
		gs = append(gs, lazyGlobal{name: "SharedArrayBuffer", lib: "atomics.js"}, lazyGlobal{name: "Atomics", lib: "atomics.js"})
	}
	if hasIntl {
		// Intl: goja has none; evloop's speaks en-US (lib/intl.js).
		gs = append(gs, lazyGlobal{name: "Intl", lib: "intl.js"})
	}
	// node 20's web stream globals are stream/web's classes when that
	// module is registered (js/webstreams); else they are absent.
	for _, n := range []string{"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader",
		"ReadableStreamBYOBRequest", "ReadableByteStreamController", "ReadableStreamDefaultController",
		"TransformStream", "TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultWriter",
		"WritableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
		"TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream"} {
		gs = append(gs, lazyGlobal{name: n, module: "stream/web", optional: true})
	}
	// perf_hooks' and worker_threads' classes, when those modules are
	// registered.
	for _, n := range []string{"Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure",
		"PerformanceObserver", "PerformanceObserverEntryList", "PerformanceResourceTiming"} {
		gs = append(gs, lazyGlobal{name: n, module: "perf_hooks", optional: true})
	}
	for _, n := range []string{"MessageChannel", "MessagePort", "BroadcastChannel"} {
		gs = append(gs, lazyGlobal{name: n, module: "worker_threads", optional: true})
	}
	// WebCrypto's classes, from crypto (js/crypto) when registered.
	for _, n := range []string{"Crypto", "CryptoKey", "SubtleCrypto"} {
		gs = append(gs, lazyGlobal{name: n, module: "crypto", optional: true, hidden: true})
	}
	return gs
}()

// defineLazyGlobals defines structuredClone, atob, btoa, performance
// (perf_hooks' when registered, else fallback), fetch, crypto and the rest
// of lazyGlobals — in Go, not in the bootstrap: the
// forty-odd accessors were a fifth of what every process compiled.
func (r *Runtime) defineLazyGlobals(fallbackPerformance goja.Value) {
	vm := r.vm
	g := vm.GlobalObject()
	define := func(lg lazyGlobal, v goja.Value) {
		_ = g.DefineDataProperty(lg.name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.ToFlag(lg.enumerable))
	}
	lib, _ := goja.AssertFunction(r.internals.Get("lib"))
	load := func(lg lazyGlobal) goja.Value {
		key := lg.key
		if key == "" {
			key = lg.name
		}
		var v goja.Value
		var err error
		if lg.lib != "" {
			v, err = lib(goja.Undefined(), vm.ToValue(lg.lib))
		} else {
			v, err = r.requireBuiltin(lg.module)
		}
		if err != nil {
			if lg.optional {
				return goja.Undefined()
			}
			var ex *goja.Exception
			if errors.As(err, &ex) {
				panic(ex)
			}
			panic(vm.NewGoError(err))
		}
		if lg.hidden {
			if h := r.bindingHidden[lg.module]; h != nil {
				return h.Get(key)
			}
			return goja.Undefined()
		}
		return v.ToObject(vm).Get(key)
	}
	accessor := func(lg lazyGlobal, get func() goja.Value) {
		getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
			v := get()
			if v == nil {
				v = goja.Undefined()
			}
			define(lg, v)
			return v
		}).(*goja.Object)
		setter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			define(lg, call.Argument(0))
			return goja.Undefined()
		}).(*goja.Object)
		_ = getter.DefineDataProperty("name", vm.ToValue("get"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = setter.DefineDataProperty("name", vm.ToValue("set"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = setter.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = g.DefineAccessorProperty(lg.name, getter, setter, goja.FLAG_TRUE, goja.ToFlag(lg.enumerable))
	}
	// structuredClone is a data property in node: a native, named and
	// sized as node's, that compiles lib/structured_clone.js on its first
	// call (the file DOMException's getter loads too).
	var clone goja.Callable
	sc := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if clone == nil {
			fn, _ := goja.AssertFunction(load(lazyGlobal{name: "structuredClone", lib: "structured_clone.js"}))
			if fn == nil {
				panic(vm.NewTypeError("structuredClone is not available"))
			}
			clone = fn
		}
		v, err := clone(goja.Undefined(), call.Arguments...)
		if err != nil {
			panic(r.catchable(err))
		}
		return v
	}).(*goja.Object)
	_ = sc.DefineDataProperty("name", vm.ToValue("structuredClone"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = sc.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = g.DefineDataProperty("structuredClone", sc, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	for _, lg := range lazyGlobals[:2] { // atob, btoa
		accessor(lg, func() goja.Value { return load(lg) })
	}
	accessor(lazyGlobal{name: "performance", enumerable: true}, func() goja.Value {
		v := load(lazyGlobal{name: "performance", module: "perf_hooks", optional: true})
		if goja.IsUndefined(v) {
			return fallbackPerformance
		}
		return v
	})
	// fetch is a data property in node; here lib/fetch.js's, loaded on
	// first use (an enumerable accessor until then).
	fetch := lazyGlobal{name: "fetch", lib: "fetch.js", enumerable: true}
	accessor(fetch, func() goja.Value { return load(fetch) })
	r.cryptoGlobal()
	for _, lg := range lazyGlobals[2:] {
		accessor(lg, func() goja.Value { return load(lg) })
	}
}
