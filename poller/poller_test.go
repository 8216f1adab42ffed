package poller

import (
	"errors"
	"io/fs"
	"os"
	"testing"
	"time"
)

// guard bounds how long a test waits for something that should happen at
// once. It only turns a hang into a failure; no test sleeps.
const guard = 10 * time.Second

// world makes descriptors for a backend to watch: real pipes for a kernel,
// scripted ones for the Fake.
type world interface {
	// pipe returns a fresh pipe, nothing written yet.
	pipe(t *testing.T) (r, w int)
	// write puts a byte into the pipe whose write end is w.
	write(t *testing.T, w int)
	// closeWrite closes the write end w.
	closeWrite(t *testing.T, w int)
}

type backend struct {
	name string
	open func(t *testing.T) (Poller, world)
}

// backends returns the Fake and, where this OS has one, the real reactor.
func backends(t *testing.T) []backend {
	bs := []backend{{"fake", func(t *testing.T) (Poller, world) {
		f := NewFake()
		return f, &fakeWorld{f: f, next: 3, written: map[int]bool{}}
	}}}
	p, err := New()
	if errors.Is(err, errors.ErrUnsupported) {
		t.Logf("no reactor here: %v", err)
		return bs
	}
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	p.Close()
	return append(bs, backend{"native", func(t *testing.T) (Poller, world) {
		p, err := New()
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		return p, &osWorld{files: map[int]*os.File{}}
	}})
}

// osWorld makes real pipes.
type osWorld struct {
	files map[int]*os.File
}

func (o *osWorld) pipe(t *testing.T) (int, int) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatalf("os.Pipe: %v", err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	rfd, wfd := int(r.Fd()), int(w.Fd())
	o.files[rfd], o.files[wfd] = r, w
	return rfd, wfd
}

func (o *osWorld) write(t *testing.T, w int) {
	t.Helper()
	if _, err := o.files[w].Write([]byte{'x'}); err != nil {
		t.Fatalf("write: %v", err)
	}
}

func (o *osWorld) closeWrite(t *testing.T, w int) {
	t.Helper()
	if err := o.files[w].Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
}

// fakeWorld scripts pipes on a Fake the way Linux reports real ones: the
// write end writable at once, the read end readable once written, and a bare
// Hangup on the read end when the writer goes away with nothing written.
type fakeWorld struct {
	f       *Fake
	next    int
	written map[int]bool // by read end
}

func (o *fakeWorld) pipe(*testing.T) (int, int) {
	r, w := o.next, o.next+1
	o.next += 2
	o.f.Ready(w, Writable)
	return r, w
}

func (o *fakeWorld) write(_ *testing.T, w int) {
	o.written[w-1] = true
	o.f.Ready(w-1, Readable)
}

func (o *fakeWorld) closeWrite(_ *testing.T, w int) {
	o.f.Ready(w, 0)
	if o.written[w-1] {
		o.f.Ready(w-1, Readable|Hangup)
	} else {
		o.f.Ready(w-1, Hangup)
	}
}

// waitResult is what one Wait returned.
type waitResult struct {
	events []Event
	err    error
}

// waitGuarded runs p.Wait(nil, timeout) and fails the test if it has not
// returned within guard.
func waitGuarded(t *testing.T, p Poller, timeout time.Duration) ([]Event, error) {
	t.Helper()
	done := make(chan waitResult, 1)
	go func() {
		evs, err := p.Wait(nil, timeout)
		done <- waitResult{evs, err}
	}()
	select {
	case r := <-done:
		return r.events, r.err
	case <-time.After(guard):
		t.Fatalf("Wait(%v) did not return within %v", timeout, guard)
		return nil, nil
	}
}

// mustWait is waitGuarded that fails on an error.
func mustWait(t *testing.T, p Poller, timeout time.Duration) []Event {
	t.Helper()
	evs, err := waitGuarded(t, p, timeout)
	if err != nil {
		t.Fatalf("Wait(%v): %v", timeout, err)
	}
	return evs
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantEvents compares what Wait returned with the expected events, in order.
func wantEvents(t *testing.T, got []Event, want ...Event) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d events %v, want %v", len(got), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("event %d = %+v (%v), want %+v (%v)", i, got[i], got[i].Events, want[i], want[i].Events)
		}
	}
}

