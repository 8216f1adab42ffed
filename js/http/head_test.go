package http

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

func TestParseHTTPHead(t *testing.T) {
	tests := []struct {
		name, in string
		request  bool
		ok       bool
		want     string // fmt of the parsed head
	}{
		{"incomplete", "GET / HTTP/1.1\r\nHost: a\r\n", true, false, ""},
		{"request", "GET /x?y HTTP/1.1\r\nHost: a\r\nX-Y:  v w \t\r\n\r\nbody", true, true,
			"end=43 fail= GET /x?y 1.1 0 [Host a X-Y v w]"},
		{"leading empty lines", "\r\n\r\nGET / HTTP/1.0\r\n\r\n", true, true, "end=22 fail= GET / 1.0 0 []"},
		{"lower-case method", "get / HTTP/1.1\r\n\r\n", true, true, "end=18 fail=HPE_INVALID_METHOD    0 []"},
		{"two spaces", "GET  / HTTP/1.1\r\n\r\n", true, true, "end=19 fail=HPE_INVALID_METHOD    0 []"},
		{"version digits", "GET / HTTP/11\r\n\r\n", true, true, "end=17 fail=HPE_INVALID_METHOD    0 []"},
		{"no colon", "GET / HTTP/1.1\r\nHost\r\n\r\n", true, true, "end=24 fail=HPE_INVALID_HEADER_TOKEN GET / 1.1 0 []"},
		{"empty name", "GET / HTTP/1.1\r\n: v\r\n\r\n", true, true, "end=23 fail=HPE_INVALID_HEADER_TOKEN GET / 1.1 0 []"},
		{"latin1 and nbsp", "GET /\xe9 HTTP/1.1\r\nA: \xa0\xff\xa0\r\n\r\n", true, true, "end=27 fail= GET /é 1.1 0 [A ÿ]"},
		{"status", "HTTP/1.1 404 Not Found\r\nA: b\r\n\r\n", false, true, "end=32 fail= 1.1  Not Found 404 [A b]"},
		{"status no reason", "HTTP/1.0 200\r\n\r\n", false, true, "end=16 fail= 1.0   200 []"},
		{"status empty reason", "HTTP/1.1 200 \r\n\r\n", false, true, "end=17 fail= 1.1   200 []"},
		{"status four digits", "HTTP/1.1 2000 OK\r\n\r\n", false, true, "end=20 fail=HPE_INVALID_CONSTANT    0 []"},
		{"status lone CR", "HTTP/1.1 200 O\rK\r\n\r\n", false, true, "end=20 fail=HPE_INVALID_CONSTANT    0 []"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := parseHTTPHead([]byte(tt.in), tt.request)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if got := showHead(h); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func showHead(h httpHead) string {
	return fmt.Sprintf("end=%d fail=%s %s %s %s %d %v", h.end, h.fail, h.f1, h.f2, h.f3, h.code, h.raw)
}

// TestParseHTTPHeadRegexps checks the hand-written matcher against the
// regular expressions http.js used, on random lines from a small
// alphabet (\s and . spelled out for latin1 as JS defines them).
func TestParseHTTPHeadRegexps(t *testing.T) {
	const ws = `\t\n\v\f\r \x{a0}`
	reqRe := regexp.MustCompile(`^([A-Z]+) ([^` + ws + `]+) HTTP/(\d)\.(\d)$`)
	resRe := regexp.MustCompile(`^HTTP/(\d)\.(\d) (\d{3})(?: ([^\r\n]*))?$`)
	alphabet := []string{"G", "E", "T", "g", " ", " ", "/", "HTTP/", "1", ".", "0", "\r", "\n", "\t", "\xa0", "x", "200"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var sb strings.Builder
		switch i % 3 {
		case 0:
			sb.WriteString("GET /a HTTP/1.1")
		case 1:
			sb.WriteString("HTTP/1.1 200 OK")
		}
		for n := rng.Intn(6); n > 0; n-- {
			piece := alphabet[rng.Intn(len(alphabet))]
			at := rng.Intn(sb.Len() + 1)
			s := sb.String()
			sb.Reset()
			sb.WriteString(s[:at] + piece + s[at:])
		}
		line := sb.String()
		if strings.Contains(line, "\r\n") || strings.HasPrefix(line, "\r\n") {
			continue
		}
		u := latin1String([]byte(line))
		for _, request := range []bool{true, false} {
			h, ok := parseHTTPHead([]byte(line+"\r\n\r\n"), request)
			if !ok {
				if line == "" || strings.HasSuffix(line, "\r") {
					continue
				}
				t.Fatalf("%q: no head found", line)
			}
			re := resRe
			if request {
				re = reqRe
			}
			if want := re.MatchString(u); want != (h.fail == "") {
				t.Errorf("%q (request %v): matched %v, regexp %v", line, request, h.fail == "", want)
			}
		}
	}
}
