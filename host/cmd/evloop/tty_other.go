//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import "os"

// isTerminal is false where evloop does not know how to ask: no colours,
// and a missing script reads stdin.
func isTerminal(*os.File) bool { return false }
