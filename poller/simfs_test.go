package poller

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

// describe renders a result the same way for both file systems: the value,
// or the errno an error wraps.
func describe(v any, err error) string {
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return "errno " + errnoName(errno)
		}
		if errors.Is(err, io.EOF) {
			return fmt.Sprintf("%v EOF", v)
		}
		if errors.Is(err, os.ErrClosed) {
			return "closed"
		}
		return "error " + err.Error()
	}
	return fmt.Sprint(v)
}

func errnoName(e syscall.Errno) string {
	for _, c := range []struct {
		e syscall.Errno
		n string
	}{{syscall.ENOENT, "ENOENT"}, {syscall.EEXIST, "EEXIST"}, {syscall.EISDIR, "EISDIR"},
		{syscall.ENOTDIR, "ENOTDIR"}, {syscall.ENOTEMPTY, "ENOTEMPTY"}, {syscall.EINVAL, "EINVAL"},
		{syscall.EBADF, "EBADF"}, {syscall.ELOOP, "ELOOP"}, {syscall.EACCES, "EACCES"}} {
		if c.e == e {
			return c.n
		}
	}
	return e.Error()
}

// fsStep is one call on a file system rooted at root; it returns what the
// call gave, rendered by describe.
type fsStep struct {
	name string
	do   func(fsys sys.FS, root string) string
}

func kind(fi fs.FileInfo, err error) string {
	if err != nil {
		return describe(nil, err)
	}
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		return "symlink"
	case fi.IsDir():
		return "dir"
	}
	return fmt.Sprintf("file %d %o", fi.Size(), fi.Mode().Perm())
}

func names(ents []fs.DirEntry, err error) string {
	if err != nil {
		return describe(nil, err)
	}
	var out []string
	for _, e := range ents {
		t := "f"
		switch {
		case e.IsDir():
			t = "d"
		case e.Type()&fs.ModeSymlink != 0:
			t = "l"
		}
		out = append(out, e.Name()+":"+t)
	}
	return strings.Join(out, ",")
}

func writeFile(fsys sys.FS, name, data string, flag int) string {
	f, err := fsys.OpenFile(name, flag, 0o644)
	if err != nil {
		return describe(nil, err)
	}
	defer f.Close()
	n, err := f.Write([]byte(data))
	return describe(n, err)
}

