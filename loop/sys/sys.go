// Package sys is the boundary between evloop's JS bindings and the world
// outside the loop: files, sockets, name lookups and the thread pool.
//
// The bindings in package js see only these interfaces. Package poller
// implements them twice: for real (the os package on a libuv-style thread
// pool, sockets on epoll or kqueue) and simulated (an in-memory file system
// and loopback network with a deterministic latency model on the virtual
// clock), so one program runs the same way in the CLI and in the page.
//
// Everything here is called on the loop goroutine, except Work.Run, which
// runs on a pool worker.
package sys

import (
	"io/fs"
	"time"

	"github.com/evloop/evloop/loop"
)

// Host is everything outside the loop. A nil field means the capability is
// absent (for example no network in a plugin sandbox); bindings then fail
// with a node-shaped error that says so.
type Host struct {
	Pool     Pool
	FS       FS
	Net      Net
	Resolver Resolver
	// Procs starts child processes (nil: none can be started).
	Procs Procs
	// Allow checks an access against the permission flags (--allow-fs,
	// --allow-net, --allow-child-process); nil allows everything. op is
	// "read", "write", "listen", "connect" or "spawn"; target a path,
	// host:port or the command. A denial is returned as an error
	// that the binding turns into EACCES.
	Allow func(op, target string) error
	// Signals delivers the process's signals (nil: none; see Signals).
	Signals Signals
	// Watcher watches files for fs.watch (nil: this host cannot, and
	// fs.watch fails with ENOSYS).
	Watcher Watcher
}

// Watcher watches files and directories for changes: libuv's uv_fs_event,
// behind fs.watch.
type Watcher interface {
	// Watch calls fn on the loop goroutine, in the poll phase, for each
	// change reported for name (absolute): event is "rename" or "change",
	// filename the entry that changed in a watched directory, or the
	// watched file's own base name. It does not keep the loop alive (the
	// binding's handle does). stop ends it; fn is not called after. An
	// error is the os package's (ENOENT for a missing path).
	Watch(name string, fn func(event, filename string)) (stop func(), err error)
}

// Pool is libuv's thread pool seen from the loop.
type Pool interface {
	// Submit runs work on a worker, then done on the loop goroutine in the
	// poll phase of a later iteration. req (from Loop.BeginRequest) keeps the
	// loop alive meanwhile and names the job in the trace. cost is the
	// simulated duration of the work on the virtual clock (ignored by the
	// real pool).
	Submit(req *loop.Request, cost time.Duration, work func(), done func())
	// Size returns the number of workers (UV_THREADPOOL_SIZE).
	Size() int
}

// FS is a file system with the os package's semantics. Its methods are
// synchronous: bindings call them inside Pool work for the async API, or
// directly for the *Sync API.
type FS interface {
	OpenFile(name string, flag int, perm fs.FileMode) (File, error)
	Stat(name string) (fs.FileInfo, error)
	Lstat(name string) (fs.FileInfo, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	Mkdir(name string, perm fs.FileMode) error
	MkdirAll(name string, perm fs.FileMode) error
	Remove(name string) error
	RemoveAll(name string) error
	Rename(from, to string) error
	Readlink(name string) (string, error)
	Symlink(target, name string) error
	Realpath(name string) (string, error)
	MkdirTemp(dir, prefix string) (string, error)
	Chmod(name string, mode fs.FileMode) error
	TempDir() string
}

// File is an open file.
type File interface {
	Read(p []byte) (int, error)
	ReadAt(p []byte, off int64) (int, error)
	Write(p []byte) (int, error)
	WriteAt(p []byte, off int64) (int, error)
	Seek(offset int64, whence int) (int64, error)
	Stat() (fs.FileInfo, error)
	Truncate(size int64) error
	Sync() error
	Close() error
}

// Net is a TCP network. Sockets are driven by readiness: callbacks run on
// the loop goroutine in the poll phase.
type Net interface {
	// Listen starts a TCP listener ("127.0.0.1:0" picks a port).
	Listen(addr string, onConn func(Conn)) (Listener, error)
	// Dial connects; done runs with the connection or the error.
	Dial(addr string, done func(Conn, error)) error
}

// UDPNet is a Net that also has UDP sockets (node's dgram). A Net
// without it has none: dgram fails with ENOSYS.
type UDPNet interface {
	// ListenUDP binds a UDP socket to addr ("127.0.0.1:0" picks a port);
	// onMessage runs on the loop goroutine in the poll phase for every
	// datagram received, with the sender's address.
	ListenUDP(addr string, onMessage func(data []byte, ip string, port int)) (UDPConn, error)
}

// UDPConn is a bound UDP socket.
type UDPConn interface {
	LocalAddr() (ip string, port int)
	// Send sends one datagram to addr ("ip:port") now, as uv_udp_try_send.
	Send(data []byte, addr string) error
	SetBroadcast(bool) error
	Close() error
}

// Listener is a listening socket.
type Listener interface {
	Addr() (ip string, port int)
	Close() error
	Ref(bool) // whether the listener keeps the loop alive
}

// Conn is a connected socket.
type Conn interface {
	LocalAddr() (ip string, port int)
	RemoteAddr() (ip string, port int)
	// OnData sets the read callback: data, or io.EOF at the end, or an error.
	// Reading starts when it is set and pauses with Pause.
	OnData(func(data []byte, err error))
	Pause()
	Resume()
	// Write queues data; done runs when the kernel took it all.
	Write(data []byte, done func(error))
	// CloseWrite half-closes (socket.end()).
	CloseWrite() error
	Close() error
	SetNoDelay(bool) error
	Ref(bool)
}

// Resolver looks names up (dns.lookup: the hosts file and localhost only;
// nothing else is reachable here).
type Resolver interface {
	Lookup(host string, family int) (addrs []string, families []int, err error)
}

// FSAttrs is what a FS may add beyond FS: hard links, file times, owners
// and file system statistics (node's link, utimes, chown, statfs and their
// f- and l- forms). The bindings look for it with a type assertion; a FS
// without it (the wasm module's host file system) makes those calls fail
// with ENOSYS.
type FSAttrs interface {
	Link(oldname, newname string) error
	// Utimes sets name's access and modification times; follow false
	// changes a symlink itself (lutimes).
	Utimes(name string, atime, mtime time.Time, follow bool) error
	// Futimes sets the times of an open file (one OpenFile returned).
	Futimes(f File, atime, mtime time.Time) error
	// Chown sets name's owner and group; -1 keeps one as it is.
	Chown(name string, uid, gid int, follow bool) error
	Fchown(f File, uid, gid int) error
	Statfs(name string) (Statfs, error)
}

// Statfs is statfs(2)'s answer, as node's fs.statfs gives it.
type Statfs struct {
	Type, Bsize, Blocks, Bfree, Bavail, Files, Ffree int64
}
