package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop/trace"
)

// flagSpec is one command-line option. The table runFlags is the one place
// a flag is declared: the parser, the help text and the CLI test all read
// it, so a new flag (another engineer's --max-old-space-size, say) is one
// more row.
type flagSpec struct {
	name     string   // the long name, typed --name
	short    string   // a one-letter alias typed -x, or ""
	arg      string   // the value's placeholder in the help ("FILE"); "" for a switch
	optional bool     // the value may be left out (--trace alone): then only --name=value gives one
	values   []string // the allowed values, when they are a fixed set (checked before apply)
	usage    string   // the help text; lines after the first are indented under it
	example  string   // a command line that uses the flag
	node     string   // node's flag of the same meaning, if node has one (the CLI test compares)
	// apply records the value; it is called once per occurrence, so a
	// repeatable flag appends. An error is about the value, not the name.
	apply func(o *options, v string) error
}

// runFlags are the options of `evloop [options] FILE` and `evloop run`.
var runFlags = []flagSpec{
	{name: "eval", short: "e", arg: "CODE", node: "--eval",
		usage:   "run CODE as the main script (CommonJS; the script's arguments follow)",
		example: `evloop -e 'setImmediate(() => console.log("check"))'`,
		apply:   func(o *options, v string) error { o.code, o.hasCode = v, true; return nil }},
	{name: "print", short: "p", arg: "CODE", node: "--print",
		usage:   "as -e, then print CODE's value as node's -p does",
		example: `evloop -p 'process.versions.node'`,
		apply:   func(o *options, v string) error { o.code, o.hasCode, o.print = v, true, true; return nil }},
	{name: "input-type", arg: "TYPE", values: []string{"commonjs", "module", "auto"}, node: "--input-type",
		usage: "how to run -e code, stdin or a .js file no package.json decides\n" +
			"(auto, the default: as node 20 detects module syntax)",
		example: `evloop --input-type=module -e 'await Promise.resolve(); console.log(import.meta.url)'`,
		apply:   func(o *options, v string) error { o.inputType = v; return nil }},
	{name: "trace", arg: "FORMAT", optional: true, values: traceFormats(),
		usage: "write the loop's trace (default text) to stderr or --trace-out: text for\n" +
			"people, json lines for programs (site/docs/trace.md), chrome for Perfetto,\n" +
			"summary for counts and times per phase and queue",
		example: `evloop --trace --clock=virtual main.js`,
		apply:   func(o *options, v string) error { return o.trace.parse(v) }},
	{name: "trace-out", arg: "FILE",
		usage:   "write the trace to FILE; without --trace its format follows the\nextension: .json chrome, .jsonl json, else text",
		example: `evloop --trace-out=trace.json main.js   # open it in ui.perfetto.dev`,
		apply:   func(o *options, v string) error { o.traceOut = v; return nil }},
	{name: "clock", arg: "CLOCK", values: []string{"real", "virtual"},
		usage:   "virtual: deterministic time that jumps to the next timer (default real)",
		example: `evloop --clock=virtual -e 'setTimeout(() => console.log(performance.now() | 0), 5000)'`,
		apply:   func(o *options, v string) error { o.clock = v; return nil }},
	{name: "engine", arg: "ENGINE", values: []string{"native", "wasm"},
		usage: "run the core in this process or as the wasm module under wazero (default native)\n" +
			"(a binary built without the module builds it once from evloop's source with go)",
		example: `evloop --engine=wasm main.js`,
		apply:   func(o *options, v string) error { o.engine = v; return nil }},
	{name: "io", arg: "IO", values: []string{"real", "sim"},
		usage: "real: epoll/kqueue and the thread pool (default); sim: the page's simulation\n" +
			"(implies --clock=virtual; on the wasm engine --clock=virtual alone picks sim)",
		example: `evloop --io=sim --trace main.js`,
		apply:   func(o *options, v string) error { o.io = v; return nil }},
	{name: "timeout", arg: "DURATION",
		usage:   "stop a script that runs longer (e.g. 10s, 500ms; default none)",
		example: `evloop --timeout=2s -e 'while (true) {}'`,
		apply:   func(o *options, v string) error { return parseDuration(&o.timeout, v) }},
	{name: "max-ticks", arg: "N",
		usage:   "stop an endless nextTick chain after N ticks in one checkpoint",
		example: `evloop --max-ticks=1000 -e 'function t() { process.nextTick(t) } t()'`,
		apply:   func(o *options, v string) error { return parseCount(&o.maxTicks, v) }},
	{name: "max-microtasks", arg: "N",
		usage:   "stop an endless promise chain after N jobs in one checkpoint",
		example: `evloop --max-microtasks=1000 -e 'function p() { queueMicrotask(p) } p()'`,
		apply:   func(o *options, v string) error { return parseCount(&o.maxMicrotasks, v) }},
	{name: "max-callbacks", arg: "N",
		usage:   "stop after N callbacks in all",
		example: `evloop --max-callbacks=100 -e 'setInterval(() => {}, 1)'`,
		apply:   func(o *options, v string) error { return parseCount(&o.maxCallbacks, v) }},
	{name: "max-old-space-size", arg: "MB", // node passes it to V8, whose errors read otherwise
		usage: "the heap limit: past it the run ends as node's \"JavaScript heap out of\n" +
			"memory\" (exit 134); default half the machine's memory, at most 4096",
		example: `evloop --max-old-space-size=256 main.js`,
		apply:   func(o *options, v string) error { return parseCount(&o.maxHeapMB, v) }},
	{name: "allow-fs", arg: "DIR|all",
		usage:   "also allow files under DIR (repeatable; default: the script's directory and the temp dir)",
		example: `evloop --allow-fs=$HOME/data main.js`,
		apply:   func(o *options, v string) error { o.allowFS = append(o.allowFS, v); return nil }},
	{name: "allow-net", arg: "HOST|all",
		usage:   "also allow sockets to HOST (repeatable; default: loopback only)",
		example: `evloop --allow-net=example.com fetch.js`,
		apply:   func(o *options, v string) error { o.allowNet = append(o.allowNet, v); return nil }},
	{name: "allow-signals",
		usage:   "let process.kill signal other processes (default: EPERM; its own pid always)",
		example: `evloop --allow-signals kill.js`,
		apply:   func(o *options, _ string) error { o.allowSignals = true; return nil }},
	{name: "allow-child-process",
		usage:   "allow child_process to start programs (default: denied, EACCES)",
		example: `evloop --allow-child-process -e 'require("child_process").execSync("true")'`,
		apply:   func(o *options, _ string) error { o.allowChild = true; return nil }},
	{name: "cwd", arg: "DIR",
		usage:   "run as if started in DIR (process.cwd(), relative paths)",
		example: `evloop --cwd=/tmp -p 'process.cwd()'`,
		apply:   func(o *options, v string) error { o.cwd = v; return nil }},
	// node's own options that change what a program sees: given to the
	// runtime as process.execArgv, which acts on them (js/nodeoptions.go).
	{name: "require", short: "r", arg: "MODULE", node: "--require",
		usage:   "run MODULE (CommonJS, found from the working directory) before the script; repeatable",
		example: `evloop -r ./setup.js main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "import", arg: "MODULE", node: "--import",
		usage:   "import the ES module MODULE before the script; repeatable",
		example: `evloop --import ./register.mjs main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "env-file", arg: "FILE", node: "--env-file",
		usage:   "add FILE's KEY=value lines to process.env (the environment's own values win)",
		example: `evloop --env-file=.env main.js`,
		apply:   func(o *options, v string) error { o.envFiles = append(o.envFiles, v); return nil }},
	{name: "unhandled-rejections", arg: "MODE", values: js.UnhandledRejectionModes, node: "--unhandled-rejections",
		usage:   "what an unhandled promise rejection does (default throw: an uncaught exception)",
		example: `evloop --unhandled-rejections=warn main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "no-warnings", node: "--no-warnings", usage: "print no process warnings",
		example: `evloop --no-warnings main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "no-deprecation", node: "--no-deprecation", usage: "no deprecation warnings (process.noDeprecation)",
		example: `evloop --no-deprecation main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "throw-deprecation", node: "--throw-deprecation", usage: "a deprecation warning is thrown, an uncaught exception",
		example: `evloop --throw-deprecation main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "trace-deprecation", node: "--trace-deprecation", usage: "print each deprecation warning's stack",
		example: `evloop --trace-deprecation main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "trace-warnings", node: "--trace-warnings", usage: "print each process warning's stack",
		example: `evloop --trace-warnings main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "pending-deprecation", node: "--pending-deprecation", usage: "accepted, as node's (no pending deprecations are emitted)",
		example: `evloop --pending-deprecation main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "enable-source-maps", node: "--enable-source-maps", usage: "accepted: evloop maps stacks through source maps always",
		example: `evloop --enable-source-maps main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "title", arg: "TITLE", node: "--title", usage: "process.title",
		example: `evloop --title=worker main.js`,
		apply:   func(*options, string) error { return nil }},
	{name: "help", short: "h", node: "--help",
		usage:   "print this help",
		example: `evloop run --help`,
		apply:   func(o *options, _ string) error { o.help = true; return nil }},
	{name: "version", short: "v", node: "--version",
		usage:   "print node's version line (the semantics evloop follows), then evloop's",
		example: `evloop --version`,
		apply:   func(o *options, _ string) error { o.version = true; return nil }},
}

