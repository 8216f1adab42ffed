// async_hooks: AsyncLocalStorage and AsyncResource over the runtime's async
// context (internal.get/set: js/asyncctx.go), which follows timers,
// immediates, ticks, promise reactions and I/O requests. The context is a
// frozen Map of storage → store; a change makes a new Map. createHook's
// hooks are accepted and never called (there are no async ids to report).
'use strict';

const { inspect } = require('util');

function argType(name, type, v) {
  const shown = v == null ? String(v) : typeof v === 'function' ? 'function ' + (v.name || '(anonymous)') :
    typeof v === 'object' ? (v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : inspect(v)) :
      'type ' + typeof v + ' (' + inspect(v) + ')';
  const err = new TypeError('The "' + name + '" argument must be ' + type + '. Received ' + shown);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const current = () => internal.get();
const setCurrent = (ctx) => internal.set(ctx);

function withStore(ctx, key, value) {
  const next = new Map(ctx);
  next.set(key, value);
  return next;
}
function withoutStore(ctx, key) {
  if (!ctx || !ctx.has(key)) return ctx;
  const next = new Map(ctx);
  next.delete(key);
  return next.size ? next : undefined;
}

function runIn(ctx, fn, thisArg, args) {
  const prev = current();
  setCurrent(ctx);
  try {
    return fn.apply(thisArg, args);
  } finally {
    setCurrent(prev);
  }
}

class AsyncLocalStorage {
  constructor() {
    this._enabled = false;
  }
  static bind(fn) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    const ctx = current();
    return function (...args) { return runIn(ctx, fn, this, args); };
  }
  static snapshot() {
    const ctx = current();
    return function runInAsyncScope(fn, ...args) { return runIn(ctx, fn, this, args); };
  }
  disable() {
    this._enabled = false;
    setCurrent(withoutStore(current(), this));
  }
  getStore() {
    // A disabled storage reads as empty everywhere until run or enterWith.
    if (!this._enabled) return undefined;
    const ctx = current();
    return ctx ? ctx.get(this) : undefined;
  }
  enterWith(store) {
    this._enabled = true;
    setCurrent(withStore(current(), this, store));
  }
  run(store, callback, ...args) {
    this._enabled = true;
    return runIn(withStore(current(), this, store), callback, undefined, args);
  }
  exit(callback, ...args) {
    return runIn(withoutStore(current(), this), callback, undefined, args);
  }
}

let nextId = 2;

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw argType('type', 'of type string', type);
    this._ctx = current();
    this._type = type;
    this._asyncId = nextId++;
    this._triggerAsyncId = typeof opts === 'number' ? opts : (opts && opts.triggerAsyncId) || 1;
  }
  runInAsyncScope(fn, thisArg, ...args) { return runIn(this._ctx, fn, thisArg, args); }
  emitDestroy() { return this; }
  asyncId() { return this._asyncId; }
  triggerAsyncId() { return this._triggerAsyncId; }
  bind(fn, thisArg) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    const res = this;
    const bound = thisArg === undefined
      ? function (...args) { return res.runInAsyncScope(fn, this, ...args); }
      : (...args) => res.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
    Object.defineProperty(bound, 'asyncResource', { value: res, configurable: true, enumerable: true, writable: true });
    return bound;
  }
  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== 'object') throw argType('callbacks', 'of type object', callbacks);
  for (const k of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    if (callbacks[k] !== undefined && typeof callbacks[k] !== 'function') {
      const err = new TypeError('hook.' + k + ' must be a function');
      err.code = 'ERR_ASYNC_CALLBACK';
      throw err;
    }
  }
  return { enable() { return this; }, disable() { return this; } };
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: () => 1,
  triggerAsyncId: () => 0,
  executionAsyncResource: () => ({}),
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0 }),
};
