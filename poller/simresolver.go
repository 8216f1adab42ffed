package poller

// simHosts is the simulated machine's hosts file. localhost has both
// loopback addresses, IPv4 first: what getaddrinfo answers, unsorted
// ('verbatim', node 20's default order), on the machine the conformance
// goldens are recorded on and on Ubuntu. (A Debian or macOS resolver puts
// ::1 first; a program that cares passes a family.)
const simHosts = "127.0.0.1 localhost\n::1 localhost\n"

// NewSimResolver returns the resolver of the simulated host: localhost
// (and *.localhost) and numeric addresses, nothing else. It never touches
// the real machine, so it builds for wasip1 and js. Safe from any goroutine.
func NewSimResolver() *Resolver { return NewResolver([]byte(simHosts)) }
