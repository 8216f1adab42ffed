// bootstrap: the globals every node program sees — process, the timers,
// queueMicrotask, console, performance. It runs once per Runtime as
// function (internal, require) before the main module; `internal` holds the
// Go natives (js/natives.go) and never becomes a global. Every process
// compiles this file, so what a program may never use lives elsewhere and
// loads on first use: the process object (lib/process.js, with events.js),
// the EventTarget family, the module-backed globals.
'use strict';

// goja has no Symbol.asyncIterator; lowered for-await loops look for the
// registered symbol esbuild's helpers fall back to, so define it as that.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
}

// node 20 defines the explicit resource management symbols; goja has
// neither, so they are made here (timers use Symbol.dispose).
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol('nodejs.' + name) });
  }
}

// The helpers for node's coded errors, callableClass and colorDepth are
// lib/helpers.js, compiled on the first read of any (js/modules.go).

// ---- timers --------------------------------------------------------------

const kId = Symbol('timerId');
const byId = new Map(); // ids handed out by Symbol.toPrimitive, for clearTimeout(n)

// Timeout and Immediate objects are made by the natives (js/natives.go)
// from these prototypes: goja builds a property map per ordinary object, and
// 100k pending timers made that the main cost of setTimeout. A Timeout is a
// dynamic object over the loop's Timer (js/timerobj.go) whose one own
// property is _onTimeout; an Immediate, over the loop's Immediate, keeps
// _onImmediate.
// node's other internal fields read through; the accessors and methods pass
// the object itself to the natives.
class Timeout {
  get _idleTimeout() { return internal.timerDelay(this); }
  get _repeat() { return internal.timerRepeat(this); }
  // node's _repeat is writable: a timeout given one runs again, an interval.
  set _repeat(ms) { internal.timerSetRepeat(this, ms); }
  get _destroyed() { return !internal.timerAlive(this); }
  ref() { internal.timerRef(this, true); return this; }
  unref() { internal.timerRef(this, false); return this; }
  hasRef() { return internal.timerHasRef(this); }
  refresh() { internal.timerRefresh(this); return this; }
  close() { clearTimeout(this); return this; }
  [Symbol.dispose]() { clearTimeout(this); }
  [Symbol.toPrimitive]() {
    const id = this[kId];
    byId.set(id, this);
    return id;
  }
}

class Immediate {
  get _destroyed() { return !internal.immediateAlive(this); }
  ref() { internal.immediateRef(this, true); return this; }
  unref() { internal.immediateRef(this, false); return this; }
  hasRef() { return internal.immediateHasRef(this); }
  [Symbol.dispose]() { clearImmediate(this); }
}

function overflowWarning(after) {
  process.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.',
    'TimeoutOverflowWarning');
}

const { setTimeout, setInterval, setImmediate } =
  internal.timerFunctions(Timeout.prototype, Immediate.prototype, kId, overflowWarning);
// Named and sized as node's (callback, delay and three arguments).
for (const [f, name, length] of [[setTimeout, 'setTimeout', 5], [setInterval, 'setInterval', 5], [setImmediate, 'setImmediate', 4]]) {
  Object.defineProperty(f, 'name', { value: name });
  Object.defineProperty(f, 'length', { value: length });
}

function clearTimeout(timer) {
  if (timer && timer[kId] !== undefined) {
    internal.timerClear(timer);
    byId.delete(timer[kId]);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = byId.get(Number(timer));
    if (t !== undefined) clearTimeout(t);
  }
}

// As in node, its own function (clearing either kind, as clearTimeout).
function clearInterval(timer) {
  clearTimeout(timer);
}

function clearImmediate(immediate) {
  if (immediate && immediate[kId] !== undefined) {
    internal.immediateClear(immediate);
  }
}

const resolved = Promise.resolve();
function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw internal.invalidArgType('callback', 'function', callback);
  internal.labelNextReaction('queueMicrotask ' + (callback.name || '(anonymous)'));
  resolved.then(() => {
    // asyncHooked: an async_hooks hook is enabled (js/asyncctx.go).
    const hooked = internal.asyncHooked === true;
    if (hooked) internal.microtaskHook('before');
    try {
      callback();
    } catch (err) {
      internal.reportUncaught(classCallMessage(err, callback));
    }
    if (hooked) internal.microtaskHook('after');
  });
}

// classCallMessage gives goja's "Class constructor cannot be invoked" the
// class's name, as V8's message has it.
function classCallMessage(err, fn) {
  if (err instanceof TypeError && err.message === "Class constructor cannot be invoked without 'new'" && fn.name) {
    err.message = 'Class constructor ' + fn.name + " cannot be invoked without 'new'";
    if (typeof err.stack === 'string') err.stack = err.stack.replace('Class constructor cannot', 'Class constructor ' + fn.name + ' cannot');
  }
  return err;
}

// ---- console -------------------------------------------------------------

// console is made in Go (js/console.go): natives named as node's methods
// that compile lib/console.js on the first call of any of them.
const console = internal.console;

// util.promisify(setTimeout) and util.promisify(setImmediate) give the
// timers/promises versions, as in node.
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, promisifyCustom, { get: () => require('timers/promises').setTimeout });
Object.defineProperty(setImmediate, promisifyCustom, { get: () => require('timers/promises').setImmediate });

// ---- globals -------------------------------------------------------------

const performance = {
  now: () => internal.nowMs(),
  timeOrigin: internal.timeOrigin,
  mark() {}, measure() {},
  toJSON() { return { timeOrigin: this.timeOrigin }; },
};

const g = globalThis;
function defineGlobal(name, value) {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
}
// process is an accessor, as in node: its getter makes the object on first
// use (internal.process, js/runtime.go), a set replaces what it returns.
// Both are natives (js/modules.go: every process.nextTick reads process),
// named and sized as node's.
Object.defineProperty(internal.processGet, 'name', { value: 'get' });
Object.defineProperty(internal.processSet, 'name', { value: 'set' });
Object.defineProperty(internal.processSet, 'length', { value: 1 });
Object.defineProperty(g, 'process', {
  configurable: true, enumerable: false,
  get: internal.processGet,
  set: internal.processSet,
});
defineGlobal('console', console);
// The enumerable globals, in node's order (Object.keys(globalThis) lists
// them so): global, the timers, queueMicrotask, then (js/globals.go)
// structuredClone, atob, btoa, performance, fetch and crypto.
function defineEnumerable(name, value) {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true });
}
defineEnumerable('global', g);
defineEnumerable('clearImmediate', clearImmediate);
defineEnumerable('setImmediate', setImmediate);
defineEnumerable('clearInterval', clearInterval);
defineEnumerable('clearTimeout', clearTimeout);
defineEnumerable('setInterval', setInterval);
defineEnumerable('setTimeout', setTimeout);
defineEnumerable('queueMicrotask', queueMicrotask);
// Then performance (perf_hooks' when that module is registered, else the
// small object above), global, and the globals that live in modules and
// load on first use, as in node (js/globals.go).
internal.defineLazyGlobals(performance);

internal.lib('weakref.js');

module.exports = { Timeout, Immediate, setTimeout, setInterval, setImmediate, clearTimeout,
  clearInterval, clearImmediate, queueMicrotask, console,
  timersLegacy: () => internal.lib('timers_legacy.js')(Timeout, setTimeout, clearTimeout, internal.process()) };
