package js

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/evloop/evloop/loop"
)

func Test_replaceInvalidUTF8(t *testing.T) {
	// Each maximal subpart of an ill-formed sequence is one U+FFFD (the
	// Unicode Standard's table 3-8 examples, and truncations).
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte{0xC0, 0xAF, 0xE0, 0x80, 0xBF, 0xF0, 0x81, 0x82, 0x41}, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDA"},
		{[]byte{0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF, 0xED, 0xAF, 0x41}, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDA"},
		{[]byte{0xF4, 0x91, 0x92, 0x93, 0xFF, 0x41, 0x80, 0xBF, 0x42}, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDA\uFFFD\uFFFDB"},
		{[]byte{0xE1, 0x80, 0xE2, 0xF0, 0x91, 0x92, 0xF1, 0xBF, 0x41}, "\uFFFD\uFFFD\uFFFD\uFFFDA"},
		{[]byte{0xE2, 0x82}, "\uFFFD"},
		{[]byte{0xF0, 0x9F, 0x98}, "\uFFFD"},
		{[]byte{0xE2, 0x82, 0xAC, 0xE2}, "€\uFFFD"},
	}
	for _, tt := range tests {
		if got := string(replaceInvalidUTF8(tt.in)); got != tt.want {
			t.Errorf("replaceInvalidUTF8(% x) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

func Test_wholeUTF8(t *testing.T) {
	tests := []struct {
		in   []byte
		want int
	}{
		{nil, 0},
		{[]byte("abc"), 3},
		{[]byte{'a', 0xE2}, 1},
		{[]byte{'a', 0xE2, 0x82}, 1},
		{[]byte{'a', 0xE2, 0x82, 0xAC}, 4},
		{[]byte{0xF0, 0x9F, 0x98}, 0},
		{[]byte{0xF0, 0x80}, 2},      // cannot become a character: decode it now
		{[]byte{'a', 0x80, 0x80}, 3}, // stray continuation bytes
	}
	for _, tt := range tests {
		if got := wholeUTF8(tt.in); got != tt.want {
			t.Errorf("wholeUTF8(% x) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func Test_decodeBase64(t *testing.T) {
	tests := []struct{ in, want string }{
		{"aGVsbG8=", "hello"},
		{"aGVsbG8", "hello"},
		{"aGVs bG8", "hello"},
		{"aGk=?? aGk", "hi"}, // stops at the first '='
		{"_-8", "\xff\xef"},  // the URL alphabet too
		{"a", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(decodeBase64(tt.in)); got != tt.want {
			t.Errorf("decodeBase64(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func Test_forgivingBase64(t *testing.T) {
	tests := []struct {
		in   string
		want string
		code int
	}{
		{"aGVs bG8=", "hello", 0},
		{" Y Q = = ", "a", 0},
		{"YR==", "a", 0}, // nonzero trailing bits are allowed
		{"a", "", -1},
		{"ab=", "", -2},
		{"a*b=", "", -2},
		{"ab-_", "", -2},
		{"YQ==YQ==", "", -2},
	}
	for _, tt := range tests {
		got, code := forgivingBase64(tt.in)
		if string(got) != tt.want || code != tt.code {
			t.Errorf("forgivingBase64(%q) = %q, %d; want %q, %d", tt.in, got, code, tt.want, tt.code)
		}
	}
}

// bufferCases are programs whose output node decides at test time: seeded
// random inputs through every encoding path, so the natives meet far more
// byte patterns than the conformance cases spell out.
var bufferCases = []struct{ name, src string }{
	{"buffer/random-bytes", `let seed = 42;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
for (let i = 0; i < 300; i++) {
  const len = rnd(12);
  const b = Buffer.alloc(len);
  for (let k = 0; k < len; k++) b[k] = [rnd(256), 0x80 | rnd(64), 0xc0 | rnd(64), 0xe0 | rnd(16), 0xf0 | rnd(8), rnd(128)][rnd(6)];
  const out = encs.map((e) => { const s = b.toString(e); return [s, Buffer.from(s, e).toString('hex'), Buffer.byteLength(s, e)]; });
  console.log(b.toString('hex'), JSON.stringify(out));
}
`},
	{"buffer/random-strings", `let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const units = [0x41, 0x7f, 0x80, 0xe9, 0xff, 0x100, 0x7ff, 0x800, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0xffff, 0x3d, 0x2b, 0x2f, 0x5f, 0x2d, 0x20, 0x30, 0x61, 0x46];
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
for (let i = 0; i < 300; i++) {
  let s = '';
  for (let k = rnd(10); k > 0; k--) s += String.fromCharCode(units[rnd(units.length)]);
  const out = encs.map((e) => [Buffer.from(s, e).toString('hex'), Buffer.byteLength(s, e)]);
  const w = Buffer.alloc(rnd(8));
  out.push(w.write(s, rnd(3) % (w.length + 1), 'utf8'), w.toString('hex'));
  const te = new TextEncoder().encodeInto(s, new Uint8Array(rnd(9)));
  console.log(JSON.stringify(s), JSON.stringify(out), te.read, te.written);
}
`},
	{"buffer/decoders-chunked", `const { StringDecoder } = require('string_decoder');
let seed = 3;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const text = Buffer.from('aé€𝄞\u0800\uffff' + 'z'.repeat(3) + '\u00ff𝄞');
const bad = Buffer.concat([text, Buffer.from([0xe2, 0x82, 0xf0, 0x9f, 0xc3, 0x41, 0xed, 0xa0, 0x80])]);
for (let i = 0; i < 100; i++) {
  const src = i % 2 ? text : bad;
  const cuts = [];
  for (let p = 0; p < src.length; p += 1 + rnd(4)) cuts.push(p);
  cuts.push(src.length);
  for (const enc of ['utf8', 'utf16le', 'base64', 'hex']) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let k = 0; k + 1 < cuts.length; k++) out += d.write(src.subarray(cuts[k], cuts[k + 1]));
    out += d.end();
    console.log(i, enc, JSON.stringify(out));
  }
  if (i % 2) {
    const td = new TextDecoder();
    let out = '';
    for (let k = 0; k + 1 < cuts.length; k++) out += td.decode(src.subarray(cuts[k], cuts[k + 1]), { stream: true });
    console.log(i, 'TextDecoder', JSON.stringify(out + td.decode()));
  }
}
`},
	{"stream/random-pipes", `const { Readable, Writable, Transform, pipeline } = require('stream');
let seed = 11;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
let round = 0;
function next() {
  if (round++ === 30) return;
  const chunks = Array.from({ length: rnd(20) }, (_, i) => 'c' + i + '-'.repeat(rnd(40)));
  const log = [];
  const rh = 1 + rnd(64), wh = 1 + rnd(64), sync = rnd(2) === 0;
  let i = 0;
  const r = new Readable({ highWaterMark: rh, read() { if (i < chunks.length) this.push(chunks[i++]); else this.push(null); } });
  const t = new Transform({ highWaterMark: 1 + rnd(64), transform(c, e, cb) { log.push('t' + c.length); cb(null, c); } });
  const w = new Writable({ highWaterMark: wh, write(c, e, cb) { log.push('w' + c.length); if (sync) cb(); else setImmediate(cb); } });
  for (const [n, s] of [['r', r], ['t', t], ['w', w]]) for (const ev of ['end', 'finish', 'close', 'drain', 'pause', 'resume']) s.on(ev, () => log.push(n + ':' + ev));
  pipeline(r, t, w, (err) => { console.log(round, rh, wh, sync, err, log.join(' ')); next(); });
}
next();
`},
	{"stream/random-pipelines-mixed", `// Random pipelines whose callbacks come back synchronously, on a tick,
// in a microtask or in the check phase, some with a failing write.
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
let seed = 5;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
let round = 0;
const sched = (fn) => { const k = rnd(4); if (k === 0) fn(); else if (k === 1) process.nextTick(fn); else if (k === 2) setImmediate(fn); else Promise.resolve().then(fn); };
function next() {
  if (round++ === 60) return;
  const obj = rnd(3) === 0;
  const chunks = Array.from({ length: rnd(12) }, (_, i) => 'c' + i + '-'.repeat(rnd(30)));
  const log = [];
  let i = 0;
  const r = new Readable({ objectMode: obj, highWaterMark: rnd(40), read() { sched(() => { if (i < chunks.length) this.push(chunks[i++]); else this.push(null); }); } });
  const mids = [];
  for (let k = rnd(3); k > 0; k--) {
    if (rnd(2)) mids.push(new PassThrough({ objectMode: obj, highWaterMark: rnd(40) }));
    else mids.push(new Transform({ objectMode: obj, highWaterMark: rnd(40), transform(c, e, cb) { log.push('t' + String(c).length); sched(() => cb(null, c)); }, flush(cb) { log.push('flush'); sched(cb); } }));
  }
  const fail = rnd(8) === 0 ? rnd(chunks.length + 1) : -1;
  let wn = 0;
  const w = new Writable({ objectMode: obj, highWaterMark: rnd(40), write(c, e, cb) { log.push('w' + String(c).length); const n = wn++; sched(() => cb(n === fail ? new Error('fail') : null)); }, final(cb) { log.push('final'); sched(cb); } });
  const all = [r, ...mids, w];
  all.forEach((s, k) => { for (const ev of ['end', 'finish', 'close', 'drain', 'pause', 'resume', 'error', 'prefinish']) s.on(ev, () => log.push(k + ':' + ev)); });
  pipeline(...all, (err) => { console.log(round, obj, err && err.message, log.join(' ')); next(); });
}
next();
`},
	{"stream/random-readers", `// Random Readables consumed by 'data' with pause/resume, by 'readable'
// and read(n) (with and without setEncoding), or by the async iterator.
const { Readable } = require('stream');
let seed = 10;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const sched = (fn) => { const k = rnd(4); if (k === 0) fn(); else if (k === 1) process.nextTick(fn); else if (k === 2) setImmediate(fn); else Promise.resolve().then(fn); };
let round = 0;
function next() {
  if (round++ === 60) return;
  const log = [];
  const chunks = Array.from({ length: rnd(10) }, (_, i) => 'k' + i + '.'.repeat(rnd(20)));
  let i = 0;
  const enc = rnd(3) === 0;
  const r = new Readable({ highWaterMark: rnd(30), read(n) { log.push('_read' + n); sched(() => { if (i < chunks.length) { const ok = this.push(chunks[i++]); log.push('push' + ok); } else this.push(null); }); } });
  if (enc) r.setEncoding('utf8');
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) r.on(ev, () => log.push(ev));
  r.on('close', () => { console.log(round, enc, log.join(' ')); next(); });
  const mode = rnd(3);
  if (mode === 0) {
    r.on('data', (d) => { log.push('data' + d.length); if (rnd(4) === 0) { r.pause(); sched(() => r.resume()); } });
  } else if (mode === 1) {
    r.on('readable', () => { let c; log.push('readable' + r.readableLength); const n = rnd(3) === 0 ? undefined : 1 + rnd(15); while ((c = r.read(n)) !== null) log.push('read' + c.length); });
  } else {
    const it = r[Symbol.asyncIterator]();
    const step = () => it.next().then((v) => { log.push(v.done ? 'done' : 'it' + v.value.length); if (!v.done) sched(step); });
    step();
  }
}
next();
`},
	{"stream/random-writers", `// Random Writables and Duplexes: writes with and without callbacks,
// cork/uncork, _writev, failing writes, destroy and end at random points.
const { Writable, Duplex, PassThrough } = require('stream');
let seed = 3;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const sched = (fn) => { const k = rnd(4); if (k === 0) fn(); else if (k === 1) process.nextTick(fn); else if (k === 2) setImmediate(fn); else Promise.resolve().then(fn); };
let round = 0;
function next() {
  if (round++ === 60) return;
  const log = [];
  const useV = rnd(2) === 0, obj = rnd(4) === 0;
  const opts = { objectMode: obj, highWaterMark: rnd(20), write(c, e, cb) { log.push('w' + String(c).length); sched(() => cb(rnd(15) === 0 ? new Error('we') : null)); },
    final(cb) { log.push('final'); sched(cb); } };
  if (useV) opts.writev = function (chunks, cb) { log.push('v' + chunks.length); sched(cb); };
  const w = rnd(3) === 0 ? new Duplex({ ...opts, read() {}, allowHalfOpen: rnd(2) === 0 }) : new Writable(opts);
  for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error', 'end']) w.on(ev, () => log.push(ev));
  if (w.push && rnd(2)) { w.push(null); w.resume(); }
  let done = false;
  w.on('close', () => { if (!done) { done = true; setImmediate(() => { console.log(round, useV, obj, log.join(' ')); next(); }); } });
  const n = rnd(10);
  for (let k = 0; k < n; k++) {
    const act = rnd(10);
    const data = 'd'.repeat(1 + rnd(8));
    const run = () => {
      if (act < 5) { const r = w.write(data, (err) => log.push('cb' + k + (err ? 'E' : ''))); log.push('wr' + r); }
      else if (act === 5) { w.cork(); log.push('cork'); }
      else if (act === 6) { w.uncork(); log.push('uncork'); }
      else if (act === 7 && rnd(3) === 0) { w.destroy(rnd(2) ? new Error('d') : undefined); log.push('destroy'); }
      else { const r = w.write(data); log.push('wr' + r); }
    };
    if (rnd(2)) run(); else sched(run);
  }
  sched(() => { w.end(rnd(2) ? 'last' : undefined, (err) => log.push('endcb' + (err ? err.code || err.message : ''))); log.push('end'); });
  setTimeout(() => { if (!done) { done = true; console.log(round, 'no close', log.join(' ')); next(); } }, 50);
}
next();
`},
	{"url/random-parse", `// Random URL-like strings, alone and against bases, through the WHATWG parser.
let seed = 4;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const atoms = ['http:', 'https:', 'file:', 'foo:', 'ws:', '//', '/', '\\', '.', '..', '%2e', '%2E.', 'a', 'B', 'ü', '€', '@', ':', '::', '[', ']', '?', '#', '&', '=', '+', ' ', '\t', '%', '%41', '%zz', '1', '80', '0x10', '127.0.0.1', '[::1]', 'user', 'pw', 'C:', 'c|', 'x.com', 'xn--', '~', '"', '<', String.fromCharCode(96), '{', '^', '|', "'", '\u0000', 'localhost', '*'];
const bases = [undefined, 'http://b.com/x/y?q#f', 'file:///c:/dir/f', 'foo://h/p/q', 'mailto:x', 'https://u:p@h:8/'];
for (let i = 0; i < 2000; i++) {
  let s = '';
  for (let k = rnd(8); k >= 0; k--) s += atoms[rnd(atoms.length)];
  const base = bases[rnd(bases.length)];
  let out;
  try {
    const u = new URL(s, base);
    out = [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];
  } catch (e) { out = e.code; }
  console.log(JSON.stringify([s, base]), JSON.stringify(out));
}
`},
	{"url/random-setters", `// Random values through every URL setter.
let seed = 5;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const atoms = ['http', 'https:', 'file', 'foo', 'ws', '//', '/', '\\', '.', '..', 'a', 'B', 'ü', '@', ':', '[', ']', '?', '#', '&', '=', ' ', '%', '%41', '1', '80', '65536', '127.0.0.1', '[::1]', 'x.com', '~', '"', '<', '^', '|', 'localhost', ''];
const urls = ['http://a.com:8080/p?q#h', 'file:///c:/x', 'foo://h/p', 'mailto:x@y', 'https://u:p@h/', 'ws://h', 'foo:/p', 'file://host/x'];
const props = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
for (let i = 0; i < 2000; i++) {
  const u = new URL(urls[rnd(urls.length)]);
  let v = '';
  for (let k = rnd(4); k >= 0; k--) v += atoms[rnd(atoms.length)];
  const p = props[rnd(props.length)];
  u[p] = v;
  console.log(p, JSON.stringify(v), u.href, u.searchParams.toString());
}
`},
	{"url/random-search-params", `// Random query strings through URLSearchParams and URL.searchParams.
let seed = 3;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const atoms = ['a', 'b', '=', '&', '+', '%', '%2', '%20', '%C3%A9', '%zz', 'é', '€', '\ud800', ' ', '?', '#', '*', '~', '!', "'", '(', ')', '/', ':', ';', ',', '$', '@', '\u00ff', '😀'];
for (let i = 0; i < 1500; i++) {
  let s = '';
  for (let k = rnd(10); k >= 0; k--) s += atoms[rnd(atoms.length)];
  const p = new URLSearchParams(s);
  const out = [p.toString(), [...p], p.size];
  if (rnd(2)) { p.sort(); out.push(p.toString()); }
  const u = new URL('http://h/?' + s);
  out.push(u.search, u.searchParams.toString());
  u.searchParams.append(s, s);
  out.push(u.href);
  console.log(JSON.stringify(s), JSON.stringify(out));
}
`},
	{"url/random-legacy-parse", `// Random strings through the legacy url.parse (with and without query
// parsing and slashesDenoteHost) and back through url.format.
const url = require('url');
let seed = 4;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const atoms = ['http:', 'https:', 'file:', 'mailto:', 'javascript:', '//', '/', '\\', '.', '..', 'a', 'B', '@', ':', '?', '#', '&', '=', ' ', '%20', '1', '80', 'user', 'x.com', 'ü', '[::1]', '~'];
let diffs = 0;
for (let i = 0; i < 1000; i++) {
  let s = '';
  for (let k = rnd(7); k >= 0; k--) s += atoms[rnd(atoms.length)];
  let out;
  try { const p = url.parse(s, rnd(2) === 0, rnd(2) === 0); out = [JSON.stringify(p), url.format(p)]; } catch (e) { out = e.code; }
  console.log(JSON.stringify(s), JSON.stringify(out));
}
`},
	{"url/random-legacy-resolve", `// url.resolve over RFC 1808's examples and more, base by base.
const url = require('url');
let seed = 4;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const bases = ['http://a/b/c/d;p?q', 'http://a.com', 'https://u:p@h:8/x/y/', 'file:///etc/x', '/one/two/three', 'one/two', 'mailto:a@b', '', 'http://a/b/../c', '//host/p'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', 'http:g', 'https://x/y', 'mailto:z', 'file:///z', 'g;x=1/../y', './../g', 'a/./b/../c', '/./g', '/../g', 'g.', '.g', 'g..', '..g', ' g ', 'http://a/b/c/d;p?q', '//', '///x'];
for (let i = 0; i < 500; i++) {
  const b = bases[rnd(bases.length)], r = rels[rnd(rels.length)];
  let out;
  try { out = url.resolve(b, r); } catch (e) { out = e.code; }
  console.log(JSON.stringify([b, r]), JSON.stringify(out));
}
`},
	{"buffer/random-text-decoder", `// Random, mostly malformed, UTF-8 through TextDecoder whole, streamed in
// random pieces and fatal, and through Buffer.toString.
let seed = 2;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pool = [0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe0, 0xa0, 0xe2, 0x82, 0xac, 0xed, 0x9f, 0xa0, 0xf0, 0x90, 0x9f, 0x98, 0x80, 0xf4, 0x8f, 0xf5, 0xff, 0xef, 0xbb];
for (let i = 0; i < 400; i++) {
  const bytes = Uint8Array.from({ length: rnd(12) }, () => pool[rnd(pool.length)]);
  const whole = new TextDecoder().decode(bytes);
  const td = new TextDecoder();
  let out = '';
  for (let p = 0; p < bytes.length;) { const q = p + 1 + rnd(3); out += td.decode(bytes.subarray(p, q), { stream: true }); p = q; }
  out += td.decode();
  let fatal;
  try { fatal = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch (e) { fatal = e.code; }
  console.log(Buffer.from(bytes).toString('hex'), JSON.stringify([whole, out, fatal, Buffer.from(bytes).toString()]));
}
`},
}

// TestBuffer_node runs bufferCases under node and evloop (virtual clock)
// and compares stdout.
func TestBuffer_node(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	for _, c := range bufferCases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(dir, filepath.Base(c.name)+".js")
			if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			cmd := exec.Command(node, file)
			cmd.Dir, cmd.Env, cmd.Stdout = dir, []string{"PATH=/usr/bin:/bin"}, &want
			if err := cmd.Run(); err != nil {
				t.Fatalf("node: %v", err)
			}
			var stdout, stderr bytes.Buffer
			rt, err := New(Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: dir,
				Clock: loop.NewVirtualClock(0)})
			if err != nil {
				t.Fatal(err)
			}
			if code := rt.RunSource(file, c.src); code != 0 {
				t.Fatalf("exit code %d\n%s", code, stderr.String())
			}
			if got := stdout.String(); got != want.String() {
				t.Errorf("output differs from node's at line %d\n--- evloop\n%s\n--- node\n%s",
					firstDiffLine(got, want.String()), lineAt(got, firstDiffLine(got, want.String())),
					lineAt(want.String(), firstDiffLine(got, want.String())))
			}
		})
	}
}

func firstDiffLine(a, b string) int {
	la, lb := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	for i := 0; i < len(la) && i < len(lb); i++ {
		if !bytes.Equal(la[i], lb[i]) {
			return i
		}
	}
	return min(len(la), len(lb))
}

func lineAt(s string, i int) string {
	lines := bytes.Split([]byte(s), []byte("\n"))
	if i < len(lines) {
		return string(lines[i])
	}
	return "(end of output)"
}

// benchBuffer runs src with N set to b.N in one runtime.
func benchBuffer(b *testing.B, src string) {
	b.Helper()
	rt, err := New(Options{Stdout: io.Discard, Stderr: io.Discard, Clock: loop.NewVirtualClock(-1)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if code := rt.RunSource("/bench.js", fmt.Sprintf("const N = %d;\n%s", b.N, src)); code != 0 {
		b.Fatalf("exit code %d", code)
	}
}

func BenchmarkBuffer_fromASCII4K(b *testing.B) {
	benchBuffer(b, `const s = 'abcdefgh'.repeat(512); for (let i = 0; i < N; i++) Buffer.from(s);`)
}

func BenchmarkBuffer_fromUTF8_4K(b *testing.B) {
	benchBuffer(b, `const s = 'héllo wörld €'.repeat(256); for (let i = 0; i < N; i++) Buffer.from(s);`)
}

func BenchmarkBuffer_toStringASCII4K(b *testing.B) {
	benchBuffer(b, `const x = Buffer.from('abcdefgh'.repeat(512)); for (let i = 0; i < N; i++) x.toString();`)
}

func BenchmarkBuffer_toStringUTF8_4K(b *testing.B) {
	benchBuffer(b, `const x = Buffer.from('héllo wörld €'.repeat(256)); for (let i = 0; i < N; i++) x.toString();`)
}

func BenchmarkBuffer_toStringBase64_4K(b *testing.B) {
	benchBuffer(b, `const x = Buffer.alloc(4096, 7); for (let i = 0; i < N; i++) x.toString('base64');`)
}

func BenchmarkBuffer_concat(b *testing.B) {
	benchBuffer(b, `const x = Buffer.alloc(4096, 7); for (let i = 0; i < N; i++) Buffer.concat([x, x]);`)
}

func BenchmarkBuffer_slice(b *testing.B) {
	benchBuffer(b, `const x = Buffer.alloc(4096, 7); for (let i = 0; i < N; i++) x.slice(10, 20);`)
}

// A 16 KiB chunk through Readable → Transform → Writable, per chunk.
func BenchmarkStream_pipeline(b *testing.B) {
	benchBuffer(b, `const { Readable, Transform, Writable, pipeline } = require('stream');
const chunk = Buffer.alloc(16384, 1);
let i = 0;
pipeline(new Readable({ read() { this.push(i++ < N ? chunk : null); } }),
  new Transform({ transform(c, e, cb) { cb(null, c); } }),
  new Writable({ write(c, e, cb) { cb(); } }), (err) => { if (err) throw err; });`)
}

// TestBuffer_hostile calls Buffer's methods on things that are not
// Buffers: each may throw a JS error but must never panic in a native.
func TestBuffer_hostile(t *testing.T) {
	src := `const targets = [{}, null, undefined, 'abcd', 5, [1, 2], new Float64Array(2), new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(3), { buffer: new ArrayBuffer(2), byteOffset: 5, byteLength: 9 }, Buffer.alloc(0)];
const calls = [['toString'], ['toString', 'hex', -5, 1e9], ['write', 'abc'], ['write', 'abc', 1, 'base64'], ['fill', 'xy'], ['fill', 300],
  ['indexOf', 'a'], ['lastIndexOf', Buffer.from('a')], ['includes', 1], ['equals', Buffer.alloc(1)], ['compare', Buffer.alloc(1)],
  ['copy', Buffer.alloc(3)], ['slice', 1, 2], ['subarray', 1], ['toJSON'], ['readUInt32LE'], ['writeUInt16BE', 1], ['readDoubleLE'],
  ['swap16'], ['latin1Slice', 0, 9], ['hexWrite', 'ff', 0, 9]];
let n = 0;
for (const t of targets) for (const [m, ...args] of calls) {
  try { Buffer.prototype[m].apply(t, args); } catch (e) { if (!(e instanceof Error)) throw e; }
  n++;
}
for (const f of [() => Buffer.concat([{ length: 3 }]), () => Buffer.from({ length: -1 }), () => Buffer.from(new ArrayBuffer(2), 1, 1).toString('ucs2'),
  () => new TextDecoder().decode({ buffer: 1 }), () => new TextEncoder().encodeInto('abc', new Uint8Array(0)), () => atob(null), () => btoa(undefined),
  () => require('string_decoder').StringDecoder.prototype.write.call({}, Buffer.alloc(1)), () => require('buffer').isUtf8(new Float32Array(2))]) {
  try { f(); } catch (e) { if (!(e instanceof Error)) throw e; }
  n++;
}
console.log(n);`
	var out, errb bytes.Buffer
	rt, err := New(Options{Stdout: &out, Stderr: &errb, Clock: loop.NewVirtualClock(0)})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource("/hostile.js", src); code != 0 || out.String() != "240\n" {
		t.Fatalf("exit %d, output %q\n%s", code, out.String(), errb.String())
	}
}
