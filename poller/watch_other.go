//go:build !linux

package poller

import "github.com/evloop/evloop/loop/sys"

// inotify stands for the platform's file watcher; only Linux has one yet.
type inotify struct{}

func (*inotify) close() {}

// FSWatcher returns nil: fs.watch on this platform says ENOSYS (kqueue's
// EVFILT_VNODE is not wired yet).
func (b *Real) FSWatcher() sys.Watcher { return nil }
