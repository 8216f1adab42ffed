package poller

import (
	"os"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

var _ sys.FSAttrs = (*SimFS)(nil)

// Link implements sys.FSAttrs with link(2)'s rules: a second name for a
// file (not a directory), oldname's symlink not followed.
func (s *SimFS) Link(oldname, newname string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	lerr := func(errno syscall.Errno) error {
		return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: errno}
	}
	n, errno := s.lookup(oldname, false)
	if errno != 0 {
		return lerr(errno)
	}
	if n.isDir() {
		return lerr(syscall.EPERM)
	}
	dir, base, _, errno := s.walk(newname, false)
	switch {
	case errno == syscall.ENOENT && dir != nil:
	case errno == 0:
		return lerr(syscall.EEXIST)
	default:
		return lerr(errno)
	}
	if s.uid != 0 && !s.may(dir, 3) {
		return lerr(syscall.EACCES)
	}
	n.nlink++
	n.ctime = s.now()
	s.link(dir, base, n)
	return nil
}

// Utimes implements sys.FSAttrs.
func (s *SimFS) Utimes(name string, atime, mtime time.Time, follow bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(name, follow)
	if errno != 0 {
		op := "utime"
		if !follow {
			op = "lutime"
		}
		return pathErr(op, name, errno)
	}
	s.setTimes(n, atime, mtime)
	s.notifyChange(n, name)
	return nil
}

// setTimes sets n's times as utimensat(2) does (ctime becomes now).
func (s *SimFS) setTimes(n *simNode, atime, mtime time.Time) {
	n.atime, n.mtime, n.ctime = atime, mtime, s.now()
}

// Futimes implements sys.FSAttrs.
func (s *SimFS) Futimes(f sys.File, atime, mtime time.Time) error {
	sf, ok := f.(*simFile)
	if !ok {
		return syscall.EBADF
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if sf.closed {
		return pathErr("futime", sf.name, syscall.EBADF)
	}
	s.setTimes(sf.n, atime, mtime)
	s.notifyChange(sf.n, sf.name)
	return nil
}

// Chown implements sys.FSAttrs: only root gives a file away; an owner may
// keep its uid and change the group (to any group here: the simulation
// knows no group lists).
func (s *SimFS) Chown(name string, uid, gid int, follow bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(name, follow)
	if errno == 0 {
		errno = s.chown(n, uid, gid)
	}
	if errno == 0 {
		s.notifyChange(n, name)
	}
	if errno != 0 {
		op := "chown"
		if !follow {
			op = "lchown"
		}
		return pathErr(op, name, errno)
	}
	return nil
}

func (s *SimFS) chown(n *simNode, uid, gid int) syscall.Errno {
	if s.uid != 0 && (n.uid != s.uid || (uid != -1 && uint64(uid) != n.uid)) {
		return syscall.EPERM
	}
	if uid != -1 {
		n.uid = uint64(uid)
	}
	if gid != -1 {
		n.gid = uint64(gid)
	}
	n.ctime = s.now()
	return 0
}

// Fchown implements sys.FSAttrs.
func (s *SimFS) Fchown(f sys.File, uid, gid int) error {
	sf, ok := f.(*simFile)
	if !ok {
		return syscall.EBADF
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if sf.closed {
		return pathErr("fchown", sf.name, syscall.EBADF)
	}
	if errno := s.chown(sf.n, uid, gid); errno != 0 {
		return pathErr("fchown", sf.name, errno)
	}
	s.notifyChange(sf.n, sf.name)
	return nil
}

// Statfs implements sys.FSAttrs: a fixed 1 GiB tmpfs-like volume, so a run
// is repeatable.
func (s *SimFS) Statfs(name string) (sys.Statfs, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, errno := s.lookup(name, true); errno != 0 {
		return sys.Statfs{}, pathErr("statfs", name, errno)
	}
	return sys.Statfs{Type: 0x01021994, Bsize: 4096, Blocks: 262144, Bfree: 262144, Bavail: 262144,
		Files: 262144, Ffree: 262144 - int64(s.nextIno)}, nil
}
