//go:build wasip1 && evloophost

package main

// Real I/O through the evloop host's imports (package abi, hostio.go): the
// evloophost build of the module. The guest never blocks: a step runs what
// is ready and returns; the host waits on its reactor for the time
// evloop_next_timeout says, and the guest collects what happened with
// poll_events in the next poll phase.
//
// The thread pool cannot run here: a guest has one thread, and Go closures
// cannot cross to the host's. Pool work is queued and run in the next poll
// phase, in submission order, on the loop thread; each job is timed as if
// one of UV_THREADPOOL_SIZE workers had run it in parallel from the moment
// it was submitted, and its done callback runs in the first poll phase
// after that virtual end. So a quick fs call from the main module still
// completes in the first iteration and a long pbkdf2 after it, as in node,
// but the work itself never overlaps the loop. See site/docs/abi.md, "Real
// I/O in the wasm engine".

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"syscall"
	"time"
	"unsafe"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

//go:wasmimport evloop fs_call
func hostFSCall(op int32, req unsafe.Pointer, reqLen int32, resp unsafe.Pointer, respCap int32, respLen unsafe.Pointer) uint32

//go:wasmimport evloop allow
func hostAllow(op int32, target unsafe.Pointer, targetLen int32, out unsafe.Pointer, outCap int32, outLen unsafe.Pointer) uint32

//go:wasmimport evloop resolve
func hostResolve(name unsafe.Pointer, nameLen int32, family int32, out unsafe.Pointer, outCap int32, outLen unsafe.Pointer) uint32

//go:wasmimport evloop net_listen
func hostListen(addr unsafe.Pointer, addrLen int32, out unsafe.Pointer) uint32

//go:wasmimport evloop net_dial
func hostDial(addr unsafe.Pointer, addrLen int32, handle unsafe.Pointer) uint32

//go:wasmimport evloop net_write
func hostWrite(handle uint32, data unsafe.Pointer, n int32, writeID uint32) int32

//go:wasmimport evloop net_ctl
func hostCtl(handle uint32, op int32, arg int32) uint32

//go:wasmimport evloop net_addr
func hostAddr(handle uint32, which int32, out unsafe.Pointer) uint32

//go:wasmimport evloop poll_events
func hostPollEvents(buf unsafe.Pointer, n int32) int32

//go:wasmimport evloop fs_watch
func hostFSWatch(path unsafe.Pointer, pathLen int32, handle unsafe.Pointer) uint32

//go:wasmimport evloop fs_unwatch
func hostFSUnwatch(handle uint32) uint32

// ptrOf is the address of b's first byte, or nil for an empty slice.
func ptrOf(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// errnoErr is the error for a WASI errno: syscall.Errno, which in a wasip1
// guest has WASI's numbering and the names the bindings map to node's codes.
func errnoErr(e uint32) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}

func init() {
	realIO = attachHostIO
}

// attachHostIO gives the program the host's real I/O.
func attachHostIO(opts *js.Options, cfg abi.Config) error {
	if opts.Clock != nil {
		return errors.New(`real I/O runs on the real clock (clock "real"); the virtual clock has the simulated I/O`)
	}
	size := poller.PoolSize(func(k string) string { return cfg.Env[k] })
	b := &hostBackend{poolSize: size, free: make([]time.Duration, size),
		conns: map[uint32]*hostConn{}, listeners: map[uint32]*hostListener{}, writes: map[uint32]hostWriteCB{},
		epoch: time.Now()}
	fsys := &hostFS{}
	opts.Backend = b
	opts.Host = &sys.Host{Pool: b, FS: fsys, Net: &hostNet{b: b}, Resolver: hostResolver{}, Allow: hostAllowCheck,
		Watcher: b}
	files := opts.ReadFile
	opts.ReadFile = func(name string) ([]byte, error) {
		// Files the config carries first (an embedder's), then the host's
		// file system (modules beside the script).
		if data, err := files(name); err == nil {
			return data, nil
		}
		return fsys.readFile(name)
	}
	backend = b
	drive = hostDrive
	return nil
}

// backend is the program's, once attached (nil in a simulated run).
var backend *hostBackend

// hostDrive runs one loop step: the loop runs until it would wait, then
// tells the backend how long (Wait does not block), and the host waits.
func hostDrive(int) bool {
	return rt.Drive(1)
}

// nextWait is evloop_next_wait_ns (and _timeout) for a real-I/O run.
func init() {
	nextWait = func() time.Duration {
		if backend == nil || len(backend.jobs) > 0 {
			return 0
		}
		d := backend.timeout
		if len(backend.finished) > 0 {
			// Wait for the first job's virtual end, as the loop would wait
			// for the worker.
			due := max(backend.finished[0].ended-time.Since(backend.epoch), 0)
			if d < 0 || due < d {
				d = due
			}
		}
		return d
	}
}

