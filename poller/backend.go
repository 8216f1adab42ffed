package poller

// Real is the loop.Backend of the CLI: the reactor (epoll or kqueue) and the
// thread pool, adapted to the loop. It is libuv's uv__io_poll and
// uv__work_done side by side: pool workers finish a job, queue it under a
// mutex and wake the reactor; the loop collects finished jobs and ready
// descriptors in Poll and runs every callback itself, on its own goroutine.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// Real is the real-I/O loop.Backend and sys.Pool: a reactor plus a thread
// pool; completions are queued under a mutex and the reactor is woken
// (Poller.Wake) — libuv's one-direction hand-back.
//
// Poll, Wait, Submit, Watch, Modify and Unwatch belong to the loop
// goroutine. Post and Close are safe from any goroutine.
type Real struct {
	p     Poller
	pool  *Pool
	epoch time.Time

	jobs map[*Work]realJob // submitted, not yet collected (loop goroutine only)
	done []*Work           // scratch for Pool.Completed

	watches map[int]*watch // by fd (loop goroutine only)
	tokens  uint64
	events  []Event // what the last Wait saw, for the next Poll

	mu     sync.Mutex
	posted []loop.Completion // from Post, in order
	// late are from PostAfterIO: they run after the descriptor events of
	// the Poll that takes them. fresh is that Poll's second look.
	late  []loop.Completion
	fresh []Event

	inotify *inotify // fs.watch's descriptor, from the first FSWatcher (loop goroutine only)
}

type realJob struct {
	req  *loop.Request
	done func()
}

// watch is one descriptor Watch registered.
type watch struct {
	fd    int
	token uint64
	label string
	fn    func(Events)
	ev    Events // what the last Wait reported, for run
	run   func() // calls fn(ev) if still watched: made once, not per event
}

var (
	_ loop.Backend = (*Real)(nil)
	_ sys.Pool     = (*Real)(nil)
)

// NewReal returns a Real backend with a pool of poolSize workers (see
// PoolSize; clamped to 1..MaxPoolSize). The workers start on the first
// Submit. It fails where there is no reactor (wasip1, js, Windows): use Sim
// there.
func NewReal(poolSize int) (*Real, error) {
	p, err := New()
	if err != nil {
		return nil, err
	}
	b := &Real{p: p, epoch: time.Now(), jobs: map[*Work]realJob{}, watches: map[int]*watch{}}
	b.pool = NewPool(poolSize, func() { _ = p.Wake() })
	return b, nil
}

// Size returns the number of pool workers (UV_THREADPOOL_SIZE).
func (b *Real) Size() int { return b.pool.Size() }

// Submit runs work on a pool worker, then done on the loop goroutine in a
// later poll phase. cost is ignored: the work takes the time it takes.
// Call only on the loop goroutine.
func (b *Real) Submit(req *loop.Request, cost time.Duration, work, done func()) {
	w := &Work{Run: func(int) {
		if work != nil {
			work()
		}
	}}
	woke, err := b.pool.submit(w)
	if err != nil {
		// The pool is closed: the loop is ending. Hand the job back
		// undone, so the request does not keep a dead loop alive.
		b.Post(loop.Completion{Req: req, Run: done})
		return
	}
	b.jobs[w] = realJob{req: req, done: done}
	if woke && len(b.jobs) == 1 {
		// The worker just made runnable sits on this goroutine's P (Go
		// runs a goroutine readied by another next on the readier's P).
		// With nothing else in flight the loop is about to block in
		// epoll_wait, a system call that keeps its P: the worker would
		// wait for the runtime's monitor to take it back, 20 µs to over
		// 100 µs (most of a pool round trip, against libuv's one futex
		// wake). Yielding runs the worker now. (With other jobs in flight
		// the loop has their completions to run and a yield only moves
		// the work onto its own P: readfile_concurrent 1.2× → 1.85× of
		// node with a yield at every wake.) The completion still comes
		// back through Poll, in a later poll phase: the order of
		// callbacks and the trace are unchanged.
		runtime.Gosched()
	}
}

// Post queues a completion for the next Poll and wakes the loop: how a
// goroutine other than the loop's (a resolver, a dialer) hands a result
// back. Safe from any goroutine.
func (b *Real) Post(c loop.Completion) {
	b.mu.Lock()
	b.posted = append(b.posted, c)
	b.mu.Unlock()
	_ = b.p.Wake()
}

// PostAfterIO is Post for a completion that must come after the I/O that
// was ready when it was posted: a child's exit after what its pipes and IPC
// channel said before it ended. libuv sees the two in the order the kernel
// made them ready (the pipe's end, then SIGCHLD's pipe) and runs them in
// that order in one poll phase; a waiter goroutine's Post would run first.
// Safe from any goroutine.
func (b *Real) PostAfterIO(c loop.Completion) {
	b.mu.Lock()
	b.late = append(b.late, c)
	b.mu.Unlock()
	_ = b.p.Wake()
}

