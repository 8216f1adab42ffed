// Package dns is node's dns and dns/promises built-ins for evloop:
// getaddrinfo on the thread pool over sys.Resolver (numeric addresses, the
// hosts file and localhost; there is no DNS client), as node's
// GetAddrInfoReqWrap runs uv_getaddrinfo on libuv's pool. dns.js checks
// arguments, answers IP literals without a lookup, orders the addresses and
// builds node's errors. Register Modules() through js.Options.Modules.
package dns

import (
	_ "embed"
	"net/netip"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

var (
	//go:embed dns.js
	source string
	//go:embed dns_promises.js
	promisesSource string
)

// Modules returns the "dns" and "dns/promises" built-ins, for
// js.Options.Modules.
func Modules() []js.Module {
	return []js.Module{
		{Name: "dns", Load: func(r *js.Runtime) (goja.Value, error) {
			return r.RunBinding("dns", source, natives(r))
		}},
		{Name: "dns/promises", Load: func(r *js.Runtime) (goja.Value, error) {
			return r.RunBinding("dns/promises", promisesSource, nil)
		}},
	}
}

// dnsIsIP is net.isIP: 4, 6 or 0. An IPv6 address may carry a zone
// ("fe80::1%eth0"); an IPv4 one may not have leading zeros.
func dnsIsIP(s string) int {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return 0
	case a.Is4():
		return 4
	}
	return 6
}

// natives returns the natives behind dns and dns/promises (dns.js's
// `internal`, over the shared helpers):
//
//	dnsIsIP(s) → 4 | 6 | 0
//	dnsLookup(hostname, family, oncomplete) → undefined | error code
//	  oncomplete(code, null) or oncomplete(null, addresses) runs from the
//	  poll phase once a pool worker has looked the name up; addresses are
//	  in the resolver's order.
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()
	o.Set("dnsIsIP", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(dnsIsIP(call.Argument(0).String()))
	})
	o.Set("dnsLookup", func(call goja.FunctionCall) goja.Value {
		host := call.Argument(0).String()
		family := int(call.Argument(1).ToInteger())
		fn, ok := goja.AssertFunction(call.Argument(2))
		h := r.Host()
		if !ok {
			panic(invalidArgType(r, o, "oncomplete", "function", call.Argument(2)))
		}
		if h == nil || h.Resolver == nil {
			return vm.ToValue("ENOSYS")
		}
		var addrs []string
		var err error
		work := func() { addrs, _, err = h.Resolver.Lookup(host, family) }
		done := func() {
			if err != nil {
				code := "ENOTFOUND"
				if c, ok := err.(interface{ ErrCode() string }); ok {
					code = c.ErrCode()
				}
				r.Call(fn, goja.Undefined(), vm.ToValue(code), goja.Null())
				return
			}
			list := make([]any, len(addrs))
			for i, a := range addrs {
				list[i] = a
			}
			r.Call(fn, goja.Undefined(), goja.Null(), vm.NewArray(list...))
		}
		label := strings.ToValidUTF8(host, "?")
		if len(label) > 64 {
			label = strings.ToValidUTF8(label[:61], "") + "..."
		}
		r.Offload("dns.lookup "+label, 0, work, done)
		return goja.Undefined()
	})
	return o
}

// invalidArgType builds node's ERR_INVALID_ARG_TYPE with the shared
// helper of the natives o inherits, so the message matches the JS side's.
func invalidArgType(r *js.Runtime, o *goja.Object, name, typ string, v goja.Value) goja.Value {
	if fn, ok := goja.AssertFunction(o.Get("invalidArgType")); ok {
		if e, err := fn(goja.Undefined(), r.VM().ToValue(name), r.VM().ToValue(typ), v); err == nil {
			return e
		}
	}
	return r.NewError("TypeError", "The \""+name+"\" argument must be of type "+typ, "")
}
