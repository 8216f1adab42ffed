// Command bench runs the same small JS programs under node, evloop (each
// engine) and goja_nodejs (goja with its own event loop, the peer: built from
// the separate module in ./peer) in one run, and prints one table of ratios.
//
// Each program measures itself and prints "ms=<number>" (empty.js measures
// nothing: its figure is the wall time of the whole process, start-up
// included). Runs are interleaved — run i of every runtime, then run i+1 — and
// each ratio is taken per run, so its min–max spread says how much the shared
// machine moved it. Every run's output, with its timing figures masked, must
// equal node's; a program that differs is reported and the exit code is 1.
//
// A program whose first lines say "// needs: <module>" uses a node module
// goja_nodejs does not have (fs, net, http): the peer column is left empty.
//
// -base names a second evloop binary (an older build) run the same way in
// the same interleaved runs, for before/after ratios that the machine's load
// moves alike. -cpu adds a second table from each process's CPU time (user +
// system, start-up included): on a busy shared machine the programs' own
// wall-clock figures move with the load far more than the work they did.
//
//	go run ./js/internal/bench -evloop bin/evloop -peer bin/goja_nodejs-peer [-runs 5] [-engines native,wasm] [-only timers,immediate] [-base old/evloop] [-cpu]
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
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// A runner is one column: how to start a program under one runtime.
type runner struct {
	name string
	argv func(file string) []string
	env  []string
	peer bool // goja_nodejs: skips programs that need node modules it lacks
}

