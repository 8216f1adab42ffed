package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/evloop/evloop/js"
)

// stdio is the process's standard streams as the CLI sees them. main fills
// it from the real ones; tests from buffers.
type stdio struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// stdinTTY: stdin is a terminal, so a missing script is an error (node
	// would start its REPL) rather than "read the script from stdin".
	stdinTTY bool
	// stdoutTTY, stderrTTY: node sets process.stdout.isTTY and colours
	// console output there.
	stdoutTTY, stderrTTY bool
	// windowSize: a terminal's columns and rows (fd 1 or 2), for
	// process.stdout.columns and 'resize'; nil: unknown.
	windowSize func(fd int) (columns, rows int, ok bool)
}

// run is runIO with an empty stdin that is not a terminal: the tests' entry.
func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, stdio{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr})
}

// runIO dispatches on the command. Anything that is not a command (an
// option, a file, -) is node's own command line: evloop [options] FILE.
func runIO(args []string, s stdio) int {
	if len(args) > 0 {
		switch args[0] {
		case "help":
			return helpCmd(args[1:], s)
		case "version":
			printVersion(s.stdout)
			return 0
		case "playground":
			return playgroundCmd(args[1:], s.stdout, s.stderr)
		case "run":
			return runCmd(args[1:], s, "run")
		}
	}
	return runCmd(args, s, "")
}

// printVersion prints node's version line first, so that a tool reading
// `node -v` output understands it, then evloop's.
func printVersion(w io.Writer) {
	fmt.Fprintf(w, "%s\nevloop %s (Node.js %s event loop semantics, libuv %s)\n", js.NodeVersion, js.Version, js.NodeVersion, js.UVVersion)
}

func helpCmd(args []string, s stdio) int {
	topic := ""
	if len(args) > 0 {
		topic = args[0]
	}
	switch topic {
	case "":
		fmt.Fprint(s.stdout, mainUsage())
	case "run":
		fmt.Fprint(s.stdout, runUsage())
	case "playground":
		fmt.Fprint(s.stdout, playgroundUsage())
	case "version":
		fmt.Fprint(s.stdout, "Usage: evloop version   (or evloop --version, -v)\n\n"+
			"Prints node's version line (the semantics evloop follows), then evloop's own.\n")
	default:
		fmt.Fprintf(s.stderr, "evloop: no help for %q (try evloop help, evloop help run, evloop help playground)\n", topic)
		return 9
	}
	return 0
}

const usageIntro = "evloop — Node 20's event loop, rebuilt in Go so you can watch it work.\n\n"

func mainUsage() string {
	return usageIntro + `Usage:
  evloop [options] FILE [args...]      run a script, as node FILE does
  evloop [options] -e CODE [args...]   run CODE as the main script (-p CODE: and print its value)
  evloop [options] - [args...]         run the script read from stdin (also what evloop
                                       with no FILE does when stdin is not a terminal)
  evloop run [options] FILE [args...]  the same as evloop FILE
  evloop playground [--addr HOST:PORT] serve the playground page on this machine
  evloop help [run|playground|version] this help, or one command's
  evloop version                       print versions (as --version)

Options come before the script; everything after the script (or after --) is the
script's own, in process.argv.

Options:
` + flagHelp(runFlags) + examples + exitCodes
}

func runUsage() string {
	return usageIntro + `Usage:
  evloop run [options] FILE [args...]
  evloop run [options] -e CODE [args...]
  evloop run [options] - [args...]

Runs FILE (CommonJS, or an ES module for .mjs or a package.json "type": "module")
and its event loop until nothing is left to do. "evloop run FILE" and "evloop FILE"
are the same.

Options:
` + flagHelp(runFlags) + examples + exitCodes
}

const examples = `
Examples:
  evloop main.js                               run main.js, as node main.js
  evloop --clock=virtual --trace main.js       watch every phase, queue and callback
  evloop --trace=summary main.js               counts and times per phase and queue
  echo 'console.log(1)' | evloop               a script on stdin
  evloop -p '[1, 2].map(x => x * 2)'           print a value
  evloop main.js --verbose 3                   the script's arguments: process.argv.slice(2)
  evloop -- -odd-name.js                       -- ends the options
`

const exitCodes = `
Environment:
  FORCE_COLOR=1|2|3|0, NO_COLOR, NODE_DISABLE_COLORS, TERM
                               colours for console.log on a terminal, as node's
  UV_THREADPOOL_SIZE=N         the thread pool's workers (default 4, as libuv)
  NODE_NO_WARNINGS=1           no process warnings
Exit codes: the script's (process.exit, process.exitCode; 1 for an uncaught error),
as node's; 9 for a bad option, as node; 70 for an internal error in evloop.
`
