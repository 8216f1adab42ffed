package poller

// The simulated file system of --io=sim and of the page: a tree in memory
// with the kernel's path rules (symlinks followed component by component,
// ".." taken physically, ELOOP after 40 hops), Linux's errors, modes and
// link counts, and times from the virtual clock. It can be seeded with
// files (the page's) and can mount a real directory copy-on-write (the
// script's directory under `evloop run --io=sim`): what is under it is read
// from disk the first time it is looked at, and every change stays in
// memory. Read it beside osfs.go, which keeps the same contract on the os
// package; simfs_test.go runs one table against both.

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

// SimEpoch is the wall-clock time of the virtual clock's zero: the date
// the JS runtime gives Date.now() at virtual time 0.
var SimEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// simUmask is the process umask the simulation applies to new files.
const simUmask = 0o022

// simMaxLinks is the symlink hops a lookup follows before ELOOP (Linux's).
const simMaxLinks = 40

// SimMaxFileSize bounds one simulated file: a write or truncate past it is
// EFBIG (the file system lives in the process's memory; without a bound a
// program's ftruncate(fd, 1e15), or a write at such a position, asked the Go
// runtime for that much and ended the process with a fatal error).
const SimMaxFileSize = 64 << 20

// SimFS is sys.FS in memory. Safe from any goroutine (one mutex guards the
// whole tree; the simulated pool calls it on the loop goroutine anyway).
type SimFS struct {
	mu      sync.Mutex
	now     func() time.Time
	root    *simNode
	uid     uint64
	gid     uint64
	nextIno uint64
	tmpSeq  uint64

	// fs.watch (simfs_watch.go): watchers by node, and how their events
	// reach the loop.
	watches map[*simNode][]*simWatch
	muted   bool
}

// simNode is one inode.
type simNode struct {
	mode  fs.FileMode // type and permission bits
	data  []byte      // a file's contents
	kids  map[string]*simNode
	link  string // a symlink's target
	ino   uint64
	nlink uint64
	uid   uint64
	gid   uint64

	atime, mtime, ctime, btime time.Time

	// real is the file or directory on disk this node shows until it is
	// loaded: a directory's entries, or a file's contents, are read on
	// first use.
	real   string
	loaded bool
	size   int64 // a real file's size before its contents are loaded
}

var _ sys.FS = (*SimFS)(nil)

// NewSimFS returns a file system holding an empty root and an empty /tmp
// (mode 1777). now gives file times; nil means SimEpoch.
func NewSimFS(now func() time.Time) *SimFS {
	if now == nil {
		now = func() time.Time { return SimEpoch }
	}
	s := &SimFS{now: now, uid: uint64(max(os.Getuid(), 0)), gid: uint64(max(os.Getgid(), 0)), nextIno: 1}
	s.root = s.newNode(fs.ModeDir | 0o755)
	s.root.nlink = 2
	tmp := s.newNode(fs.ModeDir | fs.ModeSticky | 0o777)
	s.link(s.root, "tmp", tmp)
	return s
}

// NewSimFSOnClock returns NewSimFS with times from a virtual clock reading
// clock() (nanoseconds since SimEpoch).
func NewSimFSOnClock(clock func() time.Duration) *SimFS {
	return NewSimFS(func() time.Time { return SimEpoch.Add(clock()) })
}

// WriteFile creates name (absolute) with data, and its missing parent
// directories: how the page's files are seeded.
func (s *SimFS) WriteFile(name string, data []byte, perm fs.FileMode) error {
	if err := s.MkdirAll(path.Dir(path.Clean("/"+name)), 0o755); err != nil {
		return err
	}
	f, err := s.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, perm)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Mount shows the real directory dir (absolute) at the same path,
// copy-on-write: its entries are read from disk when first looked at, and
// writes, creations and removals stay in memory. Missing parents are made.
func (s *SimFS) Mount(dir string) error {
	dir = path.Clean("/" + dir)
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return &fs.PathError{Op: "mount", Path: dir, Err: syscall.ENOTDIR}
	}
	if err := s.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(dir, true)
	if errno != 0 {
		return &fs.PathError{Op: "mount", Path: dir, Err: errno}
	}
	n.real, n.loaded = dir, false
	n.mode = fs.ModeDir | fi.Mode().Perm()
	n.mtime = fi.ModTime()
	return nil
}

