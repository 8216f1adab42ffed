//go:build linux || darwin || freebsd

package js

import "syscall"

// resourceUsage is getrusage(RUSAGE_SELF) in the order of node's
// process.resourceUsage() fields: user and system CPU time in
// microseconds, maxRSS in kilobytes, then the counters. ok is false if
// the call fails.
func resourceUsage() (u [16]float64, ok bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return u, false
	}
	u = [16]float64{
		float64(ru.Utime.Sec)*1e6 + float64(ru.Utime.Usec),
		float64(ru.Stime.Sec)*1e6 + float64(ru.Stime.Usec),
		float64(ru.Maxrss), float64(ru.Ixrss), float64(ru.Idrss), float64(ru.Isrss),
		float64(ru.Minflt), float64(ru.Majflt), float64(ru.Nswap), float64(ru.Inblock),
		float64(ru.Oublock), float64(ru.Msgsnd), float64(ru.Msgrcv), float64(ru.Nsignals),
		float64(ru.Nvcsw), float64(ru.Nivcsw),
	}
	if maxRSSInBytes {
		u[2] /= 1024
	}
	return u, true
}
