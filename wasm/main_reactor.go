//go:build wasip1 && !evloopcmd

package main

// The reactor's main does nothing: the host calls _initialize, then the
// exports (main.go). The command build's main is in main_cmd.go.
func main() {}
