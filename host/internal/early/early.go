// Package early grows the main goroutine's stack when it is initialised.
// The CLI imports it for that alone (import _): it has no imports of its
// own, so Go initialises it before nearly every other package (ready
// packages are initialised in import-path order, and host/ sorts before
// js/ and loop/), and the package inits that follow — regexp compiles,
// unicode tables — run on the grown stack instead of copying it as they
// deepen. js/internal/stack says why a copy costs; it cannot be imported
// from here (it is internal to js/), so the same few lines are repeated.
package early

// sink keeps grow's frame from being optimised away.
var sink byte

//go:noinline
func grow() {
	var b [30 << 10]byte
	b[sink] = 1
	sink = b[len(b)-1]
}

func init() { grow() }
