//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

// Child processes for a Real backend: libuv's uv_spawn (src/unix/process.c)
// in miniature. The child's stdio pipes are socketpairs, as libuv makes
// them, whose parent ends are non-blocking and driven by the reactor like
// TCP sockets (the same tcpConn, labelled "pipe" in the trace). The exit
// is observed by one waiter goroutine per child, blocked in wait (a pidfd
// on Linux): it reaps the child the moment it ends, so no zombie outlives
// it, and hands the status to the loop with Real.PostAfterIO, as a pool worker
// hands back a finished job. The loop runs the exit callback in its poll
// phase.

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// Procs is sys.Procs on the operating system, for the backend b. Call its
// methods on the loop goroutine.
type Procs struct {
	b *Real
	n *Net
}

var _ sys.Procs = (*Procs)(nil)

// NewProcs returns the process starter of backend b.
func NewProcs(b *Real) *Procs { return &Procs{b: b, n: NewNet(b)} }

// LookPath finds file as execvp would, in the PATH of env (the child's
// environment; /usr/bin:/bin without one) or, with a slash, relative to
// dir. It returns ENOENT or EACCES.
func LookPath(file string, env []string, dir string) (string, error) {
	if file == "" {
		return "", syscall.ENOENT
	}
	if strings.Contains(file, "/") {
		if !filepath.IsAbs(file) && dir != "" {
			file = filepath.Join(dir, file)
		}
		return file, executable(file)
	}
	path := "/usr/bin:/bin"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v
		}
	}
	denied := false
	for _, d := range filepath.SplitList(path) {
		if d == "" {
			d = "."
		}
		cand := filepath.Join(d, file)
		if !filepath.IsAbs(cand) && dir != "" {
			cand = filepath.Join(dir, cand)
		}
		switch err := executable(cand); err {
		case nil:
			return cand, nil
		case syscall.EACCES:
			denied = true
		}
	}
	if denied {
		return "", syscall.EACCES
	}
	return "", syscall.ENOENT
}

func executable(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return syscall.ENOENT
	}
	if st.IsDir() || unix.Access(p, unix.X_OK) != nil {
		return syscall.EACCES
	}
	return nil
}

// errnoOf returns the syscall.Errno inside err, or EIO.
func errnoOf(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return syscall.EIO
}

// childFiles builds the child's descriptor table from o.Stdio: the files
// to pass, the parent's ends of the pipes (by child fd, -1 if none), and
// what to close once the child has started.
func childFiles(o sys.SpawnOptions) (files []*os.File, parent []int, closeAfter []*os.File, err error) {
	files = make([]*os.File, len(o.Stdio))
	parent = make([]int, len(o.Stdio))
	var null *os.File
	fail := func(err error) ([]*os.File, []int, []*os.File, error) {
		for _, f := range closeAfter {
			f.Close()
		}
		for _, fd := range parent {
			if fd > 0 {
				unix.Close(fd)
			}
		}
		return nil, nil, nil, err
	}
	for i, k := range o.Stdio {
		parent[i] = -1
		switch {
		case k == sys.StdioPipe:
			fds, err := socketpair()
			if err != nil {
				return fail(err)
			}
			if err := unix.SetNonblock(fds[0], true); err != nil {
				unix.Close(fds[0])
				unix.Close(fds[1])
				return fail(err)
			}
			parent[i] = fds[0]
			f := os.NewFile(uintptr(fds[1]), "pipe")
			files[i] = f
			closeAfter = append(closeAfter, f)
		case k == sys.StdioInherit && i <= 2:
			files[i] = []*os.File{os.Stdin, os.Stdout, os.Stderr}[i]
		default:
			if null == nil {
				null, err = os.OpenFile(os.DevNull, os.O_RDWR, 0)
				if err != nil {
					return fail(err)
				}
				closeAfter = append(closeAfter, null)
			}
			files[i] = null
		}
	}
	return files, parent, closeAfter, nil
}

