package fs

// The natives behind fs and fs/promises: one per file system call, shaped
// after node's fs binding (src/node_file.cc). Each runs either at once on
// the loop goroutine (the *Sync API: it returns the result or throws) or,
// given a callback, as work on the thread pool whose callback runs in the
// poll phase of a later iteration, as libuv's uv_fs_* requests do. Every
// path goes through Host.Allow first; errors take node's uvException shape
// (`ENOENT: no such file or directory, open 'x'` with errno, code,
// syscall, path, dest). fs.js validates arguments and builds the API.

import (
	"container/heap"
	"errors"
	"io"
	iofs "io/fs"
	"os"
	"path"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop/sys"
)

// uvError is a libuv error code: its errno on Linux and uv_strerror's text.
type uvError struct {
	errno int
	msg   string
}

var uvErrors = map[string]uvError{
	"EPERM": {-1, "operation not permitted"}, "ENOENT": {-2, "no such file or directory"},
	"EIO": {-5, "i/o error"}, "ENXIO": {-6, "no such device or address"}, "EBADF": {-9, "bad file descriptor"},
	"EAGAIN": {-11, "resource temporarily unavailable"}, "EACCES": {-13, "permission denied"},
	"EFAULT": {-14, "bad address in system call argument"}, "EBUSY": {-16, "resource busy or locked"},
	"EEXIST": {-17, "file already exists"}, "EXDEV": {-18, "cross-device link not permitted"},
	"ENOTDIR": {-20, "not a directory"}, "EISDIR": {-21, "illegal operation on a directory"},
	"EINVAL": {-22, "invalid argument"}, "ENFILE": {-23, "file table overflow"},
	"EMFILE": {-24, "too many open files"}, "ETXTBSY": {-26, "text file is busy"},
	"EFBIG": {-27, "file too large"}, "ENOSPC": {-28, "no space left on device"},
	"ESPIPE": {-29, "invalid seek"}, "EROFS": {-30, "read-only file system"}, "EMLINK": {-31, "too many links"},
	"ENAMETOOLONG": {-36, "name too long"}, "ENOSYS": {-38, "function not implemented"},
	"ENOTEMPTY": {-39, "directory not empty"}, "ELOOP": {-40, "too many symbolic links encountered"},
	"EOVERFLOW": {-75, "value too large for defined data type"}, "ENOTSUP": {-95, "operation not supported on socket"},
	"ECANCELED": {-125, "operation canceled"},
}

// fsErrnoNames maps the errors a sys.FS returns to libuv's code names.
var fsErrnoNames = map[syscall.Errno]string{
	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.EIO: "EIO", syscall.ENXIO: "ENXIO",
	syscall.EBADF: "EBADF", syscall.EAGAIN: "EAGAIN", syscall.EACCES: "EACCES", syscall.EFAULT: "EFAULT",
	syscall.EBUSY: "EBUSY", syscall.EEXIST: "EEXIST", syscall.EXDEV: "EXDEV", syscall.ENOTDIR: "ENOTDIR",
	syscall.EISDIR: "EISDIR", syscall.EINVAL: "EINVAL", syscall.ENFILE: "ENFILE", syscall.EMFILE: "EMFILE",
	syscall.EFBIG: "EFBIG", syscall.ENOSPC: "ENOSPC", syscall.ESPIPE: "ESPIPE",
	syscall.EROFS: "EROFS", syscall.EMLINK: "EMLINK", syscall.ENAMETOOLONG: "ENAMETOOLONG",
	syscall.ENOSYS: "ENOSYS", syscall.ENOTEMPTY: "ENOTEMPTY", syscall.ELOOP: "ELOOP",
	syscall.EOVERFLOW: "EOVERFLOW", syscall.ENOTSUP: "ENOTSUP", syscall.ECANCELED: "ECANCELED",
}

// fsFailure is a failed fs call as node reports it.
type fsFailure struct {
	code  string
	errno int
	hint  string // why, beyond the code's text (a denied permission)
}

// fsFailureOf names err as libuv would.
func fsFailureOf(err error) fsFailure {
	var coded interface{ ErrCode() string }
	if errors.As(err, &coded) {
		f := fsFailure{code: coded.ErrCode()}
		var h interface{ Hint() string }
		if errors.As(err, &h) {
			f.hint = h.Hint()
		}
		f.errno = uvErrors[f.code].errno
		return f
	}
	code := "EIO"
	var errno syscall.Errno
	switch {
	case errors.As(err, &errno):
		if name, ok := fsErrnoNames[errno]; ok {
			code = name
		}
	case errors.Is(err, os.ErrClosed):
		code = "EBADF"
	case errors.Is(err, iofs.ErrNotExist):
		code = "ENOENT"
	case errors.Is(err, iofs.ErrExist):
		code = "EEXIST"
	case errors.Is(err, iofs.ErrPermission):
		code = "EACCES"
	case errors.Is(err, iofs.ErrInvalid):
		code = "EINVAL"
	case errors.Is(err, errors.ErrUnsupported):
		code = "ENOSYS"
	}
	f := fsFailure{code: code, errno: uvErrors[code].errno}
	// Off Linux (and off wasm, which plays Linux), node reports the
	// platform's own numbers.
	if errno != 0 && runtime.GOOS != "linux" && runtime.GOOS != "wasip1" && runtime.GOOS != "js" {
		f.errno = -int(errno)
	}
	return f
}

