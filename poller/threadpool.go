package poller

// The thread pool, after libuv's src/threadpool.c at v1.46.0: a fixed set of
// workers started on first use, one FIFO queue under a mutex, and finished
// work handed back to the loop in one direction (a second queue, then a
// wake-up), so that completion callbacks never run on a worker.

import (
	"errors"
	"math"
	"sync"
	"time"
)

// Pool sizes, as libuv 1.46 has them.
const (
	DefaultPoolSize = 4    // without UV_THREADPOOL_SIZE
	MaxPoolSize     = 1024 // libuv's MAX_THREADPOOL_SIZE
)

// PoolSize returns the number of workers libuv 1.46 would start for the
// environment that getenv reads (pass os.Getenv, or a map lookup in tests).
//
// libuv reads UV_THREADPOOL_SIZE with C's atoi into an unsigned int, then
// turns 0 into 1 and caps the rest at 1024. So "abc" and "0" give 1, "8
// threads" gives 8, and a negative number wraps to a huge unsigned value and
// gives 1024. PoolSize reproduces that, glibc's atoi included (leading
// spaces, a sign, base-10 digits, saturation at the limits of a 64-bit long,
// then truncation to 32 bits). One difference: getenv cannot tell an empty
// variable from an unset one, so "" gives the default 4 where libuv gives 1.
func PoolSize(getenv func(string) string) int {
	v := getenv("UV_THREADPOOL_SIZE")
	if v == "" {
		return DefaultPoolSize
	}
	n := uint32(atoi(v))
	switch {
	case n == 0:
		return 1
	case n > MaxPoolSize:
		return MaxPoolSize
	}
	return int(n)
}

// atoi is glibc's atoi: strtol(s, NULL, 10) on an LP64 system, converted
// to a 32-bit int by dropping the high bits.
func atoi(s string) int32 {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	// Accumulate the magnitude, saturating just past what a long can hold.
	const limit = uint64(math.MaxInt64) + 1
	var mag uint64
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if mag <= (limit-uint64(s[i]-'0'))/10 {
			mag = mag*10 + uint64(s[i]-'0')
		} else {
			mag = limit
		}
	}
	var long int64
	switch {
	case neg && mag >= limit:
		long = math.MinInt64
	case neg:
		long = -int64(mag)
	case mag >= limit:
		long = math.MaxInt64
	default:
		long = int64(mag)
	}
	return int32(long)
}

// isCSpace is C's isspace in the "C" locale.
func isCSpace(c byte) bool {
	return c == ' ' || ('\t' <= c && c <= '\r')
}

// ErrCanceled is the Err of Work that Cancel took off the queue before it
// started (libuv's UV_ECANCELED).
var ErrCanceled = errors.New("poller: work canceled")

// ErrBusy is returned by Cancel for Work that is not waiting on the queue:
// it is running, has run, or was never submitted (libuv's UV_EBUSY).
var ErrBusy = errors.New("poller: work not cancelable: not queued")

// Work is one job for the Pool. The submitter sets Run; the pool fills in
// the rest, which the loop may read once Completed has returned the Work.
type Work struct {
	// Run does the work on a worker goroutine, never on the loop's; worker
	// is the worker's number, 1 to the pool's size. A panic in Run crashes
	// the program, as a crash in a libuv work callback does.
	Run func(worker int)

	// Worker is the number of the worker that ran Run (0 if canceled).
	Worker int
	// Started and Ended are when Run was called and when it returned
	// (zero if canceled). They carry Go's monotonic clock reading, so
	// Ended.Sub(Started) and differences from another time.Now are exact
	// durations: the trace's "which worker ran what, and when".
	Started, Ended time.Time
	// Err is nil, or ErrCanceled.
	Err error

	state workState // guarded by the pool's mu
}

// workState is where a Work is in its life.
type workState uint8

const (
	workIdle     workState = iota // not submitted, or collected by Completed
	workQueued                    // on the pool's queue
	workRunning                   // taken by a worker
	workFinished                  // on the completed queue
)

// Pool is libuv's thread pool with goroutines for threads. Submit, Cancel,
// Completed and Close are safe from any goroutine; they are meant for the
// loop's.
type Pool struct {
	size   int
	notify func()

	mu       sync.Mutex
	queued   sync.Cond // signalled when work is queued or the pool closes
	queue    []*Work   // FIFO of workQueued work
	finished []*Work   // workFinished work, in the order it finished
	started  bool
	closed   bool
	workers  sync.WaitGroup
	idle     int // workers waiting on queued
}

