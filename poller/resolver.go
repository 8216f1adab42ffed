package poller

import (
	"bufio"
	"bytes"
	"net/netip"
	"os"
	"strings"
	"sync"

	"github.com/evloop/evloop/loop/sys"
)

// Resolver is sys.Resolver without DNS: numeric addresses, the hosts file
// and localhost, which is all getaddrinfo needs for the programs evloop
// runs (they talk to themselves over loopback). Safe from any goroutine.
type Resolver struct {
	once  sync.Once
	hosts []byte
	table map[string][]netip.Addr // lower-case name → addresses in file order
}

var _ sys.Resolver = (*Resolver)(nil)

// NewResolver returns a resolver over hosts, a file in /etc/hosts format;
// nil reads /etc/hosts on first use (a missing file is an empty one).
func NewResolver(hosts []byte) *Resolver { return &Resolver{hosts: hosts} }

// LookupError is a failed lookup. ErrCode is node's code: ENOTFOUND.
type LookupError struct{ Host string }

func (e *LookupError) Error() string { return "getaddrinfo ENOTFOUND " + e.Host }

// ErrCode returns "ENOTFOUND".
func (e *LookupError) ErrCode() string { return "ENOTFOUND" }

// Lookup returns host's addresses and their families (4 or 6), restricted
// to family when it is 4 or 6, in the order getaddrinfo gives them with
// node's verbatim ordering: hosts-file order.
func (r *Resolver) Lookup(host string, family int) ([]string, []int, error) {
	r.once.Do(r.load)
	var addrs []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{a}
	} else {
		name := strings.ToLower(strings.TrimSuffix(host, "."))
		addrs = r.table[name]
		if len(addrs) == 0 && (name == "localhost" || strings.HasSuffix(name, ".localhost")) {
			addrs = []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("::1")}
		}
	}
	var out []string
	var fams []int
	for _, a := range addrs {
		f := 4
		if a.Is6() && !a.Is4In6() {
			f = 6
		}
		if family != 0 && family != f {
			continue
		}
		out = append(out, a.String())
		fams = append(fams, f)
	}
	if len(out) == 0 {
		return nil, nil, &LookupError{Host: host}
	}
	return out, fams, nil
}

func (r *Resolver) load() {
	data := r.hosts
	if data == nil {
		data, _ = os.ReadFile("/etc/hosts")
	}
	r.table = map[string][]netip.Addr{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		a, err := netip.ParseAddr(fields[0])
		if err != nil {
			continue
		}
		for _, name := range fields[1:] {
			name = strings.ToLower(name)
			r.table[name] = append(r.table[name], a)
		}
	}
}
