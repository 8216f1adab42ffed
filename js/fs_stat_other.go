//go:build !linux && !darwin && !freebsd

package js

import (
	"io/fs"

	"github.com/evloop/evloop/loop/sys"
)

// osStat has nothing beyond FileInfo here: the binding fills Stats from it.
func osStat(fs.FileInfo) *sys.Stat { return nil }
