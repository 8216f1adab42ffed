package poller

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/evloop/evloop/loop"
)

func TestPoolSize(t *testing.T) {
	// The expectations were measured with libuv 1.46's rule compiled
	// against glibc (unsigned n = atoi(v); 0 → 1; > 1024 → 1024).
	cases := []struct {
		env  string
		want int
	}{
		{"", 4}, // unset (libuv: 1 for set-but-empty; see PoolSize)
		{"1", 1},
		{"0", 1},
		{"16", 16},
		{"1024", 1024},
		{"1025", 1024},
		{"-1", 1024}, // wraps to a huge unsigned value
		{"abc", 1},
		{"  8", 8},
		{"8 threads", 8},
		{"+3", 3},
		{"\t\n 12", 12},
		{"0x10", 1},
		{"- 5", 1},
		{"+-5", 1},
		{"4294967296", 1}, // 2^32: the low 32 bits are zero
		{"4294967297", 1},
		{"4294967298", 2},
		{"-4294967295", 1},
		{"2147483648", 1024},
		{"9223372036854775807", 1024},
		{"9223372036854775808", 1024},  // strtol saturates at LONG_MAX
		{"99999999999999999999", 1024}, // likewise
		{"-9223372036854775808", 1},    // LONG_MIN: low 32 bits zero
		{"-99999999999999999999", 1},   // saturates at LONG_MIN
	}
	for _, c := range cases {
		t.Run(c.env, func(t *testing.T) {
			getenv := func(name string) string {
				if name != "UV_THREADPOOL_SIZE" {
					t.Fatalf("getenv(%q)", name)
				}
				return c.env
			}
			if got := PoolSize(getenv); got != c.want {
				t.Errorf("PoolSize(UV_THREADPOOL_SIZE=%q) = %d, want %d", c.env, got, c.want)
			}
		})
	}
}

// notifier counts notify calls and lets a test wait for the next one.
type notifier struct {
	calls atomic.Int64
	ch    chan struct{}
}

func newNotifier() *notifier { return &notifier{ch: make(chan struct{}, 1)} }

func (n *notifier) notify() {
	n.calls.Add(1)
	select {
	case n.ch <- struct{}{}:
	default: // one pending notification is enough to make collect look again
	}
}

// collect gathers n completions from p as a loop would: wait for notify,
// then ask for what finished.
func collect(t *testing.T, p *Pool, nt *notifier, n int) []*Work {
	t.Helper()
	var got []*Work
	for len(got) < n {
		select {
		case <-nt.ch:
		case <-time.After(guard):
			t.Fatalf("%d of %d works completed after %v", len(got), n, guard)
		}
		got = p.Completed(got)
	}
	if len(got) != n {
		t.Fatalf("%d completions, want %d", len(got), n)
	}
	return got
}

// gate blocks a Run until the test opens it.
type gate struct {
	entered chan int // receives the worker number when a Run starts
	open    chan struct{}
}

func newGate() *gate {
	return &gate{entered: make(chan int, 100), open: make(chan struct{})}
}

func (g *gate) run(worker int) {
	g.entered <- worker
	<-g.open
}

func (g *gate) waitEntered(t *testing.T) int {
	t.Helper()
	select {
	case w := <-g.entered:
		return w
	case <-time.After(guard):
		t.Fatalf("no Run started within %v", guard)
		return 0
	}
}

func TestPool_fifoWithOneWorker(t *testing.T) {
	nt := newNotifier()
	p := NewPool(1, nt.notify)
	defer p.Close()
	g := newGate()
	must(t, p.Submit(&Work{Run: g.run}))
	g.waitEntered(t) // the only worker is now busy; the rest must queue

	var mu sync.Mutex
	var order []int
	const n = 8
	for i := range n {
		must(t, p.Submit(&Work{Run: func(int) {
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}}))
	}
	close(g.open)
	got := collect(t, p, nt, n+1)
	for i, v := range order {
		if v != i {
			t.Fatalf("start order %v, want 0..%d in order", order, n-1)
		}
	}
	for i, w := range got[1:] {
		if w.Worker != 1 {
			t.Errorf("work %d ran on worker %d, want 1", i, w.Worker)
		}
	}
}

