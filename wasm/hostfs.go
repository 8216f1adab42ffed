//go:build wasip1 && evloophost

package main

// sys.FS over fs_call: every method is one synchronous host call (the
// bindings call them inside pool work for the async API). Errors take the
// os package's shapes (*fs.PathError, *os.LinkError) around the host's
// errno as a syscall.Errno, as the native engine's do.

import (
	"encoding/binary"
	"io"
	"io/fs"
	"os"
	"path"
	"syscall"
	"time"
	"unsafe"

	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/wasm/abi"
)

// hostFS is sys.FS on the host's file system. Call only on the loop
// goroutine (the guest has no other).
type hostFS struct {
	req, resp []byte // reused request and response buffers
	tmp       string
}

var _ sys.FS = (*hostFS)(nil)

// call makes one fs_call. into, if not nil, receives the response (a read
// goes straight into the caller's slice); otherwise the response lands in
// f.resp, which grows when the host says it needs more room.
func (f *hostFS) call(op int32, handle uint32, a, b uint32, off int64, s1, s2 []byte, into []byte) ([]byte, abi.Errno) {
	need := abi.FSReqHeader + len(s1) + len(s2)
	if cap(f.req) < need {
		f.req = make([]byte, need)
	}
	req := f.req[:need]
	binary.LittleEndian.PutUint32(req, handle)
	binary.LittleEndian.PutUint32(req[4:], a)
	binary.LittleEndian.PutUint32(req[8:], b)
	binary.LittleEndian.PutUint32(req[12:], uint32(len(s1)))
	binary.LittleEndian.PutUint64(req[16:], uint64(off))
	copy(req[abi.FSReqHeader:], s1)
	copy(req[abi.FSReqHeader+len(s1):], s2)
	for {
		resp := into
		if resp == nil {
			if f.resp == nil {
				f.resp = make([]byte, 4096)
			}
			resp = f.resp
		}
		var n uint32
		e := abi.Errno(hostFSCall(op, ptrOf(req), int32(len(req)), ptrOf(resp), int32(len(resp)), unsafe.Pointer(&n)))
		if e == abi.ENOBUFS && into == nil && int(n) > len(resp) && n <= abi.MaxInput {
			f.resp = make([]byte, n)
			continue
		}
		if int(n) > len(resp) {
			n = uint32(len(resp))
		}
		return resp[:n], e
	}
}

func pathErr(op, name string, e abi.Errno) error {
	if e == 0 {
		return nil
	}
	return &fs.PathError{Op: op, Path: name, Err: syscall.Errno(e)}
}

func (f *hostFS) pathOp(fsop int32, op, name string, mode fs.FileMode) error {
	_, e := f.call(fsop, 0, 0, uint32(mode), 0, []byte(name), nil, nil)
	return pathErr(op, name, e)
}

// OpenFile implements sys.FS.
func (f *hostFS) OpenFile(name string, flag int, perm fs.FileMode) (sys.File, error) {
	var a uint32
	switch flag & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR) {
	case os.O_WRONLY:
		a = abi.OpenWrite
	case os.O_RDWR:
		a = abi.OpenRDWR
	}
	for _, m := range []struct {
		os  int
		abi uint32
	}{{os.O_APPEND, abi.OpenAppend}, {os.O_CREATE, abi.OpenCreate}, {os.O_EXCL, abi.OpenExcl},
		{os.O_TRUNC, abi.OpenTrunc}, {os.O_SYNC, abi.OpenSync}} {
		if flag&m.os != 0 {
			a |= m.abi
		}
	}
	resp, e := f.call(abi.FSOpen, 0, a, uint32(perm), 0, []byte(name), nil, nil)
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	if len(resp) < 4 {
		return nil, pathErr("open", name, abi.EIO)
	}
	return &hostFile{fs: f, h: binary.LittleEndian.Uint32(resp), name: name}, nil
}

func (f *hostFS) stat(op int32, opName, name string) (fs.FileInfo, error) {
	resp, e := f.call(op, 0, 0, 0, 0, []byte(name), nil, nil)
	if e != 0 {
		return nil, pathErr(opName, name, e)
	}
	return decodeStat(path.Base(name), resp)
}

// Stat implements sys.FS.
func (f *hostFS) Stat(name string) (fs.FileInfo, error) { return f.stat(abi.FSStat, "stat", name) }

// Lstat implements sys.FS.
func (f *hostFS) Lstat(name string) (fs.FileInfo, error) { return f.stat(abi.FSLstat, "lstat", name) }

