package js_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
)

// builtinsDoc is the page that lists node's modules and globals with
// evloop's status for each (issue 17).
const builtinsDoc = "../site/docs/builtins.md"

// updateDoc rewrites the page's case counts from the corpus:
// go test ./js/ -run TestBuiltinsDoc -update-builtins-doc
var updateDoc = flag.Bool("update-builtins-doc", false, "rewrite the case counts in site/docs/builtins.md")

// node20Modules is require('module').builtinModules in node v20.20.2
// (testdata/conformance/NODE_VERSION): the page must have one row for each.
var node20Modules = strings.Fields(`_http_agent _http_client _http_common _http_incoming _http_outgoing
_http_server _stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap
_stream_writable _tls_common _tls_wrap assert assert/strict async_hooks buffer child_process cluster
console constants crypto dgram diagnostics_channel dns dns/promises domain events fs fs/promises http
http2 https inspector inspector/promises module net os path path/posix path/win32 perf_hooks process
punycode querystring readline readline/promises repl stream stream/consumers stream/promises
stream/web string_decoder sys timers timers/promises tls trace_events tty url util util/types v8 vm
wasi worker_threads zlib`)

// docTable returns the rows of the table under the "## title" section of
// the page: each row's cells, trimmed, with backticks removed.
func docTable(t *testing.T, page []byte, title string) [][]string {
	t.Helper()
	var rows [][]string
	in := false
	sc := bufio.NewScanner(bytes.NewReader(page))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "## ") {
			in = line == "## "+title
			continue
		}
		if !in || !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.Trim(strings.TrimSpace(cells[i]), "`")
		}
		rows = append(rows, cells)
	}
	if len(rows) < 2 {
		t.Fatalf("%s: no table under %q", builtinsDoc, "## "+title)
	}
	return rows[1:] // the header
}

// TestBuiltinsDoc fails when site/docs/builtins.md drifts from the code:
// every node 20 module has exactly one row, complete and partial modules
// are registered by the CLI's list (js/builtins plus worker_threads) and
// absent ones are not, every global's status agrees with typeof in a
// runtime, and the case counts per area are the corpus's.
func TestBuiltinsDoc(t *testing.T) {
	page, err := os.ReadFile(builtinsDoc)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &out,
		Modules: append(extModules(), workerthreads.Module(workerthreads.Config{Modules: extModules()}))})
	if err != nil {
		t.Fatal(err)
	}
	registered := map[string]bool{}
	for _, n := range rt.BuiltinNames() {
		registered[n] = true
	}

	t.Run("modules", func(t *testing.T) {
		node := map[string]bool{}
		for _, n := range node20Modules {
			node[n] = true
		}
		seen := map[string]bool{}
		for _, row := range docTable(t, page, "Modules") {
			name, status := row[0], row[1]
			switch {
			case seen[name]:
				t.Errorf("%s has two rows", name)
			case !node[name]:
				t.Errorf("%s is not one of node 20's built-in modules", name)
			}
			seen[name] = true
			switch status {
			case "complete", "partial":
				if !registered[name] {
					t.Errorf("%s is %s on the page but not registered", name, status)
				}
			case "absent":
				if registered[name] {
					t.Errorf("%s is absent on the page but registered: give its status", name)
				}
			default:
				t.Errorf("%s: status %q is not complete, partial or absent", name, status)
			}
			if status != "complete" && (len(row) < 3 || row[2] == "") {
				t.Errorf("%s is %s: say what is missing or why", name, status)
			}
		}
		for _, n := range node20Modules {
			if !seen[n] {
				t.Errorf("node's %s has no row", n)
			}
		}
		for n := range registered {
			if !node[n] {
				t.Errorf("evloop registers %s, which node 20 does not have", n)
			}
		}
	})

	t.Run("globals", func(t *testing.T) {
		rows := docTable(t, page, "Globals")
		var src strings.Builder
		for _, row := range rows {
			src.WriteString("console.log(" + strconv.Quote(row[0]) + ", typeof globalThis[" + strconv.Quote(row[0]) + "]);\n")
		}
		out.Reset()
		if code := rt.RunSource("/globals.js", src.String()); code != 0 {
			t.Fatalf("exit %d: %s", code, out.String())
		}
		typeOf := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			name, typ, _ := strings.Cut(line, " ")
			typeOf[name] = typ
		}
		for _, row := range rows {
			name, status := row[0], row[1]
			switch status {
			case "present", "partial":
				if typeOf[name] == "undefined" {
					t.Errorf("global %s is %s on the page but undefined", name, status)
				}
			case "absent":
				if typeOf[name] != "undefined" {
					t.Errorf("global %s is absent on the page but a %s", name, typeOf[name])
				}
			default:
				t.Errorf("global %s: status %q is not present, partial or absent", name, status)
			}
		}
	})

	t.Run("cases", func(t *testing.T) {
		count := map[string]int{}
		files, _ := filepath.Glob(filepath.Join(conformanceDir, "*", "*.js"))
		for _, f := range files {
			if _, err := os.Stat(strings.TrimSuffix(f, ".js") + ".out"); err == nil {
				count[filepath.Base(filepath.Dir(f))]++
			}
		}
		if *updateDoc {
			page = rewriteCounts(t, page, count)
			if err := os.WriteFile(builtinsDoc, page, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		total := 0
		listed := map[string]bool{}
		for _, row := range docTable(t, page, "Conformance cases per area") {
			n, err := strconv.Atoi(row[1])
			if err != nil {
				t.Fatalf("row %v: %v", row, err)
			}
			if row[0] == "total" {
				total = n
				continue
			}
			listed[row[0]] = true
			if count[row[0]] != n {
				t.Errorf("area %s: the page says %d cases, the corpus has %d", row[0], n, count[row[0]])
			}
		}
		sum := 0
		var missing []string
		for area, n := range count {
			sum += n
			if !listed[area] {
				missing = append(missing, area)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("areas with cases but no row: %v", missing)
		}
		if total != sum {
			t.Errorf("the page's total is %d, the corpus has %d", total, sum)
		}
		if t.Failed() {
			t.Log("after adding or removing cases: go test ./js/ -run TestBuiltinsDoc -update-builtins-doc")
		}
	})
}

// rewriteCounts replaces the rows of the case-count table with count.
func rewriteCounts(t *testing.T, page []byte, count map[string]int) []byte {
	t.Helper()
	head := []byte("| area | cases |\n|---|---:|\n")
	i := bytes.Index(page, head)
	if i < 0 {
		t.Fatalf("%s: no case-count table", builtinsDoc)
	}
	start := i + len(head)
	end := start
	for end < len(page) && page[end] == '|' {
		nl := bytes.IndexByte(page[end:], '\n')
		if nl < 0 {
			end = len(page)
			break
		}
		end += nl + 1
	}
	areas := make([]string, 0, len(count))
	total := 0
	for a, n := range count {
		areas = append(areas, a)
		total += n
	}
	sort.Strings(areas)
	var rows bytes.Buffer
	for _, a := range areas {
		fmt.Fprintf(&rows, "| `%s` | %d |\n", a, count[a])
	}
	fmt.Fprintf(&rows, "| total | %d |\n", total)
	return append(append(append([]byte(nil), page[:start]...), rows.Bytes()...), page[end:]...)
}
