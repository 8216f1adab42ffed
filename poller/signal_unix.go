//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop"
)

// Signals is sys.Signals for a real process, one per loop (NewSignals):
// Go's os/signal receives, one goroutine per process posts each arrival to
// the reactor of every loop with a handler for it (Real.Post wakes epoll
// or kqueue as libuv's signal pipe does), and the handler runs in the poll
// phase of the next iteration, where node runs it. A signal no program
// handles gets its default action: the process dies by it, as node does (a
// shell then reports 128+n: 130 for Ctrl-C).
type Signals struct {
	// AllowOthers lets Kill signal other processes (--allow-signals);
	// otherwise that is refused with EPERM.
	AllowOthers bool

	b        *Real
	self     int
	handlers map[syscall.Signal]func() // under osSignals.mu
}

// osSignals is the process's one receiver.
var osSignals struct {
	once     sync.Once
	mu       sync.Mutex
	ch       chan os.Signal
	loops    map[*Signals]bool
	defaults map[syscall.Signal]bool
	counts   map[syscall.Signal]int // handlers per signal not watched by default
}

// WatchSignals makes signals this process's: SIGINT, SIGTERM and SIGHUP
// (a terminal's and a supervisor's) end the process by the signal unless a
// handler is added (node's default), even when the process was started
// with them ignored; SIGPIPE is ignored, so a write to a closed pipe
// returns EPIPE (which evloop reports as node does) instead of killing the
// process. The CLI calls it once at start; a library embedding evloop
// need not (then Handle still works, and unhandled signals keep Go's
// default, which also ends the process).
//
// Go's own default for these three is already node's: the process dies by
// the signal. Only one started ignoring them (`cmd &` in a non-interactive
// shell, nohup) needs them received from the start, which costs a thread
// and a goroutine (os/signal's receiver; ~2% of an empty script's start),
// so the others are received only once a handler is added (Handle).
func WatchSignals() {
	signal.Ignore(syscall.SIGPIPE)
	var ignored []syscall.Signal
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		// node resets every signal to its default at start: started
		// with SIGINT ignored it still dies by it. Go can only restore
		// the disposition it found, so DieBySignal exits instead.
		if signal.Ignored(sig) {
			ignored = append(ignored, sig)
		}
	}
	if len(ignored) == 0 {
		return
	}
	startSignals()
	osSignals.mu.Lock()
	defer osSignals.mu.Unlock()
	for _, sig := range ignored {
		ignoredAtStart[sig] = true
		osSignals.defaults[sig] = true
		signal.Notify(osSignals.ch, sig)
	}
}

// ignoredAtStart are the signals this process was started ignoring
// (written once by WatchSignals before any arrives).
var ignoredAtStart = map[syscall.Signal]bool{}

func startSignals() {
	osSignals.once.Do(func() {
		osSignals.ch = make(chan os.Signal, 16)
		osSignals.loops = map[*Signals]bool{}
		osSignals.defaults = map[syscall.Signal]bool{}
		osSignals.counts = map[syscall.Signal]int{}
		go receiveSignals()
	})
}

// NewSignals returns the signals of the loop whose backend is b.
func NewSignals(b *Real) *Signals {
	startSignals()
	s := &Signals{b: b, self: os.Getpid(), handlers: map[syscall.Signal]func(){}}
	osSignals.mu.Lock()
	osSignals.loops[s] = true
	osSignals.mu.Unlock()
	return s
}

// Close stops s's handlers (the loop has ended).
func (s *Signals) Close() {
	osSignals.mu.Lock()
	defer osSignals.mu.Unlock()
	for sig := range s.handlers {
		s.unwatch(sig)
	}
	delete(osSignals.loops, s)
}

func receiveSignals() {
	for v := range osSignals.ch {
		sig, ok := v.(syscall.Signal)
		if !ok {
			continue
		}
		delivered := false
		osSignals.mu.Lock()
		for s := range osSignals.loops {
			delivered = s.deliverLocked(sig) || delivered
		}
		isDefault := osSignals.defaults[sig]
		osSignals.mu.Unlock()
		if !delivered && isDefault {
			DieBySignal(sig)
		}
	}
}

// deliverLocked posts sig's handler to s's loop; false if it has none.
func (s *Signals) deliverLocked(sig syscall.Signal) bool {
	fn := s.handlers[sig]
	if fn == nil {
		return false
	}
	s.b.Post(loop.Completion{Label: "signal " + signalName(sig), Run: fn})
	return true
}