func readFile(fsys sys.FS, name string) string {
	f, err := fsys.OpenFile(name, os.O_RDONLY, 0)
	if err != nil {
		return describe(nil, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	return describe(string(b), err)
}

// fsSteps is one story told to both file systems; each step's result must
// be the same on both.
var fsSteps = []fsStep{
	{"stat root", func(s sys.FS, r string) string { return kind(s.Stat(r)) }},
	{"stat missing", func(s sys.FS, r string) string { return kind(s.Stat(r + "/nope")) }},
	{"create", func(s sys.FS, r string) string {
		return writeFile(s, r+"/a.txt", "hello", os.O_WRONLY|os.O_CREATE|os.O_TRUNC)
	}},
	{"read", func(s sys.FS, r string) string { return readFile(s, r+"/a.txt") }},
	{"stat file", func(s sys.FS, r string) string { return kind(s.Stat(r + "/a.txt")) }},
	{"excl", func(s sys.FS, r string) string {
		return writeFile(s, r+"/a.txt", "x", os.O_WRONLY|os.O_CREATE|os.O_EXCL)
	}},
	{"append", func(s sys.FS, r string) string { return writeFile(s, r+"/a.txt", " world", os.O_WRONLY|os.O_APPEND) }},
	{"read appended", func(s sys.FS, r string) string { return readFile(s, r+"/a.txt") }},
	{"open missing", func(s sys.FS, r string) string { return readFile(s, r+"/nope/x") }},
	{"create in missing dir", func(s sys.FS, r string) string { return writeFile(s, r+"/nope/x", "", os.O_WRONLY|os.O_CREATE) }},
	{"file as dir", func(s sys.FS, r string) string { return kind(s.Stat(r + "/a.txt/x")) }},
	{"trailing slash on file", func(s sys.FS, r string) string { return kind(s.Stat(r + "/a.txt/")) }},
	{"mkdir", func(s sys.FS, r string) string { return describe("ok", s.Mkdir(r+"/d", 0o755)) }},
	{"mkdir again", func(s sys.FS, r string) string { return describe("ok", s.Mkdir(r+"/d", 0o755)) }},
	{"mkdir on file", func(s sys.FS, r string) string { return describe("ok", s.Mkdir(r+"/a.txt", 0o755)) }},
	{"mkdir missing parent", func(s sys.FS, r string) string { return describe("ok", s.Mkdir(r+"/x/y", 0o755)) }},
	{"mkdirall", func(s sys.FS, r string) string { return describe("ok", s.MkdirAll(r+"/d/e/f", 0o755)) }},
	{"mkdirall exists", func(s sys.FS, r string) string { return describe("ok", s.MkdirAll(r+"/d/e", 0o755)) }},
	{"mkdirall through file", func(s sys.FS, r string) string { return describe("ok", s.MkdirAll(r+"/a.txt/q", 0o755)) }},
	{"open dir for write", func(s sys.FS, r string) string { return writeFile(s, r+"/d", "x", os.O_WRONLY) }},
	{"read dir", func(s sys.FS, r string) string { return readFile(s, r+"/d") }},
	{"readdir", func(s sys.FS, r string) string { return names(s.ReadDir(r)) }},
	{"readdir file", func(s sys.FS, r string) string { return names(s.ReadDir(r + "/a.txt")) }},
	{"readdir missing", func(s sys.FS, r string) string { return names(s.ReadDir(r + "/nope")) }},
	{"symlink", func(s sys.FS, r string) string { return describe("ok", s.Symlink("a.txt", r+"/l")) }},
	{"symlink exists", func(s sys.FS, r string) string { return describe("ok", s.Symlink("a.txt", r+"/l")) }},
	{"lstat link", func(s sys.FS, r string) string { return kind(s.Lstat(r + "/l")) }},
	{"stat link", func(s sys.FS, r string) string { return kind(s.Stat(r + "/l")) }},
	{"readlink", func(s sys.FS, r string) string { return describe(s.Readlink(r + "/l")) }},
	{"readlink file", func(s sys.FS, r string) string { return describe(s.Readlink(r + "/a.txt")) }},
	{"read through link", func(s sys.FS, r string) string { return readFile(s, r+"/l") }},
	{"dir link", func(s sys.FS, r string) string { return describe("ok", s.Symlink("d/e", r+"/dl")) }},
	{"create through dir link", func(s sys.FS, r string) string { return writeFile(s, r+"/dl/../g.txt", "g", os.O_WRONLY|os.O_CREATE) }},
	{"dotdot is physical", func(s sys.FS, r string) string { return readFile(s, r+"/d/g.txt") }},
	{"realpath", func(s sys.FS, r string) string {
		p, err := s.Realpath(r + "/dl/./f")
		return describe(strings.TrimPrefix(p, r), err)
	}},
	{"realpath missing", func(s sys.FS, r string) string { return describe(s.Realpath(r + "/dl/missing")) }},
	{"loop", func(s sys.FS, r string) string {
		s.Symlink("loop2", r+"/loop1")
		s.Symlink("loop1", r+"/loop2")
		return kind(s.Stat(r + "/loop1"))
	}},
	{"dangling create", func(s sys.FS, r string) string {
		s.Symlink("made-by-link", r+"/dangling")
		writeFile(s, r+"/dangling", "via link", os.O_WRONLY|os.O_CREATE)
		return readFile(s, r+"/made-by-link")
	}},
	{"remove nonempty dir", func(s sys.FS, r string) string { return describe("ok", s.Remove(r+"/d")) }},
	{"remove missing", func(s sys.FS, r string) string { return describe("ok", s.Remove(r+"/nope")) }},
	{"remove link only", func(s sys.FS, r string) string {
		err := s.Remove(r + "/l")
		return describe("ok", err) + " " + kind(s.Stat(r+"/a.txt"))
	}},
	{"rename file", func(s sys.FS, r string) string {
		err := s.Rename(r+"/a.txt", r+"/b.txt")
		return describe("ok", err) + " " + kind(s.Stat(r+"/a.txt")) + " " + readFile(s, r+"/b.txt")
	}},
	{"rename missing", func(s sys.FS, r string) string { return describe("ok", s.Rename(r+"/nope", r+"/x")) }},
	{"rename file over dir", func(s sys.FS, r string) string { return describe("ok", s.Rename(r+"/b.txt", r+"/d")) }},
	{"rename dir over file", func(s sys.FS, r string) string { return describe("ok", s.Rename(r+"/d", r+"/b.txt")) }},
	{"rename dir into itself", func(s sys.FS, r string) string { return describe("ok", s.Rename(r+"/d", r+"/d/e/z")) }},
	{"rename dir over nonempty", func(s sys.FS, r string) string {
		s.Mkdir(r+"/empty", 0o755)
		return describe("ok", s.Rename(r+"/empty", r+"/d"))
	}},
	{"rename dir over empty", func(s sys.FS, r string) string {
		return describe("ok", s.Rename(r+"/d", r+"/empty")) + " " + names(s.ReadDir(r+"/empty"))
	}},
	{"chmod", func(s sys.FS, r string) string {
		err := s.Chmod(r+"/b.txt", 0o600)
		return describe("ok", err) + " " + kind(s.Stat(r+"/b.txt"))
	}},
	{"mkdirtemp", func(s sys.FS, r string) string {
		p, err := s.MkdirTemp(r, "tmp-")
		return describe(strings.HasPrefix(p, r+"/tmp-"), err) + " " + kind(s.Stat(p))
	}},
	{"removeall", func(s sys.FS, r string) string {
		err := s.RemoveAll(r + "/empty")
		return describe("ok", err) + " " + kind(s.Stat(r+"/empty"))
	}},
	{"removeall missing", func(s sys.FS, r string) string { return describe("ok", s.RemoveAll(r+"/nope")) }},
	{"file ops", func(s sys.FS, r string) string {
		f, err := s.OpenFile(r+"/rw", os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return describe(nil, err)
		}
		var out []string
		n, err := f.Write([]byte("0123456789"))
		out = append(out, describe(n, err))
		n, err = f.WriteAt([]byte("ab"), 2)
		out = append(out, describe(n, err))
		pos, err := f.Seek(0, io.SeekStart)
		out = append(out, describe(pos, err))
		buf := make([]byte, 4)
		n, err = f.Read(buf)
		out = append(out, describe(string(buf[:n]), err))
		n, err = f.ReadAt(buf, 8)
		out = append(out, describe(string(buf[:n]), err))
		out = append(out, describe("ok", f.Truncate(3)))
		fi, err := f.Stat()
		out = append(out, kind(fi, err))
		n, err = f.Read(buf)
		out = append(out, describe(n, err))
		out = append(out, describe("ok", f.Close()))
		_, err = f.Read(buf)
		out = append(out, describe(nil, err))
		return strings.Join(out, " ")
	}},
	{"write to read-only", func(s sys.FS, r string) string {
		f, err := s.OpenFile(r+"/rw", os.O_RDONLY, 0)
		if err != nil {
			return describe(nil, err)
		}
		defer f.Close()
		_, err = f.Write([]byte("x"))
		return describe(nil, err)
	}},
	{"final readdir", func(s sys.FS, r string) string { return names(s.ReadDir(r)) }},
}

// tmpName matches MkdirTemp's names, whose random part differs.
var tmpName = regexp.MustCompile(`tmp-[0-9A-Za-z]+`)

// TestSimFS_likeOSFS tells one story to the os file system (in a temp dir)
// and to SimFS, and wants the same answer at every step.
func TestSimFS_likeOSFS(t *testing.T) {
	realRoot, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sim := NewSimFS(nil)
	const simRoot = "/tmp/story"
	if err := sim.Mkdir(simRoot, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, st := range fsSteps {
		t.Run(st.name, func(t *testing.T) {
			want := st.do(OSFS{}, realRoot)
			got := st.do(sim, simRoot)
			got = tmpName.ReplaceAllString(strings.ReplaceAll(got, simRoot, "ROOT"), "tmp-*")
			want = tmpName.ReplaceAllString(strings.ReplaceAll(want, realRoot, "ROOT"), "tmp-*")
			if got != want {
				t.Errorf("sim: %s\n  os: %s", got, want)
			}
		})
	}
}

// TestSimFS_Mount reads a real directory through the overlay and keeps
// every change in memory.
func TestSimFS_Mount(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "on-disk.txt"), []byte("disk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "deep.txt"), []byte("deep"), 0o644); err != nil {
		t.Fatal(err)
	}
	sim := NewSimFS(nil)
	if err := sim.Mount(dir); err != nil {
		t.Fatal(err)
	}
	if got := readFile(sim, dir+"/on-disk.txt"); got != "disk" {
		t.Errorf("read through: %s", got)
	}
	if got := readFile(sim, dir+"/sub/deep.txt"); got != "deep" {
		t.Errorf("read deep: %s", got)
	}
	if got := kind(sim.Stat(dir + "/on-disk.txt")); got != "file 4 644" {
		t.Errorf("stat before load: %s", got)
	}
	writeFile(sim, dir+"/on-disk.txt", "changed", os.O_WRONLY|os.O_TRUNC)
	writeFile(sim, dir+"/new.txt", "new", os.O_WRONLY|os.O_CREATE)
	if err := sim.Remove(dir + "/sub/deep.txt"); err != nil {
		t.Fatal(err)
	}
	if got := readFile(sim, dir+"/on-disk.txt"); got != "changed" {
		t.Errorf("in memory: %s", got)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "on-disk.txt")); string(b) != "disk" {
		t.Errorf("the disk changed: %q", b)
	}
	if _, err := os.Stat(filepath.Join(dir, "new.txt")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file reached the disk: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "sub", "deep.txt")); err != nil {
		t.Errorf("a removal reached the disk: %v", err)
	}
	if got := names(sim.ReadDir(dir)); got != "new.txt:f,on-disk.txt:f,sub:d" {
		t.Errorf("readdir: %s", got)
	}
	if got := names(sim.ReadDir("/")); !strings.Contains(got, "tmp:d") {
		t.Errorf("root: %s", got)
	}
}

// TestSimFS_times: new files take their times from the clock.
func TestSimFS_times(t *testing.T) {
	now := time.Duration(0)
	sim := NewSimFSOnClock(func() time.Duration { return now })
	now = 5 * time.Second
	if err := sim.WriteFile("/seed/a.txt", []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	fi, err := sim.Stat("/seed/a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := SimEpoch.Add(5 * time.Second); !fi.ModTime().Equal(want) {
		t.Errorf("mtime %v, want %v", fi.ModTime(), want)
	}
	st := fi.Sys().(*sys.Stat)
	if st.Mode != sys.S_IFREG|0o644 || st.Nlink != 1 || st.Size != 1 {
		t.Errorf("stat %+v", st)
	}
	now = 7 * time.Second
	f, _ := sim.OpenFile("/seed/a.txt", os.O_WRONLY|os.O_APPEND, 0)
	f.Write([]byte("b"))
	f.Close()
	fi, _ = sim.Stat("/seed/a.txt")
	if want := SimEpoch.Add(7 * time.Second); !fi.ModTime().Equal(want) {
		t.Errorf("mtime after write %v, want %v", fi.ModTime(), want)
	}
}
