// argfuzz: calls every function a program can reach from the built-in modules and the
// globals — exports, statics, constructors and the methods of the instances they make —
// with hostile arguments (edge numbers, huge strings, Symbols, throwing Proxies and
// getters, detached buffers, odd typed arrays). A JavaScript exception is the right
// answer to bad input; what this program looks for is everything else: a Go panic, a
// fatal error, a hang. It prints one summary line, "argfuzz done: N calls ...", and exits 0.
//
// Usage: evloop argfuzz.js [seed] [randomCallsPerFunction] [onlyPrefix] [bigStringLength] [quick]
// quick: each hostile value only as the sole argument (half the fixed calls; the test's mode).
// ARGFUZZ_STRIDE=N hammers every N-th function only (which ones turns with the seed): the
// Go test's budget. Without it every function is called.
// The seed makes the random argument lists repeatable (the set of functions and the
// fixed lists are always the same). Run it with a scratch directory as cwd: some calls
// write files under relative names.
'use strict';

const seed = Number(process.argv[2]) || 1;
const randomCalls = process.argv[3] === undefined ? 6 : Number(process.argv[3]);
const only = process.argv[4] || '';
const bigLength = Number(process.argv[5]) || 1e6;
const quick = process.argv[6] === 'quick';
const stride = Math.max(1, Number(process.env.ARGFUZZ_STRIDE) || 1);
let targets = 0;
// ARGFUZZ_TRACE=1 prints each function's name to stderr before its calls, =2 every call's
// arguments (by type) too: what to look at when a run dies.
const trace = Number(process.env.ARGFUZZ_TRACE) || 0;
// A function whose calls together take longer than this (ARGFUZZ_SLOW_MS) is named on stderr.
const slowMs = Number(process.env.ARGFUZZ_SLOW_MS) || 1000;

// xorshift32: a small deterministic generator, so a failing seed can be replayed.
let state = (seed >>> 0) || 1;
function rnd(n) {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state % n;
}

let asyncErrors = 0;
function onAsyncError() { asyncErrors++; }
function guard() {
  // A fuzzed call may remove every listener of process (removeAllListeners()); put the
  // two back so an error thrown later by a hostile callback is counted, not fatal.
  if (!process.listeners('uncaughtException').includes(onAsyncError)) process.on('uncaughtException', onAsyncError);
  if (!process.listeners('unhandledRejection').includes(onAsyncError)) process.on('unhandledRejection', onAsyncError);
}
guard();

const thrower = () => { throw new Error('hostile'); };
const throwingHandler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor',
  'defineProperty', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct']) {
  throwingHandler[trap] = thrower;
}
const bigString = 'x'.repeat(bigLength);

function detached() {
  const ab = new ArrayBuffer(16);
  structuredClone(ab, { transfer: [ab] });
  return ab;
}
function detachedView() {
  const ab = new ArrayBuffer(16);
  const u = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  return u;
}

// Each entry makes a fresh value, so a call that mutates its argument cannot change the next call's.
const hostile = [
  () => undefined, () => null, () => true, () => 0, () => -0, () => -1, () => 1.5, () => NaN,
  () => Infinity, () => -Infinity, () => 2 ** 31, () => 2 ** 32 - 1, () => 2 ** 32, () => 2 ** 53,
  () => -(2 ** 53), () => 1e308, () => Number.MIN_VALUE,
  () => 1n, () => -1n, () => 2n ** 64n,
  () => '', () => 'x', () => '\ud800', () => 'a\u0000b', () => '%E0%A4%A', () => bigString,
  () => Symbol('s'), () => Symbol.iterator,
  () => ({}), () => [], () => [1, 2, 3], () => new Array(5), () => Object.create(null),
  () => ({ length: 2 ** 32 }), () => ({ length: -1 }), () => ({ length: 1e10 }),
  () => ({ valueOf: thrower, toString: thrower }),
  () => ({ [Symbol.toPrimitive]: thrower }),
  () => ({ get length() { throw new Error('getter'); }, get encoding() { throw new Error('getter'); } }),
  () => new Proxy({}, throwingHandler),
  () => new Proxy(function () {}, throwingHandler),
  () => new Proxy([], throwingHandler),
  () => detached(), () => detachedView(),
  () => new ArrayBuffer(0), () => new ArrayBuffer(8), () => new Uint8Array(0), () => new Uint8Array(7),
  () => new Int32Array(3), () => new Float64Array(2), () => new BigInt64Array(2), () => new Uint8ClampedArray(1),
  () => new DataView(new ArrayBuffer(4)), () => Buffer.alloc(9), () => Buffer.from('abc'),
  () => new Uint16Array(new ArrayBuffer(8), 2, 1),
  () => function () {}, () => thrower, () => async () => { throw new Error('async hostile'); },
  () => class {}, () => Object,
  () => new Date(NaN), () => /re/g, () => new Map([[1, 2]]), () => new Set([1]), () => new WeakMap(),
  () => Promise.resolve(1), () => new Error('e'), () => Object.freeze({ a: 1 }),
];

