package guestmem

import (
	"testing"

	"github.com/evloop/evloop/wasm/abi"
)

// fakeTable lays buffers out at fixed addresses 0x1000 apart, as a 32-bit
// linear memory would, so the bounds checks are tested without depending on
// where the test's own (64-bit) heap puts them.
func fakeTable() *Table {
	next := uint32(0x1000)
	return &Table{bufs: map[uint32][]byte{}, addr: func(b []byte) uint32 {
		p := next
		next += 0x1000
		return p
	}}
}

func TestSlice(t *testing.T) {
	tb := fakeTable()
	a := tb.Alloc(16)  // 0x1000..0x1010
	b := tb.Alloc(100) // 0x2000..0x2064
	if a != 0x1000 || b != 0x2000 {
		t.Fatalf("addresses %#x %#x", a, b)
	}
	tests := []struct {
		name   string
		ptr, n int32
		want   abi.Errno
		len    int
	}{
		{"whole first buffer", a, 16, abi.ESUCCESS, 16},
		{"inside", a + 4, 8, abi.ESUCCESS, 8},
		{"empty at start", a, 0, abi.ESUCCESS, 0},
		{"empty at end", a + 16, 0, abi.ESUCCESS, 0},
		{"one past the end", a + 1, 16, abi.EFAULT, 0},
		{"between buffers", a + 0x800, 1, abi.EFAULT, 0},
		{"spanning two buffers", a + 8, 0x1000, abi.EFAULT, 0},
		{"before every buffer", 0, 1, abi.EFAULT, 0},
		{"null, empty", 0, 0, abi.EFAULT, 0},
		{"negative length", a, -1, abi.E2BIG, 0},
		{"too long", a, abi.MaxInput + 1, abi.E2BIG, 0},
		{"wraps past 4 GiB", -1, 2, abi.EFAULT, 0},
		{"second buffer", b + 99, 1, abi.ESUCCESS, 1},
	}
	for _, tt := range tests {
		got, errno := tb.Slice(tt.ptr, tt.n)
		if errno != tt.want || len(got) != tt.len {
			t.Errorf("%s: Slice(%#x, %d) = %d bytes, errno %d; want %d bytes, errno %d",
				tt.name, tt.ptr, tt.n, len(got), errno, tt.len, tt.want)
		}
	}
}

func TestSliceSharesTheBuffer(t *testing.T) {
	tb := fakeTable()
	p := tb.Alloc(8)
	w, _ := tb.Slice(p+2, 3)
	copy(w, "abc")
	r, _ := tb.Slice(p, 8)
	if string(r) != "\x00\x00abc\x00\x00\x00" {
		t.Fatalf("buffer %q", r)
	}
}

func TestAllocAndFree(t *testing.T) {
	tb := fakeTable()
	for _, size := range []int32{0, -5, abi.MaxInput + 1} {
		if p := tb.Alloc(size); p != 0 {
			t.Errorf("Alloc(%d) = %#x, want 0", size, p)
		}
	}
	p := tb.Alloc(4)
	tb.Free(p)
	tb.Free(p)     // twice: ignored
	tb.Free(12345) // unknown: ignored
	if _, errno := tb.Slice(p, 1); errno != abi.EFAULT {
		t.Fatalf("after Free: errno %d, want EFAULT", errno)
	}
}