func (s *SimFS) newNode(mode fs.FileMode) *simNode {
	t := s.now()
	n := &simNode{mode: mode, ino: s.nextIno, nlink: 1, uid: s.uid, gid: s.gid, atime: t, mtime: t, ctime: t, btime: t, loaded: true}
	s.nextIno++
	if mode.IsDir() {
		n.kids = map[string]*simNode{}
		n.nlink = 2
	}
	return n
}

// link adds n to dir as name.
func (s *SimFS) link(dir *simNode, name string, n *simNode) {
	s.notify(dir, name, nil, "rename")
	dir.kids[name] = n
	if n.mode.IsDir() {
		dir.nlink++
	}
	t := s.now()
	dir.mtime, dir.ctime = t, t
}

// unlink removes name from dir.
func (s *SimFS) unlink(dir *simNode, name string) {
	n := dir.kids[name]
	s.notify(dir, name, n, "rename")
	delete(dir.kids, name)
	if n != nil && n.mode.IsDir() {
		dir.nlink--
	}
	if n != nil && n.nlink > 0 {
		n.nlink--
		n.ctime = s.now()
	}
	t := s.now()
	dir.mtime, dir.ctime = t, t
}

// load reads a mounted directory's entries, or a mounted file's contents,
// from disk.
func (s *SimFS) load(n *simNode) {
	if n.loaded {
		return
	}
	n.loaded = true
	if n.mode.IsDir() {
		ents, err := os.ReadDir(n.real)
		if err != nil {
			return
		}
		for _, e := range ents {
			p := path.Join(n.real, e.Name())
			fi, err := os.Lstat(p)
			if err != nil {
				continue
			}
			k := &simNode{mode: fi.Mode() & (fs.ModeType | fs.ModePerm | fs.ModeSticky | fs.ModeSetuid | fs.ModeSetgid),
				ino: s.nextIno, nlink: 1, uid: s.uid, gid: s.gid, real: p, size: fi.Size()}
			s.nextIno++
			k.atime, k.mtime, k.ctime, k.btime = fi.ModTime(), fi.ModTime(), fi.ModTime(), fi.ModTime()
			switch {
			case fi.IsDir():
				k.kids = map[string]*simNode{}
				k.nlink = 2
				n.nlink++
			case fi.Mode()&fs.ModeSymlink != 0:
				k.link, _ = os.Readlink(p)
				k.loaded = true
			}
			if _, ok := n.kids[e.Name()]; !ok {
				n.kids[e.Name()] = k // what was made in memory first wins
			}
		}
		return
	}
	if n.mode.IsRegular() {
		n.data, _ = os.ReadFile(n.real)
	}
}

func (n *simNode) isDir() bool     { return n.mode.IsDir() }
func (n *simNode) isSymlink() bool { return n.mode&fs.ModeSymlink != 0 }

func (n *simNode) fileSize() int64 {
	switch {
	case !n.loaded && n.mode.IsRegular():
		return n.size
	case n.isSymlink():
		return int64(len(n.link))
	case n.isDir():
		return 4096
	}
	return int64(len(n.data))
}