// ReadDir implements sys.FS; entries come sorted by name.
func (f *hostFS) ReadDir(name string) ([]fs.DirEntry, error) {
	resp, e := f.call(abi.FSReadDir, 0, 0, 0, 0, []byte(name), nil, nil)
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	var out []fs.DirEntry
	for len(resp) >= abi.DirEntryHeader {
		typ := fs.FileMode(binary.LittleEndian.Uint32(resp))
		n := int(binary.LittleEndian.Uint32(resp[4:]))
		if n > len(resp)-abi.DirEntryHeader {
			return nil, pathErr("readdirent", name, abi.EIO)
		}
		out = append(out, &hostDirEntry{fs: f, dir: name, name: string(resp[abi.DirEntryHeader : abi.DirEntryHeader+n]), typ: typ})
		resp = resp[abi.DirEntryHeader+n:]
	}
	return out, nil
}

// Mkdir implements sys.FS.
func (f *hostFS) Mkdir(name string, perm fs.FileMode) error {
	return f.pathOp(abi.FSMkdir, "mkdir", name, perm)
}

// MkdirAll implements sys.FS.
func (f *hostFS) MkdirAll(name string, perm fs.FileMode) error {
	return f.pathOp(abi.FSMkdirAll, "mkdir", name, perm)
}

// Remove implements sys.FS.
func (f *hostFS) Remove(name string) error { return f.pathOp(abi.FSRemove, "remove", name, 0) }

// RemoveAll implements sys.FS.
func (f *hostFS) RemoveAll(name string) error { return f.pathOp(abi.FSRemoveAll, "unlinkat", name, 0) }

// Rename implements sys.FS.
func (f *hostFS) Rename(from, to string) error {
	_, e := f.call(abi.FSRename, 0, 0, 0, 0, []byte(from), []byte(to), nil)
	if e != 0 {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.Errno(e)}
	}
	return nil
}

// Readlink implements sys.FS.
func (f *hostFS) Readlink(name string) (string, error) {
	resp, e := f.call(abi.FSReadlink, 0, 0, 0, 0, []byte(name), nil, nil)
	if e != 0 {
		return "", pathErr("readlink", name, e)
	}
	return string(resp), nil
}