// noFS is the error of a file system call on a Host without one.
type noFS struct{}

func (noFS) Error() string   { return "no file system" }
func (noFS) ErrCode() string { return "ENOSYS" }
func (noFS) Hint() string    { return "this evloop host has no file system" }

// badFD is the error of a call on a descriptor that is not open.
var badFD = syscall.EBADF

// fsFile is an open file descriptor.
type fsFile struct {
	f    sys.File
	path string
}

// fsBinding is the state behind the natives: the descriptor table.
// Call only on the loop goroutine.
type fsBinding struct {
	r   *js.Runtime
	vm  *goja.Runtime
	fds map[int]*fsFile
	// Every number from 3 to nextFD-1 is open or in freed; none above is.
	// So the lowest free number is freed's least, else nextFD, found in
	// O(log n): probing up from 3 was quadratic in the open files (2,000
	// concurrent readFile: 2M map lookups, 13 % of the program).
	nextFD int
	freed  fdHeap
}

// fsOp is one file system call.
type fsOp struct {
	syscall    string // node's name for it: "open", "scandir", "copyfile"...
	path, dest string // as the program gave them, for the error
	cost       time.Duration
	// work runs on a pool worker (or at once for the Sync API): it must
	// not touch goja.
	work func() (any, error)
	// result turns work's result into JS on the loop goroutine; nil means
	// the call has no result.
	result func(any) goja.Value
}

// natives returns fs's `internal` object (shared by fs.js and promises.js)
// with the natives as internal.fs. Each takes its arguments already
// validated by fs.js and, last, a callback: a function makes the call
// asynchronous (callback(err) or callback(null, result)); undefined makes
// it synchronous.
func natives(r *js.Runtime) *goja.Object {
	b := &fsBinding{r: r, vm: r.VM(), fds: map[int]*fsFile{}, nextFD: 3}
	fsObj := b.vm.NewObject()
	b.install(fsObj)
	o := r.NewInternal()
	o.Set("fs", fsObj)
	return o
}

// fsys returns the host's file system, or the error a call gets without one.
func (b *fsBinding) fsys() (sys.FS, error) {
	if h := b.r.Host(); h != nil && h.FS != nil {
		return h.FS, nil
	}
	return nil, noFS{}
}

// abs makes p absolute against process.cwd(); it is not cleaned, so the
// file system sees "..", "." and a trailing slash as the kernel would.
func (b *fsBinding) abs(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	if p == "" {
		return ""
	}
	return strings.TrimSuffix(b.r.Cwd(), "/") + "/" + p
}

// allow checks op ("read" or "write") on p against the permission flags.
func (b *fsBinding) allow(op, p string) error {
	h := b.r.Host()
	if h == nil || h.Allow == nil || p == "" {
		return nil
	}
	// Not cleaned: ".." is resolved after the symlinks before it, as the
	// kernel will, so "link/.." cannot step out of an allowed tree.
	return h.Allow(op, b.abs(p))
}

