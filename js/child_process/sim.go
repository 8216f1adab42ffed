package childprocess

// Simulated child processes: on simulated I/O (the page, the wasm module,
// --io=sim) there are no processes to start, but a child that is itself
// an evloop program can run as a further loop on the program's virtual
// clock, as a worker thread does (poller.Sim.ForkWorker): fork('child.js')
// and spawn(process.execPath, ['child.js']). Its stdio are in-memory pipes
// between the two loops, its IPC channel one more, its exit a completion
// posted to the parent's loop. A 'pipe' stdin is read as the other pipes
// are, in the child's poll phase (pipeStdin). Any other command fails with ENOENT and a
// hint; spawnSync and the other Sync forms with ENOSYS (the parent's loop
// cannot wait while another loop of the same clock runs).

import (
	"io"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
)

// MaxSimProcesses bounds the simulated children alive at once in one
// program (its children, theirs, ...): one more fails with EAGAIN, as
// fork does at the process limit. A fork bomb ends there.
const MaxSimProcesses = 64

// firstSimPid is the pid of a program's first simulated child; the next
// ones count up. Fixed, so that a run's output and trace are the same
// every time (the trace's loop id of a child is its pid).
const firstSimPid = trace.FirstChildLoop

// forker is a simulated backend that runs further loops on its clock.
type forker interface {
	ForkWorker(parent *sys.Host) (host *sys.Host, b loop.Backend, enter, leave func())
}

// simWorld is what every simulated process of one program shares.
type simWorld struct {
	mu      sync.Mutex
	nextPid int
	live    int
}

// hintError is a spawn failure with node's code and a hint for the message.
type hintError struct {
	errno syscall.Errno
	hint  string
}

func (e hintError) Error() string { return e.errno.Error() }
func (e hintError) Unwrap() error { return e.errno }
func (e hintError) Hint() string  { return e.hint }

// simProcs is sys.Procs on the simulation, for runtime r.
type simProcs struct {
	r     *js.Runtime
	f     forker
	world *simWorld

	hooked  bool
	live    map[*simProc]bool // started, exit not yet delivered
	running sync.WaitGroup    // their goroutines
}

// finish kills the children still running when this program ended (with
// their parent gone nothing would take their output) and returns the wait
// for their goroutines (js.Runtime.OnFinish).
func (p *simProcs) finish() func() {
	for c := range p.live {
		_ = c.Kill(int(syscall.SIGKILL))
	}
	return p.running.Wait
}

// simProcsFor returns the simulated Procs of r, or nil when r's backend
// cannot run further loops.
func simProcsFor(r *js.Runtime, world *simWorld) *simProcs {
	f, ok := r.Backend().(forker)
	if !ok {
		return nil
	}
	if world == nil {
		world = &simWorld{nextPid: firstSimPid}
	}
	return &simProcs{r: r, f: f, world: world}
}

type deliverer interface{ Deliver(loop.Completion) }

// isEvloop reports whether file names this program's own engine: what
// process.execPath says, or node.
func (p *simProcs) isEvloop(file string) bool {
	exec := p.r.Options().ExecPath
	if exec == "" {
		exec = "/usr/local/bin/node"
	}
	return file == exec || file == "node" || path.Base(file) == "node" || file == "evloop"
}

// script finds the child's main script in its argv: the first argument
// after the engine's own flags.
func script(args []string) (string, []string, bool) {
	for i := 1; i < len(args); i++ {
		if !strings.HasPrefix(args[i], "-") {
			return args[i], args[i+1:], true
		}
		if args[i] == "-e" || args[i] == "--eval" || args[i] == "-p" || args[i] == "--print" {
			return "", nil, false
		}
	}
	return "", nil, false
}

