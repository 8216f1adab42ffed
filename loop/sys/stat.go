package sys

import "time"

// Stat is what stat(2) says about a file beyond fs.FileInfo: the fields of
// node's fs.Stats. A file system that is not the operating system's (the
// simulated one) returns a *Stat from FileInfo.Sys(); for the real one the
// bindings read the platform's *syscall.Stat_t instead.
type Stat struct {
	Dev, Ino, Nlink, Uid, Gid, Rdev uint64
	Mode                            uint32 // st_mode: the type bits (S_IFREG, ...) and the permissions
	Size, Blksize, Blocks           int64
	Atime, Mtime, Ctime, Birthtime  time.Time
}

// The type bits of st_mode, as on Linux (node's fs.constants.S_IF*).
const (
	S_IFMT   = 0o170000
	S_IFSOCK = 0o140000
	S_IFLNK  = 0o120000
	S_IFREG  = 0o100000
	S_IFBLK  = 0o060000
	S_IFDIR  = 0o040000
	S_IFCHR  = 0o020000
	S_IFIFO  = 0o010000
)
