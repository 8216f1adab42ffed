package poller

import (
	"testing"
	"time"
)

// The whole poller suite again on epoll_wait, as on a kernel without
// epoll_pwait2 (before 5.11).
func TestPoller_epollWaitFallback(t *testing.T) {
	was := noPwait2.Load()
	noPwait2.Store(true)
	defer noPwait2.Store(was)
	TestPoller(t)
}

// A timeout below a millisecond is waited for whole: never less (a loop
// waiting for a timer's due instant must not wake before it), and with
// epoll_pwait2 where the kernel has it.
func TestPoller_subMillisecondTimeout(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	for _, d := range []time.Duration{time.Microsecond, 300 * time.Microsecond, 1500 * time.Microsecond} {
		start := time.Now()
		evs, err := p.Wait(nil, d)
		took := time.Since(start)
		must(t, err)
		wantEvents(t, evs)
		if took < d {
			t.Errorf("Wait(%v) returned after %v", d, took)
		}
	}
	if noPwait2.Load() {
		t.Logf("this kernel has no epoll_pwait2: epoll_wait, whole milliseconds")
	}
}