func (p *simProcs) Spawn(o sys.SpawnOptions, onExit func(code, signal int)) (sys.Process, error) {
	if !p.isEvloop(o.File) {
		return nil, hintError{syscall.ENOENT, "the simulation runs no programs but evloop's own: " +
			"fork('child.js') or spawn(process.execPath, ['child.js'])"}
	}
	file, rest, ok := script(o.Args)
	if !ok {
		return nil, hintError{syscall.ENOSYS, "a simulated child needs a script file (no -e, no REPL)"}
	}
	parentOpts := p.r.Options()
	cwd := o.Dir
	if cwd == "" {
		cwd = parentOpts.Cwd
	}
	if !filepath.IsAbs(file) {
		file = filepath.Join(cwd, file)
	}
	w := p.world
	w.mu.Lock()
	if w.live >= MaxSimProcesses {
		w.mu.Unlock()
		return nil, hintError{syscall.EAGAIN, "more than " + strconv.Itoa(MaxSimProcesses) +
			" simulated processes at once"}
	}
	w.live++
	pid := w.nextPid
	w.nextPid++
	w.mu.Unlock()

	parentDeliver := p.r.Backend().(deliverer).Deliver
	host, be, enter, leave := p.f.ForkWorker(p.r.Host())
	childDeliver := be.(deliverer).Deliver
	proc := &simProc{pid: pid, pipes: make([]*pipeEnd, len(o.Stdio))}
	// A traced run numbers what crosses a pipe, as worker_threads' messages.
	shared := trace.SharedOf(parentOpts.Trace)
	var msgs *atomic.Uint64
	if shared != nil {
		msgs = shared.Msgs()
	}
	var ipc *pipeEnd
	var env []string
	for _, kv := range o.Env {
		if strings.HasPrefix(kv, "NODE_CHANNEL_") {
			if fd, ok := strings.CutPrefix(kv, "NODE_CHANNEL_FD="); ok {
				if n, err := strconv.Atoi(fd); err == nil && n >= 0 && n < len(o.Stdio) {
					proc.ipcFd = n + 1
				}
			}
			continue
		}
		env = append(env, kv)
	}
	opts := js.Options{Host: host, Backend: be, Clock: parentOpts.Clock, ReadFile: parentOpts.ReadFile,
		MaxTicks: parentOpts.MaxTicks, MaxMicrotasks: parentOpts.MaxMicrotasks, MaxCallbacks: parentOpts.MaxCallbacks,
		Env: env, Cwd: cwd, Pid: pid, ExecPath: parentOpts.ExecPath, Argv: append([]string{file}, rest...),
		Stdout: io.Discard, Stderr: io.Discard}
	childEnds := make([]*pipeEnd, len(o.Stdio))
	for i, k := range o.Stdio {
		switch {
		case k == sys.StdioPipe:
			parentEnd, childEnd := newPipe(parentDeliver, childDeliver)
			parentEnd.lp, parentEnd.msgs, childEnd.msgs = p.r.Loop(), msgs, msgs
			proc.pipes[i], childEnds[i] = parentEnd, childEnd
			if i == proc.ipcFd-1 {
				ipc = childEnd
			} else if i == 0 {
				opts.Stdin = &pipeStdin{e: childEnd}
			} else if i == 1 {
				opts.Stdout = pipeWriter{childEnd}
			} else if i == 2 {
				opts.Stderr = pipeWriter{childEnd}
			}
		case k == sys.StdioInherit && i == 1:
			out := p.r.Stdout()
			opts.Stdout = deliverWriter{deliver: parentDeliver, w: out}
		case k == sys.StdioInherit && i == 2:
			errw := p.r.Stderr()
			opts.Stderr = deliverWriter{deliver: parentDeliver, w: errw}
		}
	}
	// The child's modules are the parent's, its child_process sharing this
	// program's pids and bound.
	for _, m := range parentOpts.Modules {
		if m.Name == "child_process" {
			m = moduleWith(w)
		}
		opts.Modules = append(opts.Modules, m)
	}
	if shared != nil {
		opts.Trace = shared.For(pid)
	}
	if !p.hooked {
		p.hooked = true
		p.live = map[*simProc]bool{}
		p.r.OnFinish(p.finish)
	}
	p.live[proc] = true
	p.running.Add(1)
	go func() {
		defer p.running.Done()
		enter()
		code, sig := 1, 0
		rt, err := js.New(opts)
		if err == nil {
			proc.mu.Lock()
			proc.rt = rt
			killed := proc.signal
			proc.mu.Unlock()
			for _, e := range childEnds {
				if e != nil {
					e.lp = rt.Loop() // its writes are the child's loop's
				}
			}
			if killed == 0 {
				if ipc != nil {
					err = ForkChild(rt, ipc)
				}
				if err == nil {
					code = rt.RunFile(file)
				}
			}
		}
		proc.mu.Lock()
		if proc.signal != 0 {
			code, sig = 0, proc.signal
		}
		proc.mu.Unlock()
		for _, e := range childEnds {
			if e != nil {
				e.Close()
			}
		}
		parentDeliver(loop.Completion{Label: "PROCESSWRAP exit", Run: func() {
			proc.mu.Lock()
			proc.reaped = true
			proc.mu.Unlock()
			delete(p.live, proc)
			w.mu.Lock()
			w.live--
			w.mu.Unlock()
			onExit(code, sig)
		}})
		leave()
	}()
	return proc, nil
}

