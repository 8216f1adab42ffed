package abi

// Real I/O: the host functions of import module Module ("evloop"), which
// only the evloophost build of the module imports (the plain build imports
// nothing but WASI). The guest never blocks in them: each does one
// non-blocking thing and returns. Waiting is the host's: after evloop_run
// returns RunAgain it reads evloop_next_timeout, waits on its reactor
// (epoll_wait, kevent) until an event or that deadline, and calls
// evloop_run again; the guest then fetches what happened with poll_events.
//
// Conventions, for every function below:
//
//   - Integers are little-endian; ptr/len pairs name guest memory. The host
//     checks every range against the guest's memory and answers a bad one
//     with EFAULT; it never traps.
//   - The result is an Errno (0: success) unless stated otherwise. Errors of
//     the operation itself (ENOENT, ECONNREFUSED, ...) are WASI errno values
//     (the Errno constants below), which are syscall.Errno's values in a
//     wasip1 guest: the guest returns syscall.Errno(errno) wrapped as the os
//     package would, and the JS bindings map it to node's code.
//   - Handles are small integers the host hands out (an open file, a
//     listener, a connection); an unknown one gets EBADF.
//   - Every access is checked against the host's permission flags
//     (--allow-fs, --allow-net) inside the host function: the guest's own
//     check (ImportAllow) only shapes the error message.

