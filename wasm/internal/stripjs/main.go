// Command stripjs writes copies of evloop's embedded JavaScript (the .js
// files under js/ that the Go packages embed) with their comment lines
// emptied, and a go build -overlay file that puts the copies in place of
// the originals (and a stub in place of each file the page's build never
// reads: pageless). The Makefile builds the page's wasm module with it: the
// comments explain the code to its readers but cost the page ~20 KB of
// download with brotli, and nothing at run time needs them.
//
//	go run ./wasm/internal/stripjs -root . -out host/wasmbin/webjs
//	go build -overlay host/wasmbin/webjs/overlay.json ...
//
// Every line keeps its number, so error positions inside a built-in are
// the same in both builds; a file where a comment line could be part of a
// template literal is not changed (strip.go).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	root := flag.String("root", ".", "the evloop module's root")
	out := flag.String("out", "", "where to write the copies and overlay.json")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "stripjs: -out is required")
		os.Exit(2)
	}
	n, saved, err := run(*root, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stripjs:", err)
		os.Exit(1)
	}
	fmt.Printf("stripjs: %d files, %d bytes of comment lines left out\n", n, saved)
}

// run writes the stripped copies of root/js/**/*.js (not test data) under
// out and out/overlay.json, and says how many files changed and by how
// many bytes.
func run(root, out string) (files, saved int, err error) {
	root, err = filepath.Abs(root)
	if err != nil {
		return 0, 0, err
	}
	out, err = filepath.Abs(out)
	if err != nil {
		return 0, 0, err
	}
	if err := os.RemoveAll(out); err != nil {
		return 0, 0, err
	}
	replace := map[string]string{}
	err = eachChanged(filepath.Join(root, "js"), func(p, src, s string) error {
		rel, _ := filepath.Rel(root, p)
		if slices.Contains(pageless, filepath.ToSlash(rel)) {
			return nil
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, []byte(s), 0o644); err != nil {
			return err
		}
		replace[p] = dst
		files++
		saved += len(src) - len(s)
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	for _, rel := range pageless {
		p := filepath.Join(root, filepath.FromSlash(rel))
		src, err := os.ReadFile(p)
		if err != nil {
			return 0, 0, err
		}
		dst := filepath.Join(out, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return 0, 0, err
		}
		if err := os.WriteFile(dst, []byte(pagelessSource), 0o644); err != nil {
			return 0, 0, err
		}
		replace[p] = dst
		files++
		saved += len(src) - len(pagelessSource)
	}
	b, err := json.MarshalIndent(map[string]any{"Replace": replace}, "", "\t")
	if err != nil {
		return 0, 0, err
	}
	return files, saved, os.WriteFile(filepath.Join(out, "overlay.json"), b, 0o644)
}

// pageless are embedded files the page's build (evloopweb) never reads:
// lib/intl.js is the Intl global's, which that build leaves out
// (js/locale_web.go: hasIntl is false, so js/globals.go never loads it);
// lib/atomics.js is SharedArrayBuffer's and Atomics' (js/clilibs_web.go:
// hasAtomics is false). Their copies are one line that throws, in case one
// is ever read.
var pageless = []string{"js/lib/intl.js", "js/lib/atomics.js"}

const pagelessSource = "throw new Error('this file is not in the page\\'s build of evloop (wasm/internal/stripjs)');\n"

// eachChanged calls fn with each JavaScript file under dir (not test data)
// that strip changes: its path, its text and the stripped text.
func eachChanged(dir string, fn func(path, src, stripped string) error) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".js") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if s := strip(string(src)); s != string(src) {
			return fn(p, string(src), s)
		}
		return nil
	})
}
