//go:build darwin || freebsd

package fs

import (
	iofs "io/fs"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

// osStat reads stat(2)'s fields from a real file's FileInfo.
func osStat(fi iofs.FileInfo) *sys.Stat {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	ts := func(t syscall.Timespec) time.Time { return time.Unix(int64(t.Sec), int64(t.Nsec)) }
	return &sys.Stat{Dev: uint64(st.Dev), Ino: uint64(st.Ino), Nlink: uint64(st.Nlink), Uid: uint64(st.Uid),
		Gid: uint64(st.Gid), Rdev: uint64(st.Rdev), Mode: uint32(st.Mode), Size: int64(st.Size),
		Blksize: int64(st.Blksize), Blocks: int64(st.Blocks),
		Atime: ts(st.Atimespec), Mtime: ts(st.Mtimespec), Ctime: ts(st.Ctimespec), Birthtime: ts(st.Birthtimespec)}
}
