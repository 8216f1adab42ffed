package loop_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection keeps the packages' dependencies pointing one way:
// loop → stdlib · poller → loop, x/sys · js → loop, goja (js/esm and
// js/inspect, js/internal/stack and the AST passes js/internal/relchain, catchhook, evalguard, trywrap, agmark and argsarrow; none of the binding rooms) · a binding room (js/crypto,
// js/dns, js/fs, js/net, js/http) → js, loop/sys, never a backend or another room ·
// wasm → loop, poller, js · host → wazero, poller, the ABI package and
// js/esm (the ES-module transform it runs for the guest: esbuild, no
// goja), never the JS runtime or goja.
func TestImportDirection(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	const mod = "github.com/evloop/evloop/"
	roomForbidden := []string{mod + "poller", mod + "wasm", mod + "host", "github.com/tetratelabs/wazero",
		mod + "js/builtins", mod + "js/net", mod + "js/dns", mod + "js/crypto", mod + "js/fs", mod + "js/http", mod + "js/tls", mod + "js/zlib"}
	rules := []struct {
		pkg       string
		forbidden []string // import path prefixes the package must not depend on
		allowed   []string // exceptions to forbidden, exact import paths
	}{
		{pkg: "loop", forbidden: []string{mod + "poller", mod + "js", mod + "wasm", mod + "host", "github.com/dop251/goja", "golang.org/x/sys", "github.com/tetratelabs/wazero"}},
		{pkg: "loop/trace", forbidden: []string{mod + "poller", mod + "js", mod + "wasm", mod + "host", "github.com/dop251", "github.com/tetratelabs", "golang.org/x/"}},
		{pkg: "loop/sys", forbidden: []string{mod + "poller", mod + "js", mod + "wasm", mod + "host", "github.com/dop251", "github.com/tetratelabs", "golang.org/x/"}},
		{pkg: "poller", forbidden: []string{mod + "js", mod + "wasm", mod + "host", "github.com/dop251/goja", "github.com/tetratelabs/wazero"}},
		// (esbuild, used by js/esm, brings golang.org/x/sys/unix with it.)
		// The runtime core knows none of the binding rooms (js/fs, js/zlib,
		// ...): they register through its public API, the composition
		// roots choose them.
		{pkg: "js", forbidden: []string{mod + "poller", mod + "wasm", mod + "host", mod + "js/", "github.com/tetratelabs/wazero"},
			allowed: []string{mod + "js/esm", mod + "js/inspect", mod + "js/internal/stack", mod + "js/internal/safeexport", mod + "js/internal/relchain",
				mod + "js/internal/astwalk", mod + "js/internal/catchhook", mod + "js/internal/evalguard", mod + "js/internal/trywrap",
				mod + "js/internal/agmark", mod + "js/internal/argsarrow"}},
		// The binding rooms see the core through its public API and the
		// I/O boundary (loop/sys), never a backend or another room.
		{pkg: "js/crypto", forbidden: roomForbidden, allowed: []string{mod + "js/crypto"}},
		{pkg: "js/dns", forbidden: roomForbidden, allowed: []string{mod + "js/dns"}},
		{pkg: "js/fs", forbidden: roomForbidden, allowed: []string{mod + "js/fs"}},
		{pkg: "js/net", forbidden: roomForbidden, allowed: []string{mod + "js/net"}},
		{pkg: "js/http", forbidden: roomForbidden, allowed: []string{mod + "js/http"}},
		{pkg: "wasm", forbidden: []string{mod + "host", "github.com/tetratelabs/wazero"}},
		{pkg: "host", forbidden: []string{mod + "js", "github.com/dop251/goja"}, allowed: []string{mod + "js/esm"}},
	}
	for _, r := range rules {
		t.Run(r.pkg, func(t *testing.T) {
			cmd := exec.Command("go", "list", "-deps", mod+r.pkg)
			if r.pkg == "wasm" {
				cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm") // the module builds only there
			}
			out, err := cmd.CombinedOutput()
			if err != nil {
				if strings.Contains(string(out), "no Go files") || strings.Contains(string(out), "no required module provides") {
					t.Skipf("%s has no Go files yet", r.pkg)
				}
				t.Fatalf("go list: %v\n%s", err, out)
			}
		deps:
			for _, dep := range strings.Fields(string(out)) {
				for _, ok := range r.allowed {
					if dep == ok {
						continue deps
					}
				}
				for _, bad := range r.forbidden {
					if strings.HasPrefix(dep, bad) {
						t.Errorf("%s depends on %s", r.pkg, dep)
					}
				}
			}
		})
	}
}
