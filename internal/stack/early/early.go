// Package early grows the main goroutine's stack when it is initialised.
// A command imports it for that alone (import _): it has no imports of its
// own, so Go initialises it before nearly every other package (ready
// packages are initialised in import-path order), and the package inits
// that follow — regexp compiles, unicode tables — run on the grown stack
// instead of copying it as they deepen.
package early

import "github.com/evloop/evloop/internal/stack"

func init() { stack.Grow() }