// walk is the kernel's path lookup. It returns the directory that holds
// (or would hold) the last component, that component's name ("" when the
// path ends in "/" or "." or "..": then n is the directory itself), and
// the node, nil with ENOENT when only the last component is missing.
// follow says whether a symlink in the last position is followed.
func (s *SimFS) walk(name string, follow bool) (dir *simNode, base string, n *simNode, errno syscall.Errno) {
	if name == "" {
		return nil, "", nil, syscall.ENOENT
	}
	mustDir := len(name) > 1 && strings.HasSuffix(name, "/")
	if mustDir {
		follow = true // "link/" means the directory it points to
		name = strings.TrimRight(name, "/")
	}
	comps := strings.Split(name, "/")
	stack := []*simNode{s.root}
	hops := 0
	base = ""
	for i := 0; i < len(comps); i++ {
		c := comps[i]
		last := i == len(comps)-1
		cur := stack[len(stack)-1]
		switch c {
		case "", ".":
			if last {
				base = ""
			}
			continue
		case "..":
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			if last {
				base = ""
			}
			continue
		}
		if !cur.isDir() {
			return nil, "", nil, syscall.ENOTDIR
		}
		if len(c) > 255 {
			return nil, "", nil, syscall.ENAMETOOLONG
		}
		s.load(cur)
		k := cur.kids[c]
		if k == nil {
			if last {
				return cur, c, nil, syscall.ENOENT
			}
			return nil, "", nil, syscall.ENOENT
		}
		if k.isSymlink() && (!last || follow) {
			hops++
			if hops > simMaxLinks {
				return nil, "", nil, syscall.ELOOP
			}
			if strings.HasPrefix(k.link, "/") {
				stack = stack[:1]
			}
			rest := comps[i+1:]
			comps = append(strings.Split(k.link, "/"), rest...)
			i = -1
			base = ""
			continue
		}
		stack = append(stack, k)
		base = c
	}
	n = stack[len(stack)-1]
	if base == "" {
		if len(stack) > 1 {
			dir = stack[len(stack)-2]
		} else {
			dir = n
		}
	} else {
		dir = stack[len(stack)-2]
	}
	if mustDir && !n.isDir() {
		return nil, "", nil, syscall.ENOTDIR
	}
	return dir, base, n, 0
}

// lookup returns the node at name.
func (s *SimFS) lookup(name string, follow bool) (*simNode, syscall.Errno) {
	_, _, n, errno := s.walk(name, follow)
	return n, errno
}

// may reports whether the process may access n as want (4 read, 2 write,
// 1 search/execute), as the kernel decides: root may read and write
// anything and execute what has an execute bit.
func (s *SimFS) may(n *simNode, want fs.FileMode) bool {
	perm := n.mode.Perm()
	if s.uid == 0 {
		if want&1 != 0 && !n.isDir() && perm&0o111 == 0 {
			return false
		}
		return true
	}
	switch {
	case n.uid == s.uid:
		perm >>= 6
	case n.gid == s.gid:
		perm >>= 3
	}
	return perm&want == want
}

func pathErr(op, name string, errno syscall.Errno) error {
	return &fs.PathError{Op: op, Path: name, Err: errno}
}

// OpenFile implements sys.FS with open(2)'s rules.
func (s *SimFS) OpenFile(name string, flag int, perm fs.FileMode) (sys.File, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	excl := flag&os.O_CREATE != 0 && flag&os.O_EXCL != 0
	dir, base, n, errno := s.walk(name, !excl)
	acc := flag & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR)
	writing := acc == os.O_WRONLY || acc == os.O_RDWR
	switch {
	case errno == syscall.ENOENT && dir != nil && flag&os.O_CREATE != 0:
		if s.uid != 0 && !s.may(dir, 3) {
			return nil, pathErr("open", name, syscall.EACCES)
		}
		n = s.newNode(perm.Perm() &^ simUmask)
		s.link(dir, base, n)
	case errno != 0:
		return nil, pathErr("open", name, errno)
	case excl:
		return nil, pathErr("open", name, syscall.EEXIST)
	default:
		if n.isDir() && (writing || flag&os.O_TRUNC != 0) {
			return nil, pathErr("open", name, syscall.EISDIR)
		}
		want := fs.FileMode(4)
		if acc == os.O_WRONLY {
			want = 2
		} else if acc == os.O_RDWR {
			want = 6
		}
		if !s.may(n, want) {
			return nil, pathErr("open", name, syscall.EACCES)
		}
		if flag&os.O_TRUNC != 0 && writing {
			s.load(n)
			n.data = n.data[:0]
			t := s.now()
			n.mtime, n.ctime = t, t
			s.notifyChange(n, name)
		}
	}
	return &simFile{s: s, n: n, name: name, flag: flag}, nil
}

// Stat implements sys.FS.
func (s *SimFS) Stat(name string) (fs.FileInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, base, n, errno := s.walk(name, true)
	if errno != 0 {
		return nil, pathErr("stat", name, errno)
	}
	return s.info(n, nameOf(name, base)), nil
}

// Lstat implements sys.FS.
func (s *SimFS) Lstat(name string) (fs.FileInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, base, n, errno := s.walk(name, false)
	if errno != 0 {
		return nil, pathErr("lstat", name, errno)
	}
	return s.info(n, nameOf(name, base)), nil
}

