package poller

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Poller is an I/O reactor: epoll on Linux, kqueue on the BSDs and macOS,
// or the scripted Fake in tests. This is the contract every backend keeps;
// the per-OS files only implement the smaller mechanism interface below.
//
// It watches file descriptors the way libuv's uv__io_poll does around
// epoll_wait or kevent (src/unix/linux.c, src/unix/kqueue.c at v1.46.0):
//
//   - Interest is level-triggered. A descriptor that is still readable after
//     a callback read only part of what was there is reported again by the
//     next Wait. Node reads a socket in 64 KiB chunks and a paused stream stops
//     reading altogether, so an edge-triggered reactor would lose data unless
//     every caller drained to EAGAIN; level triggering makes "read some, come
//     back later" correct. libuv registers level-triggered for the same reason.
//   - Each registration carries a token chosen by the registrant (a handle id,
//     an index) and every Event carries it back, so the loop never has to map
//     descriptors to handles itself.
//   - Hangup and Error are reported whether or not they were asked for, as the
//     kernels do. When a kernel reports them without a direction, the ones the
//     registrant asked for are added to the event, so a caller that only looks
//     at Readable still calls read and meets the EOF or the error there (libuv
//     works around epoll's bare EPOLLHUP the same way).
//   - Wait reports each descriptor at most once per call, its events merged
//     (kqueue reports the read and the write filter separately; they are
//     folded into one Event).
//   - Wake is the one method safe from any goroutine: it is how the thread
//     pool and other goroutines get the loop's attention. Every other method
//     belongs to the goroutine that runs the loop, except that Close may also
//     be called while that goroutine is blocked in Wait, which then returns
//     ErrClosed.
//
// The bookkeeping all backends share (registrations, tokens, the closed
// state, coalescing of wake-ups) lives once in reactor, at the end of this
// file.
type Poller interface {
	// Add registers fd for the events in ev (Readable, Writable; other bits
	// are ignored), level-triggered, and ties token to it. Adding an fd
	// that is already registered fails with an error wrapping fs.ErrExist.
	Add(fd int, ev Events, token uint64) error
	// Modify replaces the interest and the token of a registered fd. An fd
	// that is not registered fails with an error wrapping fs.ErrNotExist.
	Modify(fd int, ev Events, token uint64) error
	// Remove forgets fd. No event for fd is reported after Remove returns,
	// not even one the kernel had already queued. The fd is forgotten even
	// when the kernel reports an error (because fd was closed first, say);
	// the error is still returned. Remove before closing fd.
	Remove(fd int) error
	// Wait blocks until at least one registered fd is ready, Wake is
	// called, or timeout passes (timeout < 0: no limit; 0: do not block).
	// It appends the ready events to buf and returns it, possibly with
	// nothing added (a wake-up, the timeout, or only events for fds removed
	// meanwhile). A wake-up is never reported as an event. EINTR is retried
	// with the time that is left.
	// At most one Wait may run at a time.
	Wait(buf []Event, timeout time.Duration) ([]Event, error)
	// Wake makes a blocked Wait return, or the next one if none is
	// blocked. Wake-ups coalesce: many Wakes before a Wait cost one
	// return. Safe from any goroutine.
	Wake() error
	// Close releases the kernel objects. A Wait blocked at the time
	// returns ErrClosed; every method called afterwards returns ErrClosed.
	Close() error
}

// Events is a set of readiness conditions. Readable and Writable may be asked
// for; Hangup and Error are only ever reported.
type Events uint32

// The readiness conditions.
const (
	// Readable: a read will not block (there is data, an EOF, or an error).
	Readable Events = 1 << iota
	// Writable: a write will not block.
	Writable
	// Hangup: the peer closed its end (pipe writer gone, socket shut down).
	Hangup
	// Error: the descriptor has a pending error (EPOLLERR, EV_ERROR).
	Error
)

// interestMask is what Add and Modify accept; other bits are ignored.
const interestMask = Readable | Writable

