// Package net is node's net built-in for evloop: TCP servers and sockets
// over sys.Net (the reactor's sockets, or the simulated loopback), behind
// the sandbox's network check (--allow-net: a denial is EACCES naming the
// flag to add). net.js builds net.Server and net.Socket, the address and
// option validation, isIP and the lookup option; this file opens listeners
// and connections and hands them to the runtime core's stream handles
// (js.Runtime.NewStream), which carry the reads and writes for net,
// child_process's pipes, tls and http alike. Register it through
// js.Options.Modules.
package net

import (
	_ "embed"
	"net/netip"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop/sys"
)

//go:embed net.js
var source string

// Module returns the "net" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "net", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("net", source, natives(r))
	}}
}

// hostPort joins an address for sys.Net ("[::1]:80", "127.0.0.1:0").
func hostPort(host string, port int) string {
	if host == "localhost" {
		host = "127.0.0.1"
	}
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + strconv.Itoa(port)
	}
	return host + ":" + strconv.Itoa(port)
}

// family is node's family name for an address.
func family(ip string) string {
	if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
		return "IPv6"
	}
	return "IPv4"
}

// natives returns the natives behind net (net.js's `internal`, over the
// shared helpers):
//
//	tcpListen(host, port, onconnection(handle)) → server handle | error code
//	tcpConnect(host, port, oncomplete(code|null)) → socket handle | error code
//	netDenial() → the flag the sandbox named for the last EACCES, or ""
//
// A server handle has address(), close(cb), ref(), unref(), hasRef(); a
// socket handle readStart(), readStop(), write(data, oncomplete) (0: done
// at once, 1: oncomplete(code|null) later, or an error code),
// shutdown(oncomplete), close(cb) (cb in the close phase), setEncoding(enc),
// setNoDelay(b), local(), remote(), ref(), unref(), hasRef(), and calls its
// onread property as onread(chunk, nbytes) with an ArrayBuffer (or a string
// under setEncoding), onread(null) at the end, or onread(undefined, code).
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()
	// denial is why the last listen or connect was refused by the sandbox
	// (the flag to add), for the error's message: netDenial() reads it.
	denial := ""
	network := func(op, host string, port int) (sys.Net, string) {
		denial = ""
		h := r.Host()
		if h == nil || h.Net == nil {
			return nil, "ENOSYS"
		}
		if h.Allow != nil {
			if err := h.Allow(op, hostPort(host, port)); err != nil {
				if hinted, ok := err.(interface{ Hint() string }); ok {
					denial = hinted.Hint()
				}
				return nil, "EACCES"
			}
		}
		return h.Net, ""
	}
	o.Set("netDenial", func() string { return denial })

	o.Set("tcpListen", func(host string, port int, onconn goja.Value) goja.Value {
		n, code := network("listen", host, port)
		if code != "" {
			return vm.ToValue(code)
		}
		fn, _ := goja.AssertFunction(onconn)
		t := r.NewStream("TCPSERVERWRAP")
		ln, err := n.Listen(hostPort(host, port), func(c sys.Conn) {
			if t.Closed() {
				c.Close()
				return
			}
			s := r.NewAcceptedStream("TCPWRAP", t) // no stores: node's is empty too
			s.Attach(c)
			s.Start()
			t.Call(fn, s.Object())
		})
		if err != nil {
			return vm.ToValue(js.ErrCode(err))
		}
		t.Listen(ln)
		t.Start()
		t.Object().Set("address", func() goja.Value {
			ip, p := ln.Addr()
			a := vm.NewObject()
			a.Set("address", ip)
			a.Set("family", family(ip))
			a.Set("port", p)
			return a
		})
		return t.Object()
	})

	o.Set("tcpConnect", func(host string, port int, oncomplete goja.Value) goja.Value {
		n, code := network("connect", host, port)
		if code != "" {
			return vm.ToValue(code)
		}
		fn, _ := goja.AssertFunction(oncomplete)
		t := r.NewStream("TCPWRAP")
		t.Start()
		// The connect is a request of its own (node's TCPCONNECTWRAP): its
		// callback runs in its context, not the socket's, so an enterWith
		// there does not reach the socket's later events.
		req := r.AsyncContextFor("TCPCONNECTWRAP")
		complete := func(code goja.Value) {
			if !t.Closed() {
				r.RunInContext(req, func() { r.Call(fn, t.Object(), code) })
			}
			r.EmitAsyncDestroy(req)
		}
		err := n.Dial(hostPort(host, port), func(c sys.Conn, err error) {
			if err != nil {
				complete(vm.ToValue(js.ErrCode(err)))
				return
			}
			if t.Closed() {
				c.Close()
				return
			}
			t.Attach(c)
			complete(goja.Null())
		})
		if err != nil {
			code := js.ErrCode(err)
			if code != "ECONNREFUSED" {
				t.Discard()
				return vm.ToValue(code)
			}
			// libuv reports a refusal the kernel gave at once from the
			// pending queue of the next iteration (uv__io_feed).
			r.Loop().Defer("TCPWRAP connect", func() { complete(vm.ToValue(code)) })
		}
		return t.Object()
	})
	return o
}
