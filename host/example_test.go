package host_test

import (
	"context"
	"fmt"
	"os"
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
