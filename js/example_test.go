package js_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// Run a node program from Go and capture what it prints.
func Example() {
	var out strings.Builder
	rt, err := js.New(js.Options{Stdout: &out, Clock: loop.NewVirtualClock(0)})
	if err != nil {
		panic(err)
	}
	code := rt.RunSource("/demo/main.js", `
		setTimeout(() => console.log('timeout'), 0);
		setImmediate(() => console.log('immediate'));
		Promise.resolve().then(() => console.log('promise'));
		process.nextTick(() => console.log('nextTick'));
		console.log('sync');
	`)
	fmt.Print(out.String())
	fmt.Println("exit code", code)
	// Output:
	// sync
	// nextTick
	// promise
	// immediate
	// timeout
	// exit code 0
}

// Record the loop's trace and look at the phases a timer callback ran in.
func Example_trace() {
	rec := &trace.Recorder{}
	rt, _ := js.New(js.Options{Stdout: os.Stdout, Clock: loop.NewVirtualClock(0), Trace: rec})
	rt.RunSource("/demo/main.js", `setTimeout(function later() { console.log('later') }, 5);`)
	for _, e := range rec.Events {
		switch {
		case e.Kind == trace.Enqueue && e.Queue == trace.QueueTimers:
			fmt.Printf("%s queued, due at %dms\n", e.Label, e.Due)
		case e.Kind == trace.CallbackStart && e.Queue == trace.QueueTimers:
			fmt.Printf("%s ran in the %s phase of iteration %d\n", e.Label, e.Phase, iteration(rec.Events, e.Seq))
		}
	}
	// Output:
	// later
	// setTimeout later at main.js:1 queued, due at 5ms
	// setTimeout later at main.js:1 ran in the timers phase of iteration 1
}

// iteration returns the loop iteration an event belongs to.
func iteration(evs []trace.Event, seq uint64) int64 {
	var n int64
	for _, e := range evs {
		if e.Seq > seq {
			break
		}
		if e.Kind == trace.Iteration {
			n = e.N
		}
	}
	return n
}
