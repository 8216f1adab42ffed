package loop_test

import (
	"fmt"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// Step the loop by hand, with Go callbacks only (no JavaScript): Step runs
// until the loop would have to wait and says how long; the caller waits
// (WaitFor, or its own way: a wasm host, a page's animation frame) and
// steps again. Every call is on one goroutine, the loop's.
func Example_step() {
	l := loop.New(loop.Config{Clock: loop.NewVirtualClock(-1)})
	l.RunMacrotask(trace.QueueMain, "main", func() {
		l.SetTimeout("ten", 10, func() { fmt.Println("timer at", l.Now(), "ms") })
		l.SetImmediate("now", func() {
			fmt.Println("immediate at", l.Now(), "ms")
			l.NextTick("tick", func() { fmt.Println("its nextTick") })
		})
	})
	for {
		w, err := l.Step()
		if err != nil || w.Done {
			fmt.Println("done", err)
			return
		}
		fmt.Println("the loop may sleep", w.Timeout)
		if err := l.WaitFor(w.Timeout); err != nil {
			fmt.Println(err)
			return
		}
	}
	// Output:
	// immediate at 0 ms
	// its nextTick
	// the loop may sleep 10ms
	// timer at 10 ms
	// done <nil>
}