func TestPool_atMostSizeConcurrently(t *testing.T) {
	const size, n = 3, 12
	nt := newNotifier()
	p := NewPool(size, nt.notify)
	defer p.Close()

	var running, peak atomic.Int64
	g := newGate()
	for range n {
		must(t, p.Submit(&Work{Run: func(worker int) {
			now := running.Add(1)
			for old := peak.Load(); now > old && !peak.CompareAndSwap(old, now); old = peak.Load() {
			}
			g.run(worker)
			running.Add(-1)
		}}))
	}
	// size Runs start and block at the gate; the others wait on the queue.
	for range size {
		g.waitEntered(t)
	}
	close(g.open)
	works := collect(t, p, nt, n)

	if got := peak.Load(); got != size {
		t.Errorf("peak concurrency %d, want %d", got, size)
	}
	// From the records: every Run on a worker 1..size, and never more than
	// size intervals [Started, Ended] open at once.
	for _, w := range works {
		if w.Worker < 1 || w.Worker > size {
			t.Errorf("Worker = %d, want 1..%d", w.Worker, size)
		}
		if w.Started.IsZero() || w.Ended.Before(w.Started) {
			t.Errorf("Started %v, Ended %v", w.Started, w.Ended)
		}
		open := 0
		for _, o := range works {
			if !o.Started.After(w.Started) && o.Ended.After(w.Started) {
				open++
			}
		}
		if open > size {
			t.Errorf("%d works running at %v, want at most %d", open, w.Started, size)
		}
	}
}

func TestPool_cancel(t *testing.T) {
	cases := []struct {
		name string
		// target returns the Work to cancel, with one worker busy on
		// blocker until the gate opens.
		target  func(t *testing.T, p *Pool, blocker *Work) *Work
		wantErr error
	}{
		{"queued, not started", func(t *testing.T, p *Pool, _ *Work) *Work {
			w := &Work{Run: func(int) { t.Error("canceled work ran") }}
			must(t, p.Submit(w))
			return w
		}, nil},
		{"running", func(t *testing.T, p *Pool, blocker *Work) *Work {
			return blocker
		}, ErrBusy},
		{"never submitted", func(t *testing.T, p *Pool, _ *Work) *Work {
			return &Work{Run: func(int) {}}
		}, ErrBusy},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nt := newNotifier()
			p := NewPool(1, nt.notify)
			defer p.Close()
			g := newGate()
			blocker := &Work{Run: g.run}
			must(t, p.Submit(blocker))
			g.waitEntered(t)

			w := c.target(t, p, blocker)
			if err := p.Cancel(w); !errors.Is(err, c.wantErr) {
				t.Fatalf("Cancel = %v, want %v", err, c.wantErr)
			}
			close(g.open)
			wantDone := 1
			if c.wantErr == nil {
				wantDone = 2
			}
			got := collect(t, p, nt, wantDone)
			if c.wantErr != nil {
				return
			}
			// The canceled work completes first (the blocker was still
			// running), without a worker or times, with ErrCanceled.
			if got[0] != w || !errors.Is(w.Err, ErrCanceled) || w.Worker != 0 || !w.Started.IsZero() {
				t.Errorf("canceled work: %+v", w)
			}
			if got[1] != blocker || blocker.Err != nil {
				t.Errorf("blocker: %+v", blocker)
			}
		})
	}
}

func TestPool_cancelAfterFinish(t *testing.T) {
	nt := newNotifier()
	p := NewPool(2, nt.notify)
	defer p.Close()
	w := &Work{Run: func(int) {}}
	must(t, p.Submit(w))
	collect(t, p, nt, 1)
	if err := p.Cancel(w); !errors.Is(err, ErrBusy) {
		t.Fatalf("Cancel after finish = %v, want ErrBusy", err)
	}
	if w.Err != nil {
		t.Fatalf("Err = %v after a refused Cancel", w.Err)
	}
}

func TestPool_submitErrors(t *testing.T) {
	nt := newNotifier()
	p := NewPool(1, nt.notify)
	g := newGate()
	w := &Work{Run: g.run}
	must(t, p.Submit(w))
	g.waitEntered(t)
	if err := p.Submit(w); err == nil {
		t.Error("Submit of running Work succeeded")
	}
	if err := p.Submit(&Work{}); err == nil {
		t.Error("Submit of Work without Run succeeded")
	}
	close(g.open)
	collect(t, p, nt, 1)
	must(t, p.Submit(w)) // collected Work may go again
	collect(t, p, nt, 1)
	must(t, p.Close())
	if err := p.Submit(w); !errors.Is(err, ErrClosed) {
		t.Errorf("Submit after Close = %v, want ErrClosed", err)
	}
	if err := p.Close(); !errors.Is(err, ErrClosed) {
		t.Errorf("second Close = %v, want ErrClosed", err)
	}
}

func TestPool_closeDrainsQueue(t *testing.T) {
	nt := newNotifier()
	p := NewPool(2, nt.notify)
	var ran atomic.Int64
	const n = 20
	for range n {
		must(t, p.Submit(&Work{Run: func(int) { ran.Add(1) }}))
	}
	must(t, p.Close()) // returns after the workers emptied the queue
	if got := ran.Load(); got != n {
		t.Fatalf("%d of %d works ran before Close returned", got, n)
	}
	if got := len(p.Completed(nil)); got != n {
		t.Fatalf("Completed after Close: %d works, want %d", got, n)
	}
	if got := nt.calls.Load(); got != n {
		t.Fatalf("notify called %d times, want %d", got, n)
	}
}