func TestPoller(t *testing.T) {
	cases := []struct {
		name string
		run  func(t *testing.T, p Poller, o world)
	}{
		{"readable after write", func(t *testing.T, p Poller, o world) {
			r, w := o.pipe(t)
			must(t, p.Add(r, Readable, 7))
			wantEvents(t, mustWait(t, p, 0))
			o.write(t, w)
			wantEvents(t, mustWait(t, p, guard), Event{FD: r, Events: Readable, Token: 7})
			// Level-triggered: nothing was read, so it is reported again.
			wantEvents(t, mustWait(t, p, 0), Event{FD: r, Events: Readable, Token: 7})
		}},
		{"writable at once", func(t *testing.T, p Poller, o world) {
			_, w := o.pipe(t)
			must(t, p.Add(w, Writable, 9))
			wantEvents(t, mustWait(t, p, guard), Event{FD: w, Events: Writable, Token: 9})
		}},
		{"timeout 0 returns at once with nothing", func(t *testing.T, p Poller, o world) {
			r, _ := o.pipe(t)
			must(t, p.Add(r, Readable, 1))
			wantEvents(t, mustWait(t, p, 0))
		}},
		{"wake unblocks Wait(-1) from another goroutine", func(t *testing.T, p Poller, o world) {
			r, _ := o.pipe(t)
			must(t, p.Add(r, Readable, 1))
			started := make(chan struct{})
			done := make(chan waitResult, 1)
			go func() {
				close(started)
				evs, err := p.Wait(nil, -1)
				done <- waitResult{evs, err}
			}()
			<-started
			must(t, p.Wake())
			select {
			case res := <-done:
				must(t, res.err)
				wantEvents(t, res.events) // the wake-up itself is not an event
			case <-time.After(guard):
				t.Fatalf("Wait(-1) still blocked %v after Wake", guard)
			}
		}},
		{"wake before Wait makes the next Wait return", func(t *testing.T, p Poller, o world) {
			must(t, p.Wake())
			must(t, p.Wake()) // coalesces with the first
			wantEvents(t, mustWait(t, p, -1))
			// Both Wakes were consumed: nothing is left for a further Wait.
			r, w := o.pipe(t)
			must(t, p.Add(r, Readable, 2))
			done := make(chan waitResult, 1)
			go func() {
				evs, err := p.Wait(nil, -1)
				done <- waitResult{evs, err}
			}()
			o.write(t, w)
			res := <-done
			must(t, res.err)
			wantEvents(t, res.events, Event{FD: r, Events: Readable, Token: 2})
		}},
		{"a Wake after a woken Wait returned ends the next Wait", func(t *testing.T, p Poller, o world) {
			// A pool job finishing just after the loop's Wait returned, the
			// Wait that an earlier job's Wake ended: its Wake must not be
			// taken for the one already consumed, or the loop sleeps with
			// the job uncollected (a lost wake-up).
			started := make(chan struct{})
			done := make(chan waitResult, 1)
			go func() {
				close(started)
				evs, err := p.Wait(nil, -1)
				done <- waitResult{evs, err}
			}()
			<-started
			must(t, p.Wake())
			select {
			case res := <-done:
				must(t, res.err)
			case <-time.After(guard):
				t.Fatalf("Wait(-1) still blocked %v after Wake", guard)
			}
			must(t, p.Wake())
			wantEvents(t, mustWait(t, p, -1))
		}},
		{"modify changes interest and token", func(t *testing.T, p Poller, o world) {
			_, w := o.pipe(t)
			must(t, p.Add(w, Readable, 1))
			wantEvents(t, mustWait(t, p, 0))
			must(t, p.Modify(w, Writable, 2))
			wantEvents(t, mustWait(t, p, guard), Event{FD: w, Events: Writable, Token: 2})
			must(t, p.Modify(w, 0, 3))
			wantEvents(t, mustWait(t, p, 0))
		}},
		{"remove stops events", func(t *testing.T, p Poller, o world) {
			r, w := o.pipe(t)
			must(t, p.Add(w, Writable, 1))
			must(t, p.Add(r, Readable, 2))
			o.write(t, w)
			wantEvents(t, sortByFD(mustWait(t, p, guard)), sortByFD([]Event{
				{FD: w, Events: Writable, Token: 1}, {FD: r, Events: Readable, Token: 2}})...)
			must(t, p.Remove(w))
			wantEvents(t, mustWait(t, p, 0), Event{FD: r, Events: Readable, Token: 2})
			must(t, p.Remove(r))
			wantEvents(t, mustWait(t, p, 0))
		}},
		{"registration errors", func(t *testing.T, p Poller, o world) {
			r, _ := o.pipe(t)
			must(t, p.Add(r, Readable, 1))
			if err := p.Add(r, Readable, 1); !errors.Is(err, fs.ErrExist) {
				t.Errorf("Add twice: %v, want fs.ErrExist", err)
			}
			must(t, p.Remove(r))
			if err := p.Remove(r); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Remove twice: %v, want fs.ErrNotExist", err)
			}
			if err := p.Modify(r, Readable, 1); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Modify unregistered: %v, want fs.ErrNotExist", err)
			}
			if err := p.Add(-1, Readable, 1); !errors.Is(err, fs.ErrInvalid) {
				t.Errorf("Add(-1): %v, want fs.ErrInvalid", err)
			}
		}},
		{"close makes everything ErrClosed", func(t *testing.T, p Poller, o world) {
			r, _ := o.pipe(t)
			must(t, p.Add(r, Readable, 1))
			must(t, p.Close())
			_, waitErr := p.Wait(nil, 0)
			for name, err := range map[string]error{
				"Add":    p.Add(r, Readable, 1),
				"Modify": p.Modify(r, Readable, 1),
				"Remove": p.Remove(r),
				"Wait":   waitErr,
				"Wake":   p.Wake(),
				"Close":  p.Close(),
			} {
				if !errors.Is(err, ErrClosed) {
					t.Errorf("%s after Close: %v, want ErrClosed", name, err)
				}
			}
		}},
		{"close ends a blocked Wait", func(t *testing.T, p Poller, o world) {
			r, _ := o.pipe(t)
			must(t, p.Add(r, Readable, 1))
			started := make(chan struct{})
			done := make(chan error, 1)
			go func() {
				close(started)
				_, err := p.Wait(nil, -1)
				done <- err
			}()
			<-started
			must(t, p.Close())
			select {
			case err := <-done:
				// Close may win the race to the lock: then Wait never blocked.
				if !errors.Is(err, ErrClosed) {
					t.Fatalf("Wait: %v, want ErrClosed", err)
				}
			case <-time.After(guard):
				t.Fatalf("Wait still blocked %v after Close", guard)
			}
		}},
		{"hangup when the write end closes", func(t *testing.T, p Poller, o world) {
			r, w := o.pipe(t)
			must(t, p.Add(r, Readable, 5))
			o.closeWrite(t, w)
			// Readable is there whether the kernel said so (kqueue) or
			// not (epoll's bare EPOLLHUP), so a reader meets the EOF.
			wantEvents(t, mustWait(t, p, guard), Event{FD: r, Events: Readable | Hangup, Token: 5})
		}},
		{"1000 pipes", func(t *testing.T, p Poller, o world) {
			const n = 1000
			tokenOf := map[int]uint64{}
			writes := map[int]int{}
			for i := range n {
				r, w := o.pipe(t)
				must(t, p.Add(r, Readable, uint64(i)))
				tokenOf[r] = uint64(i)
				writes[r] = w
			}
			want := map[int]bool{}
			for r, w := range writes {
				if tokenOf[r]%2 == 0 {
					o.write(t, w)
					want[r] = true
				}
			}
			seen := map[int]bool{}
			var buf []Event
			for round := 0; len(seen) < len(want); round++ {
				if round == 100 {
					t.Fatalf("after %d Waits, %d of %d readable pipes reported", round, len(seen), len(want))
				}
				buf = mustWait(t, p, guard)
				for _, e := range buf {
					if !want[e.FD] || e.Token != tokenOf[e.FD] || e.Events != Readable {
						t.Fatalf("unexpected event %+v (%v)", e, e.Events)
					}
					seen[e.FD] = true
				}
			}
		}},
	}
	for _, b := range backends(t) {
		for _, c := range cases {
			t.Run(b.name+"/"+c.name, func(t *testing.T) {
				p, o := b.open(t)
				defer closeGuarded(t, p)
				c.run(t, p, o)
			})
		}
	}
}

