//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package poller

import (
	"syscall"

	"github.com/evloop/evloop/loop/sys"
)

// Procs says that this platform starts no processes here (Windows,
// wasip1, js): child_process reports ENOSYS.
type Procs struct{}

var _ sys.Procs = (*Procs)(nil)

// NewProcs returns the absent process starter.
func NewProcs(*Real) *Procs { return &Procs{} }

// Spawn fails with ENOSYS.
func (*Procs) Spawn(sys.SpawnOptions, func(int, int)) (sys.Process, error) {
	return nil, syscall.ENOSYS
}

// SpawnSync fails with ENOSYS.
func (*Procs) SpawnSync(sys.SpawnOptions, sys.SyncOptions) sys.SyncResult {
	return sys.SyncResult{Err: syscall.ENOSYS}
}

// Open fails with ENOSYS.
func (*Procs) Open(int) (sys.Conn, error) { return nil, syscall.ENOSYS }
