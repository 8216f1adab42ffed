package js

import (
	"slices"
	"testing"

	"github.com/dop251/goja"
)

// TestQueuedJobs checks that goja's private job queue can still be read:
// without it every callback gets its own entry (correct, but slower).
func TestQueuedJobs(t *testing.T) {
	if jobQueueField < 0 {
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