// errorValue builds node's uvException for a failed call.
func (b *fsBinding) errorValue(err error, syscallName, p, dest string, async bool) goja.Value {
	vm := b.vm
	f := fsFailureOf(err)
	desc := uvErrors[f.code].msg
	if desc == "" {
		desc = strings.ToLower(f.code)
	}
	var at *atPath
	if errors.As(err, &at) {
		p = at.path
	}
	msg := f.code + ": " + desc + ", " + syscallName
	if p != "" {
		msg += " '" + p + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	if f.hint != "" {
		msg += " (" + f.hint + ")"
	}
	e := b.r.NewError("Error", msg, "").(*goja.Object)
	e.Set("errno", f.errno)
	e.Set("code", f.code)
	e.Set("syscall", syscallName)
	if p != "" {
		e.Set("path", p)
	}
	if dest != "" {
		e.Set("dest", dest)
	}
	if async {
		// Made outside any JS frame, as node's are: no stack lines.
		// Writable, configurable, not enumerable, as V8's stack property.
		e.DefineDataProperty("stack", vm.ToValue("Error: "+msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return e
}

// run performs op: at once (cb not a function: return the result or throw)
// or on the pool (cb called from the poll phase of a later iteration).
func (b *fsBinding) run(cb goja.Value, op fsOp) goja.Value {
	r := b.r
	fn, async := goja.AssertFunction(cb)
	if !async {
		v, err := op.work()
		if err != nil {
			panic(b.errorValue(err, op.syscall, op.path, op.dest, false))
		}
		if op.result == nil {
			return goja.Undefined()
		}
		return op.result(v)
	}
	label := "fs." + op.syscall
	if r.Loop().Tracing() && op.path != "" {
		label += " " + op.path
	}
	var v any
	var err error
	r.Offload(label, op.cost, func() { v, err = op.work() }, func() {
		if err != nil {
			r.Call(fn, goja.Undefined(), b.errorValue(err, op.syscall, op.path, op.dest, true))
			return
		}
		if op.result == nil {
			r.Call(fn, goja.Undefined(), goja.Null())
			return
		}
		r.Call(fn, goja.Undefined(), goja.Null(), op.result(v))
	})
	return goja.Undefined()
}

// denied returns an op that fails with err, for a call the flags refuse or
// a host without a file system.
func denied(op fsOp, err error) fsOp {
	op.work = func() (any, error) { return nil, err }
	return op
}

// pathOp prepares an op on one path: the file system, the absolute path,
// and the permission check for access ("read" or "write").
func (b *fsBinding) pathOp(op fsOp, p, access string, work func(fsys sys.FS, abs string) (any, error)) fsOp {
	op.path = p
	fsys, err := b.fsys()
	if err != nil {
		return denied(op, err)
	}
	abs := b.abs(p)
	h := b.r.Host()
	if h == nil || h.Allow == nil || p == "" {
		op.work = func() (any, error) { return work(fsys, abs) }
		return op
	}
	// The permission check resolves the path's symlinks (a system call
	// per component): it runs with the call itself, on the worker for the
	// callback API, not on the loop. A refusal is the call's error either
	// way, as b.allow's is.
	check := h.Allow
	op.work = func() (any, error) {
		if err := check(access, abs); err != nil {
			return nil, err
		}
		return work(fsys, abs)
	}
	return op
}

// file looks a descriptor up.
func (b *fsBinding) file(fd int) (*fsFile, error) {
	if f := b.fds[fd]; f != nil {
		return f, nil
	}
	return nil, badFD
}

// addFD gives f the lowest free descriptor number, as the kernel does.
func (b *fsBinding) addFD(f sys.File, p string) int {
	fd := b.nextFD
	if b.freed.Len() > 0 {
		fd = heap.Pop(&b.freed).(int)
	} else {
		b.nextFD++
	}
	b.fds[fd] = &fsFile{f: f, path: p}
	return fd
}

// freeFD makes fd's number free for the next addFD.
func (b *fsBinding) freeFD(fd int) {
	delete(b.fds, fd)
	heap.Push(&b.freed, fd)
}

// fdHeap is a min-heap of free descriptor numbers (container/heap).
type fdHeap []int

func (h fdHeap) Len() int           { return len(h) }
func (h fdHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h fdHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *fdHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *fdHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// byteCost is the simulated time to move n bytes (about 4 GB/s: the page
// cache).
func byteCost(n int) time.Duration { return time.Duration(n / 4) }

// osFlags turns node's open flags (Linux numbers, fs.constants) into the
// os package's.
func osFlags(f int) int {
	var o int
	switch f & 3 {
	case 1:
		o = os.O_WRONLY
	case 2:
		o = os.O_RDWR
	default:
		o = os.O_RDONLY
	}
	for _, m := range [][2]int{{0o100, os.O_CREATE}, {0o200, os.O_EXCL}, {0o1000, os.O_TRUNC},
		{0o2000, os.O_APPEND}, {0o4010000, os.O_SYNC}} {
		if f&m[0] == m[0] {
			o |= m[1]
		}
	}
	return o
}

// statOf is what stat says about fi, from the file system's *sys.Stat,
// the platform's stat_t, or FileInfo alone.
func statOf(fi iofs.FileInfo) *sys.Stat {
	if st, ok := fi.Sys().(*sys.Stat); ok {
		return st
	}
	if st := osStat(fi); st != nil {
		return st
	}
	m := fi.Mode()
	st := &sys.Stat{Nlink: 1, Size: fi.Size(), Blksize: 4096, Mode: uint32(m.Perm()),
		Atime: fi.ModTime(), Mtime: fi.ModTime(), Ctime: fi.ModTime(), Birthtime: fi.ModTime()}
	switch {
	case m.IsDir():
		st.Mode |= sys.S_IFDIR
	case m&iofs.ModeSymlink != 0:
		st.Mode |= sys.S_IFLNK
	default:
		st.Mode |= sys.S_IFREG
	}
	st.Blocks = (st.Size + 511) / 512
	return st
}

// msOf is a time as node's *Ms fields give it.
func msOf(t time.Time) float64 {
	return float64(t.Unix())*1e3 + float64(t.Nanosecond())/1e6
}

// statArray is node's stat array: dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs.
func (b *fsBinding) statArray(v any) goja.Value {
	st := statOf(v.(iofs.FileInfo))
	return b.vm.NewArray(float64(st.Dev), float64(st.Mode), float64(st.Nlink), float64(st.Uid), float64(st.Gid),
		float64(st.Rdev), float64(st.Blksize), float64(st.Ino), float64(st.Size), float64(st.Blocks),
		msOf(st.Atime), msOf(st.Mtime), msOf(st.Ctime), msOf(st.Birthtime))
}

// direntType is libuv's UV_DIRENT_* for a mode.
func direntType(m iofs.FileMode) int {
	switch {
	case m.IsRegular():
		return 1
	case m.IsDir():
		return 2
	case m&iofs.ModeSymlink != 0:
		return 3
	case m&iofs.ModeNamedPipe != 0:
		return 4
	case m&iofs.ModeSocket != 0:
		return 5
	case m&iofs.ModeCharDevice != 0:
		return 6
	case m&iofs.ModeDevice != 0:
		return 7
	}
	return 0
}

// mayAccess decides access(2) from a stat: want is R_OK|W_OK|X_OK.
func mayAccess(st *sys.Stat, want int) bool {
	if want == 0 {
		return true
	}
	perm := int(st.Mode & 0o777)
	if uid := os.Getuid(); uid <= 0 {
		// Root reads and writes anything; it executes what some x bit
		// allows (or a directory).
		return want&1 == 0 || perm&0o111 != 0 || st.Mode&sys.S_IFMT == sys.S_IFDIR
	} else if st.Uid == uint64(uid) {
		perm >>= 6
	} else if st.Gid == uint64(os.Getgid()) {
		perm >>= 3
	}
	return perm&7&want == want
}

// readAll reads f to its end from its current offset.
func readAll(f sys.File) ([]byte, error) {
	var buf []byte
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
		buf = make([]byte, 0, fi.Size())
	}
	chunk := make([]byte, 64*1024)
	for {
		n, err := f.Read(chunk)
		buf = append(buf, chunk[:n]...)
		if err == io.EOF || (err == nil && n == 0) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// writeAll writes p at f's offset (or its end with O_APPEND).
func writeAll(f sys.File, p []byte) error {
	for len(p) > 0 {
		n, err := f.Write(p)
		if err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

// argInt reads an integer argument (NaN and undefined are 0).
func argInt(c goja.FunctionCall, i int) int { return int(c.Argument(i).ToInteger()) }

// argStr reads a string argument.
func argStr(c goja.FunctionCall, i int) string {
	v := c.Argument(i)
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// install defines the natives on o.
func (b *fsBinding) install(o *goja.Object) {
	r, vm := b.r, b.vm
	def := func(name string, fn func(c goja.FunctionCall) goja.Value) { o.Set(name, fn) }
	cbAt := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }
	str := func(v any) goja.Value { return vm.ToValue(v.(string)) }
	num := func(v any) goja.Value { return vm.ToValue(v.(int)) }

	// open(path, flags, mode, cb) → fd
	def("open", func(c goja.FunctionCall) goja.Value {
		p, flags, mode := argStr(c, 0), argInt(c, 1), argInt(c, 2)
		access := "read"
		if flags&3 != 0 || flags&0o1100 != 0 {
			access = "write"
		}
		var opened sys.File
		op := b.pathOp(fsOp{syscall: "open"}, p, access, func(fsys sys.FS, abs string) (any, error) {
			f, err := fsys.OpenFile(abs, osFlags(flags), iofs.FileMode(mode)&iofs.ModePerm)
			opened = f
			return nil, err
		})
		op.result = func(any) goja.Value { return vm.ToValue(b.addFD(opened, p)) }
		return b.run(cbAt(c, 3), op)
	})

	// close(fd, cb)
	def("close", func(c goja.FunctionCall) goja.Value {
		fd := argInt(c, 0)
		op := fsOp{syscall: "close"}
		if fd >= 0 && fd <= 2 {
			op.work = func() (any, error) { return nil, nil }
			return b.run(cbAt(c, 1), op)
		}
		f, err := b.file(fd)
		if err != nil {
			return b.run(cbAt(c, 1), denied(op, err))
		}
		// The number is free at once (the kernel frees it when close(2)
		// starts, on the worker, a moment later).
		b.freeFD(fd)
		op.work = func() (any, error) { return nil, f.f.Close() }
		return b.run(cbAt(c, 1), op)
	})

	// read(fd, buffer, offset, length, position, cb) → bytesRead; position
	// < 0 reads at the file's offset.
	def("read", func(c goja.FunctionCall) goja.Value {
		fd, buf := argInt(c, 0), c.Argument(1)
		off, n, pos := argInt(c, 2), argInt(c, 3), c.Argument(4).ToInteger()
		op := fsOp{syscall: "read", cost: byteCost(n)}
		view := js.BytesView(buf)
		if off < 0 || n < 0 || off+n > len(view) {
			n = max(0, min(n, len(view)-off))
		}
		if fd == 0 {
			op.work = func() (any, error) { return 0, nil }
			op.result = num
			return b.run(cbAt(c, 5), op)
		}
		f, err := b.file(fd)
		if err != nil {
			return b.run(cbAt(c, 5), denied(op, err))
		}
		// The worker reads straight into the buffer's bytes, as libuv's
		// read(2) does into a Buffer's memory: no copy, no second buffer.
		// They are Go memory the closure keeps alive, so a buffer detached
		// meanwhile only means the bytes land where nobody looks.
		var dst []byte
		if off >= 0 && off <= len(view) {
			dst = view[off : off+n]
		}
		op.work = func() (any, error) {
			var k int
			var err error
			if pos >= 0 {
				k, err = f.f.ReadAt(dst, pos)
			} else {
				k, err = f.f.Read(dst)
			}
			if err == io.EOF {
				err = nil
			}
			return k, err
		}
		op.result = num
		return b.run(cbAt(c, 5), op)
	})

	// write(fd, data, offset, length, position, cb) → bytesWritten; data is
	// a string (UTF-8, offset and length ignored) or a byte view.
	def("write", func(c goja.FunctionCall) goja.Value {
		fd, data := argInt(c, 0), c.Argument(1)
		pos := c.Argument(4).ToInteger()
		var p []byte
		if s, ok := safeexport.Export(data).(string); ok {
			p = []byte(s)
		} else {
			view := js.BytesView(data)
			off, n := argInt(c, 2), argInt(c, 3)
			off, end := clampRange(len(view), off, off+n)
			p = append([]byte(nil), view[off:end]...)
		}
		op := fsOp{syscall: "write", cost: byteCost(len(p)), result: num}
		if fd == 1 || fd == 2 {
			r.WriteOutput(fd, string(p))
			op.work = func() (any, error) { return len(p), nil }
			return b.run(cbAt(c, 5), op)
		}
		f, err := b.file(fd)
		if err != nil {
			return b.run(cbAt(c, 5), denied(op, err))
		}
		op.work = func() (any, error) {
			if pos >= 0 {
				k, err := f.f.WriteAt(p, pos)
				if err != nil && strings.Contains(err.Error(), "O_APPEND") {
					// pwrite(2) on Linux appends under O_APPEND.
					return len(p), writeAll(f.f, p)
				}
				return k, err
			}
			return len(p), writeAll(f.f, p)
		}
		return b.run(cbAt(c, 5), op)
	})

	statOp := func(name string, follow bool) {
		def(name, func(c goja.FunctionCall) goja.Value {
			op := b.pathOp(fsOp{syscall: name}, argStr(c, 0), "read", func(fsys sys.FS, abs string) (any, error) {
				if follow {
					return fsys.Stat(abs)
				}
				return fsys.Lstat(abs)
			})
			op.result = b.statArray
			return b.run(cbAt(c, 1), op)
		})
	}
	statOp("stat", true)
	statOp("lstat", false)

	// fstat(fd, cb) → stat array
	def("fstat", func(c goja.FunctionCall) goja.Value {
		op := fsOp{syscall: "fstat", result: b.statArray}
		f, err := b.file(argInt(c, 0))
		if err != nil {
			return b.run(cbAt(c, 1), denied(op, err))
		}
		op.work = func() (any, error) { return f.f.Stat() }
		return b.run(cbAt(c, 1), op)
	})

	// readdir(path, withTypes, cb) → names, or [names, types]
	def("readdir", func(c goja.FunctionCall) goja.Value {
		withTypes := c.Argument(1).ToBoolean()
		op := b.pathOp(fsOp{syscall: "scandir"}, argStr(c, 0), "read", func(fsys sys.FS, abs string) (any, error) {
			return fsys.ReadDir(abs)
		})
		op.result = func(v any) goja.Value {
			if withTypes {
				return b.direntPair(v)
			}
			ents := v.([]iofs.DirEntry)
			names := make([]any, len(ents))
			for i, e := range ents {
				names[i] = e.Name()
			}
			return vm.NewArray(names...)
		}
		return b.run(cbAt(c, 2), op)
	})

	// mkdir(path, mode, recursive, cb) → undefined, or with recursive the
	// first directory made (as given: relative if path was).
	def("mkdir", func(c goja.FunctionCall) goja.Value {
		p, mode, recursive := argStr(c, 0), iofs.FileMode(argInt(c, 1))&iofs.ModePerm, c.Argument(2).ToBoolean()
		op := b.pathOp(fsOp{syscall: "mkdir"}, p, "write", func(fsys sys.FS, _ string) (any, error) {
			if !recursive {
				return nil, fsys.Mkdir(b.absOf(p), mode)
			}
			return mkdirp(fsys, b.absOf, p, mode)
		})
		if recursive {
			op.result = func(v any) goja.Value {
				if s := v.(string); s != "" {
					return vm.ToValue(s)
				}
				return goja.Undefined()
			}
		}
		return b.run(cbAt(c, 3), op)
	})

	// rmdir(path, cb)
	def("rmdir", func(c goja.FunctionCall) goja.Value {
		op := b.pathOp(fsOp{syscall: "rmdir"}, argStr(c, 0), "write", func(fsys sys.FS, abs string) (any, error) {
			if fi, err := fsys.Lstat(abs); err == nil && !fi.IsDir() {
				return nil, syscall.ENOTDIR
			}
			return nil, fsys.Remove(abs)
		})
		return b.run(cbAt(c, 1), op)
	})

	// unlink(path, cb)
	def("unlink", func(c goja.FunctionCall) goja.Value {
		op := b.pathOp(fsOp{syscall: "unlink"}, argStr(c, 0), "write", func(fsys sys.FS, abs string) (any, error) {
			if fi, err := fsys.Lstat(abs); err == nil && fi.IsDir() {
				return nil, syscall.EISDIR
			}
			return nil, fsys.Remove(abs)
		})
		return b.run(cbAt(c, 1), op)
	})

	// rmAll(path, cb): a tree, as rm -rf (fs.js checks first).
	def("rmAll", func(c goja.FunctionCall) goja.Value {
		op := b.pathOp(fsOp{syscall: "rm"}, argStr(c, 0), "write", func(fsys sys.FS, abs string) (any, error) {
			return nil, fsys.RemoveAll(abs)
		})
		return b.run(cbAt(c, 1), op)
	})

	twoPaths := func(name, from, to string, work func(fsys sys.FS, from, to string) error) fsOp {
		op := fsOp{syscall: name, path: from, dest: to}
		fsys, err := b.fsys()
		if err != nil {
			return denied(op, err)
		}
		if err := b.allow("read", from); err != nil {
			return denied(op, err)
		}
		if err := b.allow("write", to); err != nil {
			return denied(op, err)
		}
		if name == "rename" {
			if err := b.allow("write", from); err != nil {
				return denied(op, err)
			}
		}
		absFrom, absTo := b.abs(from), b.abs(to)
		op.work = func() (any, error) { return nil, work(fsys, absFrom, absTo) }
		return op
	}

	// rename(from, to, cb)
	def("rename", func(c goja.FunctionCall) goja.Value {
		return b.run(cbAt(c, 2), twoPaths("rename", argStr(c, 0), argStr(c, 1), func(fsys sys.FS, from, to string) error {
			return fsys.Rename(from, to)
		}))
	})

	// copyFile(from, to, mode, cb): mode & COPYFILE_EXCL fails if to exists.
	def("copyFile", func(c goja.FunctionCall) goja.Value {
		excl := argInt(c, 2)&1 != 0
		return b.run(cbAt(c, 3), twoPaths("copyfile", argStr(c, 0), argStr(c, 1), func(fsys sys.FS, from, to string) error {
			return copyFile(fsys, from, to, excl)
		}))
	})

	// symlink(target, path, cb)
	def("symlink", func(c goja.FunctionCall) goja.Value {
		target, p := argStr(c, 0), argStr(c, 1)
		op := b.pathOp(fsOp{syscall: "symlink"}, p, "write", func(fsys sys.FS, abs string) (any, error) {
			return nil, fsys.Symlink(target, abs)
		})
		op.path, op.dest = target, p
		return b.run(cbAt(c, 2), op)
	})

	// readlink(path, cb) → target
	def("readlink", func(c goja.FunctionCall) goja.Value {
		op := b.pathOp(fsOp{syscall: "readlink", result: str}, argStr(c, 0), "read", func(fsys sys.FS, abs string) (any, error) {
			return fsys.Readlink(abs)
		})
		return b.run(cbAt(c, 1), op)
	})

	// chmod(path, mode, cb)
	def("chmod", func(c goja.FunctionCall) goja.Value {
		mode := iofs.FileMode(argInt(c, 1))
		op := b.pathOp(fsOp{syscall: "chmod"}, argStr(c, 0), "write", func(fsys sys.FS, abs string) (any, error) {
			m := mode & iofs.ModePerm
			if mode&0o1000 != 0 {
				m |= iofs.ModeSticky
			}
			return nil, fsys.Chmod(abs, m)
		})
		return b.run(cbAt(c, 2), op)
	})

	// access(path, mode, cb)
	def("access", func(c goja.FunctionCall) goja.Value {
		want := argInt(c, 1)
		op := b.pathOp(fsOp{syscall: "access"}, argStr(c, 0), "read", func(fsys sys.FS, abs string) (any, error) {
			fi, err := fsys.Stat(abs)
			if err != nil {
				return nil, err
			}
			if !mayAccess(statOf(fi), want) {
				return nil, syscall.EACCES
			}
			return nil, nil
		})
		return b.run(cbAt(c, 2), op)
	})

	// realpath(path, cb) → the absolute path, symlinks resolved. A failure
	// names the first component that does not resolve, as node's
	// JavaScript realpath does (with lstat).
	def("realpath", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		op := b.pathOp(fsOp{syscall: "lstat", result: str}, p, "read", func(fsys sys.FS, abs string) (any, error) {
			real, err := fsys.Realpath(abs)
			if err == nil {
				return real, nil
			}
			return nil, firstBroken(fsys, path.Clean(abs), err)
		})
		return b.run(cbAt(c, 1), op)
	})
	// realpathNative(path, cb): realpath(3)'s errors, on the path as given.
	def("realpathNative", func(c goja.FunctionCall) goja.Value {
		p := argStr(c, 0)
		op := b.pathOp(fsOp{syscall: "realpath", result: str}, p, "read", func(fsys sys.FS, abs string) (any, error) {
			real, err := fsys.Realpath(abs)
			if pe, ok := err.(*iofs.PathError); ok {
				err = pe.Err
			}
			return real, err
		})
		return b.run(cbAt(c, 1), op)
	})

	// mkdtemp(prefix, cb) → prefix and six characters, a new directory.
	def("mkdtemp", func(c goja.FunctionCall) goja.Value {
		prefix := argStr(c, 0)
		op := b.pathOp(fsOp{syscall: "mkdtemp", result: str}, prefix, "write", func(fsys sys.FS, abs string) (any, error) {
			dir, base := path.Split(abs)
			made, err := fsys.MkdirTemp(path.Clean(dir), base)
			if err != nil {
				return nil, err
			}
			return prefix + strings.TrimPrefix(made, path.Join(path.Clean(dir), base)), nil
		})
		op.path = prefix + "XXXXXX"
		return b.run(cbAt(c, 1), op)
	})

	// ftruncate(fd, len, cb), fsync(fd, cb)
	def("ftruncate", func(c goja.FunctionCall) goja.Value {
		n := c.Argument(1).ToInteger()
		op := fsOp{syscall: "ftruncate"}
		f, err := b.file(argInt(c, 0))
		if err != nil {
			return b.run(cbAt(c, 2), denied(op, err))
		}
		op.work = func() (any, error) { return nil, f.f.Truncate(n) }
		return b.run(cbAt(c, 2), op)
	})
	// fchmod(fd, mode, cb): the file's own Chmod where it has one (an OS
	// file), else a chmod of the path it was opened by, under the same
	// permission check as chmod.
	def("fchmod", func(c goja.FunctionCall) goja.Value {
		mode := iofs.FileMode(argInt(c, 1))
		m := mode & iofs.ModePerm
		if mode&0o1000 != 0 {
			m |= iofs.ModeSticky
		}
		op := fsOp{syscall: "fchmod"}
		f, err := b.file(argInt(c, 0))
		if err == nil {
			err = b.allow("write", f.path)
		}
		if err != nil {
			return b.run(cbAt(c, 2), denied(op, err))
		}
		op.work = func() (any, error) {
			if ch, ok := f.f.(interface{ Chmod(iofs.FileMode) error }); ok {
				return nil, ch.Chmod(m)
			}
			fsys, err := b.fsys()
			if err != nil {
				return nil, err
			}
			return nil, fsys.Chmod(b.abs(f.path), m)
		}
		return b.run(cbAt(c, 2), op)
	})
	// fsync and fdatasync: both Sync; their errors name their own syscall.
	for _, name := range [...]string{"fsync", "fdatasync"} {
		def(name, func(c goja.FunctionCall) goja.Value {
			op := fsOp{syscall: name}
			f, err := b.file(argInt(c, 0))
			if err != nil {
				return b.run(cbAt(c, 1), denied(op, err))
			}
			op.work = func() (any, error) { return nil, f.f.Sync() }
			return b.run(cbAt(c, 1), op)
		})
	}

	// readFileSync(path | fd, flags) → ArrayBuffer: node's readFileSync in
	// one call (open, read to the end, close).
	def("readFileSync", func(c goja.FunctionCall) goja.Value {
		bytes := func(v any) goja.Value { return vm.ToValue(vm.NewArrayBuffer(v.([]byte))) }
		if fdv := c.Argument(0); isNumber(fdv) {
			op := fsOp{syscall: "fstat", result: bytes}
			f, err := b.file(int(fdv.ToInteger()))
			if err != nil {
				return b.run(goja.Undefined(), denied(op, err))
			}
			op.work = func() (any, error) { return readAll(f.f) }
			op.syscall = "read"
			return b.run(goja.Undefined(), op)
		}
		p, flags := argStr(c, 0), argInt(c, 1)
		stage := "open"
		op := b.pathOp(fsOp{result: bytes}, p, "read", func(fsys sys.FS, abs string) (any, error) {
			f, err := fsys.OpenFile(abs, osFlags(flags), 0o666)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			stage = "read"
			return readAll(f)
		})
		op.syscall = "open"
		v, err := op.work()
		if err != nil {
			pth := p
			if stage == "read" {
				pth = ""
			}
			panic(b.errorValue(err, stage, pth, "", false))
		}
		return op.result(v)
	})

	// writeFileSync(path | fd, data, flags, mode): open, write it all, close.
	def("writeFileSync", func(c goja.FunctionCall) goja.Value {
		var data []byte
		if s, ok := safeexport.Export(c.Argument(1)).(string); ok {
			data = []byte(s)
		} else {
			data = append([]byte(nil), js.BytesView(c.Argument(1))...)
		}
		if fdv := c.Argument(0); isNumber(fdv) {
			fd := int(fdv.ToInteger())
			if fd == 1 || fd == 2 {
				r.WriteOutput(fd, string(data))
				return goja.Undefined()
			}
			f, err := b.file(fd)
			if err != nil {
				panic(b.errorValue(err, "write", "", "", false))
			}
			if err := writeAll(f.f, data); err != nil {
				panic(b.errorValue(err, "write", "", "", false))
			}
			return goja.Undefined()
		}
		p, flags, mode := argStr(c, 0), argInt(c, 2), iofs.FileMode(argInt(c, 3))&iofs.ModePerm
		stage := "open"
		op := b.pathOp(fsOp{}, p, "write", func(fsys sys.FS, abs string) (any, error) {
			f, err := fsys.OpenFile(abs, osFlags(flags), mode)
			if err != nil {
				return nil, err
			}
			stage = "write"
			if err := writeAll(f, data); err != nil {
				f.Close()
				return nil, err
			}
			stage = "close"
			return nil, f.Close()
		})
		if _, err := op.work(); err != nil {
			pth := p
			if stage != "open" {
				pth = ""
			}
			panic(b.errorValue(err, stage, pth, "", false))
		}
		return goja.Undefined()
	})

	// exists(path) → bool, synchronously (existsSync: no error, no throw).
	def("existsSync", func(c goja.FunctionCall) goja.Value {
		fsys, err := b.fsys()
		p := argStr(c, 0)
		if err != nil || p == "" || b.allow("read", p) != nil {
			return vm.ToValue(false)
		}
		_, err = fsys.Stat(b.abs(p))
		return vm.ToValue(err == nil)
	})

	b.installAttrs(o)
	b.installWatch(o)

	// readStdin() → ArrayBuffer: the rest of standard input, now
	// (fs.readFileSync(0)); process.stdin reads from the same source.
	def("readStdin", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(r.ReadStdinAll()))
	})

	// tmpdir() → the file system's temp dir ("" without one).
	def("tmpdir", func(goja.FunctionCall) goja.Value {
		if fsys, err := b.fsys(); err == nil {
			return vm.ToValue(fsys.TempDir())
		}
		return vm.ToValue("")
	})
}

// direntPair is a directory listing as [names, types] (UV_DIRENT_*).
func (b *fsBinding) direntPair(v any) goja.Value {
	vm := b.vm
	ents := v.([]iofs.DirEntry)
	names := make([]any, len(ents))
	types := make([]any, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
		types[i] = direntType(e.Type())
	}
	return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...))
}

// absOf is abs for mkdirp's walk up relative paths.
func (b *fsBinding) absOf(p string) string { return b.abs(p) }

// clampRange limits [start, end) to a buffer of n bytes.
func clampRange(n, start, end int) (int, int) {
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	return start, end
}

func isFunc(v goja.Value) bool { _, ok := goja.AssertFunction(v); return ok }

func isNumber(v goja.Value) bool {
	switch safeexport.Export(v).(type) {
	case int64, float64, int:
		return true
	}
	return false
}

// mkdirp makes p and its missing parents, as libuv's MKDirpSync: it
// returns the first directory it made ("" if p existed), with p's spelling.
func mkdirp(fsys sys.FS, abs func(string) string, p string, mode iofs.FileMode) (string, error) {
	err := fsys.Mkdir(abs(p), mode)
	if err == nil {
		return p, nil
	}
	switch fsFailureOf(err).code {
	case "EEXIST":
		if fi, serr := fsys.Stat(abs(p)); serr == nil && fi.IsDir() {
			return "", nil
		}
		return "", err
	case "ENOENT":
		parent := path.Dir(strings.TrimRight(p, "/"))
		if parent == p || parent == "." || parent == "/" {
			return "", err
		}
		first, perr := mkdirp(fsys, abs, parent, mode)
		if perr != nil {
			return "", perr
		}
		if err := fsys.Mkdir(abs(p), mode); err != nil {
			if fi, serr := fsys.Stat(abs(p)); serr == nil && fi.IsDir() {
				return first, nil
			}
			return "", err
		}
		if first == "" {
			first = p
		}
		return first, nil
	}
	return "", err
}

// copyFile copies from's contents to to (made with from's permissions).
func copyFile(fsys sys.FS, from, to string, excl bool) error {
	src, err := fsys.OpenFile(from, os.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer src.Close()
	fi, err := src.Stat()
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return syscall.EISDIR
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if excl {
		flags |= os.O_EXCL
	}
	if dfi, err := fsys.Stat(to); err == nil && dfi.IsDir() {
		return syscall.EISDIR
	}
	dst, err := fsys.OpenFile(to, flags, fi.Mode().Perm())
	if err != nil {
		return err
	}
	data, err := readAll(src)
	if err == nil {
		err = writeAll(dst, data)
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err
}

// firstBroken finds the first component of abs that does not lstat,
// after the links before it are resolved (node's JavaScript realpath),
// for realpath's error; err if there is none.
func firstBroken(fsys sys.FS, abs string, err error) error {
	resolved := ""
	for _, c := range strings.Split(strings.TrimPrefix(abs, "/"), "/") {
		next := resolved + "/" + c
		fi, lerr := fsys.Lstat(next)
		if lerr != nil {
			return &atPath{path: next, err: lerr}
		}
		if fi.Mode()&iofs.ModeSymlink != 0 {
			if real, rerr := fsys.Realpath(next); rerr == nil {
				next = real
			}
		}
		resolved = strings.TrimSuffix(next, "/")
	}
	return err
}

// atPath is an error about another path than the one the call was given.
type atPath struct {
	path string
	err  error
}

func (e *atPath) Error() string { return e.path + ": " + e.err.Error() }
func (e *atPath) Unwrap() error { return e.err }
