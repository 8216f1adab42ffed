package poller

import (
	"encoding/binary"
	"io/fs"
	"path"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/loop/sys"
)

// inotifyMask is what libuv's uv_fs_event_start asks inotify for.
const inotifyMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE | unix.IN_DELETE_SELF |
	unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// inotify is sys.Watcher on Linux: one inotify descriptor per loop, on the
// reactor like a socket, opened at the first Watch (libuv's
// uv__inotify_fd). Its events run in the poll phase, each watcher of the
// same inode called in turn from one readiness, as uv__inotify_read does.
// Loop goroutine only.
type inotify struct {
	b     *Real
	fd    int
	byWd  map[int32][]*inotifyWatch
	buf   []byte
	count uint64
}

type inotifyWatch struct {
	id   uint64
	wd   int32
	base string // the watched path's base name: an event's filename on the path itself
	fn   func(event, filename string)
}

// FSWatcher returns b's sys.Watcher (inotify).
func (b *Real) FSWatcher() sys.Watcher {
	if b.inotify == nil {
		b.inotify = &inotify{b: b, fd: -1, byWd: map[int32][]*inotifyWatch{}}
	}
	return b.inotify
}

// Watch implements sys.Watcher.
func (in *inotify) Watch(name string, fn func(event, filename string)) (func(), error) {
	if in.fd < 0 {
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			return nil, &fs.PathError{Op: "watch", Path: name, Err: err}
		}
		if err := in.b.Watch(fd, Readable, "fs.watch", func(Events) { in.read() }); err != nil {
			unix.Close(fd)
			return nil, err
		}
		in.fd = fd
	}
	wd, err := unix.InotifyAddWatch(in.fd, name, inotifyMask)
	if err != nil {
		return nil, &fs.PathError{Op: "watch", Path: name, Err: err}
	}
	in.count++
	w := &inotifyWatch{id: in.count, wd: int32(wd), base: path.Base(name), fn: fn}
	in.byWd[w.wd] = append(in.byWd[w.wd], w)
	return func() { in.stop(w) }, nil
}

// stop removes w; the kernel watch goes with the inode's last watcher.
func (in *inotify) stop(w *inotifyWatch) {
	ws := in.byWd[w.wd]
	for i, x := range ws {
		if x == w {
			ws = append(ws[:i:i], ws[i+1:]...)
			break
		}
	}
	if len(ws) > 0 {
		in.byWd[w.wd] = ws
		return
	}
	delete(in.byWd, w.wd)
	_, _ = unix.InotifyRmWatch(in.fd, uint32(w.wd))
}

// read takes every queued event and calls the watchers, with libuv's
// naming: "change" for a modification or an attribute change alone,
// "rename" for anything else.
func (in *inotify) read() {
	if in.buf == nil {
		in.buf = make([]byte, 64*1024)
	}
	for {
		n, err := unix.Read(in.fd, in.buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			wd := int32(binary.NativeEndian.Uint32(in.buf[off:]))
			mask := binary.NativeEndian.Uint32(in.buf[off+4:])
			nameLen := int(binary.NativeEndian.Uint32(in.buf[off+12:]))
			start := off + unix.SizeofInotifyEvent
			off = start + nameLen
			if mask&unix.IN_IGNORED != 0 || off > n {
				continue
			}
			name := string(in.buf[start:off])
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			event := "rename"
			if mask&(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 && mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) == 0 {
				event = "change"
			}
			// A copy: a callback may stop watchers of this inode.
			for _, w := range append([]*inotifyWatch(nil), in.byWd[wd]...) {
				if !in.live(w) {
					continue
				}
				filename := name
				if filename == "" {
					filename = w.base
				}
				w.fn(event, filename)
			}
		}
	}
}

func (in *inotify) live(w *inotifyWatch) bool {
	for _, x := range in.byWd[w.wd] {
		if x == w {
			return true
		}
	}
	return false
}

// close releases the descriptor (the backend is closing).
func (in *inotify) close() {
	if in.fd >= 0 {
		_ = in.b.Unwatch(in.fd)
		unix.Close(in.fd)
		in.fd = -1
	}
}