// closeGuarded closes p (already closed is fine) and fails the test if
// Close hangs, which it does when Wake cannot reach a blocked Wait.
func closeGuarded(t *testing.T, p Poller) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- p.Close() }()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, ErrClosed) {
			t.Errorf("Close: %v", err)
		}
	case <-time.After(guard):
		t.Errorf("Close did not return within %v", guard)
	}
}

// sortByFD orders events by descriptor; a kernel may report them in any
// order.
func sortByFD(evs []Event) []Event {
	out := append([]Event(nil), evs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].FD < out[j-1].FD; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func TestPoller_waitAppends(t *testing.T) {
	f := NewFake()
	defer f.Close()
	must(t, f.Add(4, Readable, 40))
	f.Ready(4, Readable)
	prefix := []Event{{FD: 99, Events: Error, Token: 1}}
	got, err := f.Wait(prefix, 0)
	must(t, err)
	wantEvents(t, got, prefix[0], Event{FD: 4, Events: Readable, Token: 40})
}

func TestPoller_deliverMasks(t *testing.T) {
	cases := []struct {
		name       string
		interest   Events
		ready      Events
		wantEvents Events
	}{
		{"only what was asked for", Readable, Readable | Writable, Readable},
		{"nothing asked, nothing ready", Readable, Writable, 0},
		{"bare hangup gets the asked direction", Readable | Writable, Hangup, Readable | Writable | Hangup},
		{"bare error gets the asked direction", Writable, Error, Writable | Error},
		{"hangup with data stays as is", Readable, Readable | Hangup, Readable | Hangup},
		{"no interest still sees hangup", 0, Hangup, Hangup},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := NewFake()
			defer f.Close()
			must(t, f.Add(3, c.interest, 1))
			f.Ready(3, c.ready)
			got := mustWait(t, f, 0)
			if c.wantEvents == 0 {
				wantEvents(t, got)
				return
			}
			wantEvents(t, got, Event{FD: 3, Events: c.wantEvents, Token: 1})
		})
	}
}