// Import names.
const (
	// ImportFSCall: fs_call(op i32, req_ptr i32, req_len i32, resp_ptr i32,
	// resp_cap i32, resp_len_ptr i32) -> errno.
	//
	// One synchronous file-system operation op (FSOpen, ...) with the
	// request below. The host writes the response (if the op has one) to
	// [resp_ptr, resp_ptr+resp_cap) and its length as a u32 at resp_len_ptr.
	// A response larger than resp_cap is not written: the result is ENOBUFS
	// and *resp_len_ptr is the size needed (ask again with more room).
	//
	//	request (FSReqHeader = 24 bytes, then the bytes):
	//	 0        4        8        12       16                24
	//	┌────────┬────────┬────────┬────────┬─────────────────┬────────┬────────┐
	//	│ handle │ a      │ b      │ len1   │ off (i64)       │ bytes1 │ bytes2 │
	//	└────────┴────────┴────────┴────────┴─────────────────┴────────┴────────┘
	//	a: open flags (OpenRead...) or seek whence; b: permission bits;
	//	bytes1 (len1 bytes): a path, or the data of a write;
	//	bytes2 (the rest): a second path (rename, symlink), or a prefix (mkdtemp).
	//
	// Responses: FSOpen a u32 handle; FSRead and FSPread the bytes read (at
	// most resp_cap; 0 bytes at the end of the file); FSWrite and FSPwrite
	// the u32 count written; FSSeek the i64 new offset; FSStat, FSLstat and
	// FSFstat a Stat record; FSReadDir the entries; FSReadlink, FSRealpath,
	// FSMkdirTemp and FSTempDir a path.
	ImportFSCall = "fs_call"

	// ImportAllow: allow(op i32, target_ptr i32, target_len i32, out_ptr i32,
	// out_cap i32, out_len_ptr i32) -> errno.
	//
	// Asks whether op (AllowRead, AllowWrite, AllowListen, AllowConnect) on
	// target (an absolute path, or host:port) is allowed: ESUCCESS, or
	// EACCES with the flag that would allow it ("--allow-fs=/etc") written
	// to out and its length at out_len_ptr.
	ImportAllow = "allow"

	// ImportResolve: resolve(name_ptr i32, name_len i32, family i32, out_ptr
	// i32, out_cap i32, out_len_ptr i32) -> errno.
	//
	// Looks a host name up (family 0, 4 or 6) in the host's resolver
	// (numeric addresses, the hosts file, localhost). out gets one line per
	// address, "4 127.0.0.1\n6 ::1\n"; ENOENT means not found (node's
	// ENOTFOUND).
	ImportResolve = "resolve"

	// ImportNetListen: net_listen(addr_ptr i32, addr_len i32, out_ptr i32) -> errno.
	//
	// Listens on addr ("127.0.0.1:0", "[::1]:8080"). out (AddrSize bytes)
	// gets the listener's handle and the bound address:
	//
	//	 0        4        8        12
	//	┌────────┬────────┬────────┬──────────────────────┐
	//	│ handle │ port   │ ip_len │ ip (up to 52 bytes)  │
	//	└────────┴────────┴────────┴──────────────────────┘
	//
	// Accepted connections arrive as EventAccept.
	ImportNetListen = "net_listen"

	// ImportNetDial: net_dial(addr_ptr i32, addr_len i32, handle_ptr i32) -> errno.
	//
	// Starts a non-blocking connect; the new connection's handle is written
	// as a u32 at handle_ptr. An error the kernel gives at once is the
	// result; otherwise one EventConnect (errno 0 or the error) follows.
	ImportNetDial = "net_dial"

	// ImportNetWrite: net_write(handle i32, ptr i32, len i32, write_id i32) -> i32.
	//
	// Queues len bytes on a connection. The result is 0 if the kernel took
	// them all at once, WritePending (-1) if an EventWriteDone carrying
	// write_id will say when it did, or a positive Errno: the write failed
	// (EBADF after close, EPIPE, ...).
	ImportNetWrite = "net_write"

	// ImportNetCtl: net_ctl(handle i32, op i32, arg i32) -> errno.
	//
	// One control operation on a listener or connection: CtlRead (start
	// delivering EventData), CtlPause, CtlResume, CtlCloseWrite, CtlClose
	// (the handle is then invalid), CtlNoDelay (arg 1 on, 0 off), CtlRef
	// (arg 1 ref, 0 unref).
	ImportNetCtl = "net_ctl"

	// ImportNetAddr: net_addr(handle i32, which i32, out_ptr i32) -> errno.
	//
	// Writes an address of a handle to out (the AddrSize layout of
	// net_listen, handle field 0): which is AddrListener, AddrLocal or
	// AddrRemote.
	ImportNetAddr = "net_addr"

	// ImportPollEvents: poll_events(ptr i32, cap i32) -> i32.
	//
	// Never blocks. The host collects what its reactor has seen ready and
	// writes as many queued events as fit into [ptr, ptr+cap); it returns
	// how many (0: none), or -Errno. Events that do not fit stay queued for
	// the next call. Each event is EventHeader bytes and its data, the next
	// one starting at the following multiple of 4:
	//
	//	 0        4        8        12       16       20       24
	//	┌────────┬────────┬────────┬────────┬────────┬────────┬──────────┐
	//	│ kind   │ handle │ arg    │ errno  │ group  │ len    │ data ... │
	//	└────────┴────────┴────────┴────────┴────────┴────────┴──────────┘
	//	kind: Event*; handle: the listener or connection; arg: the accepted
	//	connection's handle (EventAccept) or the write_id (EventWriteDone);
	//	errno: the operation's error (0: none); group: events with the same
	//	group came from one readiness of one descriptor, and the guest runs
	//	them as one callback (one macrotask), as libuv does; data: the bytes
	//	read (EventData, at most 64 KiB).
	ImportPollEvents = "poll_events"

	// ImportFSWatch: fs_watch(path_ptr i32, path_len i32, handle_ptr i32)
	// -> errno.
	//
	// Starts watching a file or directory (fs.watch; read access is
	// checked): its changes come as EventFSChange events for the handle
	// written as a u32 at handle_ptr.
	ImportFSWatch = "fs_watch"

	// ImportFSUnwatch: fs_unwatch(handle i32) -> errno. Stops a watch; no
	// event for it comes after.
	ImportFSUnwatch = "fs_unwatch"

	// ImportESMTransform: esm_transform(req_ptr i32, req_len i32, src_ptr
	// i32, src_len i32, out_ptr i32, out_cap i32, out_len_ptr i32) -> errno.
	//
	// Prepares src for the module loader: req is an esm.Request as JSON
	// (file, kind "module" or "commonjs", exports) without its source; the
	// host runs package esm's Transform (esbuild) natively, so the
	// evloophost build carries no esbuild. Every run gets it, simulated I/O
	// too. out gets the esm.Result as JSON (code, imports, exports, or an
	// error) and its length goes to out_len_ptr; if it is larger than
	// out_cap, nothing is written, the result is ENOBUFS and *out_len_ptr is
	// the size needed. A syntax error in src is a result (ESUCCESS), not an
	// errno.
	ImportESMTransform = "esm_transform"
)

