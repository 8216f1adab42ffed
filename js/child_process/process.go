package childprocess

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// process is one child's handle (node's process_wrap): it keeps the loop
// alive until JS closes it, which child_process.js does in onexit.
type process struct {
	b      *binding
	proc   sys.Process
	h      *loop.Handle
	obj    *goja.Object
	onexit goja.Callable
	ctx    goja.Value // the async context at spawn: onexit runs in it, as node's ProcessWrap

	forwarding int     // inherited outputs copied by the loop, not yet at their end
	exit       *[2]int // an exit that waits for them
}

// exited is Procs' exit callback (poll phase, loop goroutine).
func (p *process) exited(code, signal int) {
	if p.forwarding > 0 {
		p.exit = &[2]int{code, signal}
		return
	}
	p.deliver(code, signal)
}

func (p *process) deliver(code, signal int) {
	if p.onexit == nil || p.h.Closing() {
		return
	}
	vm := p.b.vm
	p.b.r.RunInContext(p.ctx, func() { p.b.r.Call(p.onexit, p.obj, vm.ToValue(code), vm.ToValue(signal)) })
}

// forward copies child descriptor fd (1 or 2) to the program's own stdout
// or stderr, on the loop goroutine.
func (p *process) forward(fd int) {
	c := p.proc.Stdio(fd)
	if c == nil {
		return
	}
	w := p.b.r.Stdout()
	if fd == 2 {
		w = p.b.r.Stderr()
	}
	p.forwarding++
	c.OnData(func(data []byte, err error) {
		if err == nil {
			_, _ = w.Write(data)
			return
		}
		c.Close()
		p.forwarding--
		if p.forwarding == 0 && p.exit != nil {
			e := *p.exit
			p.exit = nil
			p.deliver(e[0], e[1])
		}
	})
	c.Resume()
}

// handleObject is what child_process.js sees as child._handle.
func (p *process) handleObject() *goja.Object {
	vm := p.b.vm
	o := vm.NewObject()
	o.Set("pid", p.proc.Pid())
	o.Set("kill", func(sig int) goja.Value {
		if err := p.proc.Kill(sig); err != nil {
			return vm.ToValue(errCode(err))
		}
		return vm.ToValue(0)
	})
	o.Set("close", func() { p.h.Close(nil) })
	o.Set("ref", func() { p.h.Ref() })
	o.Set("unref", func() { p.h.Unref() })
	o.Set("hasRef", func() bool { return p.h.HasRef() })
	return o
}
