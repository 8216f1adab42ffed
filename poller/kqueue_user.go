//go:build darwin || dragonfly || freebsd

package poller

import "golang.org/x/sys/unix"

// kqueueWakeup wakes a kqueue with an EVFILT_USER event: no descriptor, one
// kevent call to trigger, and EV_CLEAR re-arms it once it has been reported.
type kqueueWakeup struct{}

// wakeIdent is the EVFILT_USER identifier. User events have their own
// namespace, so it does not clash with descriptor 0.
const wakeIdent = 0

func (w *kqueueWakeup) open(kq int) error {
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], wakeIdent, unix.EVFILT_USER, unix.EV_ADD|unix.EV_CLEAR)
	_, err := unix.Kevent(kq, ev[:], nil, nil)
	return err
}

func (w *kqueueWakeup) is(r *unix.Kevent_t) bool {
	return r.Filter == unix.EVFILT_USER && r.Ident == wakeIdent
}

// drain has nothing to do: EV_CLEAR reset the event when it was reported.
func (w *kqueueWakeup) drain() {}

func (w *kqueueWakeup) trigger(kq int) error {
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], wakeIdent, unix.EVFILT_USER, 0)
	ev[0].Fflags = unix.NOTE_TRIGGER
	_, err := unix.Kevent(kq, ev[:], nil, nil)
	return err
}

// close has nothing to release: the event goes with the kqueue.
func (w *kqueueWakeup) close() error { return nil }
