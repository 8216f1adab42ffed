// Package poller is evloop's I/O boundary with the operating system: the
// reactor that tells the loop which descriptors are ready, and the thread
// pool that runs blocking work off the loop, both shaped after libuv 1.46,
// the version Node 20 ships.
//
// The reactor (Poller) is epoll on Linux, kqueue on macOS and the BSDs, and
// absent elsewhere: New returns an error wrapping errors.ErrUnsupported on
// Windows, wasip1 and js, where evloop runs its simulated I/O instead
// (--io=sim). Fake is a scripted Poller for tests of other packages; it
// builds everywhere. The contract all of them keep is written once, on the
// Poller interface. See libuv's design overview,
// https://docs.libuv.org/en/v1.x/design.html#the-i-o-loop.
//
// The thread pool (Pool) is libuv's: UV_THREADPOOL_SIZE workers (PoolSize)
// started on first use, one FIFO queue, completions handed back to the loop
// through a queue and a notify function (typically Poller.Wake), so that
// callbacks always run on the loop goroutine. See
// https://docs.libuv.org/en/v1.x/threadpool.html.
//
// The reactor and pool files (poller.go, the per-OS files, fake.go,
// threadpool.go) use only the standard library and golang.org/x/sys; the
// adaptation to package loop lives beside them.
package poller
