//go:build !linux && !darwin && !freebsd

package js

// processNice is 0 where there are no process priorities to read (wasm
// builds, where the page and the plugin run with no scheduler of their own).
func processNice() int { return 0 }