func traceFormats() []string {
	var names []string
	for _, f := range trace.Formats {
		names = append(names, string(f))
	}
	return names
}

// usageError is a mistake on the command line: printed as one line, exit 9
// (node's code for a bad option).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func badUsage(format string, args ...any) *usageError {
	return &usageError{fmt.Sprintf(format, args...)}
}

// parseFlags reads options as node does: they come before the script; the
// first argument that is not an option (the script, or - for stdin) and
// everything after it are returned as rest, as is everything after --.
// Both --name=value and --name value work (and Go's -name too); an error
// names the option as it was typed.
func parseFlags(specs []flagSpec, args []string, o *options) (rest []string, err error) {
	for i := 0; i < len(args); i++ {
		start := i
		a := args[i]
		if a == "--" {
			return args[i+1:], nil
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			return args[i:], nil
		}
		typed, value, hasValue := strings.Cut(a, "=")
		spec := lookupFlag(specs, typed)
		if spec == nil {
			return nil, badUsage("bad option: %s", typed)
		}
		switch {
		case spec.arg == "" && hasValue:
			return nil, badUsage("%s takes no value (%s)", typed, a)
		case spec.arg != "" && !hasValue && !spec.optional:
			if i+1 >= len(args) {
				if spec.name == "print" { // node: -p alone prints undefined
					break
				}
				return nil, badUsage("%s requires an argument", typed)
			}
			i++
			value = args[i]
		}
		if spec.values != nil && (hasValue || !spec.optional) && !contains(spec.values, value) {
			return nil, badUsage("%s must be %s, not %q", typed, orList(spec.values), value)
		}
		if err := spec.apply(o, value); err != nil {
			return nil, badUsage("%s %v", typed, err)
		}
		o.seen = append(o.seen, spec.name)
		if spec.node != "" && spec.name != "help" && spec.name != "version" {
			// node's option, as typed: process.execArgv.
			o.execArgv = append(o.execArgv, args[start:i+1]...)
		}
	}
	return nil, nil
}