func (p *simProcs) SpawnSync(o sys.SpawnOptions, s sys.SyncOptions) sys.SyncResult {
	if !p.isEvloop(o.File) {
		return sys.SyncResult{Err: hintError{syscall.ENOENT, "the simulation runs no programs but evloop's own"}}
	}
	return sys.SyncResult{Err: hintError{syscall.ENOSYS, "a simulated child cannot run synchronously: " +
		"its loop needs the turn the parent holds (use spawn or fork)"}}
}

// simProc is one simulated child seen from its parent.
type simProc struct {
	pid   int
	pipes []*pipeEnd // the parent's ends
	ipcFd int        // 1 + the descriptor of the IPC channel (0: none)

	mu     sync.Mutex
	rt     *js.Runtime
	signal int  // the signal that killed it
	reaped bool // its exit was delivered
}

func (c *simProc) Pid() int { return c.pid }

func (c *simProc) Stdio(fd int) sys.Conn {
	if fd < 0 || fd >= len(c.pipes) || c.pipes[fd] == nil {
		return nil
	}
	return c.pipes[fd]
}

// Kill ends the child as a signal would (there is no handler to run it in
// the simulation): its JavaScript stops, its exit comes with the signal.
func (c *simProc) Kill(sig int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reaped {
		return syscall.ESRCH
	}
	if sig == 0 {
		return nil
	}
	if c.signal == 0 {
		c.signal = sig
		if c.rt != nil {
			c.rt.Terminate()
		}
	}
	return nil
}

// deliverWriter is an inherited stdout or stderr of a simulated child:
// each write is carried to the parent's loop, which writes it.
type deliverWriter struct {
	deliver func(loop.Completion)
	w       io.Writer
}

func (d deliverWriter) Write(b []byte) (int, error) {
	c := append([]byte(nil), b...)
	d.deliver(loop.Completion{Label: "child stdio", Run: func() { _, _ = d.w.Write(c) }})
	return len(b), nil
}

// pipeStdin is a child's stdin on a pipe from its parent
// (js.AsyncReader): what the parent writes to child.stdin is read in the
// child's poll phase, and child.stdin.end() is its end of input. Between
// two reads the pipe is paused, so what arrives waits in it.
type pipeStdin struct {
	e       *pipeEnd
	started bool
	want    func([]byte, error)
}

func (s *pipeStdin) Read(b []byte) (int, error) {
	// fs.readFileSync(0): what already arrived, without waiting.
	if len(s.e.pending) == 0 {
		return 0, io.EOF
	}
	n := copy(b, s.e.pending[0])
	if n == len(s.e.pending[0]) {
		s.e.pending = s.e.pending[1:]
	} else {
		s.e.pending[0] = s.e.pending[0][n:]
	}
	return n, nil
}

func (s *pipeStdin) ReadAsync(done func([]byte, error)) {
	s.want = done
	if !s.started {
		s.started = true
		s.e.OnData(s.onData) // schedules a flush: never calls back at once
		return
	}
	s.e.Resume()
}

func (s *pipeStdin) onData(b []byte, err error) {
	s.e.Pause()
	if w := s.want; w != nil {
		s.want = nil
		w(b, err)
	}
}

