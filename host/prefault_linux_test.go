package host

import (
	"runtime"
	"sync"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// resident counts the pages of b that are in memory (mincore).
func resident(t *testing.T, b []byte) (in, total int) {
	t.Helper()
	page := unix.Getpagesize()
	vec := make([]byte, (len(b)+page-1)/page)
	_, _, errno := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), uintptr(unsafe.Pointer(unsafe.SliceData(vec))))
	if errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	for _, v := range vec {
		if v&1 != 0 {
			in++
		}
	}
	return in, len(vec)
}

func mmapAnon(t *testing.T, n int) []byte {
	t.Helper()
	b, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		t.Fatalf("mmap: %v", err)
	}
	t.Cleanup(func() { unix.Munmap(b) })
	return b
}

func skipWithoutPopulate(t *testing.T) {
	b := mmapAnon(t, 1<<20)
	if err := unix.Madvise(b, unix.MADV_POPULATE_WRITE); err != nil {
		t.Skipf("this kernel does not populate: %v", err)
	}
}

func TestPopulate(t *testing.T) {
	skipWithoutPopulate(t)
	b := mmapAnon(t, 4<<20)
	if in, _ := resident(t, b); in != 0 {
		t.Fatalf("%d pages of a fresh mapping are in memory before populate", in)
	}
	populate(b[:2<<20])
	in, total := resident(t, b)
	if in != total/2 {
		t.Fatalf("populate of half of %d pages: %d in memory, want %d", total, in, total/2)
	}
	for i, c := range b {
		if c != 0 {
			t.Fatalf("byte %d is %d after populate, want 0", i, c)
		}
	}
}

// A mapping made while populateNewMappings runs is made present without
// being written; stop returns.
func TestPopulateNewMappings(t *testing.T) {
	skipWithoutPopulate(t)
	stop := populateNewMappings(8 << 20)
	b := mmapAnon(t, 16<<20)
	deadline := time.Now().Add(30 * time.Second)
	for {
		in, total := resident(t, b)
		if in == total {
			break
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("a new 16 MB mapping: %d of %d pages in memory after 30 s", in, total)
		}
		time.Sleep(time.Millisecond)
	}
	stop()
}

func TestAnonMappings(t *testing.T) {
	b := mmapAnon(t, 8<<20)
	m, ok := anonMappings(4 << 20)
	if !ok {
		t.Skip("no /proc/self/maps")
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	found := false
	for s, n := range m {
		if s <= start && start+uintptr(len(b)) <= s+n {
			found = true
		}
		if n < 4<<20 {
			t.Errorf("mapping %#x of %d bytes is under the minimum", s, n)
		}
	}
	if !found {
		t.Fatalf("the 8 MB mapping at %#x is not among %v", start, m)
	}
}

// The heap warmHeap allocated is free again when it returns.
func TestWarmHeapFrees(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	warmHeapOnce = sync.Once{}
	warmHeap(64 << 20)
	runtime.ReadMemStats(&after)
	if after.HeapAlloc > before.HeapAlloc+32<<20 {
		t.Fatalf("heap in use %d MB before warmHeap(64 MB), %d MB after", before.HeapAlloc>>20, after.HeapAlloc>>20)
	}
}

// A guest memory's first populateMemory bytes are populated as they are
// made usable; what it grows past them is not.
func TestReservedMemoryPopulates(t *testing.T) {
	skipWithoutPopulate(t)
	m, ok := reserveMemory(0, populateMemory+8<<20).(*reservedMemory)
	if !ok {
		t.Skip("no reservation")
	}
	defer m.Free()
	b := m.Reallocate(1 << 20)
	if in, total := resident(t, b); in != total {
		t.Fatalf("after a 1 MB grow: %d of %d pages in memory", in, total)
	}
	b = m.Reallocate(populateMemory + 8<<20)
	if in, total := resident(t, b[:populateMemory]); in != total {
		t.Fatalf("the first %d MB: %d of %d pages in memory", populateMemory>>20, in, total)
	}
	if in, _ := resident(t, b[populateMemory:]); in != 0 {
		t.Fatalf("past %d MB: %d pages in memory, want none", populateMemory>>20, in)
	}
}
