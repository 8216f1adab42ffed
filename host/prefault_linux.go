package host

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// A warm start is mostly page faults on a VM: each page the process first
// writes costs an exception, about 11 µs on this project's benchmark VM,
// where madvise(MADV_POPULATE_WRITE) makes a page present for about 0.75
// µs (73 MB: 218 ms written page by page, 14 ms populated). A warm start
// wrote about 37k pages: half of them wazero's machine code, read from
// the compilation cache into fresh memory, a third the Go heap of the
// decoded module, the rest the guest's memory (site/docs/benchmarks.md).
// Populating changes no byte of memory; kernels before 5.14 refuse the
// advice, and the pages then fault in one by one as before.
//
// The heap and the code are also advised to take transparent huge pages
// (MADV_HUGEPAGE; where THP is "madvise", as here, nothing else asks for
// them): even a present page costs an exit to the hypervisor the first
// time the process touches it (73 MB populated: 45 ms to touch a byte a
// page), and a 2 MB page is one of those for 512. Without THP the advice
// does nothing.

// populate makes b's pages present, writable, in one system call.
func populate(b []byte) {
	if len(b) > 0 {
		unix.Madvise(b, unix.MADV_POPULATE_WRITE)
	}
}

// warmHeap, the first time it is called in a process, makes about n bytes
// of Go heap present: it allocates them, populates them and frees them
// again (one collection of a heap that is still small). What the process
// allocates next — the decoded module, wazero's validation — lands on
// those pages instead of faulting each in.
func warmHeap(n int) {
	warmHeapOnce.Do(func() {
		b := make([]byte, n)
		unix.Madvise(b, unix.MADV_HUGEPAGE)
		populate(b)
		runtime.KeepAlive(b)
		b = nil
		runtime.GC()
	})
}

var warmHeapOnce sync.Once

// populateNewMappings populates, until stop is called, every anonymous
// read-write mapping of at least min bytes that appears in the process
// meanwhile (it reads /proc/self/maps every millisecond). Around
// CompileModule that is wazero's machine code: wazero maps fresh memory
// for it and reads the cached code into it, one page fault per page, and
// it takes no option to do otherwise; populated from here, on another
// thread, the pages are there before the read reaches them. A mapping
// that is not wazero's (a heap arena, a guest memory made writable) is
// only made present early. If /proc is not there it does nothing.
func populateNewMappings(min int) (stop func()) {
	seen, ok := anonMappings(0)
	if !ok {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			now, _ := anonMappings(min)
			for start, size := range now {
				if _, ok := seen[start]; ok {
					continue // not new (a heap that grows is left alone)
				}
				seen[start] = size
				unix.Syscall(unix.SYS_MADVISE, start, size, unix.MADV_HUGEPAGE)
				unix.Syscall(unix.SYS_MADVISE, start, size, unix.MADV_POPULATE_WRITE)
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// anonMappings is the process's private anonymous read-write mappings of
// at least min bytes, start → size, from /proc/self/maps.
func anonMappings(min int) (map[uintptr]uintptr, bool) {
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return nil, false
	}
	m := map[uintptr]uintptr{}
	for line := range bytes.Lines(b) {
		// "7f0a2c000000-7f0a30000000 rw-p 00000000 00:00 0" and no path.
		f := bytes.Fields(line)
		if len(f) != 5 || string(f[1]) != "rw-p" || string(f[4]) != "0" {
			continue
		}
		lo, hi, ok := bytes.Cut(f[0], []byte{'-'})
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(lo), 16, 64)
		end, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || end < start || end-start < uint64(min) {
			continue
		}
		m[uintptr(start)] = uintptr(end - start)
	}
	return m, true
}
