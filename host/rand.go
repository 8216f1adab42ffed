package host

import "crypto/rand"

// randReader gives the guest's WASI random_get real randomness (the guest
// seeds its own deterministic source on the virtual clock).
type randReader struct{}

func (randReader) Read(p []byte) (int, error) { return rand.Read(p) }
