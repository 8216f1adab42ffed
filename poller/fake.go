package poller

import (
	"slices"
	"sync"
	"time"
)

// Fake is a Poller whose readiness a test scripts: Ready sets what a
// descriptor is ready for, and Wait reports it, level-triggered, to
// whoever registered that descriptor, exactly as a kernel would. It shares
// the bookkeeping of the real backends (tokens, Remove, Close, wake-up
// coalescing); only the kernel is replaced.
//
// Fake never sleeps. A Wait with nothing ready returns at once when its
// timeout is zero or positive, as if the timeout had passed; Timeouts records
// what each Wait asked for. A Wait with no time limit blocks until Ready,
// Wake or Close, so a test can drive a loop from another goroutine.
//
// Descriptors are plain numbers to a Fake; nothing is opened. It builds on
// every platform, wasm included.
type Fake struct {
	r *reactor
	m *fakeKernel
}

var _ Poller = (*Fake)(nil)

// NewFake returns a Fake with nothing ready.
func NewFake() *Fake {
	m := &fakeKernel{level: make(map[int]Events), interest: make(map[int]Events)}
	m.changed.L = &m.mu
	return &Fake{r: newReactor(m), m: m}
}

// Ready sets what fd is ready for now (Readable, Writable, Hangup, Error;
// zero: nothing), replacing what was set before. fd need not be registered
// yet. A Wait blocked without a time limit returns if the change concerns a
// registered fd. Safe from any goroutine.
func (f *Fake) Ready(fd int, ev Events) {
	f.m.mu.Lock()
	defer f.m.mu.Unlock()
	if ev == 0 {
		delete(f.m.level, fd)
	} else {
		f.m.level[fd] = ev
	}
	f.m.changed.Broadcast()
}

// Timeouts returns the timeout of every Wait so far, in order. Safe from
// any goroutine.
func (f *Fake) Timeouts() []time.Duration {
	f.m.mu.Lock()
	defer f.m.mu.Unlock()
	return slices.Clone(f.m.timeouts)
}

// Add implements Poller.
func (f *Fake) Add(fd int, ev Events, token uint64) error { return f.r.Add(fd, ev, token) }

// Modify implements Poller.
func (f *Fake) Modify(fd int, ev Events, token uint64) error { return f.r.Modify(fd, ev, token) }

// Remove implements Poller.
func (f *Fake) Remove(fd int) error { return f.r.Remove(fd) }

// Wait implements Poller. Events come out in ascending fd order.
func (f *Fake) Wait(buf []Event, timeout time.Duration) ([]Event, error) {
	return f.r.Wait(buf, timeout)
}

// Wake implements Poller. Safe from any goroutine.
func (f *Fake) Wake() error { return f.r.Wake() }

// Close implements Poller.
func (f *Fake) Close() error { return f.r.Close() }

// fakeKernel is the mechanism behind Fake: a table of levels instead of a
// kernel.
type fakeKernel struct {
	mu       sync.Mutex
	changed  sync.Cond // broadcast by Ready and wake
	level    map[int]Events
	interest map[int]Events
	woken    bool
	timeouts []time.Duration
}

func (k *fakeKernel) add(fd int, ev Events) error {
	return k.modify(fd, 0, ev)
}

func (k *fakeKernel) modify(fd int, _, ev Events) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.interest[fd] = ev
	return nil
}

func (k *fakeKernel) remove(fd int, _ Events) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.interest, fd)
	return nil
}

func (k *fakeKernel) wait(buf []Event, timeout time.Duration) ([]Event, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.timeouts = append(k.timeouts, timeout)
	for {
		n := len(buf)
		buf = k.ready(buf)
		if len(buf) > n || k.woken || timeout >= 0 {
			k.woken = false
			return buf, nil
		}
		k.changed.Wait()
	}
}

// ready appends, in fd order, what each registered fd is ready for and
// interested in; like a kernel, it reports Hangup and Error regardless.
func (k *fakeKernel) ready(buf []Event) []Event {
	fds := make([]int, 0, len(k.interest))
	for fd := range k.interest {
		fds = append(fds, fd)
	}
	slices.Sort(fds)
	for _, fd := range fds {
		if ev := k.level[fd] & (k.interest[fd] | Hangup | Error); ev != 0 {
			buf = append(buf, Event{FD: fd, Events: ev})
		}
	}
	return buf
}

func (k *fakeKernel) wake() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.woken = true
	k.changed.Broadcast()
	return nil
}

func (k *fakeKernel) close() error { return nil }
