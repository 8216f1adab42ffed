package crypto_test

import (
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/evloop/evloop/js/internal/jstest"
	"github.com/evloop/evloop/loop"
	"github.com/evloop/evloop/loop/trace"
	"github.com/evloop/evloop/poller"
)

// TestCrypto_noPool: without a pool the async crypto forms still call back
// from a later poll phase, never synchronously.
func TestCrypto_noPool(t *testing.T) {
	rec := &trace.Recorder{}
	out, errOut, code := jstest.BareRun(t, `const crypto = require('crypto');
crypto.pbkdf2('p', 's', 1, 8, 'sha1', (err, key) => console.log('pbkdf2', err, key.toString('hex')));
crypto.randomBytes(4, (err, buf) => console.log('randomBytes', err, buf.length));
crypto.hkdf('sha256', 'k', 's', 'i', 4, (err, ab) => console.log('hkdf', err, ab.byteLength));
process.nextTick(() => console.log('tick'));
console.log('main end');
`, rec)
	want := "main end\ntick\npbkdf2 null 843c87e7eda3ee2f\nrandomBytes null 4\nhkdf null 4\n"
	if code != 0 || out != want {
		t.Errorf("exit %d\n%s\nwant\n%s\n%s", code, out, want, errOut)
	}
	var enq, deq int
	for _, e := range rec.Events {
		if e.Queue == trace.QueuePool && strings.HasPrefix(e.Label, "crypto.") {
			switch e.Kind {
			case trace.Enqueue:
				enq++
			case trace.Dequeue:
				deq++
			}
		}
	}
	if enq != 3 || deq != 3 {
		t.Errorf("pool queue: %d enqueued, %d dequeued; want 3 and 3", enq, deq)
	}
}

