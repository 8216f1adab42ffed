// Command evloop runs node programs on evloop's event loop and shows what
// the loop does.
//
//	evloop run [flags] FILE [args...]
//	evloop -e CODE
//	evloop version
//
// Run `evloop help` for the flags.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/evloop/evloop/poller"
)

func main() {
	// goja allocates for every call into JS; a lazier collector roughly
	// halves the cost of a callback (make bench). GOGC still wins if set.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// The process's signals are the program's (process.on('SIGINT')), else
	// node's defaults: death by the signal (130 for Ctrl-C); SIGPIPE ignored.
	poller.WatchSignals()
	os.Exit(safeRun(os.Args[1:]))
}

// safeRun turns a Go panic — always evloop's bug, never the script's — into
// one clear line instead of a Go stack trace.
func safeRun(args []string) (code int) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(os.Stderr, "evloop: internal error: %v (this is a bug in evloop; please report it with the script)\n", v)
			code = 70
		}
	}()
	return run(args, os.Stdout, os.Stderr)
}
