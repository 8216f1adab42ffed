// Package loop is evloop's scheduler: Node 20's event loop (libuv 1.46 with
// node's timers, immediates and microtask checkpoints) as a plain Go value
// with no syscalls, no JavaScript engine and no wasm in it.
//
// One iteration reads like libuv's uv_run:
//
//	pending → idle → prepare → poll → check → close → update time → timers
//
// with due timers also run once before the first iteration (libuv ≥ 1.45,
// see src/unix/core.c at v1.46.0). After every callback the loop runs the
// microtask checkpoint: the whole nextTick queue, then the promise jobs, again
// while ticks remain (node's processTicksAndRejections).
//
// The loop is driven by Step, which never blocks: it returns how long the
// loop may wait, and its caller waits (Run does it with a Backend or a
// virtual clock; a wasm host or a web page does it its own way). I/O comes
// in through a Backend; JavaScript through an Engine; everything the loop
// does goes out as trace events (package trace).
//
// A Loop belongs to one goroutine: call its methods only there, unless a
// method says otherwise.
package loop