function pick() { return hostile[rnd(hostile.length)](); }

// Calls that really act on the machine or end the run: never made.
const skip = new Set([
  'process.exit', 'process.reallyExit', 'process.abort', 'process.kill', 'process._kill',
  'process.chdir', 'process.dlopen', 'process.setuid', 'process.setgid', 'process.seteuid',
  'process.setegid', 'process.setgroups', 'process.initgroups', 'process.binding', 'process._linkedBinding',
  'process.setUncaughtExceptionCaptureCallback', 'process.openStdin', 'process._rawDebug',
  'os.setPriority', 'util.log', 'sys.log',
  // console and the standard streams: fuzzed through a Console on a scratch stream instead.
  'globalThis.console', 'console', 'process.stdout', 'process.stderr', 'process.stdin',
  // endless by design
  'globalThis.setInterval', 'timers.setInterval', 'timers/promises.setInterval',
  // a Worker runs a hostile string as a program: its cost is the program's, not the call's
  'worker_threads.Worker',
  // fs calls on fds 0–2 could close the streams this program reports on
  'fs.closeSync', 'fs.close', 'fs.promises', 'fs/promises',
  'globalThis.process', 'globalThis.global', 'globalThis.globalThis',
  // module.runMain runs this very program again, inside the call; _load and
  // register load and run files; process.report writes a report file a call
  'module.runMain', 'module._load', 'module.register', 'process.report',
]);

const modules = require('module').builtinModules.filter((m) => !m.startsWith('_'));
let calls = 0;
let threw = 0;
const seen = new Set();

function describe(v) {
  try {
    if (typeof v === 'function') return 'function ' + v.name;
    if (typeof v !== 'object' || v === null) return typeof v === 'string' ? 'string(' + v.length + ')' : String(v);
    return Object.prototype.toString.call(v);
  } catch {
    return '[proxy]';
  }
}

function call(fn, self, args, asNew) {
  calls++;
  if (trace > 1) require('fs').writeSync(2, '  call ' + calls + ': ' + args.map(describe).join(', ') + '\n');
  try {
    const r = asNew ? Reflect.construct(fn, args) : Reflect.apply(fn, self, args);
    if (r && typeof r.then === 'function') {
      try { r.then(undefined, () => {}); } catch {}
    }
    return r;
  } catch (e) {
    threw++;
    return undefined;
  } finally {
    guard();
  }
}

// The fixed part: every hostile value as the first, second and only argument; then
// randomCalls random lists of up to four.
function hammer(name, fn, self, asNew) {
  if (targets++ % stride !== seed % stride) return;
  if (trace > 0) require('fs').writeSync(2, name + (asNew ? ' (new)' : '') + '\n');
  const start = Date.now();
  try {
    hammerCalls(fn, self, asNew);
  } finally {
    const ms = Date.now() - start;
    if (ms > slowMs) require('fs').writeSync(2, `argfuzz: slow: ${name}${asNew ? ' (new)' : ''} took ${ms} ms\n`);
  }
}

function hammerCalls(fn, self, asNew) {
  for (let i = 0; i < hostile.length; i++) {
    call(fn, self, [hostile[i]()], asNew);
    if (!quick) call(fn, self, ['x', hostile[i]()], asNew);
  }
  call(fn, self, [], asNew);
  for (let i = 0; i < randomCalls; i++) {
    const n = rnd(5);
    const args = [];
    for (let j = 0; j < n; j++) args.push(pick());
    call(fn, self, args, asNew);
  }
}

