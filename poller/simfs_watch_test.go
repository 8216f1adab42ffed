package poller

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestSimWatch: each change of the simulated tree reaches the watchers of
// the node and of its directory as inotify names it, and nothing after
// stop; events wait for post (the loop) and are dropped if the watch
// stopped meanwhile.
func TestSimWatch(t *testing.T) {
	fsys := NewSimFS(func() time.Time { return SimEpoch })
	if err := fsys.WriteFile("/d/f", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var queued []func()
	w := SimWatcher{FS: fsys, Post: func(fn func()) { queued = append(queued, fn) }}
	var got []string
	flush := func() string {
		for _, fn := range queued {
			fn()
		}
		queued = nil
		s := strings.Join(got, " ")
		got = nil
		return s
	}
	stopDir, err := w.Watch("/d", func(ev, name string) { got = append(got, "dir:"+ev+":"+name) })
	if err != nil {
		t.Fatal(err)
	}
	stopFile, err := w.Watch("/d/f", func(ev, name string) { got = append(got, "file:"+ev+":"+name) })
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func() error
		want string
	}{
		{"write", func() error {
			f, err := fsys.OpenFile("/d/f", os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			_, err = f.Write([]byte("y"))
			return err
		}, "file:change:f dir:change:f"},
		{"chmod", func() error { return fsys.Chmod("/d/f", 0o600) }, "file:change:f dir:change:f"},
		{"utimes", func() error { return fsys.Utimes("/d/f", SimEpoch, SimEpoch, true) }, "file:change:f dir:change:f"},
		{"create", func() error { return fsys.Mkdir("/d/sub", 0o755) }, "dir:rename:sub"},
		{"rename", func() error { return fsys.Rename("/d/f", "/d/g") }, "dir:rename:f file:rename:f dir:rename:g"},
		{"replace", func() error {
			if err := fsys.WriteFile("/d/h", nil, 0o644); err != nil {
				return err
			}
			flush()
			return fsys.Rename("/d/h", "/d/g")
		}, "dir:rename:h dir:rename:g"},
		{"remove", func() error { return fsys.Remove("/d/sub") }, "dir:rename:sub"},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if len(got) != 0 {
			t.Fatalf("%s: events ran before the loop took them: %v", s.name, got)
		}
		if g := flush(); g != s.want {
			t.Errorf("%s: got %q, want %q", s.name, g, s.want)
		}
	}
	stopFile()
	if err := fsys.Mkdir("/d/late", 0o755); err != nil {
		t.Fatal(err)
	}
	stopDir() // before the loop takes the event: it is dropped
	if g := flush(); g != "" {
		t.Errorf("after stop: %q", g)
	}
	if _, err := w.Watch("/missing", func(string, string) {}); err == nil || !os.IsNotExist(err) {
		t.Errorf("watch of a missing path: %v", err)
	}
}
