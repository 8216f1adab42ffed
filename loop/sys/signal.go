package sys

// Signals is the process's signals seen from the loop: libuv's uv_signal
// (a handler that runs as a loop callback) and uv_kill. The process
// binding (process.on('SIGINT'), process.kill) is its only caller; a nil
// Host.Signals means this host has no signals (the page, a plugin): then
// process.on('SIGINT') never fires and process.kill is refused.
//
// Signals are named as node names them ("SIGINT"); number is the Linux
// number node reports (os.constants.signals).
type Signals interface {
	// Handle runs fn on the loop goroutine, in the poll phase of a later
	// iteration, each time sig arrives, until stop is called. Like
	// node's signal handles it does not keep the loop alive.
	Handle(sig string, fn func()) (stop func(), err error)
	// Kill sends sig to pid; number 0 checks that pid exists. Sent to the
	// program's own pid, it is delivered as the OS would: to a handler
	// (through Handle's path, in order with other I/O), else with the
	// signal's default action. An error is a syscall.Errno (EPERM when the
	// permission flags refuse it, ESRCH, EINVAL).
	Kill(pid int, sig string, number int) error
}
