package workerthreads

import (
	"errors"
	"sync"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
)

// broadcast is the program's BroadcastChannels by name, shared by the
// main thread and every worker (Config.bc). A message posted on one
// channel is queued on every other open channel of that name, in any
// thread, and wakes its loop as a port's message does (a completion
// posted to that loop, run in its poll phase); the sender does not get its
// own message.
type broadcast struct {
	mu     sync.Mutex
	byName map[string][]*bcEnd
}

// bcEnd is one BroadcastChannel object. mu guards queue and closed (a
// sender in another thread appends); the rest is its owner's loop's.
type bcEnd struct {
	hub   *broadcast
	name  string
	group *bcGroup

	mu     sync.Mutex
	queue  []string
	closed bool

	r   *js.Runtime
	obj *goja.Object
	h   *loop.Handle
}

func (hub *broadcast) add(e *bcEnd) {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	if hub.byName == nil {
		hub.byName = map[string][]*bcEnd{}
	}
	hub.byName[e.name] = append(hub.byName[e.name], e)
}

func (hub *broadcast) remove(e *bcEnd) {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	ends := hub.byName[e.name]
	for i, x := range ends {
		if x == e {
			hub.byName[e.name] = append(ends[:i:i], ends[i+1:]...)
			break
		}
	}
	if len(hub.byName[e.name]) == 0 {
		delete(hub.byName, e.name)
	}
}

// others returns the open channels named as e, but e, in creation order.
func (hub *broadcast) others(e *bcEnd) []*bcEnd {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	var out []*bcEnd
	for _, x := range hub.byName[e.name] {
		if x != e {
			out = append(out, x)
		}
	}
	return out
}

// bcGroup is one thread's channels, in the order they were made. Node's
// channel is a MessagePort woken by uv_async_send, and libuv serves a
// thread's pending async handles in the order they were made, each
// draining its queue: so messages reach a thread's channels grouped by
// channel, not in posting order. Here each message posts one completion
// (its own callback and microtask checkpoint, as node runs each message),
// and each completion delivers the next message in that order.
type bcGroup struct {
	post func(loop.Completion)
	ends []*bcEnd // owner's loop only
}

// wake posts the completion of one more queued message.
func (g *bcGroup) wake(num uint64) {
	g.post(loop.Completion{Label: "BroadcastChannel message", Msg: num, Run: g.next})
}

// next delivers the first queued message of the first channel that has
// one (owner's loop, poll phase). A channel closed meanwhile has dropped
// its queue, so its completions find nothing.
func (g *bcGroup) next() {
	for _, e := range g.ends {
		e.mu.Lock()
		if len(e.queue) == 0 || e.closed {
			e.mu.Unlock()
			continue
		}
		data := e.queue[0]
		e.queue = e.queue[1:]
		e.mu.Unlock()
		if fn, ok := goja.AssertFunction(e.obj.Get("onmessage")); ok {
			e.r.Call(fn, e.obj, e.r.VM().ToValue(data))
		}
		return
	}
}

// newBroadcast(name) → the handle of a new channel: {postMessage(s),
// close(), ref(), unref(), hasRef(); onmessage set by JS}. Like node's,
// it keeps the loop alive until closed or unref'd.
func (b *binding) newBroadcast(name string) (goja.Value, error) {
	post, ok := poster(b.r.Backend())
	if !ok {
		return nil, errors.New("evloop: BroadcastChannel needs a backend that takes completions (real or simulated I/O)")
	}
	vm, r := b.vm, b.r
	if b.bcGroup == nil {
		b.bcGroup = &bcGroup{post: post}
	}
	e := &bcEnd{hub: b.cfg.bc, name: name, group: b.bcGroup, r: r, h: r.Loop().NewHandle("BROADCASTCHANNEL")}
	e.group.ends = append(e.group.ends, e)
	e.hub.add(e)
	e.h.Start()
	o := vm.NewObject()
	e.obj = o
	msgs := b.cfg.msgs
	o.Set("postMessage", func(data string) {
		var num uint64
		if msgs != nil && r.Loop().Tracing() {
			num = msgs.Add(1)
			r.Loop().Emit(trace.Event{Kind: trace.Send, Queue: trace.QueueIO, Label: "BroadcastChannel postMessage", Msg: num})
		}
		for _, t := range e.hub.others(e) {
			t.mu.Lock()
			if t.closed {
				t.mu.Unlock()
				continue
			}
			t.queue = append(t.queue, data)
			t.mu.Unlock()
			t.group.wake(num)
		}
	})
	o.Set("close", func() { e.close() })
	o.Set("ref", func() { e.h.Ref() })
	o.Set("unref", func() { e.h.Unref() })
	o.Set("hasRef", func() bool { return e.h.HasRef() })
	return o, nil
}

// close leaves the channel: queued messages are dropped, none comes after.
func (e *bcEnd) close() {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return
	}
	e.closed, e.queue = true, nil
	e.mu.Unlock()
	e.hub.remove(e)
	for i, x := range e.group.ends {
		if x == e {
			e.group.ends = append(e.group.ends[:i:i], e.group.ends[i+1:]...)
			break
		}
	}
	e.h.Close(nil)
}