// settleGoroutines waits, without sleeping, for the goroutine count to drop
// to at most want, and returns the last count.
func settleGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 10000 && n > want; i++ {
		runtime.Gosched()
		n = runtime.NumGoroutine()
	}
	return n
}

func TestPool_goroutines(t *testing.T) {
	before := settleGoroutines(0)
	nt := newNotifier()
	p := NewPool(8, nt.notify)
	if got := runtime.NumGoroutine(); got != before {
		t.Fatalf("NewPool started goroutines: %d, was %d", got, before)
	}
	for range 16 {
		must(t, p.Submit(&Work{Run: func(int) {}}))
	}
	if got := runtime.NumGoroutine(); got < before+8 {
		t.Fatalf("%d goroutines after Submit, want at least %d", got, before+8)
	}
	collect(t, p, nt, 16)
	must(t, p.Close())
	if got := settleGoroutines(before); got > before {
		t.Fatalf("%d goroutines after Close, want %d", got, before)
	}
}

func TestNewPool_clampsSize(t *testing.T) {
	for _, c := range []struct{ in, want int }{{-5, 1}, {0, 1}, {1, 1}, {4, 4}, {5000, MaxPoolSize}} {
		if got := NewPool(c.in, nil).Size(); got != c.want {
			t.Errorf("NewPool(%d).Size() = %d, want %d", c.in, got, c.want)
		}
	}
}

// BenchmarkPool_roundTrip measures Submit, a worker running an empty Run,
// and the loop collecting it after notify.
func BenchmarkPool_roundTrip(b *testing.B) {
	nt := newNotifier()
	p := NewPool(DefaultPoolSize, nt.notify)
	defer p.Close()
	w := &Work{Run: func(int) {}}
	var buf []*Work
	for b.Loop() {
		if err := p.Submit(w); err != nil {
			b.Fatal(err)
		}
		for len(buf) == 0 {
			<-nt.ch
			buf = p.Completed(buf)
		}
		buf = buf[:0]
	}
}

// BenchmarkReal_roundTrip is one fs request's hand-offs as the CLI makes
// them: Real.Submit on the loop goroutine, a worker running a Run that makes
// one system call, the worker waking the reactor, the loop blocked in
// Real.Wait returning and collecting the completion with Poll.
func BenchmarkReal_roundTrip(b *testing.B) {
	r, err := NewReal(DefaultPoolSize)
	if err != nil {
		b.Skip(err)
	}
	defer r.Close()
	var buf []loop.Completion
	req := &loop.Request{}
	for b.Loop() {
		r.Submit(req, 0, func() { syscall.Getppid() }, func() {})
		for len(buf) == 0 {
			r.Wait(-1)
			buf = r.Poll(buf)
		}
		buf = buf[:0]
	}
}

// TestReal_wakeAfterCollect is a completion that finishes after the loop
// collected the previous one and before the loop waits again: the wait must
// return for it. (The reactor's "wake-up on its way" flag, left set by the
// previous wake-up, used to swallow this one's eventfd write: the loop
// slept with the completion uncollected.) Every other job is made to
// finish before the loop waits.
func TestReal_wakeAfterCollect(t *testing.T) {
	r, err := NewReal(2)
	if err != nil {
		t.Skip(err)
	}
	defer r.Close()
	woke := make(chan struct{}, 1)
	rp := r.p
	r.pool = NewPool(2, func() { _ = rp.Wake(); woke <- struct{}{} })
	var rescued atomic.Bool
	var buf []loop.Completion
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			// A job that finishes while the loop waits: its wake-up
			// sets the reactor's flag and ends that wait.
			r.Submit(&loop.Request{}, 0, func() { time.Sleep(20 * time.Millisecond) }, func() {})
			go func() { <-woke }()
		} else {
			// The next job finishes before the loop waits again.
			r.Submit(&loop.Request{}, 0, func() {}, func() {})
			<-woke // the worker has finished and asked for its wake-up
		}
		watchdog := time.AfterFunc(10*time.Second, func() { rescued.Store(true); _ = r.Wake() })
		for len(buf) == 0 {
			r.Wait(-1)
			buf = r.Poll(buf)
		}
		watchdog.Stop()
		if rescued.Load() {
			t.Fatalf("round trip %d: the loop slept through a finished job's wake-up", i)
		}
		buf = buf[:0]
	}
}
