package js

import (
	"fmt"
	"strings"
)

// nodeOptions are the node command-line options a runtime acts on itself,
// read from Options.ExecArgv (process.execArgv) as node reads its own argv,
// so that every embedder — the CLI on either engine, the page, a worker —
// gets the same meaning from the same words. Options that act before a
// runtime exists (--env-file) are the embedder's.
type nodeOptions struct {
	require             []string // -r, --require: CommonJS modules run before the main one
	imports             []string // --import: ES modules imported before the main one
	noWarnings          bool     // --no-warnings
	noDeprecation       bool     // --no-deprecation
	throwDeprecation    bool     // --throw-deprecation
	traceDeprecation    bool     // --trace-deprecation
	traceWarnings       bool     // --trace-warnings
	pendingDeprecation  bool     // --pending-deprecation
	unhandledRejections string   // --unhandled-rejections: throw (default), strict, warn, none, warn-with-error-code
	title               string   // --title
}

// UnhandledRejectionModes are the values node 20's --unhandled-rejections takes.
var UnhandledRejectionModes = []string{"throw", "strict", "warn", "none", "warn-with-error-code"}

// NodeOptionTakesValue reports whether node's option name (with its dashes)
// takes a value, and whether evloop knows it at all: a host splitting a
// command line uses it to tell "-r x" from "-r".
func NodeOptionTakesValue(name string) (takesValue, known bool) {
	switch name {
	case "-r", "--require", "--import", "--unhandled-rejections", "--title", "--env-file":
		return true, true
	case "--no-warnings", "--no-deprecation", "--throw-deprecation", "--trace-deprecation",
		"--trace-warnings", "--pending-deprecation", "--enable-source-maps", "--trace-uncaught":
		return false, true
	}
	return false, false
}

// parseNodeOptions reads execArgv. It is lenient where the host was strict
// (the CLI refuses unknown options before a runtime exists): what it does
// not know it leaves alone, as node's execArgv may carry V8 options.
func parseNodeOptions(execArgv []string) (nodeOptions, error) {
	o := nodeOptions{unhandledRejections: "throw"}
	switches := map[string]*bool{
		"--no-warnings": &o.noWarnings, "--no-deprecation": &o.noDeprecation, "--throw-deprecation": &o.throwDeprecation,
		"--trace-deprecation": &o.traceDeprecation, "--trace-warnings": &o.traceWarnings,
		"--pending-deprecation": &o.pendingDeprecation,
	}
	for i := 0; i < len(execArgv); i++ {
		name, value, hasValue := strings.Cut(execArgv[i], "=")
		takes, known := NodeOptionTakesValue(name)
		if !known {
			continue
		}
		if takes && !hasValue {
			if i+1 >= len(execArgv) {
				return o, fmt.Errorf("%s requires an argument", name)
			}
			i++
			value = execArgv[i]
		}
		if on, ok := switches[name]; ok {
			*on = true
			continue
		}
		switch name {
		case "-r", "--require":
			o.require = append(o.require, value)
		case "--import":
			o.imports = append(o.imports, value)
		case "--unhandled-rejections":
			if !contains(UnhandledRejectionModes, value) {
				return o, fmt.Errorf("invalid value for --unhandled-rejections")
			}
			o.unhandledRejections = value
		case "--title":
			o.title = value
		}
	}
	return o, nil
}

// SplitNodeOptions splits NODE_OPTIONS as node does: at spaces, with
// "double quotes" around a value that holds spaces and \ escaping the next
// character inside them.
func SplitNodeOptions(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inQuote, has := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuote && c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case c == '"':
			inQuote, has = !inQuote, true
		case c == ' ' && !inQuote:
			if has {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteByte(c)
			has = true
		}
	}
	if inQuote {
		return nil, fmt.Errorf("invalid value for NODE_OPTIONS (unterminated string)")
	}
	if has {
		out = append(out, cur.String())
	}
	return out, nil
}

// nodeOptionsEnv is NODE_OPTIONS from env, split; options given there act
// as on the command line but are not in process.execArgv, as in node.
func nodeOptionsEnv(env []string) []string {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "NODE_OPTIONS="); ok {
			args, err := SplitNodeOptions(v)
			if err != nil {
				return nil // the host refuses it before a runtime starts
			}
			return args
		}
	}
	return nil
}
