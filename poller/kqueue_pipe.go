//go:build netbsd || openbsd

package poller

import (
	"errors"

	"golang.org/x/sys/unix"
)

// kqueueWakeup wakes a kqueue through a non-blocking pipe, for kernels
// without EVFILT_USER (or whose x/sys does not name it): trigger writes a
// byte, the read end is registered for EVFILT_READ, drain empties it.
type kqueueWakeup struct {
	r, w int
}

func (w *kqueueWakeup) open(kq int) error {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		return err
	}
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], p[0], unix.EVFILT_READ, unix.EV_ADD)
	if _, err := unix.Kevent(kq, ev[:], nil, nil); err != nil {
		unix.Close(p[0])
		unix.Close(p[1])
		return err
	}
	w.r, w.w = p[0], p[1]
	return nil
}

func (w *kqueueWakeup) is(r *unix.Kevent_t) bool {
	return r.Filter == unix.EVFILT_READ && int(r.Ident) == w.r
}

func (w *kqueueWakeup) drain() {
	var b [64]byte
	for {
		n, err := unix.Read(w.r, b[:])
		if n <= 0 && !errors.Is(err, unix.EINTR) {
			return // EAGAIN: empty
		}
	}
}

func (w *kqueueWakeup) trigger(int) error {
	for {
		_, err := unix.Write(w.w, []byte{0})
		switch {
		case errors.Is(err, unix.EINTR):
			continue
		case errors.Is(err, unix.EAGAIN):
			return nil // the pipe is full, so it is readable already
		default:
			return err
		}
	}
}

func (w *kqueueWakeup) close() error {
	return errors.Join(unix.Close(w.r), unix.Close(w.w))
}