// unwatch drops s's handler for sig; under osSignals.mu.
func (s *Signals) unwatch(sig syscall.Signal) {
	if _, ok := s.handlers[sig]; !ok {
		return
	}
	delete(s.handlers, sig)
	if osSignals.defaults[sig] {
		return
	}
	if osSignals.counts[sig]--; osSignals.counts[sig] == 0 {
		signal.Reset(sig)
	}
}

// Handle implements sys.Signals.
func (s *Signals) Handle(name string, fn func()) (stop func(), err error) {
	sig, ok := signalByName[name]
	if !ok || sig == syscall.SIGKILL || sig == syscall.SIGSTOP {
		return nil, syscall.EINVAL // node: uv_signal_start fails for these
	}
	osSignals.mu.Lock()
	defer osSignals.mu.Unlock()
	if _, had := s.handlers[sig]; !had && !osSignals.defaults[sig] {
		if osSignals.counts[sig]++; osSignals.counts[sig] == 1 {
			signal.Notify(osSignals.ch, sig)
		}
	}
	s.handlers[sig] = fn
	return func() {
		osSignals.mu.Lock()
		s.unwatch(sig)
		osSignals.mu.Unlock()
	}, nil
}

// Kill implements sys.Signals.
func (s *Signals) Kill(pid int, name string, number int) error {
	if pid != s.self {
		if !s.AllowOthers {
			return syscall.EPERM
		}
		return syscall.Kill(pid, syscall.Signal(number))
	}
	if number == 0 {
		return nil
	}
	sig, ok := signalByName[name]
	if !ok {
		return syscall.EINVAL
	}
	// To itself: a handler gets it in the next poll phase (the OS would
	// deliver it at once, and libuv's pipe hands it to that poll phase);
	// posting it directly keeps the order exact, and other loops in this
	// process (tests) do not see it. Otherwise the default action, now, as
	// in node: the process dies before the next statement.
	osSignals.mu.Lock()
	delivered := s.deliverLocked(sig)
	osSignals.mu.Unlock()
	if delivered {
		return nil
	}
	DieBySignal(sig)
	return nil
}

// DieBySignal ends the process with sig's default action, as a process
// without a handler dies (exit status 128+n in a shell). If sig's default
// is not to terminate, it exits with 128+n.
func DieBySignal(sig syscall.Signal) {
	switch sig {
	case syscall.SIGCHLD, syscall.SIGCONT, syscall.SIGURG, syscall.SIGWINCH:
		return // ignored by default
	}
	if ignoredAtStart[sig] {
		// Reset would restore "ignored": the kill below would not end
		// the process and the program would run on for the second.
		os.Exit(128 + int(sig))
	}
	signal.Reset(sig)
	_ = syscall.Kill(os.Getpid(), sig)
	// The runtime's handler, on whichever thread took the signal, now
	// kills the process; wait for it rather than race it.
	time.Sleep(time.Second)
	os.Exit(128 + int(sig))
}

func signalName(sig syscall.Signal) string {
	for name, s := range signalByName {
		if s == sig && name != "SIGIOT" && name != "SIGPOLL" {
			return name
		}
	}
	return sig.String()
}

// signalByName maps node's signal names to this OS's numbers.
var signalByName = map[string]syscall.Signal{
	"SIGHUP": syscall.SIGHUP, "SIGINT": syscall.SIGINT, "SIGQUIT": syscall.SIGQUIT, "SIGILL": syscall.SIGILL,
	"SIGTRAP": syscall.SIGTRAP, "SIGABRT": syscall.SIGABRT, "SIGIOT": syscall.SIGABRT, "SIGBUS": syscall.SIGBUS,
	"SIGFPE": syscall.SIGFPE, "SIGKILL": syscall.SIGKILL, "SIGUSR1": syscall.SIGUSR1, "SIGSEGV": syscall.SIGSEGV,
	"SIGUSR2": syscall.SIGUSR2, "SIGPIPE": syscall.SIGPIPE, "SIGALRM": syscall.SIGALRM, "SIGTERM": syscall.SIGTERM,
	"SIGCHLD": syscall.SIGCHLD, "SIGCONT": syscall.SIGCONT, "SIGSTOP": syscall.SIGSTOP, "SIGTSTP": syscall.SIGTSTP,
	"SIGTTIN": syscall.SIGTTIN, "SIGTTOU": syscall.SIGTTOU, "SIGURG": syscall.SIGURG, "SIGXCPU": syscall.SIGXCPU,
	"SIGXFSZ": syscall.SIGXFSZ, "SIGVTALRM": syscall.SIGVTALRM, "SIGPROF": syscall.SIGPROF, "SIGWINCH": syscall.SIGWINCH,
	"SIGIO": syscall.SIGIO, "SIGSYS": syscall.SIGSYS,
}
