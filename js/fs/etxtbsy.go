//go:build !js

package fs

import "syscall"

// GOOS=js's syscall package has no ETXTBSY; everywhere else it maps.
func init() { fsErrnoNames[syscall.ETXTBSY] = "ETXTBSY" }
