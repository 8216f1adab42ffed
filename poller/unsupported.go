//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package poller

import (
	"errors"
	"fmt"
	"runtime"
)

// newMechanism says out loud that this platform has no reactor (Windows,
// wasip1, js, Solaris, ...): evloop's simulated I/O runs there instead.
func newMechanism() (mechanism, error) {
	return nil, fmt.Errorf("poller: %s/%s has no I/O reactor; use --io=sim: %w",
		runtime.GOOS, runtime.GOARCH, errors.ErrUnsupported)
}
