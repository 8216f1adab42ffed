// Package guestmem is the table of buffers a wasm module lends its host:
// the host asks for one (alloc), writes a request into it, and passes a
// pointer and a length back in a later call. The module trusts no pointer
// that does not lie wholly inside one buffer it lent, so a hostile or buggy
// host gets EFAULT instead of reading or writing the module's own memory.
//
// Both of evloop's modules use it: the main module (evloop_alloc,
// evloop_free) and the page's esm transformer (transform_alloc,
// transform_free). site/docs/abi.md has the exports.
package guestmem

import (
	"unsafe"

	"github.com/evloop/evloop/wasm/abi"
)

// Table holds the lent buffers, keyed by their address in linear memory,
// and keeps each alive until it is freed.
type Table struct {
	bufs map[uint32][]byte
	// addr gives a buffer's address as the host sees it. In a wasm32
	// module that is the Go pointer itself; tests give their own.
	addr func(b []byte) uint32
}

// New returns an empty table for the module's own linear memory.
func New() *Table {
	return &Table{bufs: map[uint32][]byte{}, addr: linearAddress}
}

func linearAddress(b []byte) uint32 { return uint32(uintptr(unsafe.Pointer(&b[0]))) }

// Alloc lends a zeroed buffer of size bytes and returns its address, or 0
// when size is not in 1..abi.MaxInput (the host then has nothing to free).
func (t *Table) Alloc(size int32) int32 {
	if size <= 0 || size > abi.MaxInput {
		return 0
	}
	b := make([]byte, size)
	p := t.addr(b)
	t.bufs[p] = b
	return int32(p)
}

// Free ends the loan of the buffer at ptr. Unknown pointers are ignored,
// as free(NULL) is: a host that frees twice loses nothing.
func (t *Table) Free(ptr int32) { delete(t.bufs, uint32(ptr)) }

// Slice returns the bytes [ptr, ptr+n) if they lie inside one lent buffer:
// E2BIG for a length out of range, EFAULT for anything else. Even an empty
// range must start inside a buffer; callers that accept "no input" check
// n == 0 first.
func (t *Table) Slice(ptr, n int32) ([]byte, abi.Errno) {
	if n < 0 || n > abi.MaxInput {
		return nil, abi.E2BIG
	}
	start := uint32(ptr)
	for base, b := range t.bufs {
		if start >= base && uint64(start)+uint64(n) <= uint64(base)+uint64(len(b)) {
			off := start - base
			return b[off : off+uint32(n)], abi.ESUCCESS
		}
	}
	return nil, abi.EFAULT
}
