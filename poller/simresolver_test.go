package poller

import (
	"errors"
	"slices"
	"testing"
)

func TestNewSimResolver(t *testing.T) {
	r := NewSimResolver()
	cases := []struct {
		host   string
		family int
		addrs  []string
		fams   []int
	}{
		{"localhost", 0, []string{"127.0.0.1", "::1"}, []int{4, 6}},
		{"LOCALHOST.", 0, []string{"127.0.0.1", "::1"}, []int{4, 6}},
		{"localhost", 4, []string{"127.0.0.1"}, []int{4}},
		{"localhost", 6, []string{"::1"}, []int{6}},
		{"app.localhost", 0, []string{"127.0.0.1", "::1"}, []int{4, 6}},
		{"10.1.2.3", 0, []string{"10.1.2.3"}, []int{4}},
		{"::ffff:10.1.2.3", 0, []string{"::ffff:10.1.2.3"}, []int{4}},
		{"example.com", 0, nil, nil},
		{"10.1.2.3", 6, nil, nil},
	}
	for _, c := range cases {
		addrs, fams, err := r.Lookup(c.host, c.family)
		if c.addrs == nil {
			var le *LookupError
			if !errors.As(err, &le) || le.ErrCode() != "ENOTFOUND" || le.Host != c.host {
				t.Errorf("Lookup(%q, %d) = %v, %v, %v; want ENOTFOUND", c.host, c.family, addrs, fams, err)
			}
			continue
		}
		if err != nil || !slices.Equal(addrs, c.addrs) || !slices.Equal(fams, c.fams) {
			t.Errorf("Lookup(%q, %d) = %v, %v, %v; want %v %v", c.host, c.family, addrs, fams, err, c.addrs, c.fams)
		}
	}
}
