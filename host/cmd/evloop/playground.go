package main

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strconv"
	"strings"
)

// page is the built site (make site copies site/dist into playground/).
//
//go:embed all:playground
var page embed.FS

// sitePage returns the embedded page, or an error saying how to build it.
func sitePage() (fs.FS, error) {
	sub, err := fs.Sub(page, "playground")
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return nil, errors.New("this binary has no playground built in: run `make site build` first")
	}
	return sub, nil
}

// playgroundFlags are the options of evloop playground.
var playgroundFlags = []flagSpec{
	{name: "addr", arg: "HOST:PORT", usage: "the address to serve on (default 127.0.0.1:8080)",
		example: "evloop playground --addr=127.0.0.1:9000",
		apply:   func(o *options, v string) error { o.addr = v; return nil }},
	{name: "help", short: "h", usage: "print this help", example: "evloop playground --help",
		apply: func(o *options, _ string) error { o.help = true; return nil }},
}

func playgroundUsage() string {
	return usageIntro + "Usage:\n  evloop playground [--addr HOST:PORT]\n\n" +
		"Serves the playground page (the event loop stepped in your browser, on simulated\n" +
		"I/O) from this binary until Ctrl-C. It is built in by make site build.\n\nOptions:\n" +
		flagHelp(playgroundFlags)
}

// playgroundCmd serves the playground on a local address until Ctrl-C.
func playgroundCmd(args []string, stdout, stderr io.Writer) int {
	o := options{addr: "127.0.0.1:8080"}
	rest, err := parseFlags(playgroundFlags, args, &o)
	if err == nil && len(rest) > 0 {
		err = badUsage("playground takes no arguments, not %q", rest[0])
	}
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 9
	}
	if o.help {
		fmt.Fprint(stdout, playgroundUsage())
		return 0
	}
	addr := &o.addr
	site, err := sitePage()
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "evloop playground on http://%s/ (Ctrl-C stops it)\n", ln.Addr())
	srv := &http.Server{Handler: pageHandler(site)}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() { <-sig; srv.Close() }()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 1
	}
	return 0
}

// pageHandler serves the static files, with the wasm content type browsers
// need for streaming compilation. A file the page kept only gzipped (make
// site stores the 31 MB evloop.wasm as evloop.wasm.gz, 7 MB, so that
// bin/evloop does not carry it raw) is sent as it is to a browser that
// accepts gzip, and unpacked for one that does not.
func pageHandler(site fs.FS) http.Handler {
	files := http.FileServer(http.FS(site))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			w.Header().Set("Content-Type", "application/wasm")
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if _, err := fs.Stat(site, name); err != nil && name != "" && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
			if gz, err := fs.ReadFile(site, name+".gz"); err == nil {
				serveGzipped(w, r, name, gz)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

func serveGzipped(w http.ResponseWriter, r *http.Request, name string, gz []byte) {
	h := w.Header()
	if h.Get("Content-Type") == "" {
		if t := mime.TypeByExtension(path.Ext(name)); t != "" {
			h.Set("Content-Type", t)
		}
	}
	h.Add("Vary", "Accept-Encoding")
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h.Set("Content-Encoding", "gzip")
		h.Set("Content-Length", strconv.Itoa(len(gz)))
		if r.Method != http.MethodHead {
			w.Write(gz)
		}
		return
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		http.Error(w, "corrupt embedded file", http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodHead {
		io.Copy(w, zr)
	}
}

// acceptsGzip reads an Accept-Encoding header: gzip (or *) listed, and
// not with q=0.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		enc, params, _ := strings.Cut(part, ";")
		if enc = strings.TrimSpace(enc); !strings.EqualFold(enc, "gzip") && enc != "*" {
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
