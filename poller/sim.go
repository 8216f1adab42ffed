package poller

// Sim is the simulated I/O of --io=sim and of the page: a thread pool of N
// workers and an event queue on the loop's virtual clock. Nothing runs on
// another goroutine and nothing depends on the Go scheduler, so the same
// submissions give the same completion order and times, every run.

import (
	"container/heap"
	"strings"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// Latency is the simulated cost of one operation of each kind, added to
// the cost a binding passes to Submit. The pool tells the kinds apart by the
// request's label: "fs.…", "dns.…", "crypto.…". Net is for the simulated
// network, which reads it with Sim.Latency and schedules with After.
// Zero fields take the defaults below.
type Latency struct {
	FS, DNS, Crypto, Net time.Duration
}

// Default latencies: about what a round trip through libuv's pool costs for
// a small file operation on a warm page cache, a getaddrinfo answered from
// /etc/hosts, and the fixed part of a crypto job; and a loopback hop.
const (
	DefaultFSLatency     = 50 * time.Microsecond
	DefaultDNSLatency    = 200 * time.Microsecond
	DefaultCryptoLatency = 20 * time.Microsecond
	DefaultNetLatency    = 100 * time.Microsecond
)

func (l Latency) withDefaults() Latency {
	if l.FS == 0 {
		l.FS = DefaultFSLatency
	}
	if l.DNS == 0 {
		l.DNS = DefaultDNSLatency
	}
	if l.Crypto == 0 {
		l.Crypto = DefaultCryptoLatency
	}
	if l.Net == 0 {
		l.Net = DefaultNetLatency
	}
	return l
}

// forLabel is the latency of the operation a request label names.
func (l Latency) forLabel(label string) time.Duration {
	switch {
	case strings.HasPrefix(label, "fs."):
		return l.FS
	case strings.HasPrefix(label, "dns."):
		return l.DNS
	case strings.HasPrefix(label, "crypto."):
		return l.Crypto
	}
	return 0
}

// Sim is the simulated backend on a virtual clock: a loop.VirtualBackend and
// a sys.Pool. Call its methods only on the loop goroutine.
//
// The pool has N workers. A job submitted at time t is taken by the worker
// that is free first (the lowest-numbered among those already idle), at
// max(t, when it becomes free); its work function runs then, in the poll
// phase that reaches that time, and its done callback is delivered at take
// time + cost + the latency of its kind. Jobs are taken in submission order,
// as from libuv's FIFO queue.
type Sim struct {
	clock *loop.VirtualClock
	lat   Latency
	free  []time.Duration // when each worker is next idle
	works simQueue        // jobs not yet taken by their worker
	q     simQueue        // completions not yet delivered
	seq   uint64

	// Set once a worker shares the clock (simgroup.go).
	g *simGroup
	m *simMember
}

var (
	_ loop.VirtualBackend = (*Sim)(nil)
	_ sys.Pool            = (*Sim)(nil)
)

// NewSim returns a simulated backend on clock with poolSize workers
// (clamped to 1..MaxPoolSize) and the given latencies (zero fields:
// defaults).
func NewSim(clock *loop.VirtualClock, poolSize int, lat Latency) *Sim {
	return &Sim{clock: clock, lat: lat.withDefaults(), free: make([]time.Duration, min(max(poolSize, 1), MaxPoolSize))}
}

// Size returns the number of simulated workers.
func (s *Sim) Size() int { return len(s.free) }

// Latency returns the latencies in use, defaults filled in.
func (s *Sim) Latency() Latency { return s.lat }

// Clock returns the virtual clock the simulation runs on.
func (s *Sim) Clock() *loop.VirtualClock { return s.clock }

// Submit queues a job for the simulated pool (see Sim).
func (s *Sim) Submit(req *loop.Request, cost time.Duration, work, done func()) {
	now := s.clock.Now()
	w := s.pickWorker(now)
	start := max(now, s.free[w])
	end := start + max(cost, 0)
	if req != nil {
		end += s.lat.forLabel(req.Label)
	}
	s.free[w] = end
	if work != nil {
		s.seq++
		heap.Push(&s.works, &simEvent{at: start, seq: s.seq, work: work})
	}
	s.push(&simEvent{at: end, c: loop.Completion{Req: req, Worker: w + 1, Started: start, Ended: end, Run: done}})
}

// pickWorker returns the worker that takes a job submitted at now: the
// lowest-numbered idle one, else the one that is free first.
func (s *Sim) pickWorker(now time.Duration) int {
	best := 0
	for i, f := range s.free {
		if f <= now {
			return i
		}
		if f < s.free[best] {
			best = i
		}
	}
	return best
}

// After delivers fn as an I/O callback (poll phase, labelled label) at the
// virtual time now+d: the simulated network's packets. It does not keep the
// loop alive by itself; the handle or request waiting for it does.
func (s *Sim) After(d time.Duration, label string, fn func()) {
	s.push(&simEvent{at: s.clock.Now() + max(d, 0), c: loop.Completion{Label: label, Run: fn}})
}

// Poll runs the work of jobs whose worker has taken them by now and
// appends the completions due by now, in time order (ties in the order
// they were scheduled).
func (s *Sim) Poll(buf []loop.Completion) []loop.Completion {
	now := s.clock.Now()
	for len(s.works) > 0 && s.works[0].at <= now {
		heap.Pop(&s.works).(*simEvent).work()
	}
	for len(s.q) > 0 && s.q[0].at <= now {
		buf = append(buf, heap.Pop(&s.q).(*simEvent).c)
	}
	return buf
}

// Wait does nothing: the loop moves the virtual clock to NextReady instead.
func (s *Sim) Wait(time.Duration) {}

// NextReady returns when the next completion is due. (A job's work runs
// no later than its own completion is collected, so taking a job is not an
// event the loop needs to wake for.)
func (s *Sim) NextReady() (time.Duration, bool) {
	if len(s.q) == 0 {
		return 0, false
	}
	return s.q[0].at, true
}

func (s *Sim) push(e *simEvent) {
	s.seq++
	e.seq = s.seq
	heap.Push(&s.q, e)
}

// simEvent is a job being taken (work set) or a completion being delivered (c).
type simEvent struct {
	at   time.Duration
	seq  uint64
	work func()
	c    loop.Completion
}

// simQueue is a min-heap of events by (at, seq).
type simQueue []*simEvent

func (q simQueue) Len() int { return len(q) }
func (q simQueue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q simQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *simQueue) Push(x any)   { *q = append(*q, x.(*simEvent)) }
func (q *simQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return e
}
