//go:build darwin || freebsd

package js

import "syscall"

// processNice is the process's scheduling priority as os.getPriority()
// reports it (a nice value, -20..19); the BSDs' getpriority(2) returns it
// as it is.
func processNice() int {
	v, err := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
	if err != nil {
		return 0
	}
	return v
}
