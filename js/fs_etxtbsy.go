//go:build !js

package js

import "syscall"

// GOOS=js's syscall package has no ETXTBSY; everywhere else it maps.
func init() { fsErrnoNames[syscall.ETXTBSY] = "ETXTBSY" }
