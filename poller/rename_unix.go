//go:build unix || wasip1

package poller

import "syscall"

// rename is rename(2) itself.
func rename(from, to string) error { return syscall.Rename(from, to) }
