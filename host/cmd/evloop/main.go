// Command evloop runs node programs on evloop's event loop and shows what
// the loop does.
//
//	evloop [options] FILE [args...]
//	evloop [options] -e CODE [args...]
//	echo 'console.log(1)' | evloop
//	evloop run [options] FILE [args...]
//	evloop version
//
// Run `evloop --help` for the options.
package main

import (
	"fmt"
	"os"

	_ "github.com/evloop/evloop/host/internal/early" // first: the inits after it run on a grown stack
	"github.com/evloop/evloop/poller"
)

func main() {
	// A lazy collector while the heap is small, less so as it grows
	// (gc.go). GOGC still wins if set.
	startGCPolicy()
	// The process's signals are the program's (process.on('SIGINT')), else
	// node's defaults: death by the signal (130 for Ctrl-C); SIGPIPE ignored.
	poller.WatchSignals()
	exitWhenStuck = true
	os.Exit(safeRun(os.Args[1:]))
}

// exitWhenStuck: a run that does not end js.StuckGrace after its --timeout
// or the heap limit interrupted it (inside a built-in that runs in Go) ends
// the process. Only the real command: tests run the CLI in their process.
var exitWhenStuck bool

// safeRun turns a Go panic — always evloop's bug, never the script's — into
// one clear line instead of a Go stack trace.
func safeRun(args []string) (code int) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(os.Stderr, "evloop: internal error: %v (this is a bug in evloop; please report it with the script)\n", v)
			code = 70
		}
	}()
	return runIO(args, stdio{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stdinTTY: isTerminal(os.Stdin), stdoutTTY: isTerminal(os.Stdout), stderrTTY: isTerminal(os.Stderr),
		windowSize: windowSize})
}
