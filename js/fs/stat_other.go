//go:build !linux && !darwin && !freebsd

package fs

import (
	iofs "io/fs"

	"github.com/evloop/evloop/loop/sys"
)

// osStat has nothing beyond FileInfo here: the binding fills Stats from it.
func osStat(iofs.FileInfo) *sys.Stat { return nil }
