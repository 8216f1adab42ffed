//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package poller

import (
	"io/fs"
	"path"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/loop/sys"
)

// vnodeFlags are what libuv's kqueue backend of uv_fs_event asks for.
const vnodeFlags = unix.NOTE_ATTRIB | unix.NOTE_WRITE | unix.NOTE_RENAME | unix.NOTE_DELETE | unix.NOTE_EXTEND |
	unix.NOTE_REVOKE

// inotify is sys.Watcher on the BSDs and macOS, named as Linux's for the
// backend's field: libuv's kqueue uv_fs_event. Each watched path is an open
// descriptor with an EVFILT_VNODE filter in a kqueue of its own, and that
// kqueue sits on the reactor like a socket (readable while it holds
// events), so the events run in the poll phase. As libuv's, an event names
// the watched path's own base name, not an entry of a watched directory
// (node on macOS watches directories with FSEvents instead; evloop does not).
// Loop goroutine only.
type inotify struct {
	b     *Real
	kq    int
	byFD  map[int]*kqWatch
	evbuf []unix.Kevent_t
}

type kqWatch struct {
	fd   int
	base string
	fn   func(event, filename string)
}

// FSWatcher returns b's sys.Watcher (kqueue EVFILT_VNODE).
func (b *Real) FSWatcher() sys.Watcher {
	if b.inotify == nil {
		b.inotify = &inotify{b: b, kq: -1, byFD: map[int]*kqWatch{}}
	}
	return b.inotify
}

// Watch implements sys.Watcher.
func (in *inotify) Watch(name string, fn func(event, filename string)) (func(), error) {
	if in.kq < 0 {
		kq, err := unix.Kqueue()
		if err != nil {
			return nil, &fs.PathError{Op: "watch", Path: name, Err: err}
		}
		unix.CloseOnExec(kq)
		if err := in.b.Watch(kq, Readable, "fs.watch", func(Events) { in.read() }); err != nil {
			unix.Close(kq)
			return nil, err
		}
		in.kq = kq
	}
	fd, err := unix.Open(name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "watch", Path: name, Err: err}
	}
	var ev unix.Kevent_t
	unix.SetKevent(&ev, fd, unix.EVFILT_VNODE, unix.EV_ADD|unix.EV_CLEAR)
	ev.Fflags = vnodeFlags
	if _, err := unix.Kevent(in.kq, []unix.Kevent_t{ev}, nil, nil); err != nil {
		unix.Close(fd)
		return nil, &fs.PathError{Op: "watch", Path: name, Err: err}
	}
	w := &kqWatch{fd: fd, base: path.Base(name), fn: fn}
	in.byFD[fd] = w
	return func() {
		if in.byFD[fd] == w {
			delete(in.byFD, fd)
			unix.Close(fd) // closing removes the filter
		}
	}, nil
}

// read takes the queued vnode events: "change" for an attribute change or
// growth, "rename" for anything else, as libuv names them.
func (in *inotify) read() {
	if in.evbuf == nil {
		in.evbuf = make([]unix.Kevent_t, 64)
	}
	zero := unix.Timespec{}
	for {
		n, err := unix.Kevent(in.kq, nil, in.evbuf, &zero)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		for _, ev := range in.evbuf[:n] {
			w := in.byFD[int(ev.Ident)]
			if w == nil {
				continue
			}
			event := "rename"
			if uint32(ev.Fflags)&(unix.NOTE_ATTRIB|unix.NOTE_EXTEND) != 0 {
				event = "change"
			}
			w.fn(event, w.base)
		}
		if n < len(in.evbuf) {
			return
		}
	}
}

// close releases the descriptors (the backend is closing).
func (in *inotify) close() {
	for fd := range in.byFD {
		unix.Close(fd)
	}
	in.byFD = map[int]*kqWatch{}
	if in.kq >= 0 {
		_ = in.b.Unwatch(in.kq)
		unix.Close(in.kq)
		in.kq = -1
	}
}