// ExportNextTimeout: evloop_next_timeout() -> i32. After evloop_run returned
// RunAgain: how long the host may wait on its reactor before calling
// evloop_run again, in milliseconds (-1: until an event comes; 0: do not
// wait). A module that waits for itself (the plain build) always says 0.
const ExportNextTimeout = "evloop_next_timeout"

// ExportNextWaitNs: evloop_next_wait_ns() -> i64. The same as
// evloop_next_timeout in nanoseconds (-1: until an event comes; 0: do not
// wait): the exact instant the loop's next timer falls due, for a host whose
// reactor can wait that precisely (epoll_pwait2, kevent). Whole milliseconds
// rounded up make a 1 ms interval late by up to a millisecond; the loop
// itself never runs a timer early, so a host may also wake early and ask
// again. Optional: a host falls back to evloop_next_timeout without it.
const ExportNextWaitNs = "evloop_next_wait_ns"

// FS operations (fs_call's op).
const (
	FSOpen      = 1  // bytes1 path, a OpenRead|..., b perm → u32 handle
	FSClose     = 2  // handle
	FSRead      = 3  // handle → data
	FSPread     = 4  // handle, off → data
	FSWrite     = 5  // handle, bytes1 data → u32 n
	FSPwrite    = 6  // handle, off, bytes1 data → u32 n
	FSSeek      = 7  // handle, off, a whence → i64
	FSFstat     = 8  // handle → Stat
	FSTruncate  = 9  // handle, off (the size)
	FSSync      = 10 // handle
	FSStat      = 11 // bytes1 path → Stat
	FSLstat     = 12 // bytes1 path → Stat
	FSReadDir   = 13 // bytes1 path → entries
	FSMkdir     = 14 // bytes1 path, b perm
	FSMkdirAll  = 15 // bytes1 path, b perm
	FSRemove    = 16 // bytes1 path
	FSRemoveAll = 17 // bytes1 path
	FSRename    = 18 // bytes1 from, bytes2 to
	FSReadlink  = 19 // bytes1 path → path
	FSSymlink   = 20 // bytes1 target, bytes2 link name
	FSRealpath  = 21 // bytes1 path → path
	FSMkdirTemp = 22 // bytes1 dir, bytes2 prefix → path
	FSChmod     = 23 // bytes1 path, b mode
	FSTempDir   = 24 // → path
	FSLink      = 25 // bytes1 existing path, bytes2 new path
	FSUtimes    = 26 // bytes1 path, a 1 follows a symlink, bytes2 i64 atime ns, i64 mtime ns
	FSFutimes   = 27 // handle, bytes1 i64 atime ns, i64 mtime ns
	FSChown     = 28 // bytes1 path, a uid, b gid (0xffffffff keeps one), off 1 follows a symlink
	FSFchown    = 29 // handle, a uid, b gid
	FSStatfs    = 30 // bytes1 path → 7 i64: type, bsize, blocks, bfree, bavail, files, ffree
)

// FSReqHeader is the size of fs_call's request header.
const FSReqHeader = 24

// Open flags (fs_call FSOpen's a): portable, unlike os.O_* (a wasip1 guest's
// values are not the host's).
const (
	OpenRead   = 0
	OpenWrite  = 1 // O_WRONLY
	OpenRDWR   = 2 // O_RDWR
	OpenAppend = 1 << 2
	OpenCreate = 1 << 3
	OpenExcl   = 1 << 4
	OpenTrunc  = 1 << 5
	OpenSync   = 1 << 6
)

