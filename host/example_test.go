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
// clock, with nothing but WASI between host and guest.
//
// It prints
//
//	sync
//	tick
//	promise
//	timeout
//	exit code 0
//
// The example has no Output comment on purpose: the module is not in a
// fresh checkout (make wasm builds it), and go test must not fail there.
// TestRun_matchesNode checks the same ordering against node.
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
}

// Run many programs on one Engine: the module is compiled once (on first
// use), each program gets a fresh instance, and programs may run at once
// from several goroutines. Close the Engine when done.
//
// It prints "0: 0", "1: 1", "2: 4" (in some order) and nothing else. No
// Output comment, for the reason ExampleRun gives; TestEngine_* run the
// same calls.
func ExampleEngine() {
	eng := host.NewEngine(host.Config{})
	defer eng.Close(context.Background())
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out strings.Builder
			src := fmt.Sprintf("setImmediate(() => console.log(%d * %d))", i, i)
			_, err := eng.Run(context.Background(), host.Config{
				Config: abi.Config{Filename: "/main.js", Source: src},
				Stdout: &out, Stderr: os.Stderr, Timeout: time.Minute,
			})
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Printf("%d: %s", i, out.String())
		}()
	}
	wg.Wait()
}
