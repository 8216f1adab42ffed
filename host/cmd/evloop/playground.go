package main

import (
	"embed"
	"errors"
	"flag"
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
		return nil, errors.New("this binary has no playground built in: run `make site build` first")
	}
	return sub, nil
}

// playgroundCmd serves the playground on a local address until Ctrl-C.
func playgroundCmd(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("evloop playground", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	addr := fset.String("addr", "127.0.0.1:8080", "")
	if err := fset.Parse(args); err != nil {
		fmt.Fprintf(stderr, "evloop: %v\n", err)
		return 9
	}
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

