// Command bench runs the same small JS programs under node and under evloop
// (each engine) in one run and prints medians and ratios.
//
// Each program measures itself and prints "ms=<number>" (empty.js measures
// nothing: its figure is the wall time of the whole process, start-up
// included). Ratios are evloop / node: below 1 means evloop is faster.
//
//	go run ./js/internal/bench -evloop bin/evloop [-runs 5] [-engines native,wasm] [-only timers]
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type result struct {
	ms  float64
	err string
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	evloop := fs.String("evloop", "bin/evloop", "the evloop binary")
	node := fs.String("node", "node", "the node binary")
	runs := fs.Int("runs", 5, "runs per program and engine (the median is reported)")
	engines := fs.String("engines", "native,wasm", "evloop engines to measure")
	only := fs.String("only", "", "run only programs whose name contains this")
	dir := fs.String("programs", "js/internal/bench/programs", "the programs")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files, _ := filepath.Glob(filepath.Join(*dir, "*.js"))
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintln(stderr, "bench: no programs in", *dir)
		return 1
	}
	engs := strings.Split(*engines, ",")
	fmt.Fprintf(stdout, "%-22s %12s", "program (median ms)", "node")
	for _, e := range engs {
		fmt.Fprintf(stdout, " %14s %8s", "evloop "+e, "ratio")
	}
	fmt.Fprintln(stdout)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".js")
		if *only != "" && !strings.Contains(name, *only) {
			continue
		}
		n := median(measure([]string{*node, f}, *runs))
		fmt.Fprintf(stdout, "%-22s %12s", name, show(n))
		for _, e := range engs {
			ev := median(measure([]string{*evloop, "run", "--engine=" + e, f}, *runs))
			ratio := "-"
			if n.err == "" && ev.err == "" && n.ms > 0 {
				ratio = fmt.Sprintf("%.2f×", ev.ms/n.ms)
			}
			fmt.Fprintf(stdout, " %14s %8s", show(ev), ratio)
		}
		fmt.Fprintln(stdout)
	}
	return 0
}

var msRe = regexp.MustCompile(`ms=([0-9.]+)`)

// measure runs argv n times and returns the figure each run reported (or
// its wall time when it reported none).
func measure(argv []string, n int) []result {
	var out []result
	for i := 0; i < n; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		start := time.Now()
		err := cmd.Run()
		wall := float64(time.Since(start).Microseconds()) / 1e3
		cancel()
		if err != nil {
			msg := strings.TrimSpace(firstLine(se.String()))
			if msg == "" {
				msg = err.Error()
			}
			out = append(out, result{err: msg})
			continue
		}
		if m := msRe.FindStringSubmatch(so.String()); m != nil {
			v, _ := strconv.ParseFloat(m[1], 64)
			out = append(out, result{ms: v})
		} else {
			out = append(out, result{ms: wall})
		}
	}
	return out
}

func median(rs []result) result {
	var ok []float64
	for _, r := range rs {
		if r.err == "" {
			ok = append(ok, r.ms)
		}
	}
	if len(ok) == 0 {
		if len(rs) > 0 {
			return rs[0]
		}
		return result{err: "no runs"}
	}
	sort.Float64s(ok)
	return result{ms: ok[len(ok)/2]}
}

func show(r result) string {
	if r.err != "" {
		return "error"
	}
	return fmt.Sprintf("%.2f", r.ms)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
