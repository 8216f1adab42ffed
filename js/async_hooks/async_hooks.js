// async_hooks: AsyncLocalStorage, AsyncResource, the async ids and
// createHook over the runtime's async context (js/asyncctx.go), which
// follows timers, immediates, ticks, promise reactions and I/O requests.
// The stores (internal.get/set) are a Map of storage → store; a change
// makes a new Map. The runtime numbers resources and calls one dispatcher
// (internal.setHook) for every hook event while any hook is enabled.
'use strict';

const { inspect } = require('util');

function argType(name, type, v) {
  const shown = v == null ? String(v) : typeof v === 'function' ? 'function ' + (v.name || '(anonymous)') :
    typeof v === 'object' ? (v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : inspect(v)) :
      'type ' + typeof v + ' (' + inspect(v) + ')';
  const err = new TypeError('The "' + name + '" argument must be ' + type + '. Received ' + shown);
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
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

const kHandle = Symbol('kAsyncResourceHandle');

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw argType('type', 'of type string', type);
    if (opts === null) throw new TypeError("Cannot read properties of null (reading 'triggerAsyncId')");
    let trigger = typeof opts === 'number' ? opts : opts.triggerAsyncId;
    if (trigger === undefined) trigger = -1;
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      const err = new RangeError('Invalid triggerAsyncId value: ' + trigger);
      internal.setErrorCode(err, 'ERR_INVALID_ASYNC_ID');
      throw err;
    }
    // The runtime's resource: an id, its trigger, the stores current now;
    // init hooks see this object.
    Object.defineProperty(this, kHandle, { value: internal.newResource(type, trigger, this) });
  }
  runInAsyncScope(fn, thisArg, ...args) {
    if (typeof fn !== 'function') {
      const what = fn === null ? 'null' : typeof fn === 'object' ? 'an object' : 'a ' + typeof fn;
      throw new TypeError('Function.prototype.apply was called on ' + (typeof fn === 'object' && fn !== null ? '#<Object>' : String(fn)) + ', which is ' + what + ' and not a function');
    }
    return internal.runInAsyncContext(this[kHandle], fn, thisArg, ...args);
  }
  emitDestroy() { internal.destroy(this[kHandle]); return this; }
  asyncId() { return internal.resourceIds(this[kHandle])[0]; }
  triggerAsyncId() { return internal.resourceIds(this[kHandle])[1]; }
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

// The enabled hooks, in the order they were enabled; the runtime calls
// dispatch for each event while there is one. promiseResolve is never
// called (evloop does not see a promise resolve; site/docs/builtins.md).
const enabled = [];
function dispatch(kind, id, type, trigger, resource) {
  for (const hook of enabled.slice()) {
    const fn = hook[kind];
    if (fn === undefined) continue;
    if (kind === 'init') fn(id, type, trigger, resource);
    else fn(id);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const check = (name, fn) => {
      if (fn !== undefined && typeof fn !== 'function') {
        const err = new TypeError('hook.' + name + ' must be a function');
        internal.setErrorCode(err, 'ERR_ASYNC_CALLBACK');
        throw err;
      }
      return fn;
    };
    this.init = check('init', init);
    this.before = check('before', before);
    this.after = check('after', after);
    this.destroy = check('destroy', destroy);
    this.promiseResolve = check('promiseResolve', promiseResolve);
  }
  enable() {
    if (!enabled.includes(this)) {
      enabled.push(this);
      internal.setHook(dispatch);
    }
    return this;
  }
  disable() {
    const i = enabled.indexOf(this);
    if (i >= 0) {
      enabled.splice(i, 1);
      if (enabled.length === 0) internal.setHook(null);
    }
    return this;
  }
}

function createHook(callbacks) {
  if (callbacks == null) throw new TypeError("Cannot destructure property 'init' of 'object " + callbacks + "' as it is " + callbacks + '.');
  return new AsyncHook(callbacks);
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: () => internal.executionAsyncId(),
  triggerAsyncId: () => internal.triggerAsyncId(),
  executionAsyncResource: () => internal.executionAsyncResource(),
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0 }),
};
