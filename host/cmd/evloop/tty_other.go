//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import "os"

// isTerminal is false where evloop does not know how to ask: no colours,
// and a missing script reads stdin.
func isTerminal(*os.File) bool { return false }

// windowSize is unknown where evloop does not know how to ask.
func windowSize(int) (columns, rows int, ok bool) { return 0, 0, false }

// stdinTerm cannot change the terminal's mode here: setRawMode only
// records isRaw.
type stdinTerm struct{}

func (*stdinTerm) setRawMode(bool) error { return nil }
func (*stdinTerm) restore()              {}
