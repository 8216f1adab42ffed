package main

import "testing"

func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 400},
		{4 * mb, 400},
		{16 * mb, 400},
		{17 * mb, 300},
		{40 * mb, 150},
		{64 * mb, 100},
		{140 * mb, 35},
		{300 * mb, 25},
		{4096 * mb, 25},
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MB) = %d, want %d", c.live/mb, got, c.want)
		}
	}
}
