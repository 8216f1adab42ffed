package poller

// epoll(7) as a mechanism. Read it beside kqueue_bsd.go: same methods, same
// order (new, add, modify, remove, wait, wake, close).

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// epoll is one epoll instance and the eventfd that wakes it.
type epoll struct {
	epfd   int
	wakefd int               // eventfd(2), registered for EPOLLIN; written by wake
	raw    []unix.EpollEvent // used only by wait
	ts     kernelTimespec    // epoll_pwait2's timeout, used only by wait
}

// kernelTimespec is the kernel's struct __kernel_timespec, which
// epoll_pwait2 takes on every architecture (64-bit fields even where
// unix.Timespec's are 32-bit).
type kernelTimespec struct {
	sec, nsec int64
}

// noPwait2 is set once epoll_pwait2 has failed as missing (Linux before
// 5.11: ENOSYS; a seccomp filter that does not know it: EPERM). Every wait
// after that uses epoll_wait.
var noPwait2 atomic.Bool

// epollWait waits for at most left (negative: no limit) with nanosecond
// precision in epoll_pwait2, or, where the kernel lacks it, in epoll_wait
// with left rounded up to whole milliseconds (so a timeout never ends
// early: the loop waits until a timer's due instant, not a millisecond
// boundary of its own).
func (e *epoll) epollWait(left time.Duration) (int, error) {
	if !noPwait2.Load() {
		var ts unsafe.Pointer // nil: no limit
		if left >= 0 {
			e.ts = kernelTimespec{sec: int64(left / time.Second), nsec: int64(left % time.Second)}
			ts = unsafe.Pointer(&e.ts)
		}
		r, _, errno := unix.Syscall6(unix.SYS_EPOLL_PWAIT2, uintptr(e.epfd),
			uintptr(unsafe.Pointer(&e.raw[0])), uintptr(len(e.raw)), uintptr(ts), 0, 0)
		switch errno {
		case 0:
			return int(r), nil
		case unix.ENOSYS, unix.EPERM:
			noPwait2.Store(true)
		default:
			return 0, errno
		}
	}
	return unix.EpollWait(e.epfd, e.raw, millis(left))
}

func newMechanism() (mechanism, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("poller: epoll_create1: %w", err)
	}
	wakefd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(epfd)
		return nil, fmt.Errorf("poller: eventfd: %w", err)
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wakefd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wakefd, &ev); err != nil {
		unix.Close(wakefd)
		unix.Close(epfd)
		return nil, fmt.Errorf("poller: epoll_ctl(eventfd): %w", err)
	}
	return &epoll{epfd: epfd, wakefd: wakefd, raw: make([]unix.EpollEvent, firstBatch)}, nil
}

func (e *epoll) add(fd int, ev Events) error {
	return e.ctl(unix.EPOLL_CTL_ADD, fd, ev)
}

func (e *epoll) modify(fd int, _, ev Events) error {
	return e.ctl(unix.EPOLL_CTL_MOD, fd, ev)
}

func (e *epoll) remove(fd int, _ Events) error {
	// A non-nil event keeps kernels before 2.6.9 happy.
	return unix.EpollCtl(e.epfd, unix.EPOLL_CTL_DEL, fd, &unix.EpollEvent{})
}

func (e *epoll) ctl(op, fd int, ev Events) error {
	var bits uint32
	if ev&Readable != 0 {
		// EPOLLRDHUP tells a socket's half-close apart from plain data.
		bits |= unix.EPOLLIN | unix.EPOLLRDHUP
	}
	if ev&Writable != 0 {
		bits |= unix.EPOLLOUT
	}
	return unix.EpollCtl(e.epfd, op, fd, &unix.EpollEvent{Events: bits, Fd: int32(fd)})
}

func (e *epoll) wait(buf []Event, timeout time.Duration) ([]Event, error) {
	d := newDeadline(timeout)
	for {
		n, err := e.epollWait(d.left())
		if errors.Is(err, unix.EINTR) {
			continue // a signal; try again with what is left of the timeout
		}
		if err != nil {
			return buf, fmt.Errorf("epoll_wait: %w", err)
		}
		for _, r := range e.raw[:n] {
			if int(r.Fd) == e.wakefd {
				e.drain()
				continue
			}
			buf = append(buf, Event{FD: int(r.Fd), Events: fromEpoll(r.Events)})
		}
		if n == len(e.raw) && n < maxBatch {
			e.raw = make([]unix.EpollEvent, 2*n)
		}
		return buf, nil
	}
}

// fromEpoll translates an epoll event mask.
func fromEpoll(bits uint32) Events {
	var ev Events
	if bits&(unix.EPOLLIN|unix.EPOLLPRI) != 0 {
		ev |= Readable
	}
	if bits&unix.EPOLLOUT != 0 {
		ev |= Writable
	}
	if bits&(unix.EPOLLHUP|unix.EPOLLRDHUP) != 0 {
		ev |= Hangup
	}
	if bits&unix.EPOLLERR != 0 {
		ev |= Error
	}
	return ev
}

// drain resets the eventfd's counter so it stops being readable.
func (e *epoll) drain() {
	var b [8]byte
	for {
		_, err := unix.Read(e.wakefd, b[:])
		if !errors.Is(err, unix.EINTR) {
			return // read it, or EAGAIN: already zero
		}
	}
}

func (e *epoll) wake() error {
	var b [8]byte
	binary.NativeEndian.PutUint64(b[:], 1)
	for {
		_, err := unix.Write(e.wakefd, b[:])
		switch {
		case errors.Is(err, unix.EINTR):
			continue
		case errors.Is(err, unix.EAGAIN):
			return nil // the counter is full, so it is readable already
		default:
			return err
		}
	}
}

func (e *epoll) close() error {
	return errors.Join(unix.Close(e.wakefd), unix.Close(e.epfd))
}
