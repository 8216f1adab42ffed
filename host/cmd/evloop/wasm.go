package main

import (
	"fmt"
	"io"
)

// runWasm runs the script on the wasm build of the core, through the wazero host.
func runWasm(o options, filename, src string, argv []string, traceW, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "evloop: the wasm engine is not wired into this build yet (use --engine=native)")
	return 1
}
