package main

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
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
		// go install builds none: the page is bundled with npm packages.
		return nil, errors.New("this binary has no playground built in (a go install'ed evloop has none): " +
			"in an evloop checkout, run `make site build` (node 20 and npm on PATH), then bin/evloop playground; " +
			"or serve site/dist with any static file server (site/docs/embedding.md)")
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
