package js

import "testing"

// sysinfo(2)'s total RAM is /proc/meminfo's MemTotal (both are the
// kernel's totalram_pages), so the default heap limit did not move.
func TestTotalRAM_isMemTotal(t *testing.T) {
	if got, want := totalRAM(), memTotal(); got != want || got == 0 {
		t.Fatalf("sysinfo %d bytes, /proc/meminfo %d", got, want)
	}
}
