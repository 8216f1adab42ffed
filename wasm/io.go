//go:build wasip1

package main

import (
	"fmt"
	"maps"
	"slices"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

// realIO attaches the host's real I/O (the evloop import module) to a
// program. It is nil in the plain build, which imports nothing but WASI;
// the evloophost build sets it.
var realIO func(opts *js.Options, cfg abi.Config) error

// attachIO gives the program its I/O: simulated (the default, and the only
// kind in the plain build) or the host's real I/O.
func attachIO(opts *js.Options, cfg abi.Config, vc *loop.VirtualClock, files map[string]string) error {
	switch cfg.IO {
	case "", "sim":
		if vc != nil {
			simIO(opts, cfg, vc, files)
		}
		// On the real clock without the host's I/O a program has timers
		// and no I/O (the bindings say the capability is absent).
		return nil
	case "real":
		if realIO == nil {
			return fmt.Errorf("this module has simulated I/O only (io %q); the evloop host's build has real I/O", cfg.IO)
		}
		return realIO(opts, cfg)
	}
	return fmt.Errorf("io must be sim or real, not %q", cfg.IO)
}

// simIO is the page's and the plugin's I/O: a simulated pool of
// UV_THREADPOOL_SIZE workers (from the config's env), the in-memory
// loopback network, and an in-memory file system holding the page's files,
// on the virtual clock.
func simIO(opts *js.Options, cfg abi.Config, vc *loop.VirtualClock, files map[string]string) {
	fsys := poller.NewSimFSOnClock(vc.Now)
	for _, name := range slices.Sorted(maps.Keys(files)) { // sorted: the same inode numbers every run
		_ = fsys.WriteFile(name, []byte(files[name]), 0o644) // names are absolute and clean (start)
	}
	host, s := poller.NewSimHost(vc, poller.PoolSize(func(k string) string { return cfg.Env[k] }), poller.Latency{}, fsys)
	opts.Backend, opts.Host = s, host
}
