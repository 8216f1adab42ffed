package poller

import (
	"path"
	"syscall"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// fs.watch on the simulated file system: a watcher is kept by node, and
// every change of the tree (made by the program's own calls: nothing else
// writes here) is reported as inotify would report it — "rename" for an
// entry made, removed or renamed in a watched directory (and for a watched
// node removed or moved), "change" for contents or attributes, to the
// node's watchers and its directory's. Each watch's events reach the loop
// that made it through that loop's post (SimWatcher: the simulated
// backend's Deliver, its poll phase at the same virtual time; a worker's
// loop has its own), so a run stays repeatable.

// SimWatcher is sys.Watcher on a SimFS for one loop: Post hands an event
// to that loop (Sim.Deliver).
type SimWatcher struct {
	FS   *SimFS
	Post func(fn func())
}

var _ sys.Watcher = SimWatcher{}

// NewSimWatcher returns the watcher of fsys for the loop of s.
func NewSimWatcher(fsys *SimFS, s *Sim) SimWatcher {
	return SimWatcher{FS: fsys, Post: func(fn func()) { s.Deliver(loop.Completion{Label: "fs.watch", Run: fn}) }}
}

// simWatch is one fs.watch on a node.
type simWatch struct {
	base string // the watched path's base name
	fn   func(event, filename string)
	post func(fn func())
}

// Watch implements sys.Watcher.
func (w SimWatcher) Watch(name string, fn func(event, filename string)) (func(), error) {
	return w.FS.watch(name, fn, w.Post)
}

func (s *SimFS) watch(name string, fn func(event, filename string), post func(func())) (func(), error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if post == nil {
		return nil, pathErr("watch", name, syscall.ENOSYS)
	}
	n, errno := s.lookup(name, true)
	if errno != 0 {
		return nil, pathErr("watch", name, errno)
	}
	if s.watches == nil {
		s.watches = map[*simNode][]*simWatch{}
	}
	w := &simWatch{base: path.Base(name), fn: fn, post: post}
	s.watches[n] = append(s.watches[n], w)
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		ws := s.watches[n]
		for i, x := range ws {
			if x == w {
				s.watches[n] = append(ws[:i:i], ws[i+1:]...)
				break
			}
		}
		if len(s.watches[n]) == 0 {
			delete(s.watches, n)
		}
	}, nil
}

// notify reports event on entry of dir to dir's watchers and, when n is
// the entry's node, to n's own. Called with s.mu held.
func (s *SimFS) notify(dir *simNode, entry string, n *simNode, event string) {
	if len(s.watches) == 0 || s.muted {
		return
	}
	for _, w := range s.watches[dir] {
		s.deliver(dir, w, event, entry)
	}
	if n != nil {
		for _, w := range s.watches[n] {
			s.deliver(n, w, event, w.base)
		}
	}
}

// notifyChange reports a change of n's contents or attributes, n being
// reached by name. Called with s.mu held.
func (s *SimFS) notifyChange(n *simNode, name string) {
	if len(s.watches) == 0 {
		return
	}
	for _, w := range s.watches[n] {
		s.deliver(n, w, "change", w.base)
	}
	if dir, base, k, errno := s.walk(name, false); errno == 0 && k == n && base != "" {
		for _, w := range s.watches[dir] {
			s.deliver(dir, w, "change", base)
		}
	}
}

// deliver posts one event, dropped if w has stopped by then.
func (s *SimFS) deliver(n *simNode, w *simWatch, event, filename string) {
	w.post(func() {
		s.mu.Lock()
		live := false
		for _, x := range s.watches[n] {
			live = live || x == w
		}
		s.mu.Unlock()
		if live {
			w.fn(event, filename)
		}
	})
}
