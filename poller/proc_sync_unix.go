//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package poller

// spawnSync: the child runs to its end while the loop waits, as node's
// spawnSync runs a private libuv loop for it. Output is collected by
// os/exec's copying goroutines, which Wait joins: none outlives the call.

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/evloop/evloop/loop/sys"
)

// SpawnSync runs a child to its end; see sys.Procs.
func (p *Procs) SpawnSync(o sys.SpawnOptions, s sys.SyncOptions) sys.SyncResult {
	return SpawnSync(o, s)
}

// SpawnSync is Procs.SpawnSync without a backend (it needs none).
func SpawnSync(o sys.SpawnOptions, s sys.SyncOptions) sys.SyncResult {
	var res sys.SyncResult
	path, err := LookPath(o.File, o.Env, o.Dir)
	if err != nil {
		res.Err = err
		return res
	}
	cmd := &exec.Cmd{Path: path, Args: o.Args, Env: o.Env, Dir: o.Dir,
		SysProcAttr: &syscall.SysProcAttr{Setsid: o.Detached}}
	if cmd.Env == nil {
		cmd.Env = []string{}
	}
	var mu sync.Mutex
	overflow := false
	var kill func()
	outs := [3]*capture{}
	for i, k := range o.Stdio {
		switch {
		case i == 0 && k == sys.StdioPipe:
			cmd.Stdin = bytes.NewReader(s.Input)
		case i == 0 && k == sys.StdioInherit:
			cmd.Stdin = os.Stdin
		case i <= 2 && k == sys.StdioPipe:
			outs[i] = &capture{max: s.MaxBuffer, over: func() {
				mu.Lock()
				overflow = true
				mu.Unlock()
				kill()
			}}
			if i == 1 {
				cmd.Stdout = outs[i]
			} else {
				cmd.Stderr = outs[i]
			}
		case i == 1 && k == sys.StdioInherit:
			cmd.Stdout = orFile(s.Out, os.Stdout)
		case i == 2 && k == sys.StdioInherit:
			cmd.Stderr = orFile(s.Err, os.Stderr)
		}
	}
	if err := cmd.Start(); err != nil {
		res.Err = errnoOf(err)
		return res
	}
	res.Pid = cmd.Process.Pid
	sig := syscall.Signal(s.KillSignal)
	if sig == 0 {
		sig = syscall.SIGTERM
	}
	var once sync.Once
	kill = func() { once.Do(func() { _ = cmd.Process.Signal(sig) }) }
	timedOut := false
	var timer *time.Timer
	if s.Timeout > 0 {
		timer = time.AfterFunc(s.Timeout, func() {
			mu.Lock()
			timedOut = true
			mu.Unlock()
			kill()
		})
	}
	err = cmd.Wait()
	if timer != nil {
		timer.Stop()
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		res.Signal = int(ws.Signal())
	} else if cmd.ProcessState != nil {
		res.Code = cmd.ProcessState.ExitCode()
	}
	_ = err
	if outs[1] != nil {
		res.Stdout = outs[1].buf
	}
	if outs[2] != nil {
		res.Stderr = outs[2].buf
	}
	mu.Lock()
	defer mu.Unlock()
	switch {
	case timedOut:
		res.Err = syscall.ETIMEDOUT
	case overflow:
		res.Err = syscall.ENOBUFS
	}
	return res
}

func orFile(w io.Writer, f *os.File) io.Writer {
	if w != nil {
		return w
	}
	return f
}

// capture keeps what a child writes, up to max bytes (0: no bound); the
// first byte beyond calls over once.
type capture struct {
	buf  []byte
	max  int
	hit  bool
	over func()
}

func (c *capture) Write(p []byte) (int, error) {
	if c.max > 0 && len(c.buf)+len(p) > c.max {
		c.buf = append(c.buf, p[:c.max-len(c.buf)]...)
		if !c.hit {
			c.hit = true
			c.over()
		}
		return len(p), nil
	}
	c.buf = append(c.buf, p...)
	return len(p), nil
}
