// Package dgram is node's dgram built-in for evloop: UDP sockets on the
// reactor (poller's Net on real sockets, SimNet on the simulation), behind
// the same sandbox as net: without --allow-net only loopback, and a
// denial names the flag. Register it through js.Options.Modules.
package dgram

import (
	_ "embed"
	"errors"
	"net/netip"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop/sys"
)

//go:embed dgram.js
var source string

// Module returns the "dgram" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "dgram", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("dgram", source, natives(r))
	}}
}

func hostPort(host string, port int) string {
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + strconv.Itoa(port)
	}
	return host + ":" + strconv.Itoa(port)
}

func family(ip string) string {
	if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
		return "IPv6"
	}
	return "IPv4"
}

var codes = map[syscall.Errno]string{
	syscall.EADDRINUSE: "EADDRINUSE", syscall.EADDRNOTAVAIL: "EADDRNOTAVAIL", syscall.EACCES: "EACCES",
	syscall.EPERM: "EPERM", syscall.EINVAL: "EINVAL", syscall.EMSGSIZE: "EMSGSIZE", syscall.EBADF: "EBADF",
	syscall.ENETUNREACH: "ENETUNREACH", syscall.EHOSTUNREACH: "EHOSTUNREACH", syscall.EAFNOSUPPORT: "EAFNOSUPPORT",
	syscall.ECONNREFUSED: "ECONNREFUSED", syscall.ENOBUFS: "ENOBUFS",
}

func code(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if c, ok := codes[errno]; ok {
			return c
		}
	}
	if errors.Is(err, errors.ErrUnsupported) {
		return "ENOSYS"
	}
	return "EINVAL"
}

// natives (internal, in dgram.js):
//
//	bind(host, port, onmessage(ArrayBuffer, ip, port, family)) → handle | [code, hint]
//
// A handle has send(data, host, port) → null | [code, hint], address()
// → [ip, port, family], setBroadcast(on) → null | code, close(cb) (cb in
// the close phase), ref(), unref(), hasRef().
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()
	// check asks the sandbox; a denial returns its code and the flag.
	check := func(op, addr string) goja.Value {
		h := r.Host()
		if h == nil || h.Net == nil {
			return vm.NewArray("ENOSYS", "")
		}
		if h.Allow != nil {
			if err := h.Allow(op, addr); err != nil {
				hint := ""
				if hinted, ok := err.(interface{ Hint() string }); ok {
					hint = hinted.Hint()
				}
				return vm.NewArray("EACCES", hint)
			}
		}
		return nil
	}
	o.Set("bind", func(host string, port int, onmessage goja.Value) goja.Value {
		addr := hostPort(host, port)
		if denied := check("listen", addr); denied != nil {
			return denied
		}
		un, ok := r.Host().Net.(sys.UDPNet)
		if !ok {
			return vm.NewArray("ENOSYS", "")
		}
		fn, _ := goja.AssertFunction(onmessage)
		// The handle's callbacks run in the context bind was called in
		// (dgram.js calls it in the one the socket was made in).
		ctx := r.CurrentAsyncContext()
		handle := r.Loop().NewHandle("UDPWRAP")
		obj := vm.NewObject()
		closed := false
		conn, err := un.ListenUDP(addr, func(data []byte, ip string, port int) {
			if closed {
				return
			}
			r.RunInContext(ctx, func() {
				r.Call(fn, obj, vm.ToValue(vm.NewArrayBuffer(data)), vm.ToValue(ip), vm.ToValue(port), vm.ToValue(family(ip)))
			})
		})
		if err != nil {
			return vm.NewArray(code(err), "")
		}
		handle.Start()
		obj.Set("send", func(data goja.Value, host string, port int) goja.Value {
			if closed {
				return vm.NewArray("EBADF", "")
			}
			to := hostPort(host, port)
			if denied := check("connect", to); denied != nil {
				return denied
			}
			var b []byte
			if s, ok := safeexport.Export(data).(string); ok {
				b = []byte(s)
			} else {
				b = js.BytesView(data)
			}
			if err := conn.Send(b, to); err != nil {
				return vm.NewArray(code(err), "")
			}
			return goja.Null()
		})
		obj.Set("address", func() goja.Value {
			ip, p := conn.LocalAddr()
			return vm.NewArray(ip, p, family(ip))
		})
		obj.Set("setBroadcast", func(on bool) goja.Value {
			if err := conn.SetBroadcast(on); err != nil {
				return vm.ToValue(code(err))
			}
			return goja.Null()
		})
		obj.Set("close", func(cb goja.Value) {
			if closed {
				return
			}
			closed = true
			conn.Close()
			f, _ := goja.AssertFunction(cb)
			handle.Close(func() {
				if f != nil {
					r.RunInContext(ctx, func() { r.Call(f, goja.Undefined()) })
				}
			})
		})
		obj.Set("ref", func() { handle.Ref() })
		obj.Set("unref", func() { handle.Unref() })
		obj.Set("hasRef", func() bool { return handle.HasRef() })
		return obj
	})
	return o
}