// NewPool returns a pool of size workers (clamped to 1..MaxPoolSize; see
// PoolSize) that calls notify, on the worker's goroutine, each time work
// finishes or is canceled. notify is the loop's wake-up, typically
// Poller.Wake: it must not block, and must not call back into the pool
// expecting the work to be collected yet. No goroutine starts until the
// first Submit.
func NewPool(size int, notify func()) *Pool {
	if notify == nil {
		notify = func() {}
	}
	p := &Pool{size: min(max(size, 1), MaxPoolSize), notify: notify}
	p.queued.L = &p.mu
	return p
}

// Size returns the number of workers.
func (p *Pool) Size() int { return p.size }

// Submit puts w at the end of the queue, starting the workers if this is
// the first Submit. It fails for Work without Run, for Work already queued
// or running, and with ErrClosed after Close. Finished Work may be
// submitted again once Completed has returned it.
func (p *Pool) Submit(w *Work) error {
	_, err := p.submit(w)
	return err
}

// submit is Submit, also saying whether a waiting worker was signalled:
// one that, having been made runnable by this goroutine, waits for it to
// yield its P (see Real.Submit).
func (p *Pool) submit(w *Work) (woke bool, err error) {
	if w.Run == nil {
		return false, errors.New("poller: submit: Work has no Run")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false, ErrClosed
	}
	if w.state != workIdle {
		return false, errors.New("poller: submit: Work already submitted")
	}
	w.Worker, w.Started, w.Ended, w.Err = 0, time.Time{}, time.Time{}, nil
	w.state = workQueued
	p.queue = append(p.queue, w)
	if !p.started {
		p.started = true
		p.workers.Add(p.size)
		for id := 1; id <= p.size; id++ {
			go p.work(id)
		}
		woke = true
	}
	woke = woke || p.idle > 0
	p.queued.Signal()
	return woke, nil
}

// work is worker id's life: take the oldest queued Work, run it without the
// lock, hand it back, and stop once the pool is closed and the queue empty.
func (p *Pool) work(id int) {
	defer p.workers.Done()
	p.mu.Lock()
	for {
		for len(p.queue) == 0 && !p.closed {
			p.idle++
			p.queued.Wait()
			p.idle--
		}
		if len(p.queue) == 0 {
			p.mu.Unlock()
			return // closed and drained
		}
		w := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		w.state, w.Worker, w.Started = workRunning, id, time.Now()
		p.mu.Unlock()

		w.Run(id)

		ended := time.Now()
		p.mu.Lock()
		w.state, w.Ended = workFinished, ended
		p.finished = append(p.finished, w)
		p.mu.Unlock()
		p.notify()
		p.mu.Lock()
	}
}

// Cancel takes w off the queue if no worker has started it. The Work then
// completes like any other, with Err set to ErrCanceled and without running:
// Completed returns it after notify has been called, as libuv runs a
// canceled request's callback with UV_ECANCELED. Work that is not queued
// (running, finished, never submitted) is left alone and Cancel returns
// ErrBusy.
func (p *Pool) Cancel(w *Work) error {
	p.mu.Lock()
	if w.state != workQueued {
		p.mu.Unlock()
		return ErrBusy
	}
	for i, q := range p.queue {
		if q == w {
			p.queue = append(p.queue[:i], p.queue[i+1:]...)
			break
		}
	}
	w.state, w.Err = workFinished, ErrCanceled
	p.finished = append(p.finished, w)
	p.mu.Unlock()
	p.notify()
	return nil
}

// Completed appends the Work finished or canceled since the last call to
// buf, in the order it finished, and returns buf. This is where the loop
// collects what the workers did, to run the callbacks itself.
func (p *Pool) Completed(buf []*Work) []*Work {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, w := range p.finished {
		w.state = workIdle
		buf = append(buf, w)
		p.finished[i] = nil
	}
	p.finished = p.finished[:0]
	return buf
}

// Close lets the workers finish everything queued, then stops them and
// returns once they have exited. Work still uncollected stays available to
// Completed. Submit fails with ErrClosed afterwards, as does a second Close.
// Do not call Close from a Run, or while a Run waits for the caller.
func (p *Pool) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return ErrClosed
	}
	p.closed = true
	p.queued.Broadcast()
	p.mu.Unlock()
	p.workers.Wait()
	return nil
}
