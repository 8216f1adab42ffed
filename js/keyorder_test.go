package js_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	workerthreads "github.com/evloop/evloop/js/worker_threads"
)

// updateKeys records node's key lists (testdata/builtin_keys.json) and
// rewrites keyorder.txt from them:
// go test ./js/ -run TestBuiltinKeyOrder -update-builtin-keys
var updateKeys = flag.Bool("update-builtin-keys", false, "record node's built-in key order into testdata/builtin_keys.json and keyorder.txt")

const builtinKeysGolden = "testdata/builtin_keys.json"

// listKeys prints, as JSON, Object.keys of every module of the list
// (a module that fails to load is left out).
const listKeys = `const out = {};
for (const n of NAMES) { try { out[n] = Object.keys(require(n)); } catch {} }
process.stdout.write(JSON.stringify(out));`

func evloopKeys(t *testing.T, names []string) map[string][]string {
	t.Helper()
	var out, errb bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &errb,
		Modules: append(extModules(), workerthreads.Module(workerthreads.Config{Modules: extModules()}))})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := json.Marshal(names)
	if code := rt.RunSource("/keys.js", strings.Replace(listKeys, "NAMES", string(list), 1)); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	keys := map[string][]string{}
	if err := json.Unmarshal(out.Bytes(), &keys); err != nil {
		t.Fatal(err)
	}
	return keys
}

// common is a's keys that b also has, in a's order.
func common(a, b []string) []string {
	in := map[string]bool{}
	for _, k := range b {
		in[k] = true
	}
	var out []string
	for _, k := range a {
		if in[k] {
			out = append(out, k)
		}
	}
	return out
}

// TestBuiltinKeyOrder: Object.keys(require(name)) lists the keys evloop
// shares with node in node's order, for every built-in module (the
// global process object aside: its keys come from many places).
func TestBuiltinKeyOrder(t *testing.T) {
	if *updateKeys {
		names, _ := json.Marshal(node20Modules)
		cmd := exec.Command("node", "-e", strings.Replace(listKeys, "NAMES", string(names), 1))
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("node: %v", err)
		}
		if err := os.WriteFile(builtinKeysGolden, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(builtinKeysGolden)
	if err != nil {
		t.Fatal(err)
	}
	node := map[string][]string{}
	if err := json.Unmarshal(b, &node); err != nil {
		t.Fatal(err)
	}
	var names []string
	for n := range node {
		if n != "process" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	if *updateKeys {
		js.SetKeyOrderOff(true)
		plain := evloopKeys(t, names)
		js.SetKeyOrderOff(false)
		var txt strings.Builder
		for _, n := range names {
			if ev, ok := plain[n]; ok && strings.Join(common(ev, node[n]), " ") != strings.Join(common(node[n], ev), " ") {
				txt.WriteString(n + " " + strings.Join(node[n], " ") + "\n")
			}
		}
		if err := os.WriteFile("keyorder.txt", []byte(txt.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log("rewrote keyorder.txt; run again without -update-builtin-keys to rebuild it into the package")
		return
	}
	ev := evloopKeys(t, names)
	for _, n := range names {
		keys, ok := ev[n]
		if !ok {
			continue // absent in evloop (builtins.md says why)
		}
		got, want := strings.Join(common(keys, node[n]), " "), strings.Join(common(node[n], keys), " ")
		if got != want {
			t.Errorf("Object.keys(require(%q)):\n got %s\nwant %s", n, got, want)
		}
	}
}
