// Package stack grows a goroutine's stack ahead of deep work.
//
// A goroutine starts with a 2 KiB stack, which Go doubles, by copying, each
// time a call would overflow it. A copy walks every frame on the stack
// (their stack maps, read from the binary's pclntab), so growing a deep
// stack step by step costs far more than its size: compiling evloop's
// start-up libraries, deep in goja's recursive parser and compiler, took
// 4 to 5 copies per goroutine, ~5 % of an empty script's CPU time in a new
// process (perf record; most of it first touches of pclntab pages). Grow,
// called while the stack is shallow, makes one copy of a few frames instead.
package stack

// sink keeps grow's frame from being optimised away.
var sink byte

// Grow grows the calling goroutine's stack to 32 KiB, what compiling and
// running evloop's bootstrap reaches, unless it is that large already.
//
//go:noinline
func Grow() {
	var b [30 << 10]byte
	b[sink] = 1
	sink = b[len(b)-1]
}