// nameOf is the FileInfo name of a lookup: its last component.
func nameOf(name, base string) string {
	if base != "" {
		return base
	}
	return path.Base(name)
}

// ReadDir implements sys.FS: entries sorted by name, as os.ReadDir.
func (s *SimFS) ReadDir(name string) ([]fs.DirEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(name, true)
	switch {
	case errno != 0:
		return nil, pathErr("open", name, errno)
	case !n.isDir():
		return nil, pathErr("readdirent", name, syscall.ENOTDIR)
	case !s.may(n, 4):
		return nil, pathErr("open", name, syscall.EACCES)
	}
	s.load(n)
	names := make([]string, 0, len(n.kids))
	for k := range n.kids {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]fs.DirEntry, len(names))
	for i, k := range names {
		out[i] = fs.FileInfoToDirEntry(s.info(n.kids[k], k))
	}
	n.atime = s.now()
	return out, nil
}

// Mkdir implements sys.FS.
func (s *SimFS) Mkdir(name string, perm fs.FileMode) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mkdir(name, perm)
}

func (s *SimFS) mkdir(name string, perm fs.FileMode) error {
	dir, base, _, errno := s.walk(name, false)
	switch {
	case errno == syscall.ENOENT && dir != nil:
	case errno != 0:
		return pathErr("mkdir", name, errno)
	default:
		return pathErr("mkdir", name, syscall.EEXIST)
	}
	if !s.may(dir, 3) {
		return pathErr("mkdir", name, syscall.EACCES)
	}
	s.link(dir, base, s.newNode(fs.ModeDir|perm.Perm()&^simUmask))
	return nil
}

// MkdirAll implements sys.FS with os.MkdirAll's rules: nil if name is
// already a directory.
func (s *SimFS) MkdirAll(name string, perm fs.FileMode) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mkdirAll(name, perm)
}