// TestCrypto_knownAnswers checks the digests, MACs and derived keys against
// the test vectors of their RFCs and FIPS 180-2, through the JS API.
func TestCrypto_knownAnswers(t *testing.T) {
	cases := []struct{ name, expr, want string }{
		{"sha256 abc", `crypto.createHash('sha256').update('abc').digest('hex')`,
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"sha256 empty", `crypto.createHash('sha256').digest('hex')`,
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"sha256 two blocks", `crypto.createHash('sha256').update('abcdbcdecdefdefgefghfghighijhi').update('jkijkljklmklmnlmnomnopnopq').digest('hex')`,
			"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
		{"sha1 abc", `crypto.createHash('sha1').update('abc').digest('hex')`,
			"a9993e364706816aba3e25717850c26c9cd0d89d"},
		{"md5 abc", `crypto.createHash('md5').update('abc').digest('hex')`,
			"900150983cd24fb0d6963f7d28e17f72"},
		{"sha512 abc", `crypto.createHash('sha512').update('abc').digest('hex')`,
			"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
		{"hmac-sha256 rfc4231 1", `crypto.createHmac('sha256', new Uint8Array(20).fill(0x0b)).update('Hi There').digest('hex')`,
			"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
		{"hmac-sha256 rfc4231 2", `crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex')`,
			"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
		{"pbkdf2-sha1 rfc6070 c=1", `crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex')`,
			"0c60c80f961f0e71f3a9b524af6012062fe037a6"},
		{"pbkdf2-sha1 rfc6070 c=2", `crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex')`,
			"ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"},
		{"pbkdf2-sha1 rfc6070 c=4096", `crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex')`,
			"4b007901b765489abead49d926f721d065a429c1"},
		{"pbkdf2-sha1 rfc6070 long", `crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex')`,
			"3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"},
		{"pbkdf2-sha1 rfc6070 nul", `crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex')`,
			"56fa6aa75548099dcc37d7f03425e0c3"},
		{"pbkdf2-sha256 rfc7914", `crypto.pbkdf2Sync('passwd', 'salt', 1, 64, 'sha256').toString('hex')`,
			"55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"},
		{"hkdf-sha256 rfc5869 1", `Buffer.from(crypto.hkdfSync('sha256', new Uint8Array(22).fill(0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)).toString('hex')`,
			"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
	}
	var src strings.Builder
	src.WriteString("const crypto = require('crypto');\n")
	for _, c := range cases {
		fmt.Fprintf(&src, "try { console.log(%s); } catch (e) { console.log('threw', e.message); }\n", c.expr)
	}
	out, errOut, code := jstest.IORun(t, src.String(), true, 4, nil, nil)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("got %d lines for %d cases:\n%s", len(lines), len(cases), out)
	}
	for i, c := range cases {
		if lines[i] != c.want {
			t.Errorf("%s: got %s, want %s", c.name, lines[i], c.want)
		}
	}
}

// hashProgram prints digests of every algorithm, input kind and encoding
// evloop implements, and the errors around them.
const hashProgram = `const crypto = require('crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'RSA-SHA256', 'SHA256', 'sha256WithRSAEncryption', 'ssl3-md5'];
const inputs = ['', 'abc', 'é\u00ff\ud800 lone surrogate', 'x'.repeat(1000), new Uint8Array([0, 1, 2, 255]),
  new Uint16Array([1, 2, 65535]), new DataView(new ArrayBuffer(5)), Buffer.from('buffer input')];
const encs = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'HEX', 'buffer', undefined, 'utf8', 'ucs2', 'ascii', 'bogus'];
function show(v) { return typeof v === 'string' ? JSON.stringify(v) : Buffer.isBuffer(v) ? 'buf:' + v.toString('hex') : String(v); }
function t(f) { try { console.log(show(f())); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const a of algs) for (const i of inputs) t(() => crypto.createHash(a).update(i).digest('hex'));
for (const e of encs) t(() => crypto.createHash('sha256').update('abc').digest(e));
for (const e of encs) t(() => crypto.createHmac('sha256', 'key').update('abc').digest(e));
for (const e of ['hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2', 'utf8', 'bogus'])
  for (const s of ['', 'ab', '0g1f', 'YW=Jj', 'YW Jj\n', '-_+/', '\u0100\u00ff', 'a,b,c', 'ffzz00'])
    t(() => crypto.createHash('md5').update(s, e).digest('hex'));
t(() => { const h = crypto.createHash('sha256').update('a'); const c = h.copy(); h.update('b'); return h.digest('hex') + ' ' + c.update('b').digest('hex'); });
t(() => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest('hex'); });
t(() => crypto.hash('sha1', 'abc'));
t(() => crypto.hash('md5', Buffer.from('abc'), 'base64'));
t(() => crypto.createHash('nope'));
t(() => crypto.createHmac('nope', 'k'));
t(() => crypto.createHash(5));
t(() => crypto.createHash('md5').update(5));
t(() => crypto.createHash('md5').update(new ArrayBuffer(3)));
t(() => crypto.createHash('md5').update('abc', 'hex'));
t(() => crypto.createHmac('md5', 5));
t(() => { const h = crypto.createHash('md5'); h.digest(); h.update('x'); });
t(() => { const h = crypto.createHash('md5'); h.digest(); h.digest(); });
t(() => { const h = crypto.createHash('md5'); h.digest(); h.copy(); });
t(() => crypto.pbkdf2Sync('p', 's', 3, 40, 'sha512').toString('hex'));
t(() => crypto.pbkdf2Sync(Buffer.from('p'), new Uint8Array([1, 2]), 3, 0, 'md5').toString('hex'));
t(() => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha256'));
t(() => crypto.pbkdf2Sync('p', 's', 1.5, 10, 'sha256'));
t(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'));
t(() => crypto.pbkdf2Sync('p', 's', '1', 10, 'sha256'));
t(() => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha256'));
t(() => crypto.pbkdf2Sync('p', 's', 1, 10));
t(() => crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'));
t(() => crypto.pbkdf2('p', 's', 1, 10, 'sha256'));
t(() => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
t(() => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t(() => crypto.timingSafeEqual('a', Buffer.from('a')));
t(() => crypto.timingSafeEqual(new Uint16Array(2), new ArrayBuffer(4)));
t(() => crypto.randomBytes(8).length);
t(() => crypto.randomBytes(-1));
t(() => crypto.randomBytes('1'));
t(() => crypto.randomBytes(2 ** 31));
t(() => crypto.randomFillSync(new Uint32Array(4), 1, 2).length);
t(() => crypto.randomFillSync(new Uint8Array(4), 5));
t(() => crypto.randomFillSync(new Uint8Array(4), 1, 4));
t(() => crypto.randomFillSync([1]));
t(() => crypto.randomInt(10, 5));
t(() => crypto.randomInt(1.5));
t(() => crypto.randomInt(2 ** 48));
t(() => crypto.randomInt(3, 'x'));
t(() => { const n = crypto.randomInt(5, 7); return n === 5 || n === 6; });
t(() => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
t(() => crypto.randomUUID({ disableEntropyCache: 1 }));
t(() => crypto.getRandomValues(new Float32Array(2)));
t(() => crypto.getRandomValues(new Uint8Array(65537)));
t(() => globalThis.crypto.getRandomValues(new Int32Array(3)).length);
t(() => Object.prototype.toString.call(globalThis.crypto) + ' ' + (globalThis.crypto === crypto.webcrypto));
t(() => crypto.getHashes().includes('sha256') && crypto.getHashes().includes('RSA-SHA256'));
t(() => crypto.createSecretKey(Buffer.from('k')).symmetricKeySize);
t(() => crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('key'))).update('abc').digest('hex'));
t(() => Buffer.from(crypto.hkdfSync('sha512', 'ikm', 'salt', 'info', 100)).toString('hex'));
t(() => crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 255 * 32 + 1));
t(() => crypto.hkdfSync('nope', 'ikm', 'salt', 'info', 10));
t(() => crypto.createHash('sha256', { outputLength: 32 }).update('a').digest('hex'));
t(() => crypto.createHash('sha256', { outputLength: 5 }));
t(() => crypto.createHash('sha256', { outputLength: -1 }));
t(() => crypto.createHash('sha256', { outputLength: '5' }));
t(() => crypto.createHash('md5').copy({ outputLength: 16 }).digest('hex'));
t(() => crypto.createHash('md5').copy({ outputLength: 3 }));
for (const n of [undefined, 0, 5, 100]) {
  t(() => crypto.createHash('shake128', { outputLength: n }).update('abc').digest('hex'));
  t(() => crypto.createHash('shake256', { outputLength: n }).update('abc').digest('base64'));
}
t(() => { const h = crypto.createHash('shake128').update('ab'); const d = h.copy({ outputLength: 4 }); h.update('c'); return h.digest('hex') + ' ' + d.update('c').digest('hex'); });
t(() => crypto.createHmac('shake128', 'k'));
t(() => crypto.pbkdf2Sync('a', 'b', 1, 4, 'shake128'));
t(() => crypto.hkdfSync('shake256', 'a', 'b', 'c', 4));
t(() => crypto.hash('shake256', 'abc'));
`

// TestCrypto_againstNode runs hashProgram under node and evloop (both
// clocks) and compares the output line by line.
func TestCrypto_againstNode(t *testing.T) {
	want, code := jstest.NodeRun(t, t.TempDir(), hashProgram)
	if code != 0 {
		t.Fatalf("node exited %d", code)
	}
	for _, sim := range []bool{true, false} {
		got, errOut, code := jstest.IORun(t, hashProgram, sim, 4, nil, nil)
		if code != 0 {
			t.Fatalf("sim=%v: exit %d\n%s", sim, code, errOut)
		}
		if got == want {
			continue
		}
		jstest.DiffLines(t, fmt.Sprintf("sim=%v ", sim), got, want)
	}
}

// TestCrypto_getHashes: evloop's getHashes is node's list, in node's order,
// less the digests Go's standard library lacks (RIPEMD, BLAKE2, SM3,
// MD5-SHA1).
func TestCrypto_getHashes(t *testing.T) {
	src := "console.log(require('crypto').getHashes().join('\\n'))"
	want, _ := jstest.NodeRun(t, t.TempDir(), src)
	got, errOut, code := jstest.IORun(t, src, true, 1, nil, nil)
	if code != 0 {
		t.Fatal(errOut)
	}
	nodeNames := strings.Fields(want)
	missing := map[string]bool{}
	for _, n := range nodeNames {
		missing[n] = true
	}
	i := 0
	for _, name := range strings.Fields(got) {
		for i < len(nodeNames) && nodeNames[i] != name {
			i++
		}
		if i == len(nodeNames) {
			t.Fatalf("%q is not in node's list, or out of its order", name)
		}
		delete(missing, name)
	}
	for name := range missing {
		switch {
		case strings.Contains(strings.ToLower(name), "ripemd"), strings.Contains(name, "rmd160"),
			strings.HasPrefix(name, "blake2"), strings.Contains(strings.ToLower(name), "sm3"), name == "md5-sha1":
		default:
			t.Errorf("node has %q, evloop does not", name)
		}
	}
}

// TestCrypto_hostile feeds the natives what a program can reach them with:
// lying views, huge sizes, odd receivers. Every call must end as a JS error
// or a result, never a Go panic.
func TestCrypto_hostile(t *testing.T) {
	src := `const crypto = require('crypto');
const liar = new Uint8Array(4);
Object.defineProperty(liar, 'byteOffset', { get: () => 1e12 });
Object.defineProperty(liar, 'byteLength', { get: () => -5 });
const orphan = Object.setPrototypeOf(new Uint8Array(2), null);
const attempts = [
  () => crypto.createHash('md5').update(orphan).digest('hex'),
  () => crypto.randomFillSync(orphan),
  () => crypto.timingSafeEqual(orphan, orphan),
  () => crypto.createHash('md5').update(liar).digest('hex'),
  () => crypto.randomFillSync(liar),
  () => crypto.timingSafeEqual(liar, liar),
  () => crypto.pbkdf2Sync(liar, liar, 1, 1, 'md5'),
  () => crypto.createHmac('md5', liar).digest('hex'),
  () => crypto.createHash('md5').update.call({}, 'x'),
  () => crypto.createHash('md5').digest.call(null),
  () => crypto.Hash.prototype.update.call(Object.create(crypto.Hash.prototype), 'x'),
  () => crypto.webcrypto.getRandomValues.call(undefined, new Uint8Array(1)),
  () => crypto.createHash('md5').update('x', { toString() { throw new Error('enc'); } }),
  () => crypto.createHash('md5').digest({ toString() { return 'hex'; } }),
  () => crypto.randomInt(0, 2 ** 53),
  () => crypto.hkdfSync('md5', '', '', '', 0),
  () => crypto.pbkdf2Sync('', '', 1, 0, 'md5'),
];
let n = 0;
for (const f of attempts) { try { f(); } catch (e) { if (!(e instanceof Error)) throw e; } n++; }
try { crypto.randomFill(liar, (err) => console.log('randomFill callback', n)); } catch (e) { console.log(e.name); }
console.log('survived', n);
`
	for _, sim := range []bool{true, false} {
		out, errOut, code := jstest.IORun(t, src, sim, 2, nil, nil)
		if strings.Contains(errOut, "panic") || !strings.Contains(out, "survived 17") {
			t.Errorf("sim=%v: exit %d\n%s\n%s", sim, code, out, errOut)
		}
	}
}

// saturation is six pbkdf2 jobs submitted together: more than the pool has
// workers. Each prints its number when its callback runs.
const saturation = `const crypto = require('crypto');
for (let i = 1; i <= 6; i++) {
  crypto.pbkdf2('secret', 'salt' + i, ITER, 32, 'sha256', (err, key) => console.log('job', i, err, key.length));
}
`

// TestCrypto_poolSaturation checks that the thread pool bounds how many
// pbkdf2 jobs run at once: with 4 workers six jobs run as a wave of 4 then
// one of 2; with UV_THREADPOOL_SIZE=2, in three pairs. On the simulated pool
// the waves are exact on the virtual clock; on the real pool the test reads
// the workers' start and end times (never wall-clock thresholds): no more
// jobs overlap than there are workers, jobs start in submission order, a
// worker runs one job at a time, and every job past the first wave starts
// only after enough jobs ended to free a worker.
func TestCrypto_poolSaturation(t *testing.T) {
	for _, env := range []string{"", "2"} {
		size := poller.PoolSize(func(string) string { return env })
		for _, sim := range []bool{true, false} {
			name := fmt.Sprintf("UV_THREADPOOL_SIZE=%q/sim=%v", env, sim)
			t.Run(name, func(t *testing.T) {
				iter := 100000
				src := strings.Replace(saturation, "ITER", fmt.Sprint(iter), 1)
				rec := &trace.Recorder{}
				var jobs []loop.Completion
				out, errOut, code := jstest.IORun(t, src, sim, size, rec, &jobs)
				if code != 0 {
					t.Fatalf("exit %d\n%s", code, errOut)
				}
				if strings.Count(out, " null 32\n") != 6 {
					t.Fatalf("callbacks:\n%s", out)
				}
				if len(jobs) != 6 {
					t.Fatalf("%d pool completions, want 6", len(jobs))
				}
				// Submission order is request id order.
				slices.SortFunc(jobs, func(a, b loop.Completion) int { return int(a.Req.ID - b.Req.ID) })
				checkWaves(t, jobs, size)
				if sim {
					checkSimWaves(t, jobs, size, time.Duration(iter)*172*time.Nanosecond+poller.DefaultCryptoLatency)
				}
				// The trace tells the same story: a pool.done per job, with
				// the worker that ran it and how long it worked (N).
				var dones []trace.Event
				perWorker := map[int]int{}
				for _, e := range rec.Events {
					if e.Kind == trace.PoolDone && e.Label == "crypto.pbkdf2" {
						dones = append(dones, e)
						perWorker[e.Worker]++
					}
				}
				if len(dones) != 6 || len(perWorker) > size {
					t.Fatalf("%d pool.done events on workers %v, want 6 on at most %d", len(dones), perWorker, size)
				}
				if sim {
					// Waves: the first size jobs end together, each later
					// wave a full job's time after the one before, and the
					// lowest-numbered workers take the extra waves.
					cost := time.Duration(iter)*172*time.Nanosecond + poller.DefaultCryptoLatency
					want := map[int]int{}
					for i := range 6 {
						want[i%size+1]++
					}
					if !maps.Equal(perWorker, want) {
						t.Errorf("jobs per worker %v, want %v", perWorker, want)
					}
					for i, e := range dones {
						if time.Duration(e.N) != cost {
							t.Errorf("pool.done %d: worked %v, want %v", i+1, time.Duration(e.N), cost)
						}
						if wave := i / size; i%size == 0 && wave > 0 && time.Duration(e.T-dones[(wave-1)*size].T) < cost {
							t.Errorf("wave %d collected %v after wave %d, less than a job's %v", wave+1,
								time.Duration(e.T-dones[(wave-1)*size].T), wave, cost)
						}
					}
				}
			})
		}
	}
}

// checkWaves asserts what must hold on any pool of size workers.
func checkWaves(t *testing.T, jobs []loop.Completion, size int) {
	t.Helper()
	for i, j := range jobs {
		if j.Worker < 1 || j.Worker > size {
			t.Errorf("job %d on worker %d of %d", i+1, j.Worker, size)
		}
		if j.Ended < j.Started {
			t.Errorf("job %d ended before it started", i+1)
		}
		// FIFO: a job starts no earlier than the ones submitted before it.
		if i > 0 && j.Started < jobs[i-1].Started {
			t.Errorf("job %d started before job %d", i+1, i)
		}
		// Never more than size jobs running at once.
		running := 0
		for _, k := range jobs {
			if k.Started <= j.Started && j.Started < k.Ended {
				running++
			}
		}
		if running > size {
			t.Errorf("job %d started while %d jobs ran on %d workers", i+1, running, size)
		}
		// Past the first wave, a job starts only once enough jobs ended to
		// free a worker: job size+1 after one, size+2 after two, ...
		if i >= size {
			ended := 0
			for _, k := range jobs[:i] {
				if k.Ended <= j.Started {
					ended++
				}
			}
			if ended < i-size+1 {
				t.Errorf("job %d started at %v after only %d jobs ended", i+1, j.Started, ended)
			}
		}
		// A worker runs one job at a time.
		for _, k := range jobs[:i] {
			if k.Worker == j.Worker && j.Started < k.Ended {
				t.Errorf("job %d started on worker %d at %v, before its job there ended (%v)", i+1, j.Worker, j.Started, k.Ended)
			}
		}
	}
}

// checkSimWaves asserts the exact waves of the simulated pool: jobs start
// in groups of size (the last one smaller), each group when the previous
// ends, each job taking cost.
func checkSimWaves(t *testing.T, jobs []loop.Completion, size int, cost time.Duration) {
	t.Helper()
	var waves []int
	for i, j := range jobs {
		if d := j.Ended - j.Started; d != cost {
			t.Errorf("job %d took %v, want %v", i+1, d, cost)
		}
		if i == 0 || j.Started != jobs[i-1].Started {
			waves = append(waves, 0)
		}
		waves[len(waves)-1]++
		wave := i / size
		if want := jobs[0].Started + time.Duration(wave)*cost; j.Started != want {
			t.Errorf("job %d started at %v, want %v (wave %d)", i+1, j.Started, want, wave+1)
		}
	}
	var want []int
	for n := len(jobs); n > 0; n -= size {
		want = append(want, min(n, size))
	}
	if !slices.Equal(waves, want) {
		t.Errorf("waves %v, want %v", waves, want)
	}
}

// BenchmarkCrypto_sha256_4KiB is one createHash('sha256').update(4 KiB)
// .digest() through the JS API, next to Go's own sha256 of the same bytes.
func BenchmarkCrypto_sha256_4KiB(b *testing.B) {
	b.Run("go", func(b *testing.B) {
		buf := make([]byte, 4096)
		b.SetBytes(4096)
		for b.Loop() {
			sha256.Sum256(buf)
		}
	})
	b.Run("js", func(b *testing.B) {
		src := fmt.Sprintf(`const crypto = require('crypto'); const buf = Buffer.alloc(4096);
for (let i = 0; i < %d; i++) crypto.createHash('sha256').update(buf).digest();`, b.N)
		b.SetBytes(4096)
		b.ResetTimer()
		if _, errOut, code := jstest.IORun(b, src, true, 4, nil, nil); code != 0 {
			b.Fatal(errOut)
		}
	})
}

// BenchmarkCrypto_smallHash is createHash('md5').update('hello').digest('hex'):
// the cost of the JS API around a hash of almost nothing.
func BenchmarkCrypto_smallHash(b *testing.B) {
	src := fmt.Sprintf(`const crypto = require('crypto');
for (let i = 0; i < %d; i++) crypto.createHash('md5').update('hello').digest('hex');`, b.N)
	if _, errOut, code := jstest.IORun(b, src, true, 4, nil, nil); code != 0 {
		b.Fatal(errOut)
	}
}
