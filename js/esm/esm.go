// Package esm turns ES modules into the CommonJS that goja runs: goja has
// no import/export, no dynamic import(), no async generators and no
// for await. It lowers exactly those, with esbuild's Go API, and nothing
// else, so the rest of the program keeps its own microtask counts.
//
// What lowering changes is listed in site/docs/esm.md: async generators
// and for await become generator-driven promise chains (more microtask
// hops than V8 takes), and imports are not live bindings.
package esm

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// MetaURL is the variable import.meta.url is rewritten to; the runtime
// defines it in every module's wrapper.
const MetaURL = "__evloop_import_meta_url"

// Error is a transform error with the original source position.
type Error struct {
	File         string
	Line, Column int // 1-based line, 0-based column, as node prints them
	Length       int // bytes of the offending token: node's caret spans it
	Text         string
	LineText     string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column+1, e.Text)
}

// lazyRegexp compiles expr on first use: the native CLI starts without
// paying for patterns only ES modules need.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var nodeModeRe = lazyRegexp(`__toESM\((require\("[^"]*"\)), 1\)`)

// esmInterop drops esbuild's node-compatibility flag on imports: an ES
// module imported from an ES module (both lowered to CommonJS here) must
// give its own default export, while a CommonJS module (no __esModule
// mark) still gives module.exports as its default, as in node.
func esmInterop(code string) string {
	return nodeModeRe().ReplaceAllString(code, "__toESM($1)")
}

var (
	importRe            = lazyRegexp(`^import\s+(.*?)\s*from\s*("[^"]*"|'[^']*');?\s*$`)
	bareImportRe        = lazyRegexp(`^import\s*("[^"]*"|'[^']*');?\s*$`)
	exportDeclRe        = lazyRegexp(`^export\s+(default\s+)?((async\s+)?function\*?|class|const|let|var)\b`)
	exportDefaultRe     = lazyRegexp(`^export\s+default\s+`)
	exportDefaultDeclRe = lazyRegexp(`^export\s+default\s+((async\s+)?function|class)\b`)
	exportPrefixRe      = lazyRegexp(`^export\s+(default\s+)?`)
	exportListRe        = lazyRegexp(`^export\s*\{[^}]*\}\s*(from\s*("[^"]*"|'[^']*'))?;?\s*$`)
)

// wrapTopLevelAwait rewrites esbuild's normalized ES module output (one
// import per line at the top) into CommonJS whose body is an async function.
func wrapTopLevelAwait(code string) string {
	var head, body strings.Builder
	for _, line := range strings.Split(code, "\n") {
		switch {
		case importRe().MatchString(line):
			m := importRe().FindStringSubmatch(line)
			head.WriteString(importToRequire(m[1], m[2]))
		case bareImportRe().MatchString(line):
			m := bareImportRe().FindStringSubmatch(line)
			head.WriteString("require(" + m[1] + ");\n")
		case exportListRe().MatchString(line):
			// Re-exports of the main module are not observable here.
		case exportDeclRe().MatchString(line):
			if exportDefaultRe().MatchString(line) && !exportDefaultDeclRe().MatchString(line) {
				body.WriteString(exportDefaultRe().ReplaceAllString(line, "module.exports.default = ") + "\n")
			} else {
				body.WriteString(exportPrefixRe().ReplaceAllString(line, "") + "\n")
			}
		case exportDefaultRe().MatchString(line):
			body.WriteString(exportDefaultRe().ReplaceAllString(line, "module.exports.default = ") + "\n")
		default:
			body.WriteString(line + "\n")
		}
	}
	return head.String() + "module.exports.__evloopTLA = (async () => {\n" + body.String() + "})();\n"
}

var namedRe = lazyRegexp(`\{([^}]*)\}`)

// importToRequire turns one import clause into require calls.
func importToRequire(clause, from string) string {
	var b strings.Builder
	req := "require(" + from + ")"
	rest := clause
	if strings.HasPrefix(rest, "* as ") {
		fmt.Fprintf(&b, "const %s = %s;\n", strings.TrimSpace(rest[5:]), req)
		return b.String()
	}
	if m := namedRe().FindStringSubmatchIndex(rest); m != nil {
		names := rest[m[2]:m[3]]
		var parts []string
		for _, n := range strings.Split(names, ",") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if a, b, ok := strings.Cut(n, " as "); ok {
				parts = append(parts, strings.TrimSpace(a)+": "+strings.TrimSpace(b))
			} else {
				parts = append(parts, n)
			}
		}
		fmt.Fprintf(&b, "const { %s } = %s;\n", strings.Join(parts, ", "), req)
		rest = strings.TrimSpace(rest[:m[0]] + rest[m[1]:])
	}
	rest = strings.Trim(strings.TrimSpace(rest), ",")
	if rest = strings.TrimSpace(rest); rest != "" {
		if strings.HasPrefix(rest, "* as ") {
			fmt.Fprintf(&b, "const %s = %s;\n", strings.TrimSpace(rest[5:]), req)
		} else {
			fmt.Fprintf(&b, "const %s = ((m) => m && m.__esModule ? m.default : m)(%s);\n", rest, req)
		}
	}
	return b.String()
}
