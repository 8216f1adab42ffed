//go:build !linux

package js

// totalRAM is 0 where sysinfo(2) does not exist: physicalMemory reads
// /proc/meminfo if there is one.
func totalRAM() int64 { return 0 }
