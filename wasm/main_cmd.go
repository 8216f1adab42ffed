//go:build wasip1 && evloopcmd

package main

// The command build: a WASI command whose _start runs one script, so that
// any WASI command-line runtime runs evloop with no glue of its own:
//
//	wazero run --mount=/srv:/srv evloop-cmd.wasm /srv/script.js a b
//
// The script and the files beside it (its directory, bounded as the CLI's
// --engine=wasm --io=sim bounds it) are read through WASI from the
// host's preopened directories into the simulated file system; the
// program runs there on the virtual clock (or on the real clock with
// timers only), writes to WASI fds 1 and 2 as it runs, and its exit code
// is the process's. Writes stay in the simulated file system.

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/poller"
	"github.com/evloop/evloop/wasm/abi"
)

// usage is what --help prints.
const usage = `usage: evloop-cmd.wasm [flags] script.js [args...]

Runs script.js on evloop's event loop inside this WASI module. The script's
directory must be reachable through a preopen (wazero run --mount=DIR:DIR,
node:wasi preopens {DIR: DIR}); its files (at most 1 MiB each, 2,000 in all)
are copied into the simulated file system the program sees.

flags:
`

func main() {
	os.Exit(command(os.Args[1:]))
}

// command runs the command line args (without the program name) and
// returns the process's exit code: the program's, 9 for a bad flag (as
// node), 1 when the script cannot be read.
func command(args []string) int {
	fl := flag.NewFlagSet("evloop-cmd.wasm", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	clock := fl.String("clock", "virtual", "virtual (deterministic, simulated I/O) or real (timers on the host's clock, no I/O)")
	inputType := fl.String("input-type", "auto", "commonjs, module or auto")
	maxCallbacks := fl.Int("max-callbacks", -1, "stop after this many callbacks (-1: no bound)")
	maxTicks := fl.Int("max-ticks", js.DefaultVirtualMaxTicks, "stop a checkpoint after this many process.nextTick callbacks (-1: no bound)")
	maxMicrotasks := fl.Int("max-microtasks", js.DefaultVirtualMaxMicrotasks, "stop a checkpoint after this many promise jobs (-1: no bound)")
	startupMs := fl.Float64("startup-ms", 0, "virtual milliseconds spent before the loop starts (node's start-up)")
	if err := fl.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(os.Stdout, usage)
			fl.SetOutput(os.Stdout)
			fl.PrintDefaults()
			return 0
		}
		fmt.Fprintf(os.Stderr, "evloop-cmd.wasm: %v (see --help)\n", err)
		return 9
	}
	if fl.NArg() == 0 {
		fmt.Fprintf(os.Stderr, "evloop-cmd.wasm: no script given (see --help)\n")
		return 9
	}
	if *clock != "virtual" && *clock != "real" {
		fmt.Fprintf(os.Stderr, "evloop-cmd.wasm: --clock must be virtual or real, not %q\n", *clock)
		return 9
	}
	script := absolute(fl.Arg(0))
	src, err := os.ReadFile(script)
	if err != nil {
		fmt.Fprintf(os.Stderr, "evloop-cmd.wasm: cannot read %s: %v (is its directory preopened?)\n", script, unwrap(err))
		return 1
	}
	cwd, _ := os.Getwd()
	cfg := abi.Config{
		Filename: script, Source: string(src), Argv: fl.Args()[1:], Env: environ(),
		Files: poller.ScriptFiles(path.Dir(script)), Clock: *clock, Cwd: cwd, StartupMs: *startupMs,
		InputType: *inputType, Echo: true,
		MaxCallbacks: *maxCallbacks, MaxTicks: *maxTicks, MaxMicrotasks: *maxMicrotasks,
	}
	delete(cfg.Files, script)
	if err := start(cfg); err != nil {
		fmt.Fprintf(os.Stderr, "evloop-cmd.wasm: %v\n", err)
		return 9
	}
	for {
		rc := run(1000)
		// Echo has written the output to fds 1 and 2 already; the
		// buffers the reactor keeps for evloop_read are dropped.
		outputs[abi.StreamStdout].Reset()
		outputs[abi.StreamStderr].Reset()
		if rc != abi.RunAgain {
			break
		}
	}
	return int(exitCode)
}

// absolute makes a script path absolute against the working directory
// (WASI has none: Go's wasip1 runtime takes $PWD, else "/").
func absolute(name string) string {
	if path.IsAbs(name) {
		return path.Clean(name)
	}
	wd, err := os.Getwd()
	if err != nil || wd == "" {
		wd = "/"
	}
	return path.Join(wd, name)
}

// unwrap drops the path an *fs.PathError repeats.
func unwrap(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// environ is the WASI environment as process.env.
func environ() map[string]string {
	env := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	return env
}