// lookupFlag finds the option typed as --name, -name or -x.
func lookupFlag(specs []flagSpec, typed string) *flagSpec {
	name := strings.TrimPrefix(strings.TrimPrefix(typed, "-"), "-")
	for i := range specs {
		s := &specs[i]
		if s.name == name || (s.short != "" && typed == "-"+s.short) {
			return s
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// orList renders "a", "b" or "c", as node's messages list choices.
func orList(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = strconv.Quote(v)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

func parseCount(dst *int, v string) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return fmt.Errorf("needs a whole number, not %q", v)
	}
	*dst = n
	return nil
}

func parseDuration(dst *time.Duration, v string) error {
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return fmt.Errorf("needs a duration such as 10s or 500ms, not %q", v)
	}
	*dst = d
	return nil
}

// flagHelp renders the options part of the help: every flag, its values,
// and an example, aligned.
func flagHelp(specs []flagSpec) string {
	var b strings.Builder
	for _, s := range specs {
		left := "  "
		if s.short != "" {
			left += "-" + s.short + ", "
		} else {
			left += "    "
		}
		left += "--" + s.name
		arg := s.arg
		if s.values != nil {
			arg = strings.Join(s.values, "|")
		}
		switch {
		case arg == "":
		case s.optional:
			left += "[=" + arg + "]"
		case s.values != nil:
			left += "=" + arg
		default:
			left += " " + arg
		}
		lines := strings.Split(s.usage, "\n")
		if len(left) > 30 {
			b.WriteString(left + "\n")
			left = ""
		}
		for i, l := range lines {
			if i > 0 {
				left = ""
			}
			fmt.Fprintf(&b, "%-31s %s\n", left, l)
		}
		fmt.Fprintf(&b, "%-31s   e.g. %s\n", "", s.example)
	}
	return b.String()
}
