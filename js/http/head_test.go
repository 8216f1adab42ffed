package http

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
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

// TestHeadersObject checks httpHead's headers object against http.js's
// addHeader loop (copied here) on random header lists: same names, order
// and values, set-cookie arrays, first-wins and joined headers.
func TestHeadersObject(t *testing.T) {
	vm := goja.New()
	_, err := vm.RunString(`
const firstWins = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards',
  'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);
function addHeader(h, name, value) {
  if (name === 'set-cookie') { (h[name] || (h[name] = [])).push(value); return; }
  if (h[name] === undefined) { h[name] = value; return; }
  if (firstWins.has(name)) return;
  h[name] += (name === 'cookie' ? '; ' : ', ') + value;
}
function build(raw) { const h = {}; for (let i = 0; i < raw.length; i += 2) addHeader(h, raw[i].toLowerCase(), raw[i + 1]); return JSON.stringify(h); }
`)
	if err != nil {
		t.Fatal(err)
	}
	build, _ := goja.AssertFunction(vm.Get("build"))
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	names := []string{"Host", "host", "Set-Cookie", "set-cookie", "Cookie", "X-A", "x-a", "Content-Length", "Accept", "ETag", "Via"}
	values := []string{"a", "b c", "", "1", "x=y"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		var raw []string
		for i := rng.Intn(8); i > 0; i-- {
			raw = append(raw, names[rng.Intn(len(names))], values[rng.Intn(len(values))])
		}
		vals := make([]any, len(raw))
		rawJS := make([]any, len(raw))
		for i, s := range raw {
			vals[i] = vm.ToValue(s)
			rawJS[i] = s
		}
		want, err := build(goja.Undefined(), vm.NewArray(rawJS...))
		if err != nil {
			t.Fatal(err)
		}
		gotObj := headersObject(vm, raw, vals)
		got, err := stringify(goja.Undefined(), gotObj)
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("%q: got %s, want %s", raw, got, want)
		}
	}
	if v := headersObject(vm, []string{"Ä", "v"}, []any{vm.ToValue("Ä"), vm.ToValue("v")}); !goja.IsNull(v) {
		t.Errorf("non-ASCII name: got %v, want null", v)
	}
}

// TestHeadStrings checks that reading heads through a runtime's set of
// recent strings gives what reading them without one gives: every case
// twice (the second from the set), latin1 bytes beside the UTF-8 bytes of
// the string they read as (two keys that must not meet), and more distinct
// strings than the set keeps.
func TestHeadStrings(t *testing.T) {
	vm := goja.New()
	c := &headStrings{m: make(map[string]headString), lower: make(map[string]string)}
	heads := []string{
		"GET /\xe9 HTTP/1.1\r\nHost: x\r\nA: \xe9\r\n\r\n",
		"GET /\xc3\xa9 HTTP/1.1\r\nHost: x\r\nA: \xc3\xa9\r\n\r\n",
		"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nA: b\r\n\r\n",
		"HTTP/1.0 200\r\nX-Long: " + strings.Repeat("v", headStringMax+1) + "\r\n\r\n",
	}
	for i := 0; i < 2*headStringsMax; i++ {
		heads = append(heads, fmt.Sprintf("GET /%d HTTP/1.1\r\nX-N: %d\r\nHost: x\r\n\r\n", i, i))
	}
	for round := 0; round < 2; round++ {
		for _, in := range heads {
			request := strings.HasPrefix(in, "GET")
			want, _ := parseHTTPHead([]byte(in), request)
			got, _ := parseHead([]byte(in), request, c)
			if showHead(got) != showHead(want) {
				t.Fatalf("%q: got %s, want %s", in, showHead(got), showHead(want))
			}
			for _, s := range append([]string{got.f1, got.f2, got.f3}, got.raw...) {
				if v := c.value(vm, s); !v.StrictEquals(vm.ToValue(s)) {
					t.Fatalf("%q: value(%q) = %v", in, s, v)
				}
				if l := c.lowerName(s); l != asciiLower(s) {
					t.Fatalf("lowerName(%q) = %q", s, l)
				}
			}
		}
	}
	if len(c.m) > headStringsMax || len(c.lower) > headStringsMax {
		t.Errorf("the set holds %d strings and %d lowercase names, more than %d", len(c.m), len(c.lower), headStringsMax)
	}
}
