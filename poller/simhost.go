package poller

import (
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/sys"
)

// NewSimHost returns the Host of the simulated I/O (--io=sim, the page,
// the virtual-clock tests) and its backend, to pass as js.Options.Backend:
// a simulated pool of poolSize workers on clock with latencies lat, the
// loopback network, the hosts-file resolver over localhost only, and fsys
// as the file system (nil: an empty SimFS on the clock, with /tmp). Nothing
// is denied: the simulation touches nothing outside itself.
func NewSimHost(clock *loop.VirtualClock, poolSize int, lat Latency, fsys sys.FS) (*sys.Host, *Sim) {
	s := NewSim(clock, poolSize, lat)
	if fsys == nil {
		fsys = NewSimFSOnClock(clock.Now)
	}
	host := &sys.Host{Pool: s, FS: fsys, Net: NewSimNet(s), Resolver: NewSimResolver()}
	if sfs, ok := fsys.(*SimFS); ok {
		host.Watcher = NewSimWatcher(sfs, s)
	}
	return host, s
}