// Instances to call prototype methods on: what the constructor makes with a few ordinary
// argument lists.
function instances(fn) {
  const out = [];
  for (const args of [[], ['x'], [{}], [8], [() => {}]]) {
    try {
      const v = Reflect.construct(fn, args);
      if (v !== null && (typeof v === 'object' || typeof v === 'function')) out.push(v);
    } catch {}
    if (out.length >= 2) break;
  }
  return out;
}

function methodNames(proto) {
  const names = [];
  for (let p = proto; p && p !== Object.prototype && p !== Function.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Reflect.ownKeys(p)) {
      if (k === 'constructor' || names.includes(k)) continue;
      const d = Object.getOwnPropertyDescriptor(p, k);
      if (d && (typeof d.value === 'function' || d.get || d.set)) names.push(k);
    }
  }
  return names;
}

function fuzzInstance(name, obj) {
  for (const k of methodNames(Object.getPrototypeOf(obj))) {
    const label = name + '#' + String(k);
    if (skip.has(label)) continue;
    let d;
    for (let p = obj; p && !d; p = Object.getPrototypeOf(p)) d = Object.getOwnPropertyDescriptor(p, k);
    if (!d) continue;
    if (d.get) call(d.get, obj, [], false);
    if (d.set) for (const h of hostile) call(d.set, obj, [h()], false);
    if (typeof d.value === 'function') hammer(label, d.value, obj, false);
  }
}

function fuzzValue(name, v, depth) {
  if (skip.has(name) || v === null || (typeof v !== 'object' && typeof v !== 'function')) return;
  if (seen.has(v)) return;
  seen.add(v);
  if (typeof v === 'function') {
    hammer(name, v, undefined, false);
    if (v.prototype && typeof v.prototype === 'object') {
      hammer(name, v, undefined, true);
      for (const inst of instances(v)) fuzzInstance(name, inst);
    }
  }
  if (depth >= 2) return;
  for (const k of Reflect.ownKeys(v)) {
    if (typeof k === 'symbol' || k === 'prototype' || k === 'constructor' || k === 'caller' || k === 'arguments') continue;
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (!d) continue;
    if (d.get) {
      let got;
      try { got = d.get.call(v); } catch { continue; }
      fuzzValue(name + '.' + k, got, depth + 1);
    } else {
      fuzzValue(name + '.' + k, d.value, depth + 1);
    }
  }
}

const { Writable } = require('stream');
const sink = new Writable({ write(chunk, enc, cb) { cb(); } });
// evloop has no console.Console yet: then the global console's methods go unfuzzed.
const scratchConsole = typeof console.Console === 'function' ? new console.Console(sink, sink) : null;

// A throw out of this program's own code (not out of a fuzzed call) would reach the
// 'uncaughtException' counter and pass for a clean run: report it and fail instead.
try {
  for (const m of modules) {
    if (only && !m.startsWith(only)) continue;
    if (skip.has(m)) continue;
    fuzzValue(m, require(m), 0);
  }
  if (scratchConsole && (!only || only === 'console')) fuzzValue('scratchConsole', scratchConsole, 0);
  if (!only || only === 'globalThis') {
    for (const k of Object.getOwnPropertyNames(globalThis)) {
      const name = 'globalThis.' + k;
      if (skip.has(name)) continue;
      fuzzValue(name, globalThis[k], 1);
    }
  }
} catch (e) {
  require('fs').writeSync(2, 'argfuzz: its own code threw: ' + (e && e.stack) + '\n');
  process.exit(3);
}

// Let the callbacks the calls scheduled run for a few turns of the loop, then end: some
// calls start servers and watchers that would keep the loop alive.
let turns = 0;
function settle() {
  if (++turns < 5) return setImmediate(settle);
  const line = `argfuzz done: ${calls} calls, ${threw} threw, ${asyncErrors} async errors\n`;
  require('fs').writeSync(1, line);
  process.exit(0);
}
setImmediate(settle);
