package poller

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/evloop/evloop/loop/sys"
)

// OSFS is sys.FS on the os package: the real file system, as node's fs
// sees it. Errors are the os package's (*fs.PathError and friends wrapping
// a syscall.Errno), which the bindings turn into node's ENOENT, EEXIST, ...
// Safe from any goroutine.
type OSFS struct{}

var _ sys.FS = OSFS{}

// OpenFile implements sys.FS.
func (OSFS) OpenFile(name string, flag int, perm fs.FileMode) (sys.File, error) {
	f, err := os.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Stat implements sys.FS.
func (OSFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// Lstat implements sys.FS.
func (OSFS) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }

// ReadDir implements sys.FS; entries come sorted by name.
func (OSFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }

// Mkdir implements sys.FS.
func (OSFS) Mkdir(name string, perm fs.FileMode) error { return os.Mkdir(name, perm) }

// MkdirAll implements sys.FS.
func (OSFS) MkdirAll(name string, perm fs.FileMode) error { return os.MkdirAll(name, perm) }

// Remove implements sys.FS.
func (OSFS) Remove(name string) error { return os.Remove(name) }

// RemoveAll implements sys.FS.
func (OSFS) RemoveAll(name string) error { return os.RemoveAll(name) }

// Rename implements sys.FS with rename(2)'s rules, as node has them: not
// os.Rename, which refuses any directory as the destination (EEXIST)
// where rename(2) replaces an empty one, or says EISDIR for a file.
func (OSFS) Rename(from, to string) error {
	if err := rename(from, to); err != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
	}
	return nil
}

// Readlink implements sys.FS.
func (OSFS) Readlink(name string) (string, error) { return os.Readlink(name) }

// Symlink implements sys.FS.
func (OSFS) Symlink(target, name string) error { return os.Symlink(target, name) }

// Realpath implements sys.FS: the absolute path with every symlink resolved.
func (OSFS) Realpath(name string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	p, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", &fs.PathError{Op: "realpath", Path: name, Err: underlying(err)}
	}
	return p, nil
}

// MkdirTemp implements sys.FS as libuv's uv_fs_mkdtemp does: prefix and
// six random letters or digits (os.MkdirTemp's suffix is up to ten digits,
// which a program matching node's /-[A-Za-z0-9]{6}$/ would notice).
func (OSFS) MkdirTemp(dir, prefix string) (string, error) {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	if dir == "" {
		dir = os.TempDir()
	}
	var err error
	for try := 0; try < 100; try++ {
		var suffix [6]byte
		for i := range suffix {
			suffix[i] = chars[rand.IntN(len(chars))]
		}
		name := filepath.Join(dir, prefix+string(suffix[:]))
		err = os.Mkdir(name, 0o700)
		if err == nil {
			return name, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", err
}

// Chmod implements sys.FS.
func (OSFS) Chmod(name string, mode fs.FileMode) error { return os.Chmod(name, mode) }

// TempDir implements sys.FS.
func (OSFS) TempDir() string { return os.TempDir() }

// underlying returns the error a *fs.PathError or *os.LinkError wraps.
func underlying(err error) error {
	switch e := err.(type) {
	case *fs.PathError:
		return e.Err
	case *os.LinkError:
		return e.Err
	}
	return err
}
