//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package poller

// kqueue(2) as a mechanism. Read it beside epoll_linux.go: same methods, same
// order (new, add, modify, remove, wait, wake, close). The wake-up differs by
// kernel: an EVFILT_USER event where there is one (kqueue_user.go), a pipe
// where there is not (kqueue_pipe.go).

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/sys/unix"
)

// maxKeventWait caps one kevent timeout: Darwin rejects very long ones with
// EINVAL. Wait may return with nothing when the cap is reached.
const maxKeventWait = 1e6 * time.Second

// kqueue is one kqueue and the event that wakes it.
type kqueue struct {
	kq     int
	wakeup kqueueWakeup
	raw    []unix.Kevent_t // used only by wait
	seen   map[int]int     // fd → index in wait's buf, to merge read and write filters
}

func newMechanism() (mechanism, error) {
	kq, err := unix.Kqueue()
	if err != nil {
		return nil, fmt.Errorf("poller: kqueue: %w", err)
	}
	unix.CloseOnExec(kq)
	k := &kqueue{kq: kq, raw: make([]unix.Kevent_t, firstBatch), seen: make(map[int]int)}
	if err := k.wakeup.open(kq); err != nil {
		unix.Close(kq)
		return nil, fmt.Errorf("poller: kqueue wake-up: %w", err)
	}
	return k, nil
}

func (k *kqueue) add(fd int, ev Events) error {
	return k.change(fd, 0, ev)
}

func (k *kqueue) modify(fd int, old, ev Events) error {
	return k.change(fd, old, ev)
}

func (k *kqueue) remove(fd int, old Events) error {
	return k.change(fd, old, 0)
}

// change adds the filters ev asks for and old did not, and deletes the ones
// old asked for and ev does not: kqueue keeps one filter per direction.
func (k *kqueue) change(fd int, old, ev Events) error {
	filters := [...]struct {
		bit    Events
		filter int
	}{{Readable, unix.EVFILT_READ}, {Writable, unix.EVFILT_WRITE}}
	var changes [len(filters)]unix.Kevent_t
	n := 0
	for _, f := range filters {
		switch {
		case ev&f.bit != 0 && old&f.bit == 0:
			unix.SetKevent(&changes[n], fd, f.filter, unix.EV_ADD)
		case ev&f.bit == 0 && old&f.bit != 0:
			unix.SetKevent(&changes[n], fd, f.filter, unix.EV_DELETE)
		default:
			continue
		}
		n++
	}
	if n == 0 {
		return nil
	}
	_, err := unix.Kevent(k.kq, changes[:n], nil, nil)
	return err
}

func (k *kqueue) wait(buf []Event, timeout time.Duration) ([]Event, error) {
	d := newDeadline(timeout)
	for {
		var ts *unix.Timespec
		if left := d.left(); left >= 0 {
			t := unix.NsecToTimespec(int64(min(left, maxKeventWait)))
			ts = &t
		}
		n, err := unix.Kevent(k.kq, nil, k.raw, ts)
		if errors.Is(err, unix.EINTR) {
			continue // a signal; try again with what is left of the timeout
		}
		if err != nil {
			return buf, fmt.Errorf("kevent: %w", err)
		}
		clear(k.seen)
		for i := range k.raw[:n] {
			r := &k.raw[i]
			if k.wakeup.is(r) {
				k.wakeup.drain()
				continue
			}
			fd := int(r.Ident)
			if j, ok := k.seen[fd]; ok {
				buf[j].Events |= fromKevent(r)
				continue
			}
			k.seen[fd] = len(buf)
			buf = append(buf, Event{FD: fd, Events: fromKevent(r)})
		}
		if n == len(k.raw) && n < maxBatch {
			k.raw = make([]unix.Kevent_t, 2*n)
		}
		return buf, nil
	}
}

// fromKevent translates one kevent: its filter is the direction, EV_EOF the
// hangup.
func fromKevent(r *unix.Kevent_t) Events {
	var ev Events
	switch r.Filter {
	case unix.EVFILT_READ:
		ev |= Readable
	case unix.EVFILT_WRITE:
		ev |= Writable
	}
	if r.Flags&unix.EV_EOF != 0 {
		ev |= Hangup
	}
	if r.Flags&unix.EV_ERROR != 0 {
		ev |= Error
	}
	return ev
}

func (k *kqueue) wake() error {
	return k.wakeup.trigger(k.kq)
}

func (k *kqueue) close() error {
	return errors.Join(k.wakeup.close(), unix.Close(k.kq))
}