// hostBackend is the loop.Backend and sys.Pool of a real-I/O run: pool
// work queued until the poll phase, and the events of the host's reactor.
// Everything runs on the loop goroutine (the guest has no other).
type hostBackend struct {
	poolSize int
	jobs     []*hostJob      // submitted, not run yet
	finished []*hostJob      // run, by virtual end; not delivered yet
	free     []time.Duration // when each virtual worker is free
	epoch    time.Time
	timeout  time.Duration // what the last Wait asked for

	events    []byte // poll_events' buffer
	conns     map[uint32]*hostConn
	listeners map[uint32]*hostListener
	writes    map[uint32]hostWriteCB
	writeIDs  uint32
	watches   map[uint32]func(event, filename string) // fs.watch, by the host's handle
}

// Watch implements sys.Watcher with the host's watcher (fs_watch): its
// events come with the sockets' through poll_events.
func (b *hostBackend) Watch(name string, fn func(event, filename string)) (func(), error) {
	p := []byte(name)
	var h uint32
	if e := hostFSWatch(ptrOf(p), int32(len(p)), unsafe.Pointer(&h)); e != 0 {
		return nil, &fs.PathError{Op: "watch", Path: name, Err: syscall.Errno(e)}
	}
	if b.watches == nil {
		b.watches = map[uint32]func(event, filename string){}
	}
	b.watches[h] = fn
	return func() {
		if _, ok := b.watches[h]; ok {
			delete(b.watches, h)
			hostFSUnwatch(h)
		}
	}, nil
}

type hostJob struct {
	req                       *loop.Request
	work, done                func()
	submitted, started, ended time.Duration // since epoch
	worker                    int           // 1-based
}

type hostWriteCB struct {
	conn *hostConn
	done func(error)
}

var (
	_ loop.Backend = (*hostBackend)(nil)
	_ sys.Pool     = (*hostBackend)(nil)
)

// eventsSize holds the largest read (64 KiB) and many small events.
const eventsSize = 256 << 10

// Submit queues work for the next poll phase. Call only on the loop goroutine.
func (b *hostBackend) Submit(req *loop.Request, cost time.Duration, work, done func()) {
	b.jobs = append(b.jobs, &hostJob{req: req, work: work, done: done, submitted: time.Since(b.epoch)})
}

// Size is UV_THREADPOOL_SIZE, as the native pool reports it (the work
// itself runs on the loop thread).
func (b *hostBackend) Size() int { return b.poolSize }

// Poll runs the queued pool work, then hands over the jobs whose virtual
// end has passed (in the order they ended, as the native pool's), then what
// the host's reactor saw (one completion per descriptor's readiness, as
// libuv runs one uv__io_t callback per ready descriptor).
func (b *hostBackend) Poll(buf []loop.Completion) []loop.Completion {
	now := time.Since(b.epoch)
	if len(b.jobs) > 0 {
		for _, j := range b.jobs {
			b.run(j)
		}
		clear(b.jobs)
		b.jobs = b.jobs[:0]
		sort.SliceStable(b.finished, func(i, k int) bool { return b.finished[i].ended < b.finished[k].ended })
	}
	due := 0
	for due < len(b.finished) && b.finished[due].ended <= now {
		j := b.finished[due]
		buf = append(buf, loop.Completion{Req: j.req, Worker: j.worker, Started: j.started, Ended: j.ended, Run: j.done})
		due++
	}
	clear(b.finished[:due])
	b.finished = append(b.finished[:0], b.finished[due:]...)

	if b.events == nil {
		b.events = make([]byte, eventsSize)
	}
	n := hostPollEvents(ptrOf(b.events), int32(len(b.events)))
	if n <= 0 {
		return buf
	}
	var group []hostEvent
	last := uint32(0)
	flush := func() {
		if len(group) == 0 {
			return
		}
		evs := group
		label := "tcp socket"
		if evs[0].kind == abi.EventAccept {
			label = "tcp server"
		}
		buf = append(buf, loop.Completion{Label: label, Queue: trace.QueueIO, Run: func() {
			for _, e := range evs {
				b.dispatch(e)
			}
		}})
		group = nil
	}
	off := 0
	for i := int32(0); i < n && off+abi.EventHeader <= len(b.events); i++ {
		h := b.events[off:]
		e := hostEvent{kind: binary.LittleEndian.Uint32(h), handle: binary.LittleEndian.Uint32(h[4:]),
			arg: binary.LittleEndian.Uint32(h[8:]), errno: binary.LittleEndian.Uint32(h[12:])}
		g := binary.LittleEndian.Uint32(h[16:])
		size := int(binary.LittleEndian.Uint32(h[20:]))
		if size > len(b.events)-off-abi.EventHeader {
			break // a host that lies about lengths gets no further
		}
		if size > 0 {
			e.data = append([]byte(nil), h[abi.EventHeader:abi.EventHeader+size]...)
		}
		if g != last {
			flush()
			last = g
		}
		group = append(group, e)
		off += (abi.EventHeader + size + 3) &^ 3
	}
	flush()
	return buf
}

