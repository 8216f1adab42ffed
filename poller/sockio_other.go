//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package poller

import "golang.org/x/sys/unix"

// sockRead and sockWrite are read(2) and write(2) on a non-blocking socket
// (raw system calls on Linux only; these systems go through libc).
func sockRead(fd int, p []byte) (int, error)  { return unix.Read(fd, p) }
func sockWrite(fd int, p []byte) (int, error) { return unix.Write(fd, p) }

// sockWritev writes the first queued write (writev where Linux has it:
// sockio_linux.go).
func sockWritev(fd int, q []pendingWrite, _ *[]unix.Iovec) (int, error) {
	return sockWrite(fd, q[0].data)
}
