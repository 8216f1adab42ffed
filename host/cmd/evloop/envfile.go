package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/evloop/evloop/js"
)

// parseEnvFile reads a --env-file's text as node 20's parser does
// (src/node_dotenv.cc): KEY=value lines, an optional "export " before the
// key, # comments (a whole line, or from # in an unquoted value), values in
// '…', "…" or `…` kept as written and allowed to span lines ("…" also turns
// \n into a newline). As node 20's, a line that has no = or no key ends
// the parse: what follows it is not read.
func parseEnvFile(text string) [][2]string {
	var out [][2]string
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		key = strings.TrimSpace(strings.TrimPrefix(key, "export "))
		if !ok || key == "" {
			break
		}
		value = strings.TrimSpace(value)
		if q := firstQuote(value); q != 0 {
			// A quoted value may go on over the lines after it.
			body := value[1:]
			for !strings.ContainsRune(body, rune(q)) && text != "" {
				var next string
				next, text, _ = strings.Cut(text, "\n")
				body += "\n" + next
			}
			if end := strings.IndexByte(body, q); end >= 0 {
				value = body[:end]
				if q == '"' {
					value = strings.ReplaceAll(value, `\n`, "\n")
				}
				out = append(out, [2]string{key, value})
				continue
			}
			value = strings.TrimSpace(strings.SplitN(value, "\n", 2)[0]) // no closing quote: as written
		}
		if i := strings.IndexByte(value, '#'); i >= 0 {
			value = strings.TrimSpace(value[:i])
		}
		out = append(out, [2]string{key, value})
	}
	return out
}

func firstQuote(v string) byte {
	if v != "" && (v[0] == '"' || v[0] == '\'' || v[0] == '`') {
		return v[0]
	}
	return 0
}

// withEnvFiles is environ with the --env-file files' variables added; a
// variable the environment already has keeps its value, as in node. A file
// that cannot be read is node's "FILE: not found" (exit 9).
func withEnvFiles(environ []string, files []string) ([]string, error) {
	if len(files) == 0 {
		return environ, nil
	}
	have := map[string]bool{}
	for _, kv := range environ {
		k, _, _ := strings.Cut(kv, "=")
		have[k] = true
	}
	env := append([]string(nil), environ...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%s: not found", f)
		}
		for _, kv := range parseEnvFile(string(b)) {
			if !have[kv[0]] {
				have[kv[0]] = true
				env = append(env, kv[0]+"="+kv[1])
			}
		}
	}
	return env, nil
}

// nodeOptionsAllowed are the options NODE_OPTIONS may carry here: node's
// that the runtime acts on (js/nodeoptions.go) and --max-old-space-size.
// --env-file, -e and -p are not allowed there, as in node.
var nodeOptionsAllowed = map[string]bool{
	"-r": true, "--require": true, "--import": true, "--unhandled-rejections": true, "--title": true,
	"--no-warnings": true, "--no-deprecation": true, "--throw-deprecation": true, "--trace-deprecation": true,
	"--trace-warnings": true, "--pending-deprecation": true, "--enable-source-maps": true, "--max-old-space-size": true,
}

// checkNodeOptionsEnv refuses a NODE_OPTIONS that node would refuse (an
// option not allowed there, an unterminated quote), with node's words; the
// runtime reads the allowed ones itself.
func checkNodeOptionsEnv(v string) error {
	args, err := js.SplitNodeOptions(v)
	if err != nil {
		return err
	}
	for i := 0; i < len(args); i++ {
		name, _, hasValue := strings.Cut(args[i], "=")
		if !nodeOptionsAllowed[name] {
			if hasValue {
				name += "="
			}
			return fmt.Errorf("%s is not allowed in NODE_OPTIONS", name)
		}
		if takes, _ := js.NodeOptionTakesValue(name); (takes || name == "--max-old-space-size") && !hasValue {
			i++ // its value
		}
	}
	return nil
}