// StatSize is the size of a Stat record (FSStat, FSLstat, FSFstat):
//
//	 0 u64 dev        8 u64 ino       16 u32 st_mode   20 u32 nlink
//	24 u32 uid       28 u32 gid       32 u64 rdev      40 i64 size
//	48 i64 blksize   56 i64 blocks    64 i64 atime_ns  72 i64 mtime_ns
//	80 i64 ctime_ns  88 i64 birthtime_ns               96 u32 mode (io/fs.FileMode)
//	100 u32 reserved
//
// Times are nanoseconds since the Unix epoch; st_mode is the host's raw
// st_mode (S_IFREG|0644 ...), mode Go's portable io/fs.FileMode.
const StatSize = 104

// A directory entry of FSReadDir, repeated, sorted by name:
//
//	0 u32 type (io/fs.FileMode type bits)   4 u32 name_len   8 name
const DirEntryHeader = 8

// Permission checks (allow's op).
const (
	AllowRead    = 1
	AllowWrite   = 2
	AllowListen  = 3
	AllowConnect = 4
)

// AllowOps are the sys.Host.Allow op names by number.
var AllowOps = map[int32]string{AllowRead: "read", AllowWrite: "write", AllowListen: "listen", AllowConnect: "connect"}

// AddrSize is the size of an address record (net_listen, net_addr).
const AddrSize = 64

// net_addr's which.
const (
	AddrListener = 0
	AddrLocal    = 1
	AddrRemote   = 2
)

// net_ctl's op.
const (
	CtlRead       = 1
	CtlPause      = 2
	CtlResume     = 3
	CtlCloseWrite = 4
	CtlClose      = 5
	CtlNoDelay    = 6
	CtlRef        = 7
)

// WritePending is net_write's result when the write completes later.
const WritePending = -1

// EventHeader is the size of a poll_events event header.
const EventHeader = 24

// Event kinds (poll_events).
const (
	EventAccept    = 1 // handle: the listener; arg: the new connection
	EventConnect   = 2 // handle: the connection; errno: the connect's error
	EventData      = 3 // handle; data: the bytes read
	EventEOF       = 4 // handle: the peer ended its side
	EventReadError = 5 // handle; errno
	EventWriteDone = 6 // handle; arg: write_id; errno
	EventFSChange  = 7 // handle: the watch; arg: WatchRename or WatchChange; data: the file name
)

// EventFSChange's arg.
const (
	WatchRename = 1
	WatchChange = 2
)

// More WASI errno values (preview1), for the errors of real I/O.
const (
	EACCES        Errno = 2
	EADDRINUSE    Errno = 3
	EADDRNOTAVAIL Errno = 4
	EAFNOSUPPORT  Errno = 5
	EAGAIN        Errno = 6
	EBADF         Errno = 8
	EBUSY         Errno = 10
	ECONNABORTED  Errno = 13
	ECONNREFUSED  Errno = 14
	ECONNRESET    Errno = 15
	EEXIST        Errno = 20
	EFBIG         Errno = 22
	EHOSTUNREACH  Errno = 23
	EINTR         Errno = 27
	EIO           Errno = 29
	EISCONN       Errno = 30
	EISDIR        Errno = 31
	ELOOP         Errno = 32
	EMFILE        Errno = 33
	EMLINK        Errno = 34
	ENAMETOOLONG  Errno = 37
	ENETDOWN      Errno = 38
	ENETUNREACH   Errno = 40
	ENFILE        Errno = 41
	ENOBUFS       Errno = 42
	ENOENT        Errno = 44
	ENOSPC        Errno = 51
	ENOTCONN      Errno = 53
	ENOTDIR       Errno = 54
	ENOTEMPTY     Errno = 55
	ENOTSUP       Errno = 58
	EPERM         Errno = 63
	EPIPE         Errno = 64
	EROFS         Errno = 69
	ESPIPE        Errno = 70
	ETIMEDOUT     Errno = 73
	EXDEV         Errno = 75
)
