package js

import (
	"slices"
	"testing"

	"github.com/dop251/goja"
)

// TestQueuedJobs checks that goja's private job queue can still be read:
// without it every callback gets its own entry (correct, but slower).
func TestQueuedJobs(t *testing.T) {
	if jobQueueField() < 0 {
		t.Fatal("goja.Runtime has no jobQueue slice any more: Settled never reports true")
	}
	vm := goja.New()
	var seen []int
	vm.Set("queued", func() { seen = append(seen, queuedJobs(vm)) })
	if _, err := vm.RunString(`queued(); Promise.resolve().then(() => queued()); queued(); Promise.resolve().then(() => {}); queued()`); err != nil {
		t.Fatal(err)
	}
	// The last call runs as a job itself, while goja drains its queue.
	if got, want := seen, []int{0, 1, 2, 0}; !slices.Equal(got, want) {
		t.Errorf("queued jobs seen: %v, want %v", got, want)
	}
}

// TestRejections checks the unhandled-rejection queue: rejection order
// kept across handlers removed in any order, and emptied at the end.
func TestRejections(t *testing.T) {
	vm := goja.New()
	ps := make([]*goja.Promise, 6)
	var q rejections
	for i := range ps {
		ps[i], _, _ = vm.NewPromise()
		var ctx *asyncFrame
		if i == 2 {
			ctx = &asyncFrame{store: vm.ToValue("ctx of 2")}
		}
		q.add(ps[i], ctx)
	}
	if !q.remove(ps[3]) || !q.remove(ps[0]) || q.remove(ps[0]) {
		t.Fatal("remove: want true, true, then false for a promise already removed")
	}
	var got []int
	popOne := func() {
		p, ctx, id := q.pop()
		if i := slices.Index(ps, p); (i == 2) != (ctx != nil) {
			t.Errorf("promise %d popped with context %v; only 2 was rejected in one", i, ctx)
		} else if want := i + 1; i == 0 && id != 7 || i != 0 && id != want {
			// ids count rejections from 1; 0 is rejected again, the seventh.
			t.Errorf("promise %d popped with rejection id %d", i, id)
		}
		got = append(got, slices.Index(ps, p))
	}
	popOne()
	q.remove(ps[4])
	q.add(ps[0], nil) // rejected again later: goes last
	for q.len() > 0 {
		popOne()
	}
	if want := []int{1, 2, 5, 0}; !slices.Equal(got, want) {
		t.Errorf("popped %v, want %v", got, want)
	}
	if len(q.list) != 0 || q.head != 0 || len(q.ctx) != 0 || len(q.id) != 0 {
		t.Errorf("drained queue keeps list %d, head %d, contexts %d, ids %d; want all 0", len(q.list), q.head, len(q.ctx), len(q.id))
	}
}
