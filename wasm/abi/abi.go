// Package abi is the contract between evloop's wasm module and its hosts:
// the wazero host in package host, the page's Web Worker, and any WASI
// runtime that loads the module as a plugin. Guest and host both import it.
// It depends on nothing but the standard library.
//
// The module is a WASI preview1 reactor (built with -buildmode=c-shared:
// call _initialize once, then the exports below). The simulated-I/O build
// imports nothing but wasi_snapshot_preview1. site/docs/abi.md is the table
// for people.
//
// Every export is driven by the host and returns at once: the guest never
// blocks (on the virtual clock it has nothing to wait for; a blocking export
// would be a busy-wait under a browser WASI shim).
package abi

import "fmt"

// Version is the ABI version. A host refuses a module whose
// evloop_abi_version export returns anything else.
const Version = 1

// Module is the import module name for host functions (none in the
// simulated-I/O build).
const Module = "evloop"

// Export names.
const (
	// ExportABIVersion: evloop_abi_version() -> i32 (Version).
	ExportABIVersion = "evloop_abi_version"
	// ExportAlloc: evloop_alloc(size i32) -> ptr i32. A guest buffer of size
	// bytes the host may write input into; 0 if size is out of range.
	ExportAlloc = "evloop_alloc"
	// ExportFree: evloop_free(ptr i32). Releases a buffer from evloop_alloc;
	// unknown pointers are ignored.
	ExportFree = "evloop_free"
	// ExportLoad: evloop_load(ptr i32, len i32) -> errno i32. ptr/len hold a
	// Config as JSON (UTF-8). Loads the program and runs its main module.
	//
	//	ptr ──▶ { "filename": "/main.js", "source": "...", ... }   (len bytes)
	ExportLoad = "evloop_load"
	// ExportRun: evloop_run(max_steps i32) -> i32. Drives the loop for at most
	// max_steps loop steps (each step runs until the loop would wait):
	// 0 = finished, 1 = call again, a negative value = -Errno.
	ExportRun = "evloop_run"
	// ExportExitCode: evloop_exit_code() -> i32. The program's exit code once
	// evloop_run returned 0.
	ExportExitCode = "evloop_exit_code"
	// ExportRead: evloop_read(stream i32, ptr i32, len i32) -> i32. Copies up
	// to len buffered bytes of a stream into guest memory at ptr and returns
	// how many; 0 when the stream is drained; -Errno on bad arguments.
	//
	//	stream 1: stdout · 2: stderr · 3: the trace as JSON lines
	ExportRead = "evloop_read"
)

// Streams for evloop_read.
const (
	StreamStdout = 1
	StreamStderr = 2
	StreamTrace  = 3
)

// Run results of evloop_run.
const (
	RunFinished = 0
	RunAgain    = 1
)

// MaxInput bounds evloop_alloc and the config of evloop_load (16 MiB).
const MaxInput = 16 << 20

// Config is evloop_load's input.
type Config struct {
	Filename  string            `json:"filename"`            // the main module's path, e.g. "/main.js"
	Source    string            `json:"source"`              // its source
	Argv      []string          `json:"argv,omitempty"`      // process.argv after the script
	Env       map[string]string `json:"env,omitempty"`       // process.env
	Files     map[string]string `json:"files,omitempty"`     // more files (require, fs): path → content
	Clock     string            `json:"clock,omitempty"`     // "virtual" (default) or "real"
	IO        string            `json:"io,omitempty"`        // "sim" (default) or "real" (the evloophost build only)
	Cwd       string            `json:"cwd,omitempty"`       // process.cwd(); default the main module's directory
	Pid       int               `json:"pid,omitempty"`       // process.pid; default WASI's
	StartupMs float64           `json:"startupMs,omitempty"` // virtual time spent before the loop starts
	InputType string            `json:"inputType,omitempty"` // "commonjs", "module" or "auto" (default)
	ExecArgv  []string          `json:"execArgv,omitempty"`  // process.execArgv: node's options, which the runtime acts on (-r, --no-warnings…)
	Trace     bool              `json:"trace,omitempty"`     // record the trace (stream 3)
	// Stdin is the text process.stdin reads, then its end (the page's
	// stdin box). StdinFD reads WASI fd 0 instead, for a host that hands
	// the guest its own standard input: the guest has one thread, so a read
	// that must wait for input holds the loop until it comes.
	Stdin    string `json:"stdin,omitempty"`
	StdinFD  bool   `json:"stdinFD,omitempty"`
	StdinTTY bool   `json:"stdinTTY,omitempty"` // process.stdin.isTTY
	// StdoutTTY, StderrTTY: the host's stdout and stderr are terminals
	// (process.stdout.isTTY, console colours); Columns and Rows their size
	// when the run starts (0: unknown). The guest sees no resize.
	StdoutTTY bool `json:"stdoutTTY,omitempty"`
	StderrTTY bool `json:"stderrTTY,omitempty"`
	Columns   int  `json:"columns,omitempty"`
	Rows      int  `json:"rows,omitempty"`
	// Echo also writes stdout and stderr to WASI fds 1 and 2 as they are
	// written, and the trace to WASI fd 3 (instead of stream 3) in chunks as
	// it grows, so a host that must end a runaway run (the page's worker is
	// terminated) still has what the program printed and did before. The
	// host's fd 3 must answer fd_prestat_get with EBADF (it is no preopen).
	Echo bool `json:"echo,omitempty"`
	// Bounds, so a runaway program ends with a clear message (0: the
	// defaults, 200000 callbacks and 1000000 ticks or jobs per checkpoint;
	// negative: no bound).
	MaxCallbacks  int `json:"maxCallbacks,omitempty"`
	MaxTicks      int `json:"maxTicks,omitempty"`
	MaxMicrotasks int `json:"maxMicrotasks,omitempty"`
}

// Errno is an error number returned across the boundary; zero is success.
type Errno uint32

// The error numbers (WASI's values where WASI has one).
const (
	ESUCCESS Errno = 0
	E2BIG    Errno = 1
	EFAULT   Errno = 21
	EINVAL   Errno = 28
	ENOMEM   Errno = 48
	ENOSYS   Errno = 52
	EALREADY Errno = 13
)

var errnoNames = map[Errno]string{ESUCCESS: "ESUCCESS", E2BIG: "E2BIG", EFAULT: "EFAULT", EINVAL: "EINVAL",
	ENOMEM: "ENOMEM", ENOSYS: "ENOSYS", EALREADY: "EALREADY"}

func (e Errno) String() string {
	if s, ok := errnoNames[e]; ok {
		return s
	}
	return fmt.Sprintf("errno(%d)", uint32(e))
}

// Error makes Errno an error.
func (e Errno) Error() string { return "evloop abi: " + e.String() }