// String returns the set as "readable|writable", or "none".
func (e Events) String() string {
	if e == 0 {
		return "none"
	}
	names := []string{"readable", "writable", "hangup", "error"}
	var parts []string
	for i, name := range names {
		if e&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if rest := e &^ (1<<len(names) - 1); rest != 0 {
		parts = append(parts, fmt.Sprintf("%#x", uint32(rest)))
	}
	return strings.Join(parts, "|")
}

// Event is one ready descriptor as Wait reports it.
type Event struct {
	FD     int
	Events Events
	// Token is the value last passed to Add or Modify for FD.
	Token uint64
}

// ErrClosed is returned by every method of a Poller, and by Pool.Submit,
// after Close.
var ErrClosed = errors.New("poller: closed")

// New returns the reactor that suits this OS: epoll on Linux and Android,
// kqueue on macOS, iOS and the BSDs. Elsewhere (Windows, wasip1, js, ...)
// it returns an error wrapping errors.ErrUnsupported; evloop's simulated
// I/O (--io=sim) runs there instead.
func New() (Poller, error) {
	m, err := newMechanism()
	if err != nil {
		return nil, err
	}
	return newReactor(m), nil
}

// mechanism is what one kernel facility provides. The reactor calls it with
// its own lock held, except for wait (called by one goroutine at a time,
// without the lock) and wake (called with the lock held, from any goroutine).
// Errors are returned bare; the reactor adds context.
type mechanism interface {
	// add starts watching fd for ev (Readable|Writable, possibly none).
	add(fd int, ev Events) error
	// modify changes the interest for fd from old to ev.
	modify(fd int, old, ev Events) error
	// remove stops watching fd, registered for old.
	remove(fd int, old Events) error
	// wait blocks as Poller.Wait does and appends what the kernel reported,
	// one Event per fd, without tokens. It consumes its own wake-up.
	wait(buf []Event, timeout time.Duration) ([]Event, error)
	// wake makes a blocked or the next wait return.
	wake() error
	// close releases the kernel objects. No other method runs during or
	// after it.
	close() error
}

// Batch sizes for one epoll_wait or kevent call: the buffer starts small
// and doubles, up to the maximum, each time a call fills it. Level
// triggering makes a full buffer harmless: what did not fit is reported by
// the next Wait.
const (
	firstBatch = 128
	maxBatch   = 4096
)

// deadline is what is left of a Wait's timeout when the kernel call is
// retried after EINTR.
type deadline struct {
	forever bool
	at      time.Time
}

func newDeadline(timeout time.Duration) deadline {
	if timeout < 0 {
		return deadline{forever: true}
	}
	return deadline{at: time.Now().Add(timeout)}
}

// left returns the time left: negative for no limit, zero once passed.
func (d deadline) left() time.Duration {
	if d.forever {
		return -1
	}
	return max(time.Until(d.at), 0)
}

// millis converts a time left into epoll_wait's milliseconds: -1 for no
// limit, rounded up so that a short timeout blocks instead of spinning, and
// capped at the largest int32.
func millis(d time.Duration) int {
	if d < 0 {
		return -1
	}
	ms := (d + time.Millisecond - 1) / time.Millisecond
	return int(min(ms, math.MaxInt32))
}

// reactor is the Poller every backend shares: it keeps the registrations
// and their tokens, filters what the mechanism reports against them, and
// serialises Close with a Wait in progress.
type reactor struct {
	m mechanism

	// woken is set by the Wake that asks the mechanism for a wake-up and
	// cleared when a Wait starts and again when it returns, so that a burst
	// of Wakes (one per pool completion, say) costs one syscall, and a Wake
	// after a Wait returned always reaches the next one: the mechanism
	// drained the earlier wake-up during the wait, so a flag left set would
	// swallow the new one and the next Wait would sleep through it.
	woken  atomic.Bool
	closed atomic.Bool // written with mu held

	mu       sync.Mutex
	idle     sync.Cond // broadcast when a Wait leaves the mechanism
	waiting  bool
	interest map[int]registration
}

// registration is what Add asked for.
type registration struct {
	events Events
	token  uint64
}

func newReactor(m mechanism) *reactor {
	r := &reactor{m: m, interest: make(map[int]registration)}
	r.idle.L = &r.mu
	return r
}

func (r *reactor) Add(fd int, ev Events, token uint64) error {
	ev &= interestMask
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed.Load() {
		return ErrClosed
	}
	if fd < 0 {
		return fmt.Errorf("poller: add fd %d: %w", fd, fs.ErrInvalid)
	}
	if _, ok := r.interest[fd]; ok {
		return fmt.Errorf("poller: add fd %d: already registered: %w", fd, fs.ErrExist)
	}
	if err := r.m.add(fd, ev); err != nil {
		return fmt.Errorf("poller: add fd %d: %w", fd, err)
	}
	r.interest[fd] = registration{events: ev, token: token}
	return nil
}

func (r *reactor) Modify(fd int, ev Events, token uint64) error {
	ev &= interestMask
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed.Load() {
		return ErrClosed
	}
	old, ok := r.interest[fd]
	if !ok {
		return fmt.Errorf("poller: modify fd %d: not registered: %w", fd, fs.ErrNotExist)
	}
	if err := r.m.modify(fd, old.events, ev); err != nil {
		return fmt.Errorf("poller: modify fd %d: %w", fd, err)
	}
	r.interest[fd] = registration{events: ev, token: token}
	return nil
}

func (r *reactor) Remove(fd int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed.Load() {
		return ErrClosed
	}
	old, ok := r.interest[fd]
	if !ok {
		return fmt.Errorf("poller: remove fd %d: not registered: %w", fd, fs.ErrNotExist)
	}
	delete(r.interest, fd)
	if err := r.m.remove(fd, old.events); err != nil {
		return fmt.Errorf("poller: remove fd %d: %w", fd, err)
	}
	return nil
}

func (r *reactor) Wait(buf []Event, timeout time.Duration) ([]Event, error) {
	r.mu.Lock()
	if r.closed.Load() {
		r.mu.Unlock()
		return buf, ErrClosed
	}
	if r.waiting {
		r.mu.Unlock()
		return buf, errors.New("poller: wait: another Wait is in progress")
	}
	r.waiting = true
	r.mu.Unlock()

	r.woken.Store(false)
	n := len(buf)
	buf, err := r.m.wait(buf, timeout)
	r.woken.Store(false)

	r.mu.Lock()
	defer r.mu.Unlock()
	r.waiting = false
	r.idle.Broadcast()
	if r.closed.Load() {
		return buf[:n], ErrClosed
	}
	if err != nil {
		return buf[:n], fmt.Errorf("poller: wait: %w", err)
	}
	return r.deliver(buf, n), nil
}

// deliver rewrites the events the mechanism appended after buf[:n]: events
// for fds removed meanwhile are dropped, the rest are masked to what was
// asked for (plus Hangup and Error) and get their tokens.
func (r *reactor) deliver(buf []Event, n int) []Event {
	out := buf[:n]
	for _, e := range buf[n:] {
		reg, ok := r.interest[e.FD]
		if !ok {
			continue
		}
		ev := e.Events & (reg.events | Hangup | Error)
		if ev&interestMask == 0 && ev != 0 {
			ev |= reg.events
		}
		if ev == 0 {
			continue
		}
		out = append(out, Event{FD: e.FD, Events: ev, Token: reg.token})
	}
	return out
}

func (r *reactor) Wake() error {
	if r.closed.Load() {
		return ErrClosed
	}
	if !r.woken.CompareAndSwap(false, true) {
		return nil // a wake-up is already on its way
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed.Load() {
		return ErrClosed
	}
	if err := r.m.wake(); err != nil {
		r.woken.Store(false)
		return fmt.Errorf("poller: wake: %w", err)
	}
	return nil
}

func (r *reactor) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed.Load() {
		return ErrClosed
	}
	r.closed.Store(true)
	if r.waiting {
		if err := r.m.wake(); err != nil {
			return fmt.Errorf("poller: close: waking Wait: %w", err)
		}
		for r.waiting {
			r.idle.Wait()
		}
	}
	r.interest = nil
	if err := r.m.close(); err != nil {
		return fmt.Errorf("poller: close: %w", err)
	}
	return nil
}
