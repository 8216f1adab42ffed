package fs

// The natives of the fs calls beyond sys.FS — link, utimes, chown and
// statfs in their path, fd and symlink forms — over sys.FSAttrs. A file
// system without it (the wasm module's host files) fails them with ENOSYS
// and a hint saying so; the permission flags are checked as for every
// other path (link needs write access to both names: a second name for a
// read-only file in a writable tree would make it writable).

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop/sys"
)

// noAttrs is the error of link/utimes/chown/statfs on a file system
// without sys.FSAttrs.
type noAttrs struct{}

func (noAttrs) Error() string   { return "no links, times or owners" }
func (noAttrs) ErrCode() string { return "ENOSYS" }
func (noAttrs) Hint() string    { return "this evloop host's file system has no links, times or owners" }

// attrs returns the file system's sys.FSAttrs.
func (b *fsBinding) attrs() (sys.FSAttrs, error) {
	fsys, err := b.fsys()
	if err != nil {
		return nil, err
	}
	if a, ok := fsys.(sys.FSAttrs); ok {
		return a, nil
	}
	return nil, noAttrs{}
}

// timeOf turns node's seconds (a float, from toUnixTimestamp) into a time.
func timeOf(v goja.Value) time.Time {
	s := v.ToFloat()
	if math.IsNaN(s) || math.IsInf(s, 0) {
		s = 0
	}
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64(math.Round((s-sec)*1e9)))
}

// installAttrs defines the natives on o.
func (b *fsBinding) installAttrs(o *goja.Object) {
	vm := b.vm
	def := func(name string, fn func(c goja.FunctionCall) goja.Value) { o.Set(name, fn) }

	// attrOp is pathOp with the FSAttrs.
	attrOp := func(op fsOp, p, access string, work func(a sys.FSAttrs, abs string) (any, error)) fsOp {
		a, err := b.attrs()
		if err != nil {
			op.path = p
			return denied(op, err)
		}
		return b.pathOp(op, p, access, func(_ sys.FS, abs string) (any, error) { return work(a, abs) })
	}
	// fdOp is an op on an open descriptor.
	fdOp := func(op fsOp, fd int, work func(a sys.FSAttrs, f sys.File) error) fsOp {
		a, err := b.attrs()
		if err != nil {
			return denied(op, err)
		}
		f, err := b.file(fd)
		if err != nil {
			return denied(op, err)
		}
		op.work = func() (any, error) { return nil, work(a, f.f) }
		return op
	}

	// utimes(path, atime, mtime, cb), lutimes(...): times in seconds.
	for _, name := range []string{"utimes", "lutimes"} {
		follow := name == "utimes"
		sc := map[bool]string{true: "utime", false: "lutime"}[follow]
		def(name, func(c goja.FunctionCall) goja.Value {
			at, mt := timeOf(c.Argument(1)), timeOf(c.Argument(2))
			op := attrOp(fsOp{syscall: sc}, argStr(c, 0), "write", func(a sys.FSAttrs, abs string) (any, error) {
				return nil, a.Utimes(abs, at, mt, follow)
			})
			return b.run(c.Argument(3), op)
		})
	}
	// futimes(fd, atime, mtime, cb)
	def("futimes", func(c goja.FunctionCall) goja.Value {
		at, mt := timeOf(c.Argument(1)), timeOf(c.Argument(2))
		return b.run(c.Argument(3), fdOp(fsOp{syscall: "futime"}, argInt(c, 0), func(a sys.FSAttrs, f sys.File) error {
			return a.Futimes(f, at, mt)
		}))
	})

	// chown(path, uid, gid, cb), lchown(...)
	for _, name := range []string{"chown", "lchown"} {
		follow := name == "chown"
		def(name, func(c goja.FunctionCall) goja.Value {
			uid, gid := argInt(c, 1), argInt(c, 2)
			op := attrOp(fsOp{syscall: name}, argStr(c, 0), "write", func(a sys.FSAttrs, abs string) (any, error) {
				return nil, a.Chown(abs, uid, gid, follow)
			})
			return b.run(c.Argument(3), op)
		})
	}
	// fchown(fd, uid, gid, cb)
	def("fchown", func(c goja.FunctionCall) goja.Value {
		uid, gid := argInt(c, 1), argInt(c, 2)
		return b.run(c.Argument(3), fdOp(fsOp{syscall: "fchown"}, argInt(c, 0), func(a sys.FSAttrs, f sys.File) error {
			return a.Fchown(f, uid, gid)
		}))
	})

	// link(existingPath, newPath, cb)
	def("link", func(c goja.FunctionCall) goja.Value {
		from, to := argStr(c, 0), argStr(c, 1)
		op := fsOp{syscall: "link", path: from, dest: to}
		a, err := b.attrs()
		if err == nil {
			err = b.allow("write", from)
		}
		if err == nil {
			err = b.allow("write", to)
		}
		if err != nil {
			return b.run(c.Argument(2), denied(op, err))
		}
		absFrom, absTo := b.abs(from), b.abs(to)
		op.work = func() (any, error) { return nil, a.Link(absFrom, absTo) }
		return b.run(c.Argument(2), op)
	})

	// statfs(path, cb) → [type, bsize, blocks, bfree, bavail, files, ffree]
	def("statfs", func(c goja.FunctionCall) goja.Value {
		op := attrOp(fsOp{syscall: "statfs"}, argStr(c, 0), "read", func(a sys.FSAttrs, abs string) (any, error) {
			return a.Statfs(abs)
		})
		op.result = func(v any) goja.Value {
			st := v.(sys.Statfs)
			return vm.NewArray(st.Type, st.Bsize, st.Blocks, st.Bfree, st.Bavail, st.Files, st.Ffree)
		}
		return b.run(c.Argument(1), op)
	})

	// opendir(path, cb) → [names, types]: opendir(3) and the whole listing
	// at once; Dir (fs.js) hands the entries out one read at a time.
	def("opendir", func(c goja.FunctionCall) goja.Value {
		op := b.pathOp(fsOp{syscall: "opendir"}, argStr(c, 0), "read", func(fsys sys.FS, abs string) (any, error) {
			return fsys.ReadDir(abs)
		})
		op.result = b.direntPair
		if !isFunc(c.Argument(1)) {
			op.path = "" // node's opendirSync names no path
		}
		return b.run(c.Argument(1), op)
	})

	// dirRead(cb), dirClose(cb): a Dir's readdir(3) and closedir(3), as
	// pool requests so that their callbacks come when node's do; the
	// listing itself was taken by opendir.
	for name, sc := range map[string]string{"dirRead": "scandir", "dirClose": "closedir"} {
		def(name, func(c goja.FunctionCall) goja.Value {
			return b.run(c.Argument(0), fsOp{syscall: sc, work: func() (any, error) { return nil, nil }})
		})
	}
}
