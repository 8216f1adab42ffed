//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

import (
	"os"
	"slices"
	"testing"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

func newRealLoop(t *testing.T, poolSize int) (*Real, *loop.Loop, *trace.Recorder) {
	t.Helper()
	b, err := NewReal(poolSize)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	var rec trace.Recorder
	return b, loop.New(loop.Config{Backend: b, Trace: &rec}), &rec
}

func TestReal_poolCompletionsComeBackThroughPoll(t *testing.T) {
	b, l, rec := newRealLoop(t, 2)
	if b.Size() != 2 {
		t.Fatalf("Size = %d", b.Size())
	}
	results := make([]int, 5) // written by workers, read by done callbacks
	var order []int
	l.RunMacrotask(trace.QueueMain, "main", func() {
		for i := range results {
			req := l.BeginRequest(trace.QueuePool, "job")
			b.Submit(req, 0, func() { results[i] = i * i }, func() {
				if results[i] != i*i {
					t.Errorf("done %d ran before its work", i)
				}
				if l.Phase() != trace.PhasePoll {
					t.Errorf("done %d ran in phase %q, want poll", i, l.Phase())
				}
				order = append(order, i)
			})
		}
	})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(order)
	if !slices.Equal(order, []int{0, 1, 2, 3, 4}) {
		t.Errorf("callbacks ran for %v", order)
	}
	workers := map[int]bool{}
	for _, e := range rec.Events {
		if e.Kind == trace.PoolDone {
			if e.Worker < 1 || e.Worker > 2 {
				t.Errorf("pool.done on worker %d of 2", e.Worker)
			}
			workers[e.Worker] = true
		}
	}
	if len(workers) == 0 {
		t.Error("no pool.done events")
	}
}

func TestReal_watchPipe(t *testing.T) {
	b, l, _ := newRealLoop(t, 1)
	rd, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	defer wr.Close()
	var got []byte
	var calls int
	l.RunMacrotask(trace.QueueMain, "main", func() {
		// A request keeps the loop alive while the pipe is watched.
		req := l.BeginRequest(trace.QueueIO, "reader")
		err := b.Watch(int(rd.Fd()), Readable, "pipe readable", func(ev Events) {
			calls++
			buf := make([]byte, 2) // read less than is there: level-triggered
			n, _ := rd.Read(buf)
			got = append(got, buf[:n]...)
			if len(got) == 5 {
				if err := b.Unwatch(int(rd.Fd())); err != nil {
					t.Error(err)
				}
				l.CancelRequest(req)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := wr.Write([]byte("hello")); err != nil {
			t.Fatal(err)
		}
	})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if string(got) != "hello" || calls != 3 {
		t.Errorf("read %q in %d callbacks, want \"hello\" in 3", got, calls)
	}
}

func TestReal_watchErrors(t *testing.T) {
	b, _, _ := newRealLoop(t, 1)
	rd, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	defer wr.Close()
	fd := int(rd.Fd())
	if err := b.Modify(fd, Readable); err == nil {
		t.Error("Modify of an unwatched fd succeeded")
	}
	if err := b.Unwatch(fd); err == nil {
		t.Error("Unwatch of an unwatched fd succeeded")
	}
	if err := b.Watch(fd, Readable, "r", func(Events) {}); err != nil {
		t.Fatal(err)
	}
	if err := b.Watch(fd, Readable, "r", func(Events) {}); err == nil {
		t.Error("second Watch of one fd succeeded")
	}
	if err := b.Modify(fd, Readable|Writable); err != nil {
		t.Error(err)
	}
}

func TestReal_post(t *testing.T) {
	b, l, _ := newRealLoop(t, 1)
	var ran bool
	l.RunMacrotask(trace.QueueMain, "main", func() {
		req := l.BeginRequest(trace.QueueIO, "posted")
		go b.Post(loop.Completion{Req: req, Run: func() { ran = true }})
	})
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if !ran {
		t.Error("posted completion did not run")
	}
}

func TestNewRealHost(t *testing.T) {
	dir := t.TempDir()
	host, b, err := NewRealHost(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if host.Pool == nil || host.FS == nil || host.Resolver == nil || host.Allow == nil {
		t.Fatalf("incomplete host %+v", host)
	}
	if err := host.Allow("read", dir+"/x"); err != nil {
		t.Errorf("read in cwd denied: %v", err)
	}
	if err := host.Allow("read", "/etc/passwd"); err == nil {
		t.Error("read of /etc/passwd allowed")
	}
}