func TestFake_timeoutsRecorded(t *testing.T) {
	f := NewFake()
	defer f.Close()
	for _, d := range []time.Duration{0, time.Hour, 5 * time.Millisecond} {
		wantEvents(t, mustWait(t, f, d)) // returns at once: nothing sleeps
	}
	got := f.Timeouts()
	want := []time.Duration{0, time.Hour, 5 * time.Millisecond}
	if len(got) != len(want) {
		t.Fatalf("Timeouts() = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Timeouts() = %v, want %v", got, want)
		}
	}
}

func TestFake_readyUnblocksWaitForever(t *testing.T) {
	f := NewFake()
	defer f.Close()
	must(t, f.Add(8, Readable, 80))
	done := make(chan waitResult, 1)
	go func() {
		evs, err := f.Wait(nil, -1)
		done <- waitResult{evs, err}
	}()
	f.Ready(9, Readable) // not registered: must not end the Wait with nothing
	f.Ready(8, Readable)
	select {
	case res := <-done:
		must(t, res.err)
		wantEvents(t, res.events, Event{FD: 8, Events: Readable, Token: 80})
	case <-time.After(guard):
		t.Fatalf("Wait(-1) still blocked %v after Ready", guard)
	}
}

func TestEvents_String(t *testing.T) {
	cases := []struct {
		ev   Events
		want string
	}{
		{0, "none"},
		{Readable, "readable"},
		{Readable | Writable, "readable|writable"},
		{Hangup | Error, "hangup|error"},
		{Writable | 1<<8, "writable|0x100"},
	}
	for _, c := range cases {
		if got := c.ev.String(); got != c.want {
			t.Errorf("Events(%#x).String() = %q, want %q", uint32(c.ev), got, c.want)
		}
	}
}

func Test_millis(t *testing.T) {
	cases := []struct {
		in   time.Duration
		want int
	}{
		{-1, -1},
		{-time.Hour, -1},
		{0, 0},
		{1, 1}, // rounds up: a short timeout blocks instead of spinning
		{time.Millisecond, 1},
		{time.Millisecond + 1, 2},
		{1500 * time.Millisecond, 1500},
		{1 << 62, 1<<31 - 1},
	}
	for _, c := range cases {
		if got := millis(c.in); got != c.want {
			t.Errorf("millis(%v) = %d, want %d", c.in, got, c.want)
		}
	}
}

// BenchmarkPoller_wakeWait measures one Wake followed by the Wait it ends,
// on the native reactor: the cost the pool adds to each completion.
func BenchmarkPoller_wakeWait(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Skip(err)
	}
	defer p.Close()
	var buf []Event
	for b.Loop() {
		if err := p.Wake(); err != nil {
			b.Fatal(err)
		}
		if buf, err = p.Wait(buf[:0], -1); err != nil {
			b.Fatal(err)
		}
	}
}
