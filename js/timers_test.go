package js_test

import (
	"bytes"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
)

func runVirtual(t *testing.T, src string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Clock: loop.NewVirtualClock(0)})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource("/t.js", src); code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}
	return stdout.String()
}

// A Timeout's state as node v20 prints it (recorded with node): inside its
// own callback a timeout is not yet destroyed and can refresh itself; after
// it fired its delay stays, after clearTimeout it is -1; ref state stays.
func TestTimeout_stateMatchesNode(t *testing.T) {
	got := runVirtual(t, `
let n = 0;
const t = setTimeout(function () {
  console.log('fire', n, this === t, this._destroyed, this._idleTimeout, this._repeat, this.hasRef());
  if (n++ < 2) this.refresh();
}, 5);
setTimeout(() => console.log('after', t._destroyed, t._idleTimeout, t.hasRef()), 50);
const iv = setInterval(function () {
  console.log('iv', this._destroyed, this._idleTimeout, this._repeat);
  clearInterval(this);
  console.log('cleared', this._destroyed, this._idleTimeout, this.hasRef());
}, 3);
`)
	want := `iv false 3 3
cleared true -1 true
fire 0 true false 5 null true
fire 1 true false 5 null true
fire 2 true false 5 null true
after true 5 true
`
	if got != want {
		t.Errorf("got:\n%s\nwant (node v20):\n%s", got, want)
	}
}

// A Timeout's own properties behave as an ordinary object's: integer keys
// first, then in the order they were set; delete, in, hasOwnProperty,
// descriptors; the inspected form shows its callback as before.
func TestTimeout_ownProperties(t *testing.T) {
	got := runVirtual(t, `
const t = setTimeout(() => {}, 10);
console.log(t);
t.b = 1; t[2] = 'two'; t.a = 2; t[1] = 'one';
console.log(Object.keys(t));
delete t.b;
console.log(Object.keys(t), 'b' in t, t.hasOwnProperty('a'), t.hasOwnProperty('_onTimeout'));
t._onTimeout = 5;
console.log(t._onTimeout, Object.getOwnPropertyDescriptor(t, 'a'));
delete t._onTimeout;
t._onTimeout = 6;
console.log(Object.keys(t), t instanceof Object, typeof t.ref, t.unref() === t);
clearTimeout(t);
const u = setTimeout(() => { console.log('never'); }, 1);
clearTimeout(+u);
console.log(u._destroyed, clearTimeout({}), clearTimeout(null));
`)
	want := `Timeout { _onTimeout: [Function (anonymous)] }
[ '1', '2', '_onTimeout', 'b', 'a' ]
[ '1', '2', '_onTimeout', 'a' ] false true true
5 { value: 2, writable: true, enumerable: true, configurable: true }
[ '1', '2', 'a', '_onTimeout' ] true function true
true undefined undefined
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// An Immediate's state as node v20 reports it: destroyed and unrefed once
// it ran (already inside its callback) or was cleared; ref() after that
// does nothing.
func TestImmediate_stateMatchesNode(t *testing.T) {
	got := runVirtual(t, `
const a = setImmediate(function (x, y) { console.log('a', x, y, this === a, this._destroyed, this.hasRef()); });
const b = setImmediate(() => console.log('b never'));
console.log(a._destroyed, a.hasRef(), b.unref().hasRef(), b.ref().hasRef());
clearImmediate(b);
console.log(b._destroyed, b.hasRef());
setImmediate((z) => { console.log('c', z, a._destroyed, a.hasRef()); a.ref(); console.log(a.hasRef()); }, 'zz');
const d = setImmediate(() => {}); d.foo = 1; console.log(d, Object.keys(d)); clearImmediate(d);
`)
	want := `false true false true
true false
Immediate { _onImmediate: [Function (anonymous)], foo: 1 } [ '_onImmediate', 'foo' ]
a undefined undefined true true false
c zz true false
false
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
