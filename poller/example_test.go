package poller_test

import (
	"fmt"

	"github.com/evloop/evloop/poller"
)

// A loop wires the pool's notify to its reactor's Wake, waits in the poll
// phase, and collects finished work there, so that every callback runs on
// the loop goroutine. The Fake stands in for poller.New() here.
func ExamplePool() {
	reactor := poller.NewFake()
	defer reactor.Close()
	pool := poller.NewPool(2, func() { reactor.Wake() })
	defer pool.Close()

	squares := make([]int, 5)
	for i := range squares {
		pool.Submit(&poller.Work{Run: func(worker int) { squares[i] = i * i }})
	}

	var done []*poller.Work
	for len(done) < len(squares) {
		reactor.Wait(nil, -1) // the poll phase: blocks until a Wake
		done = pool.Completed(done)
	}
	fmt.Println(squares)
	// Output: [0 1 4 9 16]
}
