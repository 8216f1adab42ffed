package loop_test

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestTopLevel keeps the repository's top level to the fixed set the
// project's brief names (dotfiles aside, and what the build makes and git
// ignores): a new folder beside them belongs inside one of them.
func TestTopLevel(t *testing.T) {
	fixed := []string{"go.mod", "go.sum", "wasm", "host", "loop", "poller", "js", "site", "Makefile", "README.md"}
	built := []string{"bin", "evloop"} // make build's output (.gitignore)
	entries, err := os.ReadDir("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || slices.Contains(fixed, n) || slices.Contains(built, n) {
			continue
		}
		t.Errorf("%s at the top level: the top level is %s (and dotfiles)", n, strings.Join(fixed, " "))
	}
}
