package dns_test

import (
	"strings"
	"testing"

	"github.com/evloop/evloop/js/internal/jstest"
	"github.com/evloop/evloop/loop/trace"
)

// TestDNS_noResolver: without a resolver a name lookup fails in node's
// error shape (ENOSYS) from a tick; literals still answer.
func TestDNS_noResolver(t *testing.T) {
	out, errOut, code := jstest.BareRun(t, `const dns = require('dns');
dns.lookup('localhost', (err) => console.log(err.message, err.code, err.errno, err.syscall, err.hostname));
dns.lookup('127.0.0.1', (err, a, f) => console.log(err, a, f));
dns.promises.lookup('localhost').catch((e) => console.log('promise', e.code));
console.log('main end');
`, nil)
	want := "main end\ngetaddrinfo ENOSYS localhost ENOSYS -38 getaddrinfo localhost\nnull 127.0.0.1 4\npromise ENOSYS\n"
	if code != 0 || out != want {
		t.Errorf("exit %d\n%s\nwant\n%s\n%s", code, out, want, errOut)
	}
}

// TestDNS_trace: a lookup is a pool request in the trace, joined and left
// under its label, with the worker that ran it.
func TestDNS_trace(t *testing.T) {
	rec := &trace.Recorder{}
	out, errOut, code := jstest.IORun(t, `require('dns').lookup('localhost', 4, (e, a) => console.log(a));`, true, 4, rec, nil)
	if code != 0 || out != "127.0.0.1\n" {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	var kinds []string
	for _, e := range rec.Events {
		if e.Label == "dns.lookup localhost" {
			kinds = append(kinds, string(e.Kind)+" "+string(e.Queue))
			if e.Kind == trace.PoolDone && e.Worker != 1 {
				t.Errorf("pool.done on worker %d, want 1", e.Worker)
			}
		}
	}
	if got := strings.Join(kinds, ", "); got != "enqueue pool, pool.done pool, dequeue pool, callback.start io, callback.end io" {
		t.Errorf("trace of the lookup: %s", got)
	}
}

// TestDNS_hostile: odd host names and options never reach Go as a panic.
func TestDNS_hostile(t *testing.T) {
	src := `const dns = require('dns');
const names = ['\0', 'a'.repeat(100000), '\ud800', '..', '.', '[::1]', '::1%lo', 'local host', '%', '1.2.3.4.5', '999.1.1.1'];
let n = 0;
for (const name of names) {
  for (const opts of [{}, { all: true }, 6, { family: 'IPv6', order: 'ipv6first' }, { hints: dns.ADDRCONFIG }]) {
    try { dns.lookup(name, opts, () => n++); } catch (e) { if (!(e instanceof Error)) throw e; n++; }
  }
}
for (const bad of [{}, [], Symbol('x'), () => 1, 1n]) {
  try { dns.lookup(bad, () => {}); } catch (e) { if (!(e instanceof Error)) throw e; }
  try { dns.lookup('localhost', bad, () => {}); } catch (e) { if (!(e instanceof Error)) throw e; }
  dns.promises.lookup('localhost', { family: 4, all: true }).then(() => n++);
}
process.on('exit', () => console.log('callbacks', n));
`
	for _, sim := range []bool{true, false} {
		out, errOut, code := jstest.IORun(t, src, sim, 4, nil, nil)
		if code != 0 || out != "callbacks 60\n" || strings.Contains(errOut, "panic") {
			t.Errorf("sim=%v: exit %d\n%s\n%s", sim, code, out, errOut)
		}
	}
}

// dnsProgram looks up names in every form and prints what comes back, one
// lookup after another so the order is node's.
const dnsProgram = `const dns = require('dns');
const names = ['localhost', 'LOCALHOST', '127.0.0.1', '::1', ''];
const opts = [undefined, 0, 4, 6, {}, { all: true }, { all: true, family: 4 }, { all: true, family: 6 },
  { family: 'IPv6' }, { all: true, order: 'ipv6first' }, { all: true, verbatim: false }, { hints: dns.ADDRCONFIG }];
const jobs = [];
for (const n of names) for (const o of opts) jobs.push([n, o]);
// A name that is nowhere: answered by a DNS server for node (slowly), by
// the hosts file here.
jobs.push(['nosuch.invalid', undefined], ['nosuch.invalid', { all: true, family: 6 }]);
function show(err, a, f) {
  if (err) return err.message + ' ' + err.code + ' ' + err.errno + ' ' + err.syscall + ' ' + err.hostname;
  return JSON.stringify(a) + ' ' + f;
}
(function next(i) {
  if (i === jobs.length) return promised(0);
  const [n, o] = jobs[i];
  const cb = (err, a, f) => { console.log(JSON.stringify(n), JSON.stringify(o), show(err, a, f)); next(i + 1); };
  if (o === undefined) dns.lookup(n, cb); else dns.lookup(n, o, cb);
})(0);
function promised(i) {
  if (i === jobs.length) return;
  const [n, o] = jobs[i];
  let p;
  try {
    p = dns.promises.lookup(n, o);
  } catch (err) {
    console.log('promise threw', JSON.stringify(n), JSON.stringify(o), err.code, err.message);
    return promised(i + 1);
  }
  p.then((r) => console.log('promise', JSON.stringify(n), JSON.stringify(o), JSON.stringify(r)),
    (err) => console.log('promise', JSON.stringify(n), JSON.stringify(o), show(err))).then(() => promised(i + 1));
}
`

// TestDNS_againstNode runs dnsProgram under node and under evloop with the
// real resolver (both read this machine's hosts file) and compares. Left
// out: 'localhost.' and names under .localhost, which evloop's resolver
// answers with loopback (RFC 6761, and what systemd-resolved does) while
// plain glibc, as on the recording machine, says ENOTFOUND.
func TestDNS_againstNode(t *testing.T) {
	want, code := jstest.NodeRun(t, t.TempDir(), dnsProgram)
	if code != 0 {
		t.Fatalf("node exited %d", code)
	}
	got, errOut, code := jstest.IORun(t, dnsProgram, false, 4, nil, nil)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	jstest.DiffLines(t, "", got, want)
}
