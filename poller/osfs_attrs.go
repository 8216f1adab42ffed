//go:build linux || darwin || freebsd

package poller

import (
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/loop/sys"
)

// OSFS has links, times, owners and statfs where x/sys/unix gives them the
// same shape (Linux, macOS, FreeBSD); elsewhere those node calls say ENOSYS.
var _ sys.FSAttrs = OSFS{}

// Link implements sys.FSAttrs.
func (OSFS) Link(oldname, newname string) error { return os.Link(oldname, newname) }

// Utimes implements sys.FSAttrs with utimensat(2), to the nanosecond.
func (OSFS) Utimes(name string, atime, mtime time.Time, follow bool) error {
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	ts := []unix.Timespec{unix.NsecToTimespec(atime.UnixNano()), unix.NsecToTimespec(mtime.UnixNano())}
	if err := unix.UtimesNanoAt(unix.AT_FDCWD, name, ts, flags); err != nil {
		op := "utime"
		if !follow {
			op = "lutime"
		}
		return &os.PathError{Op: op, Path: name, Err: err}
	}
	return nil
}

// Futimes implements sys.FSAttrs for the files OpenFile returns (to the
// microsecond: futimes(2)).
func (OSFS) Futimes(f sys.File, atime, mtime time.Time) error {
	of, ok := f.(*os.File)
	if !ok {
		return syscall.EBADF
	}
	tv := []unix.Timeval{unix.NsecToTimeval(atime.UnixNano()), unix.NsecToTimeval(mtime.UnixNano())}
	return unix.Futimes(int(of.Fd()), tv)
}

// Chown implements sys.FSAttrs.
func (OSFS) Chown(name string, uid, gid int, follow bool) error {
	if follow {
		return os.Chown(name, uid, gid)
	}
	return os.Lchown(name, uid, gid)
}

// Fchown implements sys.FSAttrs.
func (OSFS) Fchown(f sys.File, uid, gid int) error {
	of, ok := f.(*os.File)
	if !ok {
		return syscall.EBADF
	}
	return of.Chown(uid, gid)
}

// Statfs implements sys.FSAttrs.
func (OSFS) Statfs(name string) (sys.Statfs, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(name, &st); err != nil {
		return sys.Statfs{}, &os.PathError{Op: "statfs", Path: name, Err: err}
	}
	return sys.Statfs{Type: int64(st.Type), Bsize: int64(st.Bsize), Blocks: int64(st.Blocks),
		Bfree: int64(st.Bfree), Bavail: int64(st.Bavail), Files: int64(st.Files), Ffree: int64(st.Ffree)}, nil
}