// Poll appends, without blocking, the finished pool jobs (in the order they
// finished), the posted completions, one completion per ready watched
// descriptor, then the completions from PostAfterIO. Call only on the loop
// goroutine.
func (b *Real) Poll(buf []loop.Completion) []loop.Completion {
	// A worker that finishes from here on wakes the next Wait: the reactor
	// re-arms its wake-up whenever a Wait returns (see reactor.woken).
	b.done = b.pool.Completed(b.done[:0])
	for i, w := range b.done {
		j := b.jobs[w]
		delete(b.jobs, w)
		b.done[i] = nil
		buf = append(buf, loop.Completion{Req: j.req, Worker: w.Worker,
			Started: w.Started.Sub(b.epoch), Ended: w.Ended.Sub(b.epoch), Run: j.done})
	}
	b.mu.Lock()
	buf = append(buf, b.posted...)
	clear(b.posted)
	b.posted = b.posted[:0]
	late := b.late
	b.late = nil
	b.mu.Unlock()

	if len(b.watches) == 0 {
		b.events = b.events[:0]
		return append(buf, late...)
	}
	looked := len(b.events) == 0 || len(late) > 0 // a Wait(0) below
	if len(b.events) == 0 {
		b.events, _ = b.p.Wait(b.events, 0)
	} else if len(late) > 0 {
		// The events were taken before a late completion was posted: look
		// again, so that what became ready before it runs before it.
		b.fresh, _ = b.p.Wait(b.fresh[:0], 0)
	outer:
		for _, f := range b.fresh {
			for _, e := range b.events {
				if e.FD == f.FD {
					continue outer
				}
			}
			b.events = append(b.events, f)
		}
	}
	for _, e := range b.events {
		w := b.watches[e.FD]
		if w == nil || w.token != e.Token {
			continue
		}
		// One event per fd per Wait (the merge above keeps it so), and
		// the batch runs before the next Poll: w.ev is this event's.
		w.ev = e.Events
		buf = append(buf, loop.Completion{Label: w.label, Run: w.run})
	}
	b.events = b.events[:0]
	// A Post after the lists were taken may have had its wake-up drained
	// by a Wait(0) above: wake the next Wait again, or it would sleep
	// with a completion waiting.
	if looked {
		b.mu.Lock()
		pending := len(b.posted)+len(b.late) > 0
		b.mu.Unlock()
		if pending {
			_ = b.p.Wake()
		}
	}
	return append(buf, late...)
}

// Wait blocks in epoll_wait or kevent until a descriptor is ready, a pool
// job finishes, Post is called, or timeout passes (timeout < 0: no limit).
// What it sees is kept for the next Poll. Call only on the loop goroutine.
func (b *Real) Wait(timeout time.Duration) {
	b.events, _ = b.p.Wait(b.events[:0], timeout)
}

// Wake makes a Wait in progress (or the next one) return at once; the loop
// calls it when interrupted (Ctrl-C, --timeout). Safe from any goroutine.
func (b *Real) Wake() error { return b.p.Wake() }

// Watch calls fn(ev) on the loop goroutine, in the poll phase, while fd is
// ready for what ev asks (level-triggered; Hangup and Error always come).
// label names the callback in the trace. Call only on the loop goroutine.
func (b *Real) Watch(fd int, ev Events, label string, fn func(Events)) error {
	if _, ok := b.watches[fd]; ok {
		return fmt.Errorf("poller: watch fd %d: already watched: %w", fd, fs.ErrExist)
	}
	b.tokens++
	w := &watch{fd: fd, token: b.tokens, label: label, fn: fn}
	w.run = func() {
		// An earlier callback in the same batch may have unwatched or
		// replaced this registration.
		if b.watches[w.fd] == w {
			w.fn(w.ev)
		}
	}
	if err := b.p.Add(fd, ev, w.token); err != nil {
		return err
	}
	b.watches[fd] = w
	return nil
}

// Modify changes what a watched fd is watched for. Call only on the loop
// goroutine.
func (b *Real) Modify(fd int, ev Events) error {
	w, ok := b.watches[fd]
	if !ok {
		return fmt.Errorf("poller: modify fd %d: not watched: %w", fd, fs.ErrNotExist)
	}
	return b.p.Modify(fd, ev, w.token)
}

// Unwatch stops watching fd; its callback is not called again, even for
// an event already collected. Call it before closing fd. Call only on the
// loop goroutine.
func (b *Real) Unwatch(fd int) error {
	if _, ok := b.watches[fd]; !ok {
		return fmt.Errorf("poller: unwatch fd %d: not watched: %w", fd, fs.ErrNotExist)
	}
	delete(b.watches, fd)
	return b.p.Remove(fd)
}

// Close lets the pool finish what is queued, stops its workers and closes
// the reactor. Safe from any goroutine, once.
func (b *Real) Close() error {
	if b.inotify != nil {
		b.inotify.close()
	}
	return errors.Join(b.pool.Close(), b.p.Close())
}

// NewRealHost returns the Host the CLI runs programs with under --io=real:
// the os file system, the hosts-file resolver, the permission check rooted
// at cwd and the temp dir, and a Real backend (pool size from
// UV_THREADPOOL_SIZE) to pass as js.Options.Backend as well. Host.Net is
// left for the network layer to fill in. Close the backend when done.
func NewRealHost(cwd string) (*sys.Host, *Real, error) {
	b, err := NewReal(PoolSize(os.Getenv))
	if err != nil {
		return nil, nil, err
	}
	fsys := OSFS{}
	allow := &Allow{FS: fsys, Dirs: []string{cwd, fsys.TempDir()}}
	host := &sys.Host{Pool: b, FS: fsys, Resolver: NewResolver(nil), Allow: allow.Check}
	if w := b.FSWatcher(); w != nil {
		host.Watcher = w
	}
	return host, b, nil
}
