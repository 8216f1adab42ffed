package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

// Each file goes out in the best stored encoding the browser takes, with
// CORS for every origin and a year's caching only for hashed names.
func TestPageHandler_encodingsCORSCaching(t *testing.T) {
	site := fstest.MapFS{
		"index.html": {Data: []byte("<h1>evloop</h1>")}, "index.html.br": {Data: []byte("BR-index")}, "index.html.gz": {Data: []byte("GZ-index")},
		"evloop.0123abcd.wasm.br": {Data: []byte("BR-wasm")}, "evloop.0123abcd.wasm.gz": {Data: []byte("GZ-wasm")},
		"widget.js": {Data: []byte("widget()")},
	}
	srv := httptest.NewServer(pageHandler(site))
	defer srv.Close()
	for _, tc := range []struct {
		name, path, accept                          string
		wantEncoding, wantBody, wantCache, wantType string
	}{
		{"brotli first", "/", "gzip, deflate, br", "br", "BR-index", "no-cache", "text/html; charset=utf-8"},
		{"gzip when no br", "/index.html", "gzip", "gzip", "GZ-index", "no-cache", "text/html; charset=utf-8"},
		{"plain file", "/", "", "", "<h1>evloop</h1>", "no-cache", "text/html; charset=utf-8"},
		{"hashed engine, brotli", "/evloop.0123abcd.wasm", "br", "br", "BR-wasm", "public, max-age=31536000, immutable", "application/wasm"},
		{"br refused", "/evloop.0123abcd.wasm", "br;q=0, gzip", "gzip", "GZ-wasm", "public, max-age=31536000, immutable", "application/wasm"},
		{"no compressed copy", "/widget.js", "br, gzip", "", "widget()", "no-cache", "text/javascript; charset=utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tc.path, nil)
			req.Header.Set("Accept-Encoding", tc.accept)
			req.Header.Set("Origin", "http://blog.example")
			resp, err := http.DefaultTransport.RoundTrip(req) // no transparent gunzip
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			h := resp.Header
			if resp.StatusCode != 200 || h.Get("Content-Encoding") != tc.wantEncoding || string(body) != tc.wantBody ||
				h.Get("Cache-Control") != tc.wantCache || h.Get("Content-Type") != tc.wantType || h.Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("%d encoding %q body %q cache %q type %q cors %q", resp.StatusCode, h.Get("Content-Encoding"), body,
					h.Get("Cache-Control"), h.Get("Content-Type"), h.Get("Access-Control-Allow-Origin"))
			}
		})
	}
}

// A binary without the page (go install builds none) says how to get it.
func TestPlayground_notBuiltSaysHow(t *testing.T) {
	if _, err := sitePage(); err == nil {
		t.Skip("this binary has the page built in (make site)")
	}
	var out, errb strings.Builder
	if code := playgroundCmd(nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "make site build") || !strings.Contains(errb.String(), "go install") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}
