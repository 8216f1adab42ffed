// Command peer runs a JS file on goja_nodejs: goja with goja_nodejs's event
// loop, console and require — what a Go program embedding goja picks today.
// It is the third column of `make bench` (js/internal/bench), in its own Go
// module so that evloop itself never depends on goja_nodejs.
//
// goja_nodejs has timers, immediates, console, require and process.env; the
// bench programs also read process.hrtime.bigint and call process.nextTick,
// which it lacks. Both are added here the way a user would: hrtime from Go's
// monotonic clock, nextTick as a promise job (goja exposes no other
// microtask queue). Programs that need net, fs or stream are not run here.
//
//	go run . script.js
package main

import (
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/console"
	"github.com/dop251/goja_nodejs/eventloop"
	"github.com/dop251/goja_nodejs/process"
	"github.com/dop251/goja_nodejs/require"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: peer script.js")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	reg := new(require.Registry)
	// console.log without the log package's timestamp, as node prints it.
	reg.RegisterNativeModule(console.ModuleName, console.RequireWithPrinter(console.StdPrinter{
		StdoutPrint: func(s string) { os.Stdout.WriteString(s + "\n") },
		StderrPrint: func(s string) { os.Stderr.WriteString(s + "\n") },
	}))
	loop := eventloop.NewEventLoop(eventloop.WithRegistry(reg))
	code := 0
	loop.Run(func(vm *goja.Runtime) {
		process.Enable(vm)
		start := time.Now()
		p := vm.Get("process").ToObject(vm)
		hr := vm.NewObject()
		hr.Set("bigint", func() *big.Int { return big.NewInt(int64(time.Since(start))) })
		p.Set("hrtime", hr)
		if _, err := vm.RunString(`(() => {
			const p = Promise.resolve();
			process.nextTick = (fn, ...args) => { p.then(() => fn(...args)); };
		})()`); err != nil {
			panic(err)
		}
		if _, err := vm.RunScript(os.Args[1], string(src)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	})
	os.Exit(code)
}