// Spawn starts a child; see sys.Procs. The pipes are made first, as
// libuv makes them: when the program cannot be started the returned
// process still has them, at their end (what node's streams of a failed
// spawn read before they close).
func (p *Procs) Spawn(o sys.SpawnOptions, onExit func(code, signal int)) (sys.Process, error) {
	files, parent, closeAfter, err := childFiles(o)
	if err != nil {
		return nil, errnoOf(err)
	}
	path, err := LookPath(o.File, o.Env, o.Dir)
	var proc *os.Process
	if err == nil {
		attr := &os.ProcAttr{Dir: o.Dir, Env: o.Env, Files: files, Sys: &syscall.SysProcAttr{Setsid: o.Detached}}
		if attr.Env == nil {
			attr.Env = []string{}
		}
		proc, err = os.StartProcess(path, o.Args, attr)
		if err != nil {
			err = errnoOf(err)
		}
	}
	for _, f := range closeAfter {
		f.Close()
	}
	c := &child{p: p, proc: proc, pipes: make([]sys.Conn, len(parent)), exited: proc == nil}
	for i, fd := range parent {
		if fd < 0 {
			continue
		}
		conn := &tcpConn{n: p.n, fd: fd, connected: true, label: "pipe", hupIsEnd: true}
		if i == 0 {
			c.pipes[i] = writeOnly{conn}
		} else {
			c.pipes[i] = conn
		}
	}
	if err != nil {
		return c, err
	}
	go c.wait(onExit)
	return c, nil
}

// child is a started process.
type child struct {
	p      *Procs
	proc   *os.Process
	pipes  []sys.Conn
	exited bool // the exit was delivered (loop goroutine)
}

// wait is the waiter goroutine: reap, then hand the status to the loop.
func (c *child) wait(onExit func(code, signal int)) {
	st, err := c.proc.Wait()
	code, sig := 0, 0
	if err != nil {
		code = 1
	} else if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		sig = int(ws.Signal())
	} else {
		code = st.ExitCode()
	}
	// After the I/O ready by now: the child's last writes and the end of
	// its pipes and IPC channel came before its exit (PostAfterIO).
	c.p.b.PostAfterIO(loop.Completion{Label: "PROCESSWRAP exit", Run: func() {
		c.exited = true
		onExit(code, sig)
	}})
}

func (c *child) Pid() int {
	if c.proc == nil {
		return 0
	}
	return c.proc.Pid
}

// Kill sends sig. A child that ended but whose exit the loop has not yet
// delivered counts as alive (libuv would still see a zombie).
func (c *child) Kill(sig int) error {
	if c.exited {
		return syscall.ESRCH
	}
	err := c.proc.Signal(syscall.Signal(sig))
	if err == nil || errors.Is(err, os.ErrProcessDone) {
		return nil
	}
	return errnoOf(err)
}

func (c *child) Stdio(fd int) sys.Conn {
	if fd < 0 || fd >= len(c.pipes) {
		return nil
	}
	return c.pipes[fd]
}

// writeOnly is the parent's end of the child's stdin: nothing is read
// from it.
type writeOnly struct{ *tcpConn }

func (writeOnly) OnData(func([]byte, error)) {}
func (writeOnly) Resume()                    {}

// Open wraps a descriptor this process inherited (a forked child's IPC
// channel, NODE_CHANNEL_FD) as a stream driven by the reactor. Call on the
// loop goroutine.
func (p *Procs) Open(fd int) (sys.Conn, error) {
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, err
	}
	unix.CloseOnExec(fd)
	return &tcpConn{n: p.n, fd: fd, connected: true, label: "ipc", hupIsEnd: true}, nil
}

// socketpair returns a close-on-exec AF_UNIX stream pair. The fork lock
// keeps another goroutine's fork from inheriting it between the two calls
// (not every system has SOCK_CLOEXEC).
func socketpair() ([2]int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		return fds, err
	}
	unix.CloseOnExec(fds[0])
	unix.CloseOnExec(fds[1])
	return fds, nil
}
