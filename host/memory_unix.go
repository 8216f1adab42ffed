//go:build unix

package host

import (
	"math"

	"github.com/tetratelabs/wazero/experimental"
	"golang.org/x/sys/unix"
)

// memoryAllocator gives each guest a linear memory reserved whole — its
// maximum, 4 GiB unless MaxMemoryPages says less — as address space with
// no memory behind it (PROT_NONE), made readable and writable as the guest
// grows: the memory never moves, and a grow copies nothing. wazero's own
// memory is a Go slice grown by append, which copies the whole memory each
// time the capacity runs out; a 1M-long promise chain, which needs 2.5 GiB
// of guest memory, took 14 GB of host RSS and three times as long.
var memoryAllocator experimental.MemoryAllocator = experimental.MemoryAllocatorFunc(reserveMemory)

// populateMemory: the first bytes of a guest memory that are populated
// as they are made usable (a warm start of an empty program grows to 15 MB).
const populateMemory = 64 << 20

// reservedMemory is one guest memory (experimental.LinearMemory).
type reservedMemory struct {
	buf    []byte // the whole reservation
	usable int    // bytes made readable and writable
}

func reserveMemory(cap, max uint64) experimental.LinearMemory {
	if max == 0 || max > math.MaxInt {
		return &sliceMemory{}
	}
	buf, err := unix.Mmap(-1, 0, int(max), unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return &sliceMemory{} // no address space to spare: copy on grow
	}
	return &reservedMemory{buf: buf}
}

// Reallocate makes the first size bytes usable (sizes are whole 64 KiB
// wasm pages, so whole OS pages); nil if size is past the reservation.
func (m *reservedMemory) Reallocate(size uint64) []byte {
	if size > uint64(len(m.buf)) {
		return nil
	}
	if n := int(size); n > m.usable {
		if err := unix.Mprotect(m.buf[m.usable:n], unix.PROT_READ|unix.PROT_WRITE); err != nil {
			return nil
		}
		// The guest writes what it grows (wazero copies the module's data
		// in first; Go's runtime grows its heap as it needs): populate it
		// rather than fault it in, up to a bound, as a grow far past what
		// the guest writes (a large zeroed buffer) would be made resident.
		if m.usable < populateMemory {
			populate(m.buf[m.usable:min(n, populateMemory)])
		}
		m.usable = n
	}
	return m.buf[:size]
}

func (m *reservedMemory) Free() {
	if m.buf != nil {
		unix.Munmap(m.buf)
		m.buf, m.usable = nil, 0
	}
}

// sliceMemory is the fallback: a Go slice whose capacity doubles, so a
// growing guest is copied about once in total rather than at every quarter.
type sliceMemory struct{ buf []byte }

func (m *sliceMemory) Reallocate(size uint64) []byte {
	if size > math.MaxInt {
		return nil
	}
	n := int(size)
	if n > cap(m.buf) {
		b := make([]byte, n, max(n, 2*cap(m.buf)))
		copy(b, m.buf)
		m.buf = b
	}
	m.buf = m.buf[:n]
	return m.buf
}

func (m *sliceMemory) Free() { m.buf = nil }
