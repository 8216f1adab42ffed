package js_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop"
)

// libCases exercise the JS built-ins in js/lib (path, os, util, assert,
// timers/promises). Each program prints what it finds; the expected
// output is whatever node prints for the same program, at test time.
var libCases = []struct{ name, src string }{
	{"path/fuzz", `const path = require('path');
const atoms = ['a', 'b', '.', '..', '/', '//', '.a', 'a.', 'b.js', '...', '', 'x.y.z', '.js'];
let seed = 7;
const pick = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const gen = () => { let s = ''; for (let k = pick(6); k > 0; k--) s += atoms[pick(atoms.length)]; return s; };
const show = (f) => { try { return JSON.stringify(f()); } catch (e) { return e.code + ' ' + e.message; } };
for (let i = 0; i < 400; i++) {
  const p = gen(), q = gen(), ext = ['', '.js', 'js', 'a', p.slice(-2)][pick(5)];
  console.log(JSON.stringify([p, q, ext]), show(() => [path.normalize(p), path.isAbsolute(p), path.dirname(p),
    path.basename(p), path.basename(p, ext), path.extname(p), path.parse(p), path.format(path.parse(p)),
    path.join(p, q), path.resolve(p, q), path.relative(p, q), path.toNamespacedPath(p)]));
}
console.log(path.format({ dir: '/d', name: 'n', ext: 'e' }), path.format({ root: '/', base: 'b' }), path.format({ name: 'x', ext: '.y' }));
console.log(path.sep, path.delimiter, path.posix === path, path.resolve(), path.relative('', '/'));
for (const f of [() => path.join('a', 1), () => path.resolve(null), () => path.basename('a', 1), () => path.format(null), () => path.relative(1, 'a')]) console.log(show(f));
`},
	{"os/facts", `const os = require('os');
console.log(Object.keys(os).join(' '));
console.log(os.platform(), os.type(), os.arch(), os.endianness(), JSON.stringify(os.EOL), os.devNull, os.machine());
console.log(os.cpus().length === os.availableParallelism(), typeof os.cpus()[0].model, Object.keys(os.cpus()[0].times));
console.log(os.constants.signals, os.constants.priority, os.constants.errno.ENOENT, os.constants.errno.ECONNREFUSED);
console.log(os.loadavg().length, Object.keys(os.userInfo()), typeof os.userInfo().uid, os.homedir() === os.userInfo().homedir);
console.log(typeof os.hostname(), typeof os.release(), typeof os.totalmem(), typeof os.freemem(), typeof os.uptime(), typeof os.tmpdir());
console.log(os.getPriority(), typeof os.networkInterfaces());
`},
	{"util/misc", `const util = require('util');
const t = util.types;
const vals = [new Date(), /x/, new Map(), new Set(), new WeakMap(), Promise.resolve(), new Promise(() => {}), Promise.reject(1).catch(() => {}) && 0,
  async () => {}, function* g() {}, (function* () {})(), new Error('x'), new TypeError('y'), Object.create(Error.prototype), { [Symbol.toStringTag]: 'Date' },
  new Uint8Array(1), new Float64Array(1), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Number(1), Object(Symbol()), new String(''),
  new Map().keys(), new Set().values(), (function () { return arguments; })(), 1, 'x', null, undefined, RegExp.prototype, { then() {} }];
for (const k of Object.keys(t)) console.log(k, vals.map((v) => t[k](v) ? 1 : 0).join(''));
console.log(util.format('%s=%d %j', 'a', 42, { x: 1 }), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), util.inspect('x', true, 0, false));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
function cbStyle(a, b, cb) { setImmediate(() => cb(a === 0 ? new Error('zero') : null, a + b)); }
const p = util.promisify(cbStyle);
console.log(p.name, p.length, typeof p);
// The sleep starts after the first immediate has run: started at the top, a
// loaded machine made node run its 50 ms timer before the check phase.
p(1, 2).then((v) => { console.log('promisified', v); return util.promisify(setTimeout)(1, 'slept'); }).then((v) => console.log(v));
p(0, 2).catch((e) => console.log('promisified err', e.message));
const cb = util.callbackify(async (x) => { if (x) return x * 2; throw null; });
console.log(cb.name, cb.length);
cb(21, (err, v) => console.log('callbackified', err, v));
cb(0, (err) => console.log('callbackified falsy', err.code, err.message, err.reason));
function Base() {} Base.prototype.hi = function () { return 'hi'; };
function Sub() { Base.call(this); } util.inherits(Sub, Base);
console.log(new Sub().hi(), Sub.super_ === Base);
const dep = util.deprecate(() => 'dep result', 'this is old', 'DEP0999');
console.log(dep(), dep());
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']), util.isArray([]), util.isPrimitive(null), util.isError(new Error()));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'), util.styleText('red', 'r') === '\u001b[31mr\u001b[39m');
const d = util.debuglog('foo'); d('hidden %d', 1); console.log(d.enabled);
console.log(util.getSystemErrorName(-2));
try { util.promisify(1); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify(async () => 1)(); } catch (e) { console.log(e.code, e.message); }
util.inspect.defaultOptions.depth = 0; console.log(util.inspect({ a: { b: 1 } })); util.inspect.defaultOptions.depth = 2;
`},
	{"util/deep-equal", `const util = require('util');
const assert = require('assert');
function values() {
  const s = Symbol.for('s');
  const cyc = { a: 1 }; cyc.self = cyc;
  const extra = [1, 2]; extra.x = 1;
  const err = new Error('x'); err.code = 1;
  const bare = Object.create(null); bare.a = 1;
  class A { constructor() { this.a = 1; } }
  return [0, -0, 1, '1', NaN, null, undefined, true, 'true', 1n, '', [], {}, [1, 2], [1, '2'], [2, 1], extra, [1, , 3], [1, undefined, 3],
    { a: 1 }, { a: '1' }, { a: 1, b: undefined }, bare, new A(), { a: [1, { b: 2 }] }, { a: [1, { b: '2' }] },
    new Date(0), new Date(1), /a/g, /a/i, new Set([1, 2]), new Set([2, 1]), new Set(['1', 2]), new Set([{ a: 1 }]), new Set([{ a: '1' }]),
    new Map([[1, 'a']]), new Map([['1', 'a']]), new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'b']]), new Map([[1, { a: 1 }], [2, 2]]),
    new Map([[2, 2], [1, { a: '1' }]]), new Uint8Array([1, 2]), new Int8Array([1, 2]), new Float64Array([0]), new Float64Array([-0]),
    new ArrayBuffer(2), new Error('x'), new TypeError('x'), new Error('y'), err, new Number(1), new String('a'), Object(1n), new Boolean(false),
    { a: 1, [s]: 2 }, { a: 1, [s]: 3 }, cyc, function f() {}, [[1]], [['1']], { 0: 1, 1: 2, length: 2 }, new Set([null, undefined]),
    new Set([NaN]), new Map([[NaN, 1]]), new Map([['a', undefined]]), new Map([['b', undefined]]), [undefined], [null], Object.create({ x: 1 })];
}
const a = values(), b = values();
const loose = (x, y) => { try { assert.deepEqual(x, y); return 1; } catch { return 0; } };
for (let i = 0; i < a.length; i++) {
  let row = '';
  for (let j = 0; j < b.length; j++) row += (util.isDeepStrictEqual(a[i], b[j]) ? 2 : 0) + loose(a[i], b[j]);
  console.log(row);
}
`},
	{"util/deprecate-debuglog-errors", `const util = require('util');
class K { constructor(x) { this.x = x; } }
const DK = util.deprecate(K, 'K is old', 'DEP_K');
const k = new DK(3);
console.log(k instanceof K, k.x, DK.name, Object.getPrototypeOf(DK) === K);
const f1 = util.deprecate(function one() { return 1; }, 'same code', 'DEP_S');
const f2 = util.deprecate(function two() { return 2; }, 'same code 2', 'DEP_S');
const f3 = util.deprecate(function three() { return 3; }, 'no code');
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
console.log(f1(), f2(), f3(), f3(), f1.name, f1.length);
const d = util.debuglog('bar-baz'); console.log(d.enabled); const e = util.debuglog('nope'); console.log(e.enabled);
let seen; const g = util.debuglog('foo', (fn) => { seen = typeof fn; }); g('x'); console.log(seen);
console.log(util.inspect(new Map([[1, { a: [1, 2, { b: 3 }] }]]), { depth: 0 }), util.inspect([1, [2, [3, [4]]]], false, 1));
console.log(util.formatWithOptions({ colors: true }, '%s %o', 'str', [1]));
try { util.formatWithOptions(null, 'x'); } catch (err) { console.log(err.code, err.message); }
try { util.inherits(function A() {}, null); } catch (err) { console.log(err.code, err.message); }
try { util.inherits(function A() {}, () => {}); } catch (err) { console.log(err.code, err.message); }
console.log(util.isDeepStrictEqual(new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])), util.types.isBoxedPrimitive(Object('s')));
console.log(util.getSystemErrorName(-13), util.getSystemErrorName(-9999));
try { util.getSystemErrorName(1); } catch (err) { console.log(err.code, err.message); }
util.aborted(new AbortController().signal, {}).then(() => console.log('aborted?'));
const ac = new AbortController(); util.aborted(ac.signal, {}).then(() => console.log('aborted resolved')); ac.abort();
console.log(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u001b[1;31mbold\u001b[0m'));
console.log(util.toUSVString('\ud83d\ude00\udc00x\ud800'));
`},
	{"util/parse-args", `const { parseArgs } = require('util');
const options = { verbose: { type: 'boolean', short: 'v' }, name: { type: 'string', short: 'n' }, tag: { type: 'string', multiple: true, short: 't' },
  color: { type: 'boolean', default: true }, level: { type: 'string', default: 'info' }, x: { type: 'boolean', short: 'x' } };
const runs = [
  [], ['-v'], ['--verbose', '-n', 'bob'], ['-nbob'], ['-vx'], ['-vxnbob'], ['-vn', 'bob'], ['--name=al=ice'], ['-t', 'a', '--tag', 'b', '-tc'],
  ['--', '-v', 'p'], ['p1', '-v', 'p2'], ['--unknown'], ['-u'], ['--name'], ['--verbose=yes'], ['-n', '-v'], ['--name', '--x'], ['-'], ['--no-color'],
  ['-vxz'], ['--__proto__'], ['---x'], ['--=v'],
];
for (const args of runs) {
  for (const cfg of [{ strict: true }, { strict: false }, { strict: true, allowPositionals: true, tokens: true }, { allowNegative: true, allowPositionals: true }]) {
    try { const r = parseArgs(Object.assign({ args, options }, cfg)); console.log(JSON.stringify(args), JSON.stringify(cfg), JSON.stringify({ values: Object.assign({}, r.values), positionals: r.positionals, tokens: r.tokens })); }
    catch (e) { console.log(JSON.stringify(args), JSON.stringify(cfg), e.code, JSON.stringify(e.message)); }
  }
}
for (const bad of [{ args: 'x' }, { strict: 1 }, { options: { a: { type: 'number' } } }, { options: { a: { type: 'string', short: 'ab' } } }, { options: 1 }]) {
  try { parseArgs(bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(parseArgs({ args: ['a'], allowPositionals: true }).positionals);
`},
	{"util/promisify-order", `const util = require('util');
// Inside a timer callback, so immediates surely run before new timers.
setTimeout(() => {
const later = util.promisify((v, cb) => setTimeout(cb, 1, null, v));
const now = util.promisify((v, cb) => process.nextTick(cb, null, v));
later('later').then(console.log);
now('tick').then(console.log);
util.promisify(setImmediate)('imm').then(console.log);
util.promisify(setTimeout)(0, 'timeout').then(console.log);
util.callbackify(async () => 'cb')((err, v) => console.log(err, v));
Promise.resolve().then(() => console.log('micro'));
process.nextTick(() => console.log('nextTick'));
const custom = () => {};
custom[util.promisify.custom] = () => Promise.resolve('custom');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then(console.log);
}, 0);
`},
	{"assert/messages", `const assert = require('assert');
const show = (label, f) => { try { f(); console.log(label, 'no throw'); } catch (e) { console.log(label, JSON.stringify([e.name, e.code, e.message, e.generatedMessage, e.operator, typeof e.actual, typeof e.expected])); } };
const big = (n, d) => Array.from({ length: n }, (_, i) => (i === d ? 'x' : i));
const cases = {
  se1: () => assert.strictEqual(1, 2), se2: () => assert.strictEqual(1, '1'), se3: () => assert.strictEqual('hello world', 'hello there'),
  se4: () => assert.strictEqual({ a: 1 }, { a: 1 }), se5: () => assert.strictEqual(0, -0), se6: () => assert.strictEqual(1, 2, 'custom'),
  se7: () => assert.strictEqual([1, 2, 3], [1, 2, 4]), se8: () => assert.strictEqual('a\nb', 'a\nc'), se9: () => assert.strictEqual(NaN, NaN),
  dse1: () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }), dse2: () => assert.deepStrictEqual(big(30, 15), big(30, 16)),
  dse3: () => assert.deepStrictEqual(big(100, 5), big(100, 90)), dse4: () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8, 9]),
  dse5: () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3]), dse6: () => assert.deepStrictEqual(new Error('a'), new Error('b')),
  dse7: () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom2'), dse8: () => assert.deepStrictEqual([1], ['1']), dse9: () => assert.deepStrictEqual({ a: 1 }, { a: 1 }),
  dse10: () => assert.deepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 2 }]])), dse11: () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])),
  nse1: () => assert.notStrictEqual(1, 1), nse2: () => assert.notStrictEqual('long string here', 'long string here'), nse3: () => assert.notStrictEqual(assert, assert),
  ndse: () => assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), eq1: () => assert.equal(1, 2), eq2: () => assert.equal(1, '1'), eq3: () => assert.equal(NaN, NaN),
  eq4: () => assert.equal({ a: 1 }, { a: 1 }), ne: () => assert.notEqual(1, '1'), de1: () => assert.deepEqual({ a: 1 }, { a: '2' }), de2: () => assert.deepEqual({ a: 1 }, { a: '1' }),
  nde1: () => assert.notDeepEqual({ a: 1 }, { a: '1' }), nde2: () => assert.notDeepEqual({ a: 1 }, { a: 1 }),
  ok1: () => assert.ok(true), ok3: () => assert.ok(0, 'zero'), ok4: () => assert.ok(), ok5: () => assert(null, new TypeError('mine')),
  f1: () => assert.fail(), f2: () => assert.fail('boom'), f3: () => assert.fail(new RangeError('r')),
  m1: () => assert.equal(1),
  t1: () => assert.throws(() => {}), t2: () => assert.throws(() => {}, TypeError), t3: () => assert.throws(() => {}, TypeError, 'msg'), t4: () => assert.throws(() => {}, 'just msg'),
  t5: () => assert.throws(() => { throw new Error('x'); }, 'x'), t6: () => assert.throws(() => { throw new Error('boom'); }, /bam/), t7: () => assert.throws(() => { throw new Error('boom'); }, /boom/),
  t8: () => assert.throws(() => { throw new Error('boom'); }, TypeError), t9: () => assert.throws(() => { throw new TypeError('boom'); }, TypeError),
  t10: () => assert.throws(() => { throw new Error('boom'); }, { message: 'bam' }), t11: () => assert.throws(() => { throw new Error('boom'); }, { message: /bo/, name: 'Error' }),
  t12: () => assert.throws(() => { throw new Error('boom'); }, (e) => e.message === 'boom'), t13: () => assert.throws(() => { throw new Error('boom'); }, function check() { return false; }),
  t14: () => assert.throws(() => { throw 'str'; }, { a: 1 }), t15: () => assert.throws(() => { throw new Error('e'); }, {}), t16: () => assert.throws(1), t17: () => assert.throws(() => { throw 1; }, 2),
  t18: () => assert.throws(() => { throw { code: 'X', extra: 1 }; }, { code: 'Y' }), t19: () => assert.throws(() => { throw new Error('boom'); }, new Error('boom')),
  t20: () => assert.throws(() => { throw 'notanerror'; }, TypeError),
  dnt1: () => assert.doesNotThrow(() => { throw new Error('oops'); }), dnt2: () => assert.doesNotThrow(() => { throw new Error('oops'); }, 'because'),
  dnt3: () => assert.doesNotThrow(() => { throw new Error('oops'); }, TypeError), dnt4: () => assert.doesNotThrow(() => 1),
  ie1: () => assert.ifError(null), ie2: () => assert.ifError(new Error('bad')), ie3: () => assert.ifError('str'), ie4: () => assert.ifError(new TypeError('')),
  ma1: () => assert.match('abc', /x/), ma2: () => assert.match(1, /x/), ma3: () => assert.match('abc', 'x'), ma4: () => assert.doesNotMatch('abc', /b/), ma5: () => assert.match('abc', /b/),
  st1: () => assert.strict.equal(1, '1'), st2: () => assert.strict.deepEqual([1], ['1']), st3: () => assert.strict(false, 'strict msg'),
  ae: () => { const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); console.log(e.message, e.name, String(e)); },
  ae2: () => { const e = new assert.AssertionError({ actual: 1, expected: 2, operator: '>' }); console.log(e.message); },
  keys: () => console.log(Object.keys(assert).join(','), assert.strict.strict === assert.strict, Object.keys(assert.strict).length),
};
for (const k of Object.keys(cases)) show(k, cases[k]);
assert.rejects(Promise.resolve(1)).catch((e) => console.log('rej1', e.message));
assert.rejects(() => Promise.reject(new Error('r')), /r/).then(() => console.log('rej2 ok'));
assert.rejects(() => 1).catch((e) => console.log('rej3', e.code, e.message));
assert.rejects(1).catch((e) => console.log('rej4', e.code, e.message));
assert.doesNotReject(Promise.reject(new Error('dnr'))).catch((e) => console.log('dnr', e.message));
assert.rejects(async () => { throw new TypeError('t'); }, TypeError).then(() => console.log('rej5 ok'));
`},
	{"assert/diff-fuzz", `const assert = require('assert');
let seed = 11;
const pick = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
function gen(d) {
  const k = pick(d > 2 ? 4 : 8);
  switch (k) {
    case 0: return pick(5);
    case 1: return ['a', 'bb', 'hello world', ''][pick(4)];
    case 2: return [null, undefined, true, NaN][pick(4)];
    case 3: return pick(2) ? -0 : 0;
    case 4: case 5: { const a = []; for (let i = pick(12); i > 0; i--) a.push(gen(d + 1)); return a; }
    default: { const o = {}; for (let i = pick(8); i > 0; i--) o['k' + pick(10)] = gen(d + 1); return o; }
  }
}
function mutate(v, d) {
  if (pick(4) === 0 || v === null || typeof v !== 'object') return pick(3) ? gen(d) : v;
  const c = Array.isArray(v) ? v.slice() : Object.assign({}, v);
  const keys = Object.keys(c);
  if (keys.length && pick(3)) { const k = keys[pick(keys.length)]; c[k] = mutate(c[k], d + 1); }
  else if (Array.isArray(c)) c.splice(pick(c.length + 1), 0, gen(d + 1)); else c['n' + pick(3)] = gen(d + 1);
  return c;
}
for (let i = 0; i < 300; i++) {
  const a = gen(0), b = mutate(a, 0);
  for (const op of ['deepStrictEqual', 'strictEqual', 'notDeepStrictEqual', 'deepEqual', 'notStrictEqual', 'notDeepEqual', 'equal']) {
    try { assert[op](a, op.startsWith('not') ? a : b); console.log(i, op, 'pass'); } catch (e) { console.log(i, op, JSON.stringify(e.message)); }
  }
}
`},
	{"assert/inspect-error", `const assert = require('assert');
try { assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }); } catch (e) { e.stack = 'STACK'; console.log(e); console.log([e]); console.log({ e }); }
try { assert.strictEqual('x'.repeat(600), 'y\n'.repeat(20)); } catch (e) { e.stack = 'STACK'; console.log(e); }
`},
	{"assert/call-tracker", `const assert = require('assert');
process.on('warning', () => {});
const tracker = new assert.CallTracker();
function foo(x) { return x * 2; }
const f = tracker.calls(foo, 2);
console.log(f(2));
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator]));
console.log(tracker.getCalls(f));
try { tracker.verify(); } catch (e) { console.log(e.message, e.code, e.actual, Object.keys(e).filter((k) => !k.startsWith('stack'))); }
f(3);
tracker.verify();
console.log('verified');
`},
	{"timers/promises", `// Inside a timer callback, so immediates surely run before new timers.
setTimeout(() => {
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: imm, setInterval: every, scheduler } = tp;
console.log(Object.keys(tp), require('timers').promises === tp);
setTimeout(() => { console.log('plain 10'); Promise.resolve().then(() => console.log('plain 10 micro')); }, 10);
sleep(10, 'v').then((v) => console.log('sleep 10', v));
setTimeout(() => console.log('plain 10 b'), 10);
imm('i').then((v) => console.log('imm', v));
setImmediate(() => console.log('plain imm'));
scheduler.yield().then((v) => console.log('yield', v));
sleep('x').catch((e) => console.log(e.code, e.message));
sleep(1, 1, null).catch((e) => console.log(e.code, e.message));
sleep(1, 1, { ref: 1 }).catch((e) => console.log(e.code, e.message));
sleep(1, 1, { signal: 1 }).catch((e) => console.log(e.code, e.message));
// The sleep is aborted by the interval's first tick, not by a timer of its
// own: node reads the clock at each timer's start, so under load two timers
// started a few lines apart could fall due in either order.
const ac = new AbortController();
sleep(10000, 1, { signal: ac.signal }).catch((e) => console.log('aborted', e.name, e.code, e.message, e.cause));
const ac2 = new AbortController(); ac2.abort();
imm(1, { signal: ac2.signal }).catch((e) => console.log('pre-aborted', e.name, e.cause && e.cause.name));
sleep(1000, 'never', { ref: false }).then(() => console.log('unref fired'));
const it = every(30, 'tick');
let n = 0;
(function loop() { it.next().then((r) => { console.log('interval', r, n); if (n === 0) ac.abort('why'); if (++n < 3) loop(); else it.return().then((r) => console.log('returned', r)); }); })();
every('bad').next().catch((e) => console.log('iv', e.code));
}, 0);
`},
	// Alone: beside the 10 ms timers above, a loaded machine made node run
	// wait(5) after them (armed later, due later) or before the immediates.
	{"timers/promises scheduler.wait", `require('timers/promises').scheduler.wait(5).then((v) => console.log('wait', v));
`},
	// Alone: beside the 30 ms interval above, node itself printed "fa" before
	// "interval 2" on a loaded machine (an interval re-arms from when it ran).
	{"timers/promises asyncIterator", `const { setInterval: every } = require('timers/promises');
{ const f = every(200, "fa"); f[Symbol.asyncIterator]().next().then((r) => { console.log("fa", r); f.return(); }); }
`},
}

// TestLib runs each program under node and under evloop (virtual clock)
// and compares stdout and the exit code.
func TestLib(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: these tests take node's output as the expectation")
	}
	dir := t.TempDir()
	env := []string{"PATH=/usr/bin:/bin", "NODE_DEBUG=foo,bar*"}
	for i, c := range libCases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(dir, filepath.Base(c.name)+".js")
			if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			cmd := exec.Command(node, file)
			cmd.Dir, cmd.Env, cmd.Stdout = dir, env, &want
			wantCode := 0
			if err := cmd.Run(); err != nil {
				ee, ok := err.(*exec.ExitError)
				if !ok {
					t.Fatalf("node: %v", err)
				}
				wantCode = ee.ExitCode()
			}

			var stdout, stderr bytes.Buffer
			rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: dir, Env: env,
				Clock: loop.NewVirtualClock(0)})
			if err != nil {
				t.Fatal(err)
			}
			code := rt.RunSource(file, c.src)
			if stdout.String() != want.String() || code != wantCode {
				t.Errorf("case %d: exit %d (node %d), output differs from node's\n--- evloop\n%s--- node\n%s--- evloop stderr\n%s",
					i, code, wantCode, stdout.String(), want.String(), stderr.String())
			}
		})
	}
}