// A result is one run of one program under one runner.
type result struct {
	ms  float64
	cpu float64 // the process's user + system time, ms
	out string  // stdout with timing figures masked
	err string
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	evloop := fs.String("evloop", "bin/evloop", "the evloop binary")
	node := fs.String("node", "node", "the node binary")
	peer := fs.String("peer", "", "the goja_nodejs runner (go build ./js/internal/bench/peer); empty: no peer column")
	runs := fs.Int("runs", 5, "runs per program and runtime (median and min–max reported)")
	engines := fs.String("engines", "native,wasm", "evloop engines to measure (the first is the one compared with node and the peer)")
	only := fs.String("only", "", "run only programs whose name contains one of these (comma-separated)")
	dir := fs.String("programs", "js/internal/bench/programs", "the programs")
	timeout := fs.Duration("timeout", 3*time.Minute, "the longest one run may take")
	base := fs.String("base", "", "a second evloop binary (an older build) to compare the first engine with, in the same runs")
	cpu := fs.Bool("cpu", false, "also print a table of the processes' CPU time (user + system)")
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *runs < 1 {
		fmt.Fprintln(stderr, "bench: -runs must be at least 1")
		return 2
	}
	files, _ := filepath.Glob(filepath.Join(*dir, "*.js"))
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintln(stderr, "bench: no programs in", *dir)
		return 1
	}
	// The CLI sets GOGC=400 for itself unless GOGC is set; the peer gets the
	// same collector so that the two goja loops differ by their own work only.
	gogc := "GOGC=400"
	if v, ok := os.LookupEnv("GOGC"); ok {
		gogc = "GOGC=" + v
	}
	rs := []runner{{name: "node", argv: func(f string) []string { return []string{*node, f} }}}
	var engs []string
	for _, e := range strings.Split(*engines, ",") {
		if e = strings.TrimSpace(e); e != "" {
			engs = append(engs, e)
			e := e
			rs = append(rs, runner{name: "evloop " + e, argv: func(f string) []string {
				return []string{*evloop, "run", "--engine=" + e, f}
			}})
		}
	}
	if len(engs) == 0 {
		fmt.Fprintln(stderr, "bench: no engines")
		return 2
	}
	if *peer != "" {
		rs = append(rs, runner{name: "goja_nodejs", peer: true, env: []string{gogc},
			argv: func(f string) []string { return []string{*peer, f} }})
	}
	baseCol := -1
	if *base != "" {
		baseCol = len(rs)
		rs = append(rs, runner{name: "evloop " + engs[0] + " base", argv: func(f string) []string {
			return []string{*base, "run", "--engine=" + engs[0], f}
		}})
	}
	peerCol := -1
	for j, r := range rs {
		if r.peer {
			peerCol = j
		}
	}

	fmt.Fprintf(stdout, "%s · %s · %d runs each, interleaved · load average %s\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), machine(), *runs, loadavg())
	// Columns: medians in ms, then the ratios with their spread.
	head := []string{"program"}
	for _, r := range rs {
		head = append(head, r.name+" ms")
	}
	first := "evloop " + engs[0]
	head = append(head, first+" / node")
	if *peer != "" {
		head = append(head, first+" / goja_nodejs")
	}
	for _, e := range engs[1:] {
		head = append(head, "evloop "+e+" / "+engs[0])
	}
	if baseCol >= 0 {
		head = append(head, first+" / base")
	}
	fmt.Fprintln(stdout, "| "+strings.Join(head, " | ")+" |")
	fmt.Fprintln(stdout, "|---"+strings.Repeat("|---:", len(head)-1)+"|")
	var cpuRows []string // the -cpu table, printed after this one

	bad := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".js")
		if !selected(name, *only) {
			continue
		}
		needs := needsModules(f)
		res := make([][]result, len(rs)) // [runner][run]
		for i := 0; i < *runs; i++ {
			for j, r := range rs {
				if r.peer && needs != "" {
					res[j] = append(res[j], result{err: "needs " + needs})
					continue
				}
				res[j] = append(res[j], measure(r.argv(f), r.env, *timeout))
			}
		}
		// Every run's output must be node's (same run, figures masked).
		for j, r := range rs[1:] {
			for i, x := range res[j+1] {
				n := res[0][i]
				switch {
				case x.err != "" && strings.HasPrefix(x.err, "needs "):
				case n.err != "":
					fmt.Fprintf(stderr, "bench: %s under node, run %d: %s\n", name, i+1, n.err)
					bad++
				case x.err != "":
					fmt.Fprintf(stderr, "bench: %s under %s, run %d: %s\n", name, r.name, i+1, x.err)
					bad++
				case x.out != n.out:
					fmt.Fprintf(stderr, "bench: %s under %s, run %d: output differs from node's\n--- node\n%s--- %s\n%s",
						name, r.name, i+1, n.out, r.name, x.out)
					bad++
					res[j+1][i].err = "output differs"
				}
			}
		}
		row := func(fig func(result) float64) string {
			row := []string{"`" + name + "`"}
			for j := range rs {
				row = append(row, showMedian(res[j], needs, fig))
			}
			row = append(row, showRatio(res[1], res[0], fig))
			if peerCol >= 0 {
				row = append(row, showRatio(res[1], res[peerCol], fig))
			}
			for k := range engs[1:] {
				row = append(row, showRatio(res[2+k], res[1], fig))
			}
			if baseCol >= 0 {
				row = append(row, showRatio(res[1], res[baseCol], fig))
			}
			return "| " + strings.Join(row, " | ") + " |"
		}
		fmt.Fprintln(stdout, row(func(r result) float64 { return r.ms }))
		cpuRows = append(cpuRows, row(func(r result) float64 { return r.cpu }))
	}
	if *cpu {
		fmt.Fprintln(stdout, "\nCPU time of each process (user + system, ms, start-up included):")
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, "| "+strings.Join(head, " | ")+" |")
		fmt.Fprintln(stdout, "|---"+strings.Repeat("|---:", len(head)-1)+"|")
		for _, r := range cpuRows {
			fmt.Fprintln(stdout, r)
		}
	}
	fmt.Fprintf(stdout, "\nload average at the end: %s\n", loadavg())
	if bad > 0 {
		fmt.Fprintf(stderr, "bench: %d runs failed or printed other than node\n", bad)
		return 1
	}
	return 0
}

