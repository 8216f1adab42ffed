//go:build !linux && !(darwin || dragonfly || freebsd || netbsd || openbsd)

package poller

import "github.com/evloop/evloop/loop/sys"

// inotify stands for the platform's file watcher: Linux (inotify) and the
// BSDs and macOS (kqueue) have one, nothing else yet.
type inotify struct{}

func (*inotify) close() {}

// FSWatcher returns nil: fs.watch on this platform says ENOSYS (no
// watcher here).
func (b *Real) FSWatcher() sys.Watcher { return nil }
