//go:build !unix && !wasip1

package poller

import "os"

// rename is os.Rename where there is no rename(2).
func rename(from, to string) error { return os.Rename(from, to) }