var (
	msRe     = regexp.MustCompile(`ms=([0-9.]+)`)
	maskRe   = regexp.MustCompile(`([a-z_]*ms)=[0-9.]+`)
	needsRe  = regexp.MustCompile(`(?m)^// needs: *([a-z_, ]+)$`)
	modelRe  = regexp.MustCompile(`(?m)^model name\s*:\s*(.+)$`)
	spacesRe = regexp.MustCompile(`\s+`)
)

// selected reports whether the program name is one -only asks for: its
// name contains one of the comma-separated parts (all, if only is empty).
func selected(name, only string) bool {
	if only == "" {
		return true
	}
	for _, part := range strings.Split(only, ",") {
		if part = strings.TrimSpace(part); part != "" && strings.Contains(name, part) {
			return true
		}
	}
	return false
}

// needsModules is what a program's "// needs:" line names ("" if none).
func needsModules(file string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	if m := needsRe.FindSubmatch(b); m != nil {
		return strings.TrimSpace(string(m[1]))
	}
	return ""
}

// measure runs argv once and returns the figure it reported (or its wall
// time when it reported none) and its output with the figures masked.
func measure(argv, env []string, timeout time.Duration) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	if len(env) > 0 {
		cmd.Env = append(os.Environ(), env...)
	}
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	start := time.Now()
	err := cmd.Run()
	wall := float64(time.Since(start).Microseconds()) / 1e3
	if err != nil {
		msg := strings.TrimSpace(firstLine(se.String()))
		if ctx.Err() != nil {
			msg = "over " + timeout.String()
		} else if msg == "" {
			msg = err.Error()
		}
		return result{err: msg}
	}
	r := result{ms: wall, out: maskRe.ReplaceAllString(so.String(), "$1=…")}
	if ps := cmd.ProcessState; ps != nil {
		r.cpu = float64((ps.UserTime() + ps.SystemTime()).Microseconds()) / 1e3
	}
	if m := msRe.FindStringSubmatch(so.String()); m != nil {
		r.ms, _ = strconv.ParseFloat(m[1], 64)
	}
	return r
}

// showMedian is the median of fig over the runs that succeeded.
func showMedian(rs []result, needs string, fig func(result) float64) string {
	var ok []float64
	for _, r := range rs {
		if r.err == "" {
			ok = append(ok, fig(r))
		}
	}
	if len(ok) == 0 {
		if needs != "" && len(rs) > 0 && strings.HasPrefix(rs[0].err, "needs ") {
			return "—"
		}
		return "error"
	}
	return fmtMs(median(ok))
}

// fmtMs prints a figure with three significant digits, never in e-notation.
func fmtMs(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	case v >= 1:
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.3f", v)
}

// showRatio is fig(a) / fig(b) taken run by run: the median, and the min–max when
// there is more than one run.
func showRatio(a, b []result, fig func(result) float64) string {
	var rs []float64
	for i := range a {
		if i < len(b) && a[i].err == "" && b[i].err == "" && fig(b[i]) > 0 {
			rs = append(rs, fig(a[i])/fig(b[i]))
		}
	}
	if len(rs) == 0 {
		return "—"
	}
	m := median(rs)
	if len(rs) == 1 {
		return fmt.Sprintf("%.2f×", m)
	}
	sort.Float64s(rs)
	return fmt.Sprintf("%.2f× (%.2f–%.2f)", m, rs[0], rs[len(rs)-1])
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// machine names the CPU and core count (Linux; elsewhere the GOOS/GOARCH).
func machine() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if m := modelRe.FindSubmatch(b); err == nil && m != nil {
		return fmt.Sprintf("%s, %d cores", spacesRe.ReplaceAllString(strings.TrimSpace(string(m[1])), " "), runtime.NumCPU())
	}
	return fmt.Sprintf("%s/%s, %d cores", runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