func (s *SimFS) mkdirAll(name string, perm fs.FileMode) error {
	n, errno := s.lookup(name, true)
	if errno == 0 {
		if n.isDir() {
			return nil
		}
		return pathErr("mkdir", name, syscall.ENOTDIR)
	}
	if parent := path.Dir(strings.TrimRight(name, "/")); parent != name && parent != "." && parent != "/" {
		if err := s.mkdirAll(parent, perm); err != nil {
			return err
		}
	}
	if err := s.mkdir(name, perm); err != nil {
		if n, errno := s.lookup(name, true); errno == 0 && n.isDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove implements sys.FS with os.Remove's rules: a file, a symlink or an
// empty directory.
func (s *SimFS) Remove(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	dir, base, n, errno := s.walk(name, false)
	switch {
	case errno != 0:
		return pathErr("remove", name, errno)
	case base == "":
		return pathErr("remove", name, syscall.EINVAL)
	case !s.may(dir, 3):
		return pathErr("remove", name, syscall.EACCES)
	}
	if n.isDir() {
		s.load(n)
		if len(n.kids) > 0 {
			return pathErr("remove", name, syscall.ENOTEMPTY)
		}
		n.nlink = 1 // the "." link goes with it
	}
	s.unlink(dir, base)
	return nil
}

// RemoveAll implements sys.FS with os.RemoveAll's rules: nil if name does
// not exist.
func (s *SimFS) RemoveAll(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	dir, base, _, errno := s.walk(name, false)
	switch {
	case errno == syscall.ENOENT:
		return nil
	case errno != 0:
		return pathErr("unlinkat", name, errno)
	case base == "":
		return pathErr("RemoveAll", name, syscall.EINVAL)
	case !s.may(dir, 3):
		return pathErr("unlinkat", name, syscall.EACCES)
	}
	s.unlink(dir, base)
	return nil
}

// Rename implements sys.FS with rename(2)'s rules.
func (s *SimFS) Rename(from, to string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	linkErr := func(errno syscall.Errno) error {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: errno}
	}
	fdir, fbase, n, errno := s.walk(from, false)
	if errno != 0 {
		return linkErr(errno)
	}
	tdir, tbase, old, errno := s.walk(to, false)
	if errno != 0 && errno != syscall.ENOENT || tdir == nil {
		return linkErr(errno)
	}
	if fbase == "" || tbase == "" {
		return linkErr(syscall.EBUSY)
	}
	if !s.may(fdir, 3) || !s.may(tdir, 3) {
		return linkErr(syscall.EACCES)
	}
	if old == n {
		return nil
	}
	if n.isDir() {
		// A directory cannot move below itself.
		for _, d := range s.ancestors(to) {
			if d == n {
				return linkErr(syscall.EINVAL)
			}
		}
	}
	if old != nil {
		switch {
		case n.isDir() && !old.isDir():
			return linkErr(syscall.ENOTDIR)
		case !n.isDir() && old.isDir():
			return linkErr(syscall.EISDIR)
		case old.isDir():
			s.load(old)
			if len(old.kids) > 0 {
				return linkErr(syscall.ENOTEMPTY)
			}
		}
		// rename(2) replaces the target silently: inotify reports the move alone.
		s.muted = true
		s.unlink(tdir, tbase)
		s.muted = false
	}
	s.notify(fdir, fbase, n, "rename")
	delete(fdir.kids, fbase)
	if n.isDir() {
		fdir.nlink--
	}
	t := s.now()
	fdir.mtime, fdir.ctime = t, t
	s.link(tdir, tbase, n)
	n.ctime = t
	return nil
}

// ancestors returns the directories a lookup of name passes through.
func (s *SimFS) ancestors(name string) []*simNode {
	var out []*simNode
	for p := path.Dir(path.Clean(name)); ; p = path.Dir(p) {
		if n, errno := s.lookup(p, true); errno == 0 {
			out = append(out, n)
		}
		if p == "/" || p == "." {
			return out
		}
	}
}

// Readlink implements sys.FS.
func (s *SimFS) Readlink(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(name, false)
	switch {
	case errno != 0:
		return "", pathErr("readlink", name, errno)
	case !n.isSymlink():
		return "", pathErr("readlink", name, syscall.EINVAL)
	}
	return n.link, nil
}

// Symlink implements sys.FS.
func (s *SimFS) Symlink(target, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	dir, base, _, errno := s.walk(name, false)
	switch {
	case errno == syscall.ENOENT && dir != nil:
	case errno == 0:
		errno = syscall.EEXIST
		fallthrough
	default:
		return &os.LinkError{Op: "symlink", Old: target, New: name, Err: errno}
	}
	n := s.newNode(fs.ModeSymlink | 0o777)
	n.link = target
	s.link(dir, base, n)
	return nil
}

// Realpath implements sys.FS: name absolute with every symlink resolved.
func (s *SimFS) Realpath(name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(name, true)
	if errno != 0 {
		return "", pathErr("realpath", name, errno)
	}
	// Find n's path by searching from the root: the tree is small, and
	// nodes do not point at their parents (a rename moves one pointer).
	var find func(d *simNode, p string) (string, bool)
	find = func(d *simNode, p string) (string, bool) {
		if d == n {
			return p, true
		}
		if !d.isDir() || !d.loaded {
			return "", false
		}
		for k, c := range d.kids {
			if q, ok := find(c, path.Join(p, k)); ok {
				return q, true
			}
		}
		return "", false
	}
	if p, ok := find(s.root, "/"); ok {
		return p, nil
	}
	return "", pathErr("realpath", name, syscall.ENOENT)
}

// MkdirTemp implements sys.FS: dir/prefix followed by six characters, from
// a counter, so a run is repeatable.
func (s *SimFS) MkdirTemp(dir, prefix string) (string, error) {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	if dir == "" {
		dir = s.TempDir()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for try := 0; try < 100; try++ {
		s.tmpSeq++
		x := s.tmpSeq*2654435761 + 12345
		var suffix [6]byte
		for i := range suffix {
			suffix[i] = chars[x%uint64(len(chars))]
			x /= uint64(len(chars))
		}
		name := path.Join(dir, prefix+string(suffix[:]))
		err := s.mkdir(name, 0o700)
		if err == nil {
			return name, nil
		}
		if pe, ok := err.(*fs.PathError); !ok || pe.Err != syscall.EEXIST {
			return "", err
		}
	}
	return "", pathErr("mkdirtemp", path.Join(dir, prefix), syscall.EEXIST)
}

// Chmod implements sys.FS.
func (s *SimFS) Chmod(name string, mode fs.FileMode) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, errno := s.lookup(name, true)
	if errno != 0 {
		return pathErr("chmod", name, errno)
	}
	if s.uid != 0 && n.uid != s.uid {
		return pathErr("chmod", name, syscall.EPERM)
	}
	n.mode = n.mode&fs.ModeType | mode&(fs.ModePerm|fs.ModeSticky|fs.ModeSetuid|fs.ModeSetgid)
	n.ctime = s.now()
	s.notifyChange(n, name)
	return nil
}

// TempDir implements sys.FS: /tmp.
func (s *SimFS) TempDir() string { return "/tmp" }

// info describes n as a FileInfo whose Sys is a *sys.Stat.
func (s *SimFS) info(n *simNode, name string) *simInfo {
	st := &sys.Stat{Dev: 2049, Ino: n.ino, Nlink: n.nlink, Uid: n.uid, Gid: n.gid,
		Mode: unixMode(n.mode), Size: n.fileSize(), Blksize: 4096,
		Atime: n.atime, Mtime: n.mtime, Ctime: n.ctime, Birthtime: n.btime}
	st.Blocks = (st.Size + 4095) / 4096 * 8
	return &simInfo{name: name, mode: n.mode, st: st}
}

// unixMode turns a FileMode into st_mode bits.
func unixMode(m fs.FileMode) uint32 {
	u := uint32(m.Perm())
	switch {
	case m.IsDir():
		u |= sys.S_IFDIR
	case m&fs.ModeSymlink != 0:
		u |= sys.S_IFLNK
	case m&fs.ModeNamedPipe != 0:
		u |= sys.S_IFIFO
	case m&fs.ModeSocket != 0:
		u |= sys.S_IFSOCK
	case m&fs.ModeDevice != 0 && m&fs.ModeCharDevice != 0:
		u |= sys.S_IFCHR
	case m&fs.ModeDevice != 0:
		u |= sys.S_IFBLK
	default:
		u |= sys.S_IFREG
	}
	if m&fs.ModeSetuid != 0 {
		u |= 0o4000
	}
	if m&fs.ModeSetgid != 0 {
		u |= 0o2000
	}
	if m&fs.ModeSticky != 0 {
		u |= 0o1000
	}
	return u
}

// simInfo is fs.FileInfo for a SimFS node, a snapshot.
type simInfo struct {
	name string
	mode fs.FileMode
	st   *sys.Stat
}

func (i *simInfo) Name() string       { return i.name }
func (i *simInfo) Size() int64        { return i.st.Size }
func (i *simInfo) Mode() fs.FileMode  { return i.mode }
func (i *simInfo) ModTime() time.Time { return i.st.Mtime }
func (i *simInfo) IsDir() bool        { return i.mode.IsDir() }
func (i *simInfo) Sys() any           { return i.st }

// simFile is an open SimFS file: the node, the open flags and the offset.
type simFile struct {
	s      *SimFS
	n      *simNode
	name   string
	flag   int
	pos    int64
	closed bool
}

func (f *simFile) canRead() bool  { return f.flag&(os.O_WRONLY|os.O_RDWR) != os.O_WRONLY }
func (f *simFile) canWrite() bool { return f.flag&(os.O_WRONLY|os.O_RDWR) != 0 }

// check returns the error an operation op on f gets before it starts.
func (f *simFile) check(op string, write bool) error {
	switch {
	case f.closed:
		return &fs.PathError{Op: op, Path: f.name, Err: os.ErrClosed}
	case write && !f.canWrite(), !write && !f.canRead():
		return pathErr(op, f.name, syscall.EBADF)
	case f.n.isDir() && op != "seek" && op != "stat" && op != "close" && op != "sync":
		return pathErr(op, f.name, syscall.EISDIR)
	}
	return nil
}

// Read implements sys.File.
func (f *simFile) Read(p []byte) (int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	n, err := f.readAt(p, f.pos, "read")
	f.pos += int64(n)
	return n, err
}

// ReadAt implements sys.File.
func (f *simFile) ReadAt(p []byte, off int64) (int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if off < 0 {
		return 0, pathErr("readat", f.name, syscall.EINVAL)
	}
	n, err := f.readAt(p, off, "read")
	if err == nil && n < len(p) {
		err = io.EOF
	}
	return n, err
}

func (f *simFile) readAt(p []byte, off int64, op string) (int, error) {
	if err := f.check(op, false); err != nil {
		return 0, err
	}
	f.s.load(f.n)
	f.n.atime = f.s.now()
	if off >= int64(len(f.n.data)) {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	return copy(p, f.n.data[off:]), nil
}

// Write implements sys.File (O_APPEND writes at the end).
func (f *simFile) Write(p []byte) (int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	off := f.pos
	if f.flag&os.O_APPEND != 0 {
		f.s.load(f.n)
		off = int64(len(f.n.data))
	}
	n, err := f.writeAt(p, off)
	f.pos = off + int64(n)
	return n, err
}

// WriteAt implements sys.File. As pwrite(2) on Linux, a file opened with
// O_APPEND is written at its end whatever off says.
func (f *simFile) WriteAt(p []byte, off int64) (int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if off < 0 {
		return 0, pathErr("writeat", f.name, syscall.EINVAL)
	}
	if f.flag&os.O_APPEND != 0 {
		f.s.load(f.n)
		off = int64(len(f.n.data))
	}
	return f.writeAt(p, off)
}

func (f *simFile) writeAt(p []byte, off int64) (int, error) {
	if err := f.check("write", true); err != nil {
		return 0, err
	}
	f.s.load(f.n)
	end := off + int64(len(p))
	if end > SimMaxFileSize || end < off {
		return 0, pathErr("write", f.name, syscall.EFBIG)
	}
	if end > int64(len(f.n.data)) {
		if end > int64(cap(f.n.data)) {
			grown := make([]byte, end, max(end, 2*int64(cap(f.n.data))))
			copy(grown, f.n.data)
			f.n.data = grown
		} else {
			old := len(f.n.data)
			f.n.data = f.n.data[:end]
			clear(f.n.data[old:])
		}
	}
	copy(f.n.data[off:], p)
	if len(p) > 0 {
		t := f.s.now()
		f.n.mtime, f.n.ctime = t, t
		f.s.notifyChange(f.n, f.name)
	}
	return len(p), nil
}

// Seek implements sys.File.
func (f *simFile) Seek(offset int64, whence int) (int64, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if err := f.check("seek", false); err != nil && f.closed {
		return 0, err
	}
	f.s.load(f.n)
	switch whence {
	case io.SeekCurrent:
		offset += f.pos
	case io.SeekEnd:
		offset += f.n.fileSize()
	}
	if offset < 0 {
		return 0, pathErr("seek", f.name, syscall.EINVAL)
	}
	f.pos = offset
	return offset, nil
}

// Stat implements sys.File.
func (f *simFile) Stat() (fs.FileInfo, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.closed {
		return nil, pathErr("stat", f.name, syscall.EBADF)
	}
	return f.s.info(f.n, path.Base(f.name)), nil
}

// Truncate implements sys.File.
func (f *simFile) Truncate(size int64) error {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	switch {
	case f.closed:
		return pathErr("truncate", f.name, syscall.EBADF)
	case !f.canWrite() || f.n.isDir() || size < 0:
		return pathErr("truncate", f.name, syscall.EINVAL)
	case size > SimMaxFileSize:
		return pathErr("truncate", f.name, syscall.EFBIG)
	}
	f.s.load(f.n)
	if size <= int64(len(f.n.data)) {
		f.n.data = f.n.data[:size]
	} else {
		f.n.data = append(f.n.data, make([]byte, size-int64(len(f.n.data)))...)
	}
	t := f.s.now()
	f.n.mtime, f.n.ctime = t, t
	f.s.notifyChange(f.n, f.name)
	return nil
}

// Sync implements sys.File.
func (f *simFile) Sync() error {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.closed {
		return pathErr("sync", f.name, syscall.EBADF)
	}
	return nil
}

// Close implements sys.File.
func (f *simFile) Close() error {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.closed {
		return &fs.PathError{Op: "close", Path: f.name, Err: os.ErrClosed}
	}
	f.closed = true
	return nil
}

// String names the file, for debugging.
func (f *simFile) String() string { return fmt.Sprintf("simFile(%s)", f.name) }
