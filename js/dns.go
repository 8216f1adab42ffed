package js

// The natives behind dns and dns/promises: getaddrinfo on the thread pool
// over sys.Resolver (numeric addresses, the hosts file and localhost; there
// is no DNS client), as node's GetAddrInfoReqWrap runs uv_getaddrinfo on
// libuv's pool. lib/dns.js checks arguments, answers IP literals without a
// lookup, orders the addresses and builds node's errors.

import (
	"net/netip"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

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

// dnsNatives adds the natives behind dns and dns/promises to o (the
// `internal` object):
//
//	dnsIsIP(s) → 4 | 6 | 0
//	dnsLookup(hostname, family, oncomplete) → undefined | error code
//	  oncomplete(code, null) or oncomplete(null, addresses) runs from the
//	  poll phase once a pool worker has looked the name up; addresses are
//	  in the resolver's order.
func (r *Runtime) dnsNatives(o *goja.Object) {
	vm := r.vm
	o.Set("dnsIsIP", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(dnsIsIP(call.Argument(0).String()))
	})
	o.Set("dnsLookup", func(call goja.FunctionCall) goja.Value {
		host := call.Argument(0).String()
		family := int(call.Argument(1).ToInteger())
		fn, ok := goja.AssertFunction(call.Argument(2))
		h := r.opts.Host
		if !ok {
			panic(r.invalidArgType("oncomplete", "function", call.Argument(2)))
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
				r.call(fn, goja.Undefined(), vm.ToValue(code), goja.Null())
				return
			}
			list := make([]any, len(addrs))
			for i, a := range addrs {
				list[i] = a
			}
			r.call(fn, goja.Undefined(), goja.Null(), vm.NewArray(list...))
		}
		label := strings.ToValidUTF8(host, "?")
		if len(label) > 64 {
			label = strings.ToValidUTF8(label[:61], "") + "..."
		}
		req := r.loop.BeginRequest(trace.QueuePool, "dns.lookup "+label)
		if h.Pool != nil {
			h.Pool.Submit(req, 0, work, done)
			return goja.Undefined()
		}
		work()
		r.loop.Inject(loop.Completion{Req: req, Run: done})
		return goja.Undefined()
	})
}
