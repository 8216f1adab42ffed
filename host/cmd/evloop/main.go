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
	"os"
	"runtime/debug"
)

func main() {
	// goja allocates for every call into JS; a lazier collector roughly
	// halves the cost of a callback (make bench). GOGC still wins if set.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
