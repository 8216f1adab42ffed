package poller

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// sockRead and sockWrite are read(2) and write(2) on a non-blocking
// socket, made without telling the Go scheduler (a raw system call): such a
// call never blocks, so there is no P to hand off, and going through
// entersyscall let sysmon retake the loop's P during a slow loopback write
// and wake another thread for it (a futex wake and a sleep each time).
func sockRead(fd int, p []byte) (int, error) {
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	n, _, e := unix.RawSyscall(unix.SYS_READ, uintptr(fd), uintptr(ptr), uintptr(len(p)))
	if e != 0 {
		return -1, e
	}
	return int(n), nil
}

func sockWrite(fd int, p []byte) (int, error) {
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	n, _, e := unix.RawSyscall(unix.SYS_WRITE, uintptr(fd), uintptr(ptr), uintptr(len(p)))
	if e != 0 {
		return -1, e
	}
	return int(n), nil
}

// maxIov is how many queued writes one writev(2) takes at most (IOV_MAX is
// 1024; past a few dozen the kernel's socket buffer is full anyway).
const maxIov = 64

// sockWritev writes the queued writes' data with one writev(2), as libuv
// writes a request's buffers and node a socket's corked or backed-up
// writes (Writable's _writev): one system call for what piled up while the
// socket was full, not one per write. iov is the caller's scratch space.
func sockWritev(fd int, q []pendingWrite, iov *[]unix.Iovec) (int, error) {
	if len(q) == 1 {
		return sockWrite(fd, q[0].data)
	}
	v := (*iov)[:0]
	for i := 0; i < len(q) && len(v) < maxIov; i++ {
		if len(q[i].data) == 0 {
			continue
		}
		var e unix.Iovec
		e.Base = &q[i].data[0]
		e.SetLen(len(q[i].data))
		v = append(v, e)
	}
	*iov = v
	if len(v) == 0 {
		return 0, nil
	}
	n, _, e := unix.RawSyscall(unix.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&v[0])), uintptr(len(v)))
	clear(v) // drop the pointers into the written data
	if e != 0 {
		return -1, e
	}
	return int(n), nil
}
