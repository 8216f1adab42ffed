//go:build !linux && !darwin && !freebsd

package js

// resourceUsage has no getrusage to read here (the page's wasm, windows):
// ok false, and process.cpuUsage() falls back to the real time since the
// process started, all of it user time (cpuFallback): an upper bound that
// only grows, so differences of two readings stay meaningful.
func resourceUsage() (u [16]float64, ok bool) { return u, false }
