package poller

import (
	"encoding/binary"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/evloop/evloop/loop/sys"
)

// fuzzNames are the paths FuzzSimFS's operations pick from: nested, through
// a symlink, dot segments, the root, a trailing slash, an empty name.
var fuzzNames = []string{
	"/a", "/a/b", "/a/b/c", "/tmp/x", "/l", "/l/b", "/a/../a/./b", "/", "", "/a/", "/tmp",
	"/missing/x", "/a/b/c/d/e", "relative", "/l2",
}

// FuzzSimFS runs a program of file-system operations read from the input on
// a SimFS: whatever the sizes, offsets, names and order, no operation may
// panic or grow a file past SimMaxFileSize, and a file's reported size is
// what reading it returns. (It found that ftruncate or a write at a huge
// offset asked Go for that much memory: a fatal error, now EFBIG.)
func FuzzSimFS(f *testing.F) {
	f.Add([]byte{0, 0, 0x42, 1, 0, 0, 4, 'h', 'i', '!', '\n', 5, 0})
	f.Add([]byte{0, 1, 0x42, 3, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Add([]byte{8, 0, 9, 4, 0, 0, 0x42, 2, 0, 0x10, 0, 0, 0, 0, 0, 0, 0, 3, 'x'})
	f.Add([]byte{10, 0, 4, 11, 4, 0, 12, 13, 14, 4, 7, 5})
	// open /a, then ftruncate to 2^50 bytes; open /a, then write at 2^50.
	f.Add([]byte{0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 0, 0, 4, 0})
	f.Add([]byte{0, 0, 1, 1, 0, 1, 'x', 1, 0, 0, 0, 0, 0, 0, 4, 0})
	// a write whose end overflows int64
	f.Add([]byte{0, 0, 1, 1, 0, 2, 'x', 'y', 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, prog []byte) {
		s := NewSimFS(nil)
		var files []sys.File
		r := &fuzzReader{b: prog}
		name := func() string { return fuzzNames[int(r.byte())%len(fuzzNames)] }
		file := func() sys.File {
			if len(files) == 0 {
				return nil
			}
			return files[int(r.byte())%len(files)]
		}
		for steps := 0; !r.done() && steps < 200; steps++ {
			switch r.byte() % 16 {
			case 0:
				flags := []int{os.O_RDONLY, os.O_WRONLY | os.O_CREATE, os.O_RDWR | os.O_CREATE | os.O_TRUNC,
					os.O_WRONLY | os.O_APPEND | os.O_CREATE, os.O_RDWR | os.O_CREATE | os.O_EXCL}
				if fl, err := s.OpenFile(name(), flags[int(r.byte())%len(flags)], 0o644); err == nil {
					files = append(files, fl)
				}
			case 1:
				if fl := file(); fl != nil {
					_, _ = fl.WriteAt(r.bytes(), r.int64())
				}
			case 2:
				if fl := file(); fl != nil {
					_ = fl.Truncate(r.int64())
				}
			case 3:
				if fl := file(); fl != nil {
					_, _ = fl.Write(r.bytes())
				}
			case 4:
				if fl := file(); fl != nil {
					_, _ = fl.Seek(r.int64(), int(r.byte())%3)
				}
			case 5:
				if fl := file(); fl != nil {
					buf := make([]byte, int(r.byte())*64)
					_, _ = fl.Read(buf)
					_, _ = fl.ReadAt(buf, r.int64())
				}
			case 6:
				if fl := file(); fl != nil {
					_ = fl.Close()
				}
			case 7:
				_ = s.Remove(name())
			case 8:
				_ = s.Mkdir(name(), 0o755)
			case 9:
				_ = s.MkdirAll(name(), 0o755)
			case 10:
				_ = s.Symlink(name(), name())
			case 11:
				_ = s.Rename(name(), name())
			case 12:
				_, _ = s.Readlink(name())
				if p, err := s.Realpath(name()); err == nil && !strings.HasPrefix(p, "/") {
					t.Fatalf("Realpath gave %q, not absolute", p)
				}
			case 13:
				_, _ = s.ReadDir(name())
				_, _ = s.Lstat(name())
			case 14:
				_ = s.RemoveAll(name())
			case 15:
				_ = s.Chmod(name(), os.FileMode(r.byte())<<1)
				_, _ = s.MkdirTemp(name(), "t")
			}
		}
		for _, fl := range files {
			st, err := fl.Stat()
			if err != nil {
				continue
			}
			if st.Size() > SimMaxFileSize {
				t.Fatalf("a file grew to %d bytes, past SimMaxFileSize", st.Size())
			}
			if st.IsDir() {
				continue
			}
			data := make([]byte, st.Size()+1)
			n, err := fl.ReadAt(data, 0)
			if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, syscall.EBADF) && !errors.Is(err, syscall.EISDIR) {
				continue // opened write-only
			}
			if err == nil || errors.Is(err, io.EOF) {
				if int64(n) != st.Size() {
					t.Fatalf("stat says %d bytes, ReadAt read %d", st.Size(), n)
				}
			}
		}
	})
}

// fuzzReader hands out the fuzz input a piece at a time; past its end every
// piece is zero.
type fuzzReader struct{ b []byte }

func (r *fuzzReader) done() bool { return len(r.b) == 0 }

func (r *fuzzReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// int64 is 8 bytes when the next byte says so (a huge or negative
// position), else one small byte: most positions should be near the data.
func (r *fuzzReader) int64() int64 {
	if r.byte()&1 == 0 {
		return int64(r.byte())
	}
	var buf [8]byte
	n := copy(buf[:], r.b)
	r.b = r.b[n:]
	return int64(binary.LittleEndian.Uint64(buf[:]))
}

func (r *fuzzReader) bytes() []byte {
	n := min(int(r.byte()), len(r.b))
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}
