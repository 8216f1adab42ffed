package js

import "syscall"

// processNice is the process's scheduling priority as os.getPriority()
// reports it (a nice value, -20..19). Linux's getpriority(2) system call
// returns 20 - nice so that it is never negative; glibc, and node through
// it, undo that.
func processNice() int {
	v, err := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
	if err != nil {
		return 0
	}
	return 20 - v
}
