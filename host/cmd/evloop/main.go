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
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
