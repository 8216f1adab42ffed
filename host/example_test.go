package host_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/evloop/evloop/host"
	"github.com/evloop/evloop/wasm/abi"
)

// Run a program in the wasm module: the ordering is node's, on the virtual
// clock, with nothing but WASI between host and guest. A binary without the
// module built in (go get, go install) builds it from evloop's source the
// first time (ModuleOrBuild; Progress says so).
func ExampleRun() {
	src := `
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('sync');`
	code, err := host.Run(context.Background(), host.Config{
		Config:  abi.Config{Filename: "/main.js", Source: src},
		Stdout:  os.Stdout,
		Stderr:  os.Stderr,
		Timeout: time.Minute, // a cold compile takes seconds; a runaway script is stopped
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("exit code", code)
	// Output:
	// sync
	// tick
	// promise
	// timeout
	// exit code 0
}

// Run many programs on one Engine: the module is compiled once (on first
// use), each program gets a fresh instance with its own memory, and
// programs may run at once from several goroutines. Close the Engine when
// done.
func ExampleEngine() {
	eng := host.NewEngine(host.Config{})
	defer eng.Close(context.Background())
	outs := make([]string, 3)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out strings.Builder
			src := fmt.Sprintf("globalThis.n = (globalThis.n || 0) + 1; setImmediate(() => console.log(%d * %d, n))", i, i)
			_, err := eng.Run(context.Background(), host.Config{
				Config: abi.Config{Filename: "/main.js", Source: src},
				Stdout: &out, Stderr: os.Stderr, Timeout: time.Minute,
			})
			if err != nil {
				out.WriteString(err.Error())
			}
			outs[i] = out.String()
		}()
	}
	wg.Wait()
	for i, out := range outs {
		fmt.Printf("program %d: %s", i, out)
	}
	// Output:
	// program 0: 0 1
	// program 1: 1 1
	// program 2: 4 1
}
