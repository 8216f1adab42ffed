package js

import (
	"errors"
	"os"
	"sync"
	"syscall"

	"github.com/evloop/evloop/loop"
)

// signalNatives gives the bootstrap node's signal plumbing over
// Options.Host.Signals: signalStart/signalStop (the uv_signal handle behind
// process.on('SIGINT')), and kill (process.kill's uv_kill). Call only on
// the loop goroutine, as every native.
func (r *Runtime) signalNatives(o *internalStore) {
	stops := map[string]func(){}
	// ctxs: the async context each signal handle was started in; node's
	// Signal wrap runs its callback (process.emit) in it, whoever sent
	// the signal.
	ctxs := map[string]*asyncFrame{}
	emit := func(name string, number int) {
		r.RunInContext(ctxs[name], func() {
			r.call(r.emit, r.process, r.vm.ToValue(name), r.vm.ToValue(name), r.vm.ToValue(number))
		})
	}
	o.Set("signalNumbers", r.vm.ToValue(signalNumbers()))
	// signalStart(name): the first listener for a signal event was added.
	o.Set("signalStart", func(name string) {
		if _, ok := stops[name]; ok {
			return
		}
		stops[name] = func() {}
		ctxs[name] = r.captureAsync("SIGNALWRAP")
		if r.opts.Host == nil || r.opts.Host.Signals == nil {
			return // only process.kill to itself reaches the handler
		}
		number := signalNumbers()[name]
		stop, err := r.opts.Host.Signals.Handle(name, func() {
			// A poll-phase callback, as libuv's signal handle runs.
			emit(name, number)
		})
		if err == nil {
			stops[name] = stop
		}
	})
	// signalStop(name): the last listener was removed.
	o.Set("signalStop", func(name string) {
		if stop, ok := stops[name]; ok {
			delete(stops, name)
			delete(ctxs, name)
			stop()
		}
	})
	// kill(pid, name, number): "" or the errno name (EPERM, ESRCH, ...).
	o.Set("kill", func(pid int, name string, number int) string {
		if pid == r.pid() && number != 0 {
			if _, ok := stops[name]; ok {
				// To itself, with a handler: the next poll phase runs it,
				// where the OS signal would arrive through libuv's pipe.
				// Direct, so the order is exact on any host and clock.
				r.loop.Inject(loop.Completion{Label: "signal " + name, Run: func() { emit(name, number) }})
				return ""
			}
			if r.opts.Host == nil || r.opts.Host.Signals == nil {
				// No OS behind (the page, the simulation): end as a
				// process killed by the signal ends, without 'exit'.
				r.exitCode, r.exitSet, r.exiting = 128+number, true, true
				r.loop.Terminate(nil)
				r.vm.Interrupt(exitSignal{r.exitCode})
				return ""
			}
		}
		if r.opts.Host == nil || r.opts.Host.Signals == nil {
			if pid == r.pid() {
				return ""
			}
			return "EPERM"
		}
		err := r.opts.Host.Signals.Kill(pid, name, number)
		if err == nil {
			return ""
		}
		var errno syscall.Errno
		if errors.As(err, &errno) {
			switch errno {
			case syscall.ESRCH:
				return "ESRCH"
			case syscall.EINVAL:
				return "EINVAL"
			}
		}
		return "EPERM"
	})
}

// signalNumbers are the Linux numbers node reports (os.constants.signals),
// made on first use (a package-level map literal is built at every start).
var signalNumbers = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGIOT": 6,
		"SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12, "SIGPIPE": 13,
		"SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20,
		"SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27,
		"SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29, "SIGPWR": 30, "SIGSYS": 31,
	}
})

// pid is process.pid.
func (r *Runtime) pid() int {
	if r.opts.Pid > 0 {
		return r.opts.Pid
	}
	return os.Getpid()
}
