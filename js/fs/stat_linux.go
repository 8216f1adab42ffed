//go:build linux

package fs

import (
	iofs "io/fs"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

// osStat reads stat(2)'s fields from a real file's FileInfo. Linux's
// stat(2) has no birth time (node asks statx); the change time stands in.
func osStat(fi iofs.FileInfo) *sys.Stat {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	ts := func(t syscall.Timespec) time.Time { return time.Unix(int64(t.Sec), int64(t.Nsec)) }
	return &sys.Stat{Dev: uint64(st.Dev), Ino: uint64(st.Ino), Nlink: uint64(st.Nlink), Uid: uint64(st.Uid),
		Gid: uint64(st.Gid), Rdev: uint64(st.Rdev), Mode: uint32(st.Mode), Size: int64(st.Size),
		Blksize: int64(st.Blksize), Blocks: int64(st.Blocks),
		Atime: ts(st.Atim), Mtime: ts(st.Mtim), Ctime: ts(st.Ctim), Birthtime: ts(st.Ctim)}
}
