//go:build !linux

package host

// Elsewhere than Linux pages fault in as they are first written
// (prefault_linux.go).

func populate([]byte) {}

func warmHeap(int) {}

func populateNewMappings(int) (stop func()) { return func() {} }
