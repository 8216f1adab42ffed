// Package childprocess is node's child_process module for evloop: spawn,
// exec, execFile and their Sync forms, on the host's sys.Procs.
//
// A composition root registers it with js.Options.Modules (Module()); a
// host without Procs, or a program run without --allow-child-process,
// gets node's errors (ENOSYS, EACCES) instead of a child. The child's
// pipes are stream handles on the reactor and net.Socket streams in JS;
// its exit is a process handle ("PROCESSWRAP") whose callback the loop
// runs in its poll phase, as libuv's SIGCHLD handling does.
package childprocess

import (
	_ "embed"
	"errors"
	"os"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
	"github.com/evloop/evloop/loop/sys"
)

//go:embed child_process.js
var source string

// Module returns the child_process built-in, for js.Options.Modules.
func Module() js.Module { return moduleWith(nil) }

// moduleWith is child_process for a program whose simulated processes
// share world (nil: a program of its own).
func moduleWith(world *simWorld) js.Module {
	return js.Module{Name: "child_process", Load: func(r *js.Runtime) (goja.Value, error) {
		return load(r, world)
	}}
}

func load(r *js.Runtime, world *simWorld) (goja.Value, error) {
	b := &binding{r: r, vm: r.VM()}
	if h := r.Host(); h != nil && h.Procs != nil {
		b.procs = h.Procs
	} else if sp := simProcsFor(r, world); sp != nil {
		b.procs = sp
	}
	internal := r.NewInternal()
	internal.Set("spawn", b.spawn)
	internal.Set("spawnSync", b.spawnSync)
	return r.RunBinding("child_process", source, internal)
}

type binding struct {
	r     *js.Runtime
	vm    *goja.Runtime
	procs sys.Procs // the host's, or the simulation's (sim.go); nil: none
}

// errCodes names the errors Procs returns as libuv does.
var errCodes = map[syscall.Errno]string{
	syscall.ENOENT: "ENOENT", syscall.EACCES: "EACCES", syscall.EAGAIN: "EAGAIN",
	syscall.EMFILE: "EMFILE", syscall.ENFILE: "ENFILE", syscall.ENOMEM: "ENOMEM",
	syscall.E2BIG: "E2BIG", syscall.ENOTDIR: "ENOTDIR", syscall.EPERM: "EPERM",
	syscall.ESRCH: "ESRCH", syscall.EINVAL: "EINVAL", syscall.ETIMEDOUT: "ETIMEDOUT",
	syscall.ENOBUFS: "ENOBUFS", syscall.ENOSYS: "ENOSYS",
}

func errCode(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if c, ok := errCodes[errno]; ok {
			return c
		}
	}
	return "EIO"
}

// options reads what child_process.js passes: {file, args, envPairs, cwd,
// stdio: ['pipe'|'inherit'|'ignore', ...], detached}.
func (b *binding) options(o *goja.Object) sys.SpawnOptions {
	var so sys.SpawnOptions
	so.File = o.Get("file").String()
	_ = b.vm.ExportTo(o.Get("args"), &so.Args)
	_ = b.vm.ExportTo(o.Get("envPairs"), &so.Env)
	if v := o.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		so.Dir = v.String()
	}
	so.Detached = o.Get("detached").ToBoolean()
	var stdio []string
	_ = b.vm.ExportTo(o.Get("stdio"), &stdio)
	for _, s := range stdio {
		switch s {
		case "pipe", "overlapped":
			so.Stdio = append(so.Stdio, sys.StdioPipe)
		case "inherit":
			so.Stdio = append(so.Stdio, sys.StdioInherit)
		default:
			so.Stdio = append(so.Stdio, sys.StdioIgnore)
		}
	}
	return so
}

// denied checks the permission flags; it returns the JS error
// description {code, hint} or nil.
func (b *binding) denied(file string) goja.Value {
	h := b.r.Host()
	if b.procs == nil {
		return b.failure("ENOSYS", "this evloop host cannot start processes")
	}
	if _, sim := b.procs.(*simProcs); !sim && h.Allow != nil {
		if err := h.Allow("spawn", file); err != nil {
			hint := "not allowed"
			var hinter interface{ Hint() string }
			if errors.As(err, &hinter) {
				hint = hinter.Hint()
			}
			return b.failure("EACCES", hint)
		}
	}
	return nil
}

// hintOf is the hint an error carries for node's message, or "".
func hintOf(err error) string {
	var hinter interface{ Hint() string }
	if errors.As(err, &hinter) {
		return hinter.Hint()
	}
	return ""
}

func (b *binding) failure(code, hint string) goja.Value {
	o := b.vm.NewObject()
	o.Set("code", code)
	if hint != "" {
		o.Set("hint", hint)
	}
	return o
}

