//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package poller

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/evloop/evloop/loop/sys"
)

// Net says out loud that this platform has no real sockets (Windows,
// wasip1, js): every call fails with an error wrapping
// errors.ErrUnsupported. SimNet runs everywhere.
type Net struct{}

var _ sys.Net = (*Net)(nil)

// NewNet returns the absent network.
func NewNet(*Real) *Net { return &Net{} }

func unsupportedNet(op string) error {
	return fmt.Errorf("poller: %s: %s/%s has no sockets; use --io=sim: %w",
		op, runtime.GOOS, runtime.GOARCH, errors.ErrUnsupported)
}

// Listen fails: there are no sockets here.
func (*Net) Listen(string, func(sys.Conn)) (sys.Listener, error) {
	return nil, unsupportedNet("listen")
}

// Dial fails: there are no sockets here.
func (*Net) Dial(string, func(sys.Conn, error)) error { return unsupportedNet("connect") }
