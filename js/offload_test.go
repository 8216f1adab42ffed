package js_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/poller"
)

// A panic in work offloaded to the thread pool reaches the loop goroutine as
// a panic there (which the CLI reports as one "internal error" line), not a
// crash of the pool goroutine that no recover can catch (a goroutine dump).
func TestOffload_panicReachesTheLoop(t *testing.T) {
	dir := t.TempDir()
	host, backend, err := poller.NewRealHost(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer backend.Close()
	boom := js.Module{Name: "boom", Load: func(r *js.Runtime) (goja.Value, error) {
		exports := r.VM().NewObject()
		exports.Set("work", func() {
			r.Offload("boom.work", 0, func() { panic("broken work") }, func() { t.Error("done ran after a panic") })
		})
		return exports, nil
	}}
	rt, err := js.New(js.Options{Stdout: &strings.Builder{}, Cwd: dir, Host: host, Backend: backend, Modules: []js.Module{boom}})
	if err != nil {
		t.Fatal(err)
	}
	got := func() (p any) {
		defer func() { p = recover() }()
		rt.RunSource(dir+"/main.js", "require('boom').work()")
		return nil
	}()
	if msg := fmt.Sprint(got); !strings.Contains(msg, "boom.work on the thread pool: broken work") {
		t.Fatalf("recovered %q, want the pool's panic carried to the loop", msg)
	}
}