// Symlink implements sys.FS.
func (f *hostFS) Symlink(target, name string) error {
	_, e := f.call(abi.FSSymlink, 0, 0, 0, 0, []byte(target), []byte(name), nil)
	if e != 0 {
		return &os.LinkError{Op: "symlink", Old: target, New: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Realpath implements sys.FS.
func (f *hostFS) Realpath(name string) (string, error) {
	resp, e := f.call(abi.FSRealpath, 0, 0, 0, 0, []byte(name), nil, nil)
	if e != 0 {
		return "", pathErr("realpath", name, e)
	}
	return string(resp), nil
}

// MkdirTemp implements sys.FS.
func (f *hostFS) MkdirTemp(dir, prefix string) (string, error) {
	resp, e := f.call(abi.FSMkdirTemp, 0, 0, 0, 0, []byte(dir), []byte(prefix), nil)
	if e != 0 {
		return "", pathErr("mkdirtemp", path.Join(dir, prefix+"*"), e)
	}
	return string(resp), nil
}

// Chmod implements sys.FS.
func (f *hostFS) Chmod(name string, mode fs.FileMode) error {
	return f.pathOp(abi.FSChmod, "chmod", name, mode)
}

// TempDir implements sys.FS: the host's temp dir.
func (f *hostFS) TempDir() string {
	if f.tmp == "" {
		if resp, e := f.call(abi.FSTempDir, 0, 0, 0, 0, nil, nil, nil); e == 0 {
			f.tmp = string(resp)
		} else {
			f.tmp = "/tmp"
		}
	}
	return f.tmp
}

// readFile loads a module from the host's file system (js.Options.ReadFile).
func (f *hostFS) readFile(name string) ([]byte, error) {
	file, err := f.OpenFile(name, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}

// hostFile is an open file on the host.
type hostFile struct {
	fs     *hostFS
	h      uint32
	name   string
	closed bool
}

var _ sys.File = (*hostFile)(nil)

func (h *hostFile) err(op string, e abi.Errno) error {
	if e == abi.EBADF && h.closed {
		return &fs.PathError{Op: op, Path: h.name, Err: os.ErrClosed}
	}
	return pathErr(op, h.name, e)
}

// Read implements sys.File.
func (h *hostFile) Read(p []byte) (int, error) {
	if h.closed {
		return 0, h.err("read", abi.EBADF)
	}
	if len(p) == 0 {
		return 0, nil
	}
	resp, e := h.fs.call(abi.FSRead, h.h, 0, 0, 0, nil, nil, p)
	if e != 0 {
		return len(resp), h.err("read", e)
	}
	if len(resp) == 0 {
		return 0, io.EOF
	}
	return len(resp), nil
}

// ReadAt implements sys.File: it reads until p is full or the file ends
// (then io.EOF), as os.File.ReadAt does.
func (h *hostFile) ReadAt(p []byte, off int64) (int, error) {
	if h.closed {
		return 0, h.err("read", abi.EBADF)
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "readat", Path: h.name, Err: syscall.EINVAL}
	}
	n := 0
	for n < len(p) {
		resp, e := h.fs.call(abi.FSPread, h.h, 0, 0, off+int64(n), nil, nil, p[n:])
		n += len(resp)
		if e != 0 {
			return n, h.err("read", e)
		}
		if len(resp) == 0 {
			return n, io.EOF
		}
	}
	return n, nil
}

func (h *hostFile) write(op int32, name string, p []byte, off int64) (int, error) {
	if h.closed {
		return 0, h.err(name, abi.EBADF)
	}
	var out [8]byte
	resp, e := h.fs.call(op, h.h, 0, 0, off, p, nil, out[:])
	n := 0
	if len(resp) >= 4 {
		n = int(binary.LittleEndian.Uint32(resp))
	}
	if e != 0 {
		return n, h.err(name, e)
	}
	if n < len(p) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Write implements sys.File.
func (h *hostFile) Write(p []byte) (int, error) { return h.write(abi.FSWrite, "write", p, 0) }

// WriteAt implements sys.File.
func (h *hostFile) WriteAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, &fs.PathError{Op: "writeat", Path: h.name, Err: syscall.EINVAL}
	}
	return h.write(abi.FSPwrite, "write", p, off)
}

// Seek implements sys.File.
func (h *hostFile) Seek(offset int64, whence int) (int64, error) {
	if h.closed {
		return 0, h.err("seek", abi.EBADF)
	}
	var out [8]byte
	resp, e := h.fs.call(abi.FSSeek, h.h, uint32(whence), 0, offset, nil, nil, out[:])
	if e != 0 {
		return 0, h.err("seek", e)
	}
	if len(resp) < 8 {
		return 0, h.err("seek", abi.EIO)
	}
	return int64(binary.LittleEndian.Uint64(resp)), nil
}

// Stat implements sys.File.
func (h *hostFile) Stat() (fs.FileInfo, error) {
	if h.closed {
		return nil, h.err("stat", abi.EBADF)
	}
	var out [abi.StatSize]byte
	resp, e := h.fs.call(abi.FSFstat, h.h, 0, 0, 0, nil, nil, out[:])
	if e != 0 {
		return nil, h.err("stat", e)
	}
	return decodeStat(path.Base(h.name), resp)
}

// Truncate implements sys.File.
func (h *hostFile) Truncate(size int64) error {
	if h.closed {
		return h.err("truncate", abi.EBADF)
	}
	_, e := h.fs.call(abi.FSTruncate, h.h, 0, 0, size, nil, nil, []byte{})
	return h.err("truncate", e)
}

// Sync implements sys.File.
func (h *hostFile) Sync() error {
	if h.closed {
		return h.err("sync", abi.EBADF)
	}
	_, e := h.fs.call(abi.FSSync, h.h, 0, 0, 0, nil, nil, []byte{})
	return h.err("sync", e)
}

// Close implements sys.File.
func (h *hostFile) Close() error {
	if h.closed {
		return h.err("close", abi.EBADF)
	}
	h.closed = true
	_, e := h.fs.call(abi.FSClose, h.h, 0, 0, 0, nil, nil, []byte{})
	return pathErr("close", h.name, e)
}

// hostInfo is fs.FileInfo from a Stat record. Sys returns a *sys.Stat,
// the record whole.
type hostInfo struct {
	name  string
	size  int64
	mode  fs.FileMode
	mtime time.Time
	sys   *sys.Stat
}

func decodeStat(name string, b []byte) (fs.FileInfo, error) {
	if len(b) < abi.StatSize {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: syscall.EIO}
	}
	le := binary.LittleEndian
	ns := func(off int) time.Time { return time.Unix(0, int64(le.Uint64(b[off:]))) }
	// Every field of the record, as the native engine reads them from the
	// kernel (the binding takes a *sys.Stat as it is): ino, nlink and the
	// access time included.
	st := &sys.Stat{Dev: le.Uint64(b), Ino: le.Uint64(b[8:]), Mode: le.Uint32(b[16:]),
		Nlink: uint64(le.Uint32(b[20:])), Uid: uint64(le.Uint32(b[24:])), Gid: uint64(le.Uint32(b[28:])),
		Rdev: le.Uint64(b[32:]), Size: int64(le.Uint64(b[40:])), Blksize: int64(le.Uint64(b[48:])),
		Blocks: int64(le.Uint64(b[56:])), Atime: ns(64), Mtime: ns(72), Ctime: ns(80), Birthtime: ns(88)}
	return &hostInfo{name: name, size: st.Size, mode: fs.FileMode(le.Uint32(b[96:])), mtime: st.Mtime, sys: st}, nil
}

func (i *hostInfo) Name() string       { return i.name }
func (i *hostInfo) Size() int64        { return i.size }
func (i *hostInfo) Mode() fs.FileMode  { return i.mode }
func (i *hostInfo) ModTime() time.Time { return i.mtime }
func (i *hostInfo) IsDir() bool        { return i.mode.IsDir() }
func (i *hostInfo) Sys() any           { return i.sys }

// hostDirEntry is one ReadDir entry; Info is an Lstat on the host.
type hostDirEntry struct {
	fs        *hostFS
	dir, name string
	typ       fs.FileMode
}

func (d *hostDirEntry) Name() string               { return d.name }
func (d *hostDirEntry) IsDir() bool                { return d.typ.IsDir() }
func (d *hostDirEntry) Type() fs.FileMode          { return d.typ }
func (d *hostDirEntry) Info() (fs.FileInfo, error) { return d.fs.Lstat(path.Join(d.dir, d.name)) }

var _ sys.FSAttrs = (*hostFS)(nil)

// timesBytes is FSUtimes' and FSFutimes' two nanosecond times.
func timesBytes(atime, mtime time.Time) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(atime.UnixNano()))
	return binary.LittleEndian.AppendUint64(b, uint64(mtime.UnixNano()))
}

