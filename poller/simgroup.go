package poller

// Several loops on one virtual clock: a worker thread in the simulation.
//
// The rule (site/docs/processes.md, "Workers on the virtual clock"):
//
//   - One virtual clock for the whole program; every loop reads and charges it.
//   - One loop runs at a time. A loop keeps running until it would wait
//     (its poll phase finds nothing ready and its timeout is not zero), or
//     until it ends. Then it hands over.
//   - The next loop to run is the lowest-numbered one (main 0, then workers
//     by thread id) that has something to do now: a message or another
//     completion was posted to it, it was woken (terminate), or it has not
//     started yet.
//   - When no loop has anything to do now, the clock jumps to the earliest
//     deadline of any loop (its next timer or simulated I/O completion) and
//     that loop runs; ties go to the lowest loop id.
//   - When no loop has anything to do and none has a deadline, the program
//     is deadlocked: the lowest-numbered loop is told so (ErrDeadlock).
//
// A message between loops is a completion posted at the sender's current
// time; the receiver runs it in its poll phase when it next gets its turn.
// Because only one goroutine runs JavaScript at any moment and the hand-over
// depends only on the state above, never on Go's scheduler, a program with
// workers gives the same output and trace every run, natively and in wasm.

import (
	"sync"
	"time"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// simGroup is the loops sharing one virtual clock and the turn among them.
type simGroup struct {
	mu      sync.Mutex
	cond    *sync.Cond
	clock   *loop.VirtualClock
	members []*simMember // by id
	nextID  int
	turn    *simMember // the loop allowed to run; nil while choosing
}

type memberState int

const (
	memberNew memberState = iota // made, its goroutine not yet entered
	memberRunning
	memberIdle
	memberDone
)

// simMember is one loop of a group.
type simMember struct {
	id       int
	state    memberState
	woken    bool          // something was posted to it (or Wake) since it last ran
	at       time.Duration // when idle: its deadline
	hasAt    bool
	deadlock bool // handed the turn because nothing can ever happen
}

// group returns s's group, making one with s as loop 0 (running) if s
// has none yet: a program joins the rule when it starts its first worker.
func (s *Sim) group() *simGroup {
	if s.g == nil {
		g := &simGroup{clock: s.clock, nextID: 1}
		g.cond = sync.NewCond(&g.mu)
		m := &simMember{id: 0, state: memberRunning}
		g.members = []*simMember{m}
		g.turn = m
		s.g, s.m = g, m
	}
	return s.g
}

// ForkWorker returns the backend and host of a new loop that runs beside
// s's on the same virtual clock under the rule above: a simulated pool of
// the same size and latencies, its own loopback network, the same file
// system and resolver as parent, no child processes. The new loop's
// goroutine calls enter before touching anything and leave when its loop
// ended (after its last post to another loop). Call on s's loop goroutine.
func (s *Sim) ForkWorker(parent *sys.Host) (host *sys.Host, b loop.Backend, enter, leave func()) {
	g := s.group()
	child := NewSim(s.clock, len(s.free), s.lat)
	g.mu.Lock()
	m := &simMember{id: g.nextID, state: memberNew, woken: true}
	g.nextID++
	g.members = append(g.members, m)
	g.mu.Unlock()
	child.g, child.m = g, m
	h := &sys.Host{Pool: child}
	if parent != nil {
		c := *parent
		h = &c
		h.Pool, h.Procs = child, nil
		if parent.Net != nil {
			h.Net = NewSimNet(child)
		}
		// A watch's events go to the loop that made it.
		if w, ok := parent.Watcher.(SimWatcher); ok {
			h.Watcher = NewSimWatcher(w.FS, child)
		} else {
			h.Watcher = nil
		}
	}
	enter = func() {
		g.mu.Lock()
		for g.turn != m {
			g.cond.Wait()
		}
		m.state, m.woken = memberRunning, false
		g.mu.Unlock()
	}
	return h, child, enter, child.EndLoop
}

// EndLoop takes s's loop out of its group: it will not run again, and the
// other loops go on without it (they get the turn, the clock moves for
// them). The main runtime calls it when its program ended while workers
// still live, before it waits for them to end; a worker's loop when it
// ended. Alone (no worker was ever started), or a second time, it does
// nothing.
func (s *Sim) EndLoop() {
	g, m := s.g, s.m
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if m.state == memberDone {
		return
	}
	m.state = memberDone
	for i, x := range g.members {
		if x == m {
			g.members = append(g.members[:i], g.members[i+1:]...)
			break
		}
	}
	if g.turn == m {
		g.turn = nil
		g.pick()
	}
}

// pick chooses the next loop to run (g.mu held, g.turn nil) and wakes it.
func (g *simGroup) pick() {
	defer g.cond.Broadcast()
	for _, m := range g.members {
		if (m.state == memberIdle || m.state == memberNew) && m.woken {
			g.turn = m
			return
		}
	}
	var next *simMember
	for _, m := range g.members {
		if m.state == memberIdle && m.hasAt && (next == nil || m.at < next.at) {
			next = m
		}
	}
	if next != nil {
		if d := next.at - g.clock.Now(); d > 0 {
			g.clock.Advance(d)
		}
		g.turn = next
		return
	}
	for _, m := range g.members {
		if m.state == memberIdle {
			m.deadlock = true
			g.turn = m
			return
		}
	}
}

// IdleUntil implements loop.SharedVirtualBackend. Alone (no worker was
// ever started) it jumps the clock as the loop would itself.
func (s *Sim) IdleUntil(at time.Duration, ok bool) bool {
	g, m := s.g, s.m
	if g == nil {
		if !ok {
			return false
		}
		if d := at - s.clock.Now(); d > 0 {
			s.clock.Advance(d)
		}
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if m.woken {
		m.woken = false
		return true
	}
	m.state, m.at, m.hasAt = memberIdle, at, ok
	if g.turn == m {
		g.turn = nil
		g.pick()
	}
	for g.turn != m {
		g.cond.Wait()
	}
	m.state, m.woken = memberRunning, false
	if m.deadlock {
		m.deadlock = false
		return false
	}
	return true
}

// Deliver queues c for s's loop's poll phase at the current virtual
// time: a message from another loop of the group (or from this one). Call
// only from a loop of s's group while it has the turn, or from s's own.
// (Not named Post: a Post backend takes completions from any goroutine at
// any time, which would make the simulation depend on the Go scheduler.)
func (s *Sim) Deliver(c loop.Completion) {
	s.push(&simEvent{at: s.clock.Now(), c: c})
	s.Wake()
}

// Wake makes s's loop runnable (its wait returns): used by Deliver and by
// loop.Interrupt (a worker's terminate). Safe from any goroutine.
func (s *Sim) Wake() error {
	if g := s.g; g != nil {
		g.mu.Lock()
		s.m.woken = true
		if g.turn == nil {
			g.pick()
		}
		g.mu.Unlock()
	}
	return nil
}
