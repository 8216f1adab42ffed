package vm_test

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/vm"
	"github.com/evloop/evloop/loop"
)

func run(t *testing.T, src string) (string, int) {
	t.Helper()
	var out bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &out, Stderr: &out, Clock: loop.NewVirtualClock(0),
		Modules: []js.Module{vm.Module()}})
	if err != nil {
		t.Fatal(err)
	}
	// A broken timeout must fail the test, not hang it.
	stop := time.AfterFunc(60*time.Second, func() { rt.Interrupt(errors.New("vm timeout never fired")) })
	defer stop.Stop()
	code := rt.RunSource("/t.js", src)
	return out.String(), code
}

// TestTimeout_stopsRunaways: the timeout option interrupts a loop that
// never ends (a bare one, one through the sandbox, one deep in recursion
// — bounded, as goja's stack overflow is not catchable (conformance.md)
// and an unbounded one would end by it, not by the timeout, on a fast
// machine —, runInThisContext), each with node's error; the runtime
// and the context are usable afterwards, and a timeout that did not fire
// does not stop later code. (Not a conformance case: the wasm engine has
// no preemption, so nothing can stop a guest stuck in a loop.)
func TestTimeout_stopsRunaways(t *testing.T) {
	out, code := run(t, `
const vm = require('vm');
const ctx = vm.createContext({ spins: 0 });
for (const [label, f] of [
  ['bare', () => vm.runInNewContext('for (;;) {}', {}, { timeout: 30 })],
  ['sandbox', () => vm.runInContext('while (true) spins++', ctx, { timeout: 30 })],
  ['recursion', () => vm.runInNewContext('function f(n) { return n > 2000 ? 0 : f(n + 1) } for (;;) f(0)', {}, { timeout: 30 })],
  ['this context', () => vm.runInThisContext('while (true) {}', { timeout: 30 })],
  ['script', () => new vm.Script('do {} while (1)').runInNewContext({}, { timeout: 30 })],
]) {
  try { f(); console.log(label, 'returned'); }
  catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log(ctx.spins > 0, vm.runInContext('spins = 1; spins + 1', ctx, { timeout: 10000 }));
// A finished run's timer must not stop what comes after it: the loop
// outlasts the timeout (100 ms, so that a loaded machine still finishes '1'
// within it; 1 ms was once too short at load 20).
vm.runInNewContext('1', {}, { timeout: 100 });
let n = 0;
for (let i = 0; i < 3e6; i++) n += i % 7;
console.log('after', n);
`)
	want := `bare Error ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms
sandbox Error ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms
recursion Error ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms
this context Error ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms
script Error ERR_SCRIPT_EXECUTION_TIMEOUT Script execution timed out after 30ms
true 2
after 8999994
`
	if code != 0 || out != want {
		t.Errorf("exit %d\ngot\n%s\nwant\n%s", code, out, want)
	}
}

// TestNoLeak: names a context's code assigns without declaring them end
// on the sandbox, never on the caller's global object, even when the code
// throws halfway.
func TestNoLeak(t *testing.T) {
	out, code := run(t, `
const vm = require('vm');
const sb = {};
try { vm.runInNewContext('leaked = 1; other = 2; throw new Error("x")', sb); } catch {}
console.log(typeof leaked, typeof other, sb.leaked, sb.other, Object.keys(sb).join());
`)
	if want := "undefined undefined 1 2 leaked,other\n"; code != 0 || out != want {
		t.Errorf("exit %d: got %q, want %q", code, out, want)
	}
}

// Code nested deeper than goja's parser can follow on Go's stack (400,000
// arrays) is node's RangeError from every entry, not Go's "fatal error:
// stack overflow" (js/nesting.go; node 20 throws the same).
func TestDeepSource_isRangeError(t *testing.T) {
	out, code := run(t, `
const vm = require('vm');
const n = 400000, src = '['.repeat(n) + ']'.repeat(n);
for (const [label, f] of [['Script', () => new vm.Script(src)], ['runInThisContext', () => vm.runInThisContext(src)],
  ['compileFunction', () => vm.compileFunction(src)]]) {
  try { f(); console.log(label, 'ran'); } catch (e) { console.log(label, e instanceof RangeError, e.message); }
}
`)
	want := "Script true Maximum call stack size exceeded\nrunInThisContext true Maximum call stack size exceeded\n" +
		"compileFunction true Maximum call stack size exceeded\n"
	if code != 0 || out != want {
		t.Errorf("exit %d, output %q, want %q", code, out, want)
	}
}
