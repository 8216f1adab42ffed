//go:build !unix

package host

import "github.com/tetratelabs/wazero/experimental"

// memoryAllocator is wazero's own (a Go slice grown by append) where there
// is no mmap to reserve a guest's memory with.
var memoryAllocator experimental.MemoryAllocator
