//go:build !linux

package host

import "io/fs"

// statOf is fs.FileInfo's part of a stat: elsewhere than Linux the host
// reports no device, inode or link count (a smaller job for another day).
func statOf(fi fs.FileInfo) stat { return statFallback(fi) }
