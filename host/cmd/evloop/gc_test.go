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

func TestGCPercentAfter(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		name                      string
		live, prevLive, allocated uint64
		want                      int
	}{
		{"small heap: the live rule", 8 * mb, 2 * mb, 6 * mb, 400},
		{"server: what it allocated died", 140 * mb, 138 * mb, 60 * mb, 35},
		{"building: most of it survived", 300 * mb, 240 * mb, 75 * mb, 100},
		{"half survived is not building", 300 * mb, 240 * mb, 120 * mb, 25},
		{"shrinking", 200 * mb, 400 * mb, 100 * mb, 25},
		{"building below 64 MB keeps the larger step", 20 * mb, 10 * mb, 12 * mb, 300},
		{"first cycle", 90 * mb, 0, 100 * mb, 100},
	} {
		if got := gcPercentAfter(c.live, c.prevLive, c.allocated); got != c.want {
			t.Errorf("%s: gcPercentAfter(%d, %d, %d MB) = %d, want %d", c.name, c.live/mb, c.prevLive/mb, c.allocated/mb, got, c.want)
		}
	}
}