// run does a job's work and times it on a virtual worker: the lowest
// numbered one idle when the job was submitted, else the first free (as
// poller.Sim picks), starting no earlier than the submission.
func (b *hostBackend) run(j *hostJob) {
	w := 0
	for i, f := range b.free {
		if f <= j.submitted {
			w = i
			break
		}
		if f < b.free[w] {
			w = i
		}
	}
	t0 := time.Now()
	if j.work != nil {
		j.work()
	}
	j.started = max(j.submitted, b.free[w])
	j.ended = j.started + time.Since(t0)
	j.worker = w + 1
	b.free[w] = j.ended
	b.finished = append(b.finished, j)
}

// Wait records how long the loop may sleep; the host does the sleeping
// after evloop_run returns. It never blocks.
func (b *hostBackend) Wait(timeout time.Duration) { b.timeout = timeout }

type hostEvent struct {
	kind, handle, arg, errno uint32
	data                     []byte
}

// dispatch hands one event to its listener or connection.
func (b *hostBackend) dispatch(e hostEvent) {
	switch e.kind {
	case abi.EventAccept:
		c := &hostConn{b: b, h: e.arg, connected: true}
		l := b.listeners[e.handle]
		if l == nil || l.closed {
			hostCtl(e.arg, abi.CtlClose, 0)
			return
		}
		b.conns[c.h] = c
		l.onConn(c)
	case abi.EventConnect:
		c := b.conns[e.handle]
		if c == nil || c.dialDone == nil {
			return
		}
		done := c.dialDone
		c.dialDone = nil
		if e.errno != 0 {
			delete(b.conns, c.h)
			c.closed = true
			done(nil, errnoErr(e.errno))
			return
		}
		c.connected = true
		done(c, nil)
	case abi.EventData, abi.EventEOF, abi.EventReadError:
		c := b.conns[e.handle]
		if c == nil || c.closed || c.onData == nil {
			return
		}
		switch e.kind {
		case abi.EventData:
			c.onData(e.data, nil)
		case abi.EventEOF:
			c.onData(nil, io.EOF)
		default:
			c.onData(nil, errnoErr(e.errno))
		}
	case abi.EventFSChange:
		if fn := b.watches[e.handle]; fn != nil {
			event := "change"
			if e.arg == abi.WatchRename {
				event = "rename"
			}
			fn(event, string(e.data))
		}
	case abi.EventWriteDone:
		w, ok := b.writes[e.arg]
		if !ok {
			return
		}
		delete(b.writes, e.arg)
		if w.done != nil {
			w.done(errnoErr(e.errno))
		}
	}
}

// hostAllowCheck is sys.Host.Allow over the host's check, so a denial
// reads as the native engine's; the host checks again in every import.
func hostAllowCheck(op, target string) error {
	var num int32
	for k, v := range abi.AllowOps {
		if v == op {
			num = k
		}
	}
	if num == 0 {
		return fmt.Errorf("evloop: unknown access %q", op)
	}
	t := []byte(target)
	out := make([]byte, 256)
	var n uint32
	e := hostAllow(num, ptrOf(t), int32(len(t)), ptrOf(out), int32(len(out)), unsafe.Pointer(&n))
	switch {
	case e == 0:
		return nil
	case abi.Errno(e) == abi.EACCES && int(n) <= len(out):
		return &poller.DeniedError{Op: op, Target: target, Flag: string(out[:n])}
	}
	return errnoErr(e)
}

// hostResolver is sys.Resolver over the host's resolver.
type hostResolver struct{}

func (hostResolver) Lookup(host string, family int) ([]string, []int, error) {
	name := []byte(host)
	out := make([]byte, 1024)
	for {
		var n uint32
		e := hostResolve(ptrOf(name), int32(len(name)), int32(family), ptrOf(out), int32(len(out)), unsafe.Pointer(&n))
		if abi.Errno(e) == abi.ENOBUFS && int(n) > len(out) && n <= abi.MaxInput {
			out = make([]byte, n)
			continue
		}
		if abi.Errno(e) == abi.ENOENT {
			return nil, nil, &poller.LookupError{Host: host}
		}
		if e != 0 {
			return nil, nil, errnoErr(e)
		}
		if int(n) > len(out) {
			return nil, nil, syscall.EIO
		}
		var addrs []string
		var fams []int
		for _, line := range splitLines(out[:n]) {
			if len(line) > 2 && line[1] == ' ' {
				fams = append(fams, int(line[0]-'0'))
				addrs = append(addrs, string(line[2:]))
			}
		}
		return addrs, fams, nil
	}
}

func splitLines(b []byte) [][]byte {
	var lines [][]byte
	for len(b) > 0 {
		i := 0
		for i < len(b) && b[i] != '\n' {
			i++
		}
		lines = append(lines, b[:i])
		if i < len(b) {
			i++
		}
		b = b[i:]
	}
	return lines
}
