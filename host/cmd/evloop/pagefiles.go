package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// pageHandler serves the built page for `evloop playground`. make site
// stores each text file with a brotli (name.br) and a gzip (name.gz) copy
// beside it, and the engine (evloop.<hash>.wasm) only compressed: a file
// goes out in the encoding the browser prefers among those stored, a file
// kept only gzipped is unpacked for a browser that takes no gzip. Every
// response allows any origin (a blog elsewhere may load the widget, whose
// worker fetches the engine), and files whose names carry their content's
// hash are cached for a year.
func pageHandler(site fs.FS) http.Handler {
	files := http.FileServer(http.FS(site))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			files.ServeHTTP(w, r)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "." || name == "" || strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		if hashed().MatchString(name) {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache") // revalidate: the page may be rebuilt under the same name
		}
		if t := mime.TypeByExtension(path.Ext(name)); t != "" {
			h.Set("Content-Type", t)
		}
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range [...]struct{ ext, name string }{{".br", "br"}, {".gz", "gzip"}} {
			data, err := fs.ReadFile(site, name+enc.ext)
			if err != nil {
				continue
			}
			h.Set("Vary", "Accept-Encoding")
			if accepts(accept, enc.name) {
				h.Set("Content-Encoding", enc.name)
				h.Set("Content-Length", strconv.Itoa(len(data)))
				if r.Method != http.MethodHead {
					w.Write(data)
				}
				return
			}
		}
		if _, err := fs.Stat(site, name); err != nil {
			if gz, err := fs.ReadFile(site, name+".gz"); err == nil {
				serveUnpacked(w, r, gz)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

// hashed matches the names build.mjs gives files by their content's hash
// (evloop.3f2a9c1b.wasm, worker.3f2a9c1b.js).
// Made on first use: every run would compile it in the package init.
var hashed = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\.[0-9a-f]{8,}\.[a-z]+$`) })

// serveUnpacked sends a gzipped file decompressed, for a browser that
// takes no gzip.
func serveUnpacked(w http.ResponseWriter, r *http.Request, gz []byte) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		http.Error(w, "corrupt embedded file", http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodHead {
		io.Copy(w, zr)
	}
}

// accepts reads an Accept-Encoding header: enc (or *) listed, and not
// with q=0.
func accepts(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if name = strings.TrimSpace(name); !strings.EqualFold(name, enc) && name != "*" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		return q > 0
	}
	return false
}
