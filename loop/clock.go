package loop

import (
	"sync"
	"time"
)

// Clock is the loop's source of time, in nanoseconds since the loop started.
//
// The real clock follows the monotonic clock. The virtual clock moves only
// when the loop would wait (it jumps straight to the next deadline), when
// the program reads it, and when a callback runs (each costs ReadCost), so the same script gives a
// byte-identical trace every time, and a busy-wait on Date.now() still ends.
type Clock interface {
	// Now returns the current time. Programs reading the time (Date.now,
	// performance.now) call Read instead, which the virtual clock charges for.
	Now() time.Duration
	// Read returns the current time as a program sees it.
	Read() time.Duration
	// Virtual reports whether Advance is how time moves.
	Virtual() bool
}

// RealClock follows the monotonic clock from the moment it was created.
type RealClock struct{ start time.Time }

// NewRealClock returns a clock whose zero is now.
func NewRealClock() *RealClock { return &RealClock{start: time.Now()} }

// Now returns the time since the clock was created.
func (c *RealClock) Now() time.Duration { return time.Since(c.start) }

// Read is Now.
func (c *RealClock) Read() time.Duration { return time.Since(c.start) }

// Virtual returns false.
func (c *RealClock) Virtual() bool { return false }

// Epoch returns the wall-clock time of the clock's zero.
func (c *RealClock) Epoch() time.Time { return c.start }

// VirtualClock is a deterministic clock. Safe from any goroutine.
type VirtualClock struct {
	mu       sync.Mutex
	now      time.Duration
	readCost time.Duration
}

// DefaultReadCost is how far the virtual clock moves each time a program
// reads it: about what a Date.now() call and the loop around it cost in node.
const DefaultReadCost = time.Microsecond

// NewVirtualClock returns a virtual clock at zero that charges readCost per
// Read (0 means DefaultReadCost; a negative value means reads are free).
func NewVirtualClock(readCost time.Duration) *VirtualClock {
	if readCost == 0 {
		readCost = DefaultReadCost
	}
	if readCost < 0 {
		readCost = 0
	}
	return &VirtualClock{readCost: readCost}
}

// Now returns the virtual time.
func (c *VirtualClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Read returns the virtual time, then moves it on by the read cost.
func (c *VirtualClock) Read() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.now
	c.now += c.readCost
	return t
}

// Charge moves the clock on by the read cost: the loop charges it for every
// callback it runs, so a chain of immediates still lets time pass and a
// timer it waits for comes due, as on a real machine.
func (c *VirtualClock) Charge() {
	c.mu.Lock()
	c.now += c.readCost
	c.mu.Unlock()
}

// Advance moves the clock forward by d (never backwards).
func (c *VirtualClock) Advance(d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now += d
	c.mu.Unlock()
}

// Virtual returns true.
func (c *VirtualClock) Virtual() bool { return true }
