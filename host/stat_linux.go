package host

import (
	"io/fs"
	"syscall"
)

// statOf reads what node's fs.Stats needs from the kernel's stat (Linux).
func statOf(fi fs.FileInfo) stat {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return statFallback(fi)
	}
	ctime := st.Ctim.Nano()
	return stat{dev: uint64(st.Dev), ino: st.Ino, rdev: uint64(st.Rdev), mode: st.Mode, nlink: uint32(st.Nlink),
		uid: st.Uid, gid: st.Gid, blksize: int64(st.Blksize), blocks: st.Blocks,
		atime: st.Atim.Nano(), ctime: ctime, birth: ctime}
}