// pipeWriter is a child's stdout or stderr on a pipe to its parent.
type pipeWriter struct{ e *pipeEnd }

func (p pipeWriter) Write(b []byte) (int, error) {
	p.e.Write(append([]byte(nil), b...), nil)
	return len(b), nil
}

// pipeEnd is one end of an in-memory pipe between two loops of the
// simulation (a socketpair). Its state is touched only on its own loop;
// what crosses to the other end is a completion delivered to that loop.
type pipeEnd struct {
	deliver func(loop.Completion) // its own loop's
	peer    *pipeEnd
	lp      *loop.Loop     // its own loop, for the trace (nil: not traced)
	msgs    *atomic.Uint64 // the program's message numbers (trace.Event.Msg)

	onData   func([]byte, error)
	paused   bool
	pending  [][]byte
	eof      bool // the other end finished writing (queued after pending)
	flushing bool
	closed   bool
	wroteEOF bool
}

func newPipe(a, b func(loop.Completion)) (*pipeEnd, *pipeEnd) {
	x, y := &pipeEnd{deliver: a}, &pipeEnd{deliver: b}
	x.peer, y.peer = y, x
	return x, y
}

func (e *pipeEnd) LocalAddr() (string, int)  { return "", 0 }
func (e *pipeEnd) RemoteAddr() (string, int) { return "", 0 }
func (e *pipeEnd) SetNoDelay(bool) error     { return nil }
func (e *pipeEnd) Ref(bool)                  {}

func (e *pipeEnd) OnData(fn func([]byte, error)) {
	e.onData = fn
	e.schedule()
}

func (e *pipeEnd) Pause() { e.paused = true }

func (e *pipeEnd) Resume() {
	e.paused = false
	e.schedule()
}

// schedule flushes what arrived in a callback of e's own loop (what
// arrives while it reads is handed over in the arrival's own callback).
func (e *pipeEnd) schedule() {
	if e.flushing || e.onData == nil || e.paused || (len(e.pending) == 0 && !e.eof) {
		return
	}
	e.flushing = true
	e.deliver(loop.Completion{Label: "pipe", Run: e.flush})
}

func (e *pipeEnd) flush() {
	e.flushing = false
	for !e.closed && !e.paused && e.onData != nil && len(e.pending) > 0 {
		b := e.pending[0]
		e.pending = e.pending[1:]
		e.onData(b, nil)
	}
	if !e.closed && !e.paused && e.onData != nil && len(e.pending) == 0 && e.eof {
		e.eof = false
		e.onData(nil, io.EOF)
	}
}

// Write hands data to the other end's loop; done runs on this one.
func (e *pipeEnd) Write(data []byte, done func(error)) {
	var err error
	if e.closed || e.wroteEOF {
		err = syscall.EPIPE
	} else {
		// Traced, a write is a message to the other loop: a send event
		// here, its number on the read there.
		var num uint64
		if e.lp != nil && e.msgs != nil && e.lp.Tracing() {
			num = e.msgs.Add(1)
			e.lp.Emit(trace.Event{Kind: trace.Send, Queue: trace.QueueIO, Label: "pipe write", Msg: num})
		}
		peer := e.peer
		e.peer.deliver(loop.Completion{Label: "pipe", Msg: num, Run: func() {
			if peer.closed {
				return
			}
			peer.pending = append(peer.pending, data)
			peer.flush()
		}})
	}
	if done != nil {
		e.deliver(loop.Completion{Label: "pipe write", Run: func() { done(err) }})
	}
}

func (e *pipeEnd) CloseWrite() error {
	if e.closed || e.wroteEOF {
		return nil
	}
	e.wroteEOF = true
	peer := e.peer
	e.peer.deliver(loop.Completion{Label: "pipe", Run: func() {
		peer.eof = true
		peer.flush()
	}})
	return nil
}

func (e *pipeEnd) Close() error {
	if e.closed {
		return nil
	}
	_ = e.CloseWrite()
	e.closed = true
	e.onData = nil
	e.pending = nil
	return nil
}
