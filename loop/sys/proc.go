package sys

import (
	"io"
	"time"
)

// Procs starts child processes: libuv's uv_spawn and its process handle,
// seen from the loop. The child_process binding (js/child_process) is its
// only caller; a nil Host.Procs means this host cannot start processes
// (the page, a plugin sandbox) and spawn fails with ENOSYS.
//
// Everything is called on the loop goroutine. The child's exit is observed
// off the loop (a waiter per child, as libuv's SIGCHLD handler reaps) and
// handed back like a thread-pool completion: onExit runs on the loop
// goroutine in a poll phase, after which the child is reaped and its pid
// may be reused.
type Procs interface {
	// Spawn starts o.File. An error is a syscall.Errno (ENOENT, EACCES,
	// EAGAIN, ...); then nothing was started and onExit is never called,
	// but the Process may still be returned (pid 0) with its pipes at
	// their end, as libuv leaves the ones it made before the failure.
	// Otherwise onExit(code, signal) runs exactly once: code is the exit
	// status, or 0 when the child was killed by signal (then signal > 0).
	Spawn(o SpawnOptions, onExit func(code, signal int)) (Process, error)
	// SpawnSync runs o.File to its end, blocking the loop as node's
	// spawnSync does, with input on a piped stdin.
	SpawnSync(o SpawnOptions, s SyncOptions) SyncResult
}

// StdioKind says what one of the child's descriptors is.
type StdioKind int

// The kinds of a child descriptor (node's stdio option).
const (
	StdioIgnore  StdioKind = iota // /dev/null
	StdioPipe                     // a socketpair end; the parent keeps the other (Process.Stdio)
	StdioInherit                  // the parent's descriptor of the same number (0, 1 or 2)
)

// SpawnOptions describe the child.
type SpawnOptions struct {
	File     string      // the program; without a slash it is looked up in Env's PATH
	Args     []string    // argv, argv[0] included
	Env      []string    // KEY=value pairs, exactly the child's environment
	Dir      string      // working directory ("" : the parent's)
	Stdio    []StdioKind // one per child descriptor, from 0
	Detached bool        // a new session (setsid), as node's detached
}

// Process is a started child.
type Process interface {
	Pid() int
	// Kill sends signal sig (0 only checks). It returns ESRCH once the
	// child has been reaped and its exit delivered.
	Kill(sig int) error
	// Stdio returns the parent's end of child descriptor fd if it is a
	// pipe, else nil. A pipe to the child's stdin is write-only: its OnData
	// is never called.
	Stdio(fd int) Conn
}

// SyncOptions bound a SpawnSync run.
type SyncOptions struct {
	Input      []byte        // written to a piped stdin, then closed
	Timeout    time.Duration // 0: none; then the child gets KillSignal
	KillSignal int
	MaxBuffer  int // per output; more kills the child with KillSignal (0: no bound)
	// Out and Err take an inherited stdout and stderr when the program's
	// own are not the process's (a test's buffers); nil: os.Stdout, os.Stderr.
	Out, Err io.Writer
}

// SyncResult is what SpawnSync saw.
type SyncResult struct {
	Pid            int
	Stdout, Stderr []byte // captured pipes (nil when not piped)
	Code, Signal   int
	// Err is a syscall.Errno: the spawn failed (ENOENT, ...), or
	// ETIMEDOUT (the timeout killed it) or ENOBUFS (MaxBuffer did).
	Err error
}
