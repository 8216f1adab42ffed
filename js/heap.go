package js

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// WatchHeap ends the program as node ends one that reaches V8's heap limit
// (FATAL ERROR ... JavaScript heap out of memory, exit 134, no 'exit'
// event) once the Go heap holds more than limit bytes, instead of letting
// it grow until the Go runtime dies with "fatal error: runtime: out of
// memory" and a goroutine dump. It sets the process's memory limit
// (debug.SetMemoryLimit), so the collector works harder as the heap nears
// it, and watches from a goroutine every few milliseconds, interrupting
// the VM. The CLI calls it once per run (--max-old-space-size); call stop
// when the run ends. Safe from any goroutine.
//
// goja checks an interruption between instructions, so a built-in that
// runs long in Go (new Array(2 ** 32 - 1).fill(0) grows a sparse array
// element by element) does not see it: the heap grew on past the limit for
// minutes. onStuck, if given, is called when the run has not ended
// StuckGrace after the interruption; the CLI's ends the process as node's
// V8 would have.
func (r *Runtime) WatchHeap(limit int64, onStuck ...func()) (stop func()) {
	if limit <= 0 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(limit)
	done := make(chan struct{})
	var once sync.Once
	watch := func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			live, objects := heapLive()
			// Live after the last collection near the limit, or so much
			// garbage that the collector cannot keep up (it is capped at
			// half the CPU near the limit): either way the next
			// allocations would not fit.
			if float64(live) > 0.9*float64(limit) || float64(objects) > 1.5*float64(limit) {
				r.Interrupt(ErrHeapOutOfMemory)
				if len(onStuck) > 0 {
					select {
					case <-done:
					case <-time.After(StuckGrace):
						onStuck[0]()
					}
				}
				return
			}
		}
	}
	// The watch starts after the first collection: until then neither
	// figure can pass the limit (the memory limit starts a collection
	// before the heap reaches it, and the live heap is what one found),
	// and a short program — most of them — never starts the goroutine,
	// its ticker or runtime/metrics' first read.
	runtime.SetFinalizer(&heapSentinel{}, func(*heapSentinel) {
		select {
		case <-done:
		default:
			go watch()
		}
	})
	return func() {
		once.Do(func() {
			close(done)
			debug.SetMemoryLimit(prev)
		})
	}
}

// StuckGrace is how long a run has to end after an interruption (the heap
// limit, the CLI's --timeout) before it is taken to be inside a built-in
// that runs in Go without returning to the VM.
const StuckGrace = 3 * time.Second

// HeapFatalMessage is what node's V8 prints on stderr when the heap
// reaches its limit.
const HeapFatalMessage = "\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"

// heapSentinel is unreachable from the start: its finalizer runs after the
// first collection. It has a pointer so the allocator does not pack it with
// other tiny objects, whose lives would hold it.
type heapSentinel struct{ _ *int }

// heapOutOfMemory reports err if it is the heap watchdog's interruption,
// ending the program as node's V8 does: the fatal message on stderr and
// exit 134 (SIGABRT's status), without 'exit' listeners.
func (r *Runtime) heapOutOfMemory(err error) bool {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if e, ok := intr.Value().(error); ok {
			err = e
		}
	}
	if !errors.Is(err, ErrHeapOutOfMemory) {
		return false
	}
	r.vm.ClearInterrupt()
	if r.fatal && r.exitCode == 134 {
		return true // reported already (the VM's and the loop's interruption)
	}
	{
		fmt.Fprintf(r.stderr, HeapFatalMessage+
			"evloop: the heap passed the limit of %d MB (raise it with --max-old-space-size=MB)\n", debug.SetMemoryLimit(-1)>>20)
	}
	r.fatal, r.exiting = true, true
	r.exitCode, r.exitSet = 134, true
	r.loop.Terminate(nil)
	if r.inJS > 0 {
		r.vm.Interrupt(exitSignal{134})
	}
	return true
}

// DefaultHeapLimit is the CLI's heap limit without --max-old-space-size:
// half the machine's memory, at most 4 GiB (node's V8 takes a quarter, at
// most 4 GiB; goja's objects are larger than V8's, so the same program
// needs more), at least 512 MiB.
func DefaultHeapLimit() int64 {
	mem := physicalMemory()
	limit := int64(4 << 30)
	if mem > 0 && mem/2 < limit {
		limit = mem / 2
	}
	return max(limit, 512<<20)
}

// physicalMemory is the machine's memory in bytes (0 if unknown): Linux's
// /proc/meminfo, bounded by a cgroup v2 memory.max.
func physicalMemory() int64 {
	physOnce.Do(func() {
		physMem = totalRAM()
		if physMem == 0 {
			physMem = memTotal()
		}
		if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
			if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && (physMem == 0 || n < physMem) {
				physMem = n
			}
		}
	})
	return physMem
}

// memTotal is MemTotal of /proc/meminfo, 0 without one.
func memTotal() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

var (
	physOnce sync.Once
	physMem  int64
)

// allocLimit is what one allocation may not exceed: the memory limit if
// one is set, else the machine's memory (else no bound).
func allocLimit() float64 {
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		return float64(limit)
	}
	if m := physicalMemory(); m > 0 {
		return float64(m)
	}
	if runtime.GOARCH == "wasm" {
		return 4 << 30 // a wasm32 guest's whole address space
	}
	return math.Inf(1)
}