// Link implements sys.FSAttrs.
func (f *hostFS) Link(oldname, newname string) error {
	if _, e := f.call(abi.FSLink, 0, 0, 0, 0, []byte(oldname), []byte(newname), nil); e != 0 {
		return &os.LinkError{Op: "link", Old: oldname, New: newname, Err: syscall.Errno(e)}
	}
	return nil
}

// Utimes implements sys.FSAttrs.
func (f *hostFS) Utimes(name string, atime, mtime time.Time, follow bool) error {
	var a uint32
	if follow {
		a = 1
	}
	_, e := f.call(abi.FSUtimes, 0, a, 0, 0, []byte(name), timesBytes(atime, mtime), nil)
	return pathErr("utime", name, e)
}

// Futimes implements sys.FSAttrs.
func (f *hostFS) Futimes(file sys.File, atime, mtime time.Time) error {
	h, ok := file.(*hostFile)
	if !ok {
		return syscall.EBADF
	}
	_, e := f.call(abi.FSFutimes, h.h, 0, 0, 0, timesBytes(atime, mtime), nil, nil)
	return pathErr("futime", h.name, e)
}

// Chown implements sys.FSAttrs.
func (f *hostFS) Chown(name string, uid, gid int, follow bool) error {
	var off int64
	if follow {
		off = 1
	}
	_, e := f.call(abi.FSChown, 0, uint32(int32(uid)), uint32(int32(gid)), off, []byte(name), nil, nil)
	return pathErr("chown", name, e)
}

// Fchown implements sys.FSAttrs.
func (f *hostFS) Fchown(file sys.File, uid, gid int) error {
	h, ok := file.(*hostFile)
	if !ok {
		return syscall.EBADF
	}
	_, e := f.call(abi.FSFchown, h.h, uint32(int32(uid)), uint32(int32(gid)), 0, nil, nil, nil)
	return pathErr("fchown", h.name, e)
}

// Statfs implements sys.FSAttrs.
func (f *hostFS) Statfs(name string) (sys.Statfs, error) {
	resp, e := f.call(abi.FSStatfs, 0, 0, 0, 0, []byte(name), nil, nil)
	if e != 0 {
		return sys.Statfs{}, pathErr("statfs", name, e)
	}
	if len(resp) < 56 {
		return sys.Statfs{}, pathErr("statfs", name, abi.EIO)
	}
	v := func(i int) int64 { return int64(binary.LittleEndian.Uint64(resp[8*i:])) }
	return sys.Statfs{Type: v(0), Bsize: v(1), Blocks: v(2), Bfree: v(3), Bavail: v(4), Files: v(5), Ffree: v(6)}, nil
}