// ownFile reports whether w is the process's own descriptor fd, so that
// a child can inherit it directly.
func ownFile(w any, fd int) bool {
	f, ok := w.(*os.File)
	return ok && int(f.Fd()) == fd
}

// spawn(options, onexit(code, signal)) → {pid, handle, pipes} | {code, hint}.
func (b *binding) spawn(call goja.FunctionCall) goja.Value {
	vm, r := b.vm, b.r
	opts := call.Argument(0).ToObject(vm)
	onexit, _ := goja.AssertFunction(call.Argument(1))
	so := b.options(opts)
	if d := b.denied(so.File); d != nil {
		return d
	}
	// An inherited stdout or stderr that is not this process's own (a
	// test's buffer, the page) becomes a pipe whose data the loop copies
	// there; the exit waits for its end, as the shared descriptor would
	// have had everything written before the child exited.
	var forward []int
	for i, k := range so.Stdio {
		if k == sys.StdioInherit && (i == 1 || i == 2) {
			w := any(r.Stdout())
			if i == 2 {
				w = r.Stderr()
			}
			if !ownFile(w, i) {
				so.Stdio[i] = sys.StdioPipe
				forward = append(forward, i)
			}
		}
	}
	p := &process{b: b, onexit: onexit, ctx: r.AsyncContextFor("PROCESSWRAP")}
	proc, err := b.procs.Spawn(so, p.exited)
	if err != nil && proc == nil {
		return b.failure(errCode(err), hintOf(err))
	}
	p.proc = proc
	if err == nil {
		p.h = r.Loop().NewHandle("PROCESSWRAP")
		p.h.Start()
		p.obj = p.handleObject()
	}
	for _, fd := range forward {
		p.forward(fd)
	}
	pipes := make([]any, len(so.Stdio))
	for i := range so.Stdio {
		pipes[i] = goja.Null()
		if so.Stdio[i] != sys.StdioPipe || contains(forward, i) {
			continue
		}
		if c := proc.Stdio(i); c != nil {
			pipes[i] = r.StreamHandle("PIPEWRAP", c)
		}
	}
	res := vm.NewObject()
	if err != nil {
		res.Set("code", errCode(err))
	} else {
		res.Set("pid", proc.Pid())
		res.Set("handle", p.obj)
	}
	res.Set("pipes", vm.NewArray(pipes...))
	return res
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// spawnSync(options, {input, timeout, killSignal, maxBuffer}) →
// {pid, status, signal, stdout, stderr, error}.
func (b *binding) spawnSync(call goja.FunctionCall) goja.Value {
	vm, r := b.vm, b.r
	so := b.options(call.Argument(0).ToObject(vm))
	res := vm.NewObject()
	if d := b.denied(so.File); d != nil {
		res.Set("error", d)
		res.Set("pid", 0)
		return res
	}
	s := call.Argument(1).ToObject(vm)
	var opt sys.SyncOptions
	if in := s.Get("input"); in != nil && !goja.IsUndefined(in) && !goja.IsNull(in) {
		if ab, ok := safeexport.Export(in).(goja.ArrayBuffer); ok {
			opt.Input = ab.Bytes()
		}
	}
	if t := s.Get("timeout"); t != nil && !goja.IsUndefined(t) {
		opt.Timeout = time.Duration(t.ToFloat() * float64(time.Millisecond))
	}
	opt.KillSignal = int(s.Get("killSignal").ToInteger())
	if m := s.Get("maxBuffer"); m != nil && !goja.IsUndefined(m) {
		if f := m.ToFloat(); f > 0 && f < 1<<40 {
			opt.MaxBuffer = int(f)
		}
	}
	if !ownFile(r.Stdout(), 1) {
		opt.Out = r.Stdout()
	}
	if !ownFile(r.Stderr(), 2) {
		opt.Err = r.Stderr()
	}
	out := b.procs.SpawnSync(so, opt)
	res.Set("pid", out.Pid)
	res.Set("status", out.Code)
	res.Set("signal", out.Signal)
	bytes := func(p []byte, fd int) goja.Value {
		if fd >= len(so.Stdio) || so.Stdio[fd] != sys.StdioPipe {
			return goja.Null()
		}
		return vm.ToValue(vm.NewArrayBuffer(append([]byte{}, p...)))
	}
	res.Set("stdout", bytes(out.Stdout, 1))
	res.Set("stderr", bytes(out.Stderr, 2))
	if out.Err != nil {
		res.Set("error", b.failure(errCode(out.Err), hintOf(out.Err)))
	}
	return res
}
