package js

import (
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// resourceNames are node's names in process.getActiveResourcesInfo() for
// evloop's handle and request types (a label's first word).
var resourceNames = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"TCPSERVERWRAP":      "TCPServerWrap",
		"TCPWRAP":            "TCPSocketWrap",
		"TCPCONNECTWRAP":     "ConnectWrap",
		"PIPEWRAP":           "PipeWrap",
		"PIPESERVERWRAP":     "PipeServerWrap",
		"TTYWRAP":            "TTYWrap",
		"UDPWRAP":            "UDPWrap",
		"PROCESSWRAP":        "ProcessWrap",
		"FSEVENTWRAP":        "FSEventWrap",
		"SIGNALWRAP":         "SignalWrap",
		"STATWATCHER":        "StatWatcher",
		"WORKER":             "Worker",
		"MESSAGEPORT":        "MessagePort",
		"FSREQCALLBACK":      "FSReqCallback",
		"GETADDRINFOREQWRAP": "GetAddrInfoReqWrap",
		"ZLIB":               "Zlib",
		"TLSWRAP":            "TLSWrap",
	}
})

// resourceName is node's name for a handle or request labelled label, ""
// for evloop's own work that node shows none for.
func resourceName(label string) string {
	if t := requestType(label); t != "" {
		label = t
	}
	if i := strings.IndexAny(label, " :("); i >= 0 {
		label = label[:i]
	}
	return resourceNames()[label]
}

// activeResources is process.getActiveResourcesInfo(): node lists the
// active requests, the referenced handles, a 'Timeout' for each
// referenced timer and an 'Immediate' for each referenced immediate.
func (r *Runtime) activeResources() goja.Value {
	reqs, handles, timers, immediates := r.loop.ActiveResources()
	out := []any{}
	for _, l := range append(reqs, handles...) {
		if n := resourceName(l); n != "" {
			out = append(out, n)
		}
	}
	for i := 0; i < timers; i++ {
		out = append(out, "Timeout")
	}
	for i := 0; i < immediates; i++ {
		out = append(out, "Immediate")
	}
	return r.vm.NewArray(out...)
}
