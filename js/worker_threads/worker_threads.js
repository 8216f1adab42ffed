// worker_threads: node's Worker, MessageChannel and MessagePort over the
// natives of js/worker_threads. Values cross between runtimes as strings:
// serialize() is the structured clone algorithm (primitives, plain objects
// and arrays, Date, RegExp, Map, Set, ArrayBuffer and typed arrays, errors,
// shared and circular references) written as tagged JSON; anything else
// (functions, symbols) throws node's DataCloneError.
'use strict';

const EventEmitter = require('events');
const path = require('path');

// ---- structured clone -----------------------------------------------------

class DOMException extends Error {
  constructor(message, name) {
    super(message);
    Object.defineProperty(this, 'name', { value: name || 'Error', configurable: true, writable: true });
  }
  get code() { return this.name === 'DataCloneError' ? 25 : 0; }
  get [Symbol.toStringTag]() { return 'DOMException'; }
}

function cloneError(v) {
  let shown;
  try { shown = typeof v === 'symbol' ? v.toString() : String(v); } catch (e) { shown = typeof v; }
  return new DOMException(shown + ' could not be cloned.', 'DataCloneError');
}

const typedArrays = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function bytesToString(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i += 4096) s += String.fromCharCode.apply(null, u8.subarray(i, i + 4096));
  return s;
}

function stringToBytes(s) {
  const u8 = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i);
  return u8;
}

function encode(value, seen, ports) {
  switch (typeof value) {
    case 'string': case 'boolean': return value;
    case 'number':
      if (Number.isNaN(value) || !Number.isFinite(value) || Object.is(value, -0)) return { $: 'n', v: String(Object.is(value, -0) ? '-0' : value) };
      return value;
    case 'undefined': return { $: 'u' };
    case 'bigint': return { $: 'b', v: value.toString() };
    case 'function': case 'symbol': throw cloneError(value);
  }
  if (value === null) return null;
  if (seen.has(value)) return { $: 'ref', id: seen.get(value) };
  const id = seen.size;
  seen.set(value, id);
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = encode(value[i], seen, ports);
    return { $: 'a', id, v: out };
  }
  if (value instanceof Date) return { $: 'd', id, v: value.getTime() };
  if (value instanceof RegExp) return { $: 'r', id, s: value.source, f: value.flags };
  if (value instanceof Map) {
    const out = [];
    for (const [k, v] of value) out.push([encode(k, seen, ports), encode(v, seen, ports)]);
    return { $: 'm', id, v: out };
  }
  if (value instanceof Set) {
    const out = [];
    for (const v of value) out.push(encode(v, seen, ports));
    return { $: 's', id, v: out };
  }
  if (internal.isSharedArrayBuffer !== undefined && internal.isSharedArrayBuffer(value)) {
    // A copy: evloop's threads share no memory (lib/atomics.js).
    return { $: 'sab', id, v: bytesToString(new Uint8Array(value)) };
  }
  if (value instanceof ArrayBuffer) return { $: 'ab', id, v: bytesToString(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    let t = 'Uint8Array';
    for (const name of Object.keys(typedArrays)) if (value instanceof typedArrays[name]) { t = name; break; }
    if (value instanceof DataView) t = 'DataView';
    return { $: 'ta', id, t, b: encode(value.buffer, seen, ports), o: value.byteOffset, l: t === 'DataView' ? value.byteLength : value.length };
  }
  if (value instanceof Error) {
    const names = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
    const out = { $: 'e', id, n: names.includes(value.name) ? value.name : 'Error', m: String(value.message), s: value.stack };
    if ('cause' in value) out.c = encode(value.cause, seen, ports);
    return out;
  }
  if (value instanceof MessagePort) {
    // A port travels only in the transfer list; the message names it.
    const k = ports ? ports.indexOf(value) : -1;
    if (k < 0) {
      const e = new TypeError('Object that needs transfer was found in message but not listed in transferList');
      internal.setErrorCode(e, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST');
      throw e;
    }
    return { $: 'p', id, k };
  }
  if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) throw cloneError(value);
  const props = {};
  for (const k of Object.keys(value)) props[k] = encode(value[k], seen, ports);
  return { $: 'o', id, p: props };
}

function decode(v, objs, ports) {
  if (v === null || typeof v !== 'object') return v;
  let out;
  switch (v.$) {
    case 'n': return Number(v.v);
    case 'u': return undefined;
    case 'b': return BigInt(v.v);
    case 'ref': return objs[v.id];
    case 'a':
      out = new Array(v.v.length);
      objs[v.id] = out;
      for (let i = 0; i < v.v.length; i++) out[i] = decode(v.v[i], objs, ports);
      return out;
    case 'd': return (objs[v.id] = new Date(v.v));
    case 'r': return (objs[v.id] = new RegExp(v.s, v.f));
    case 'm':
      out = objs[v.id] = new Map();
      for (const [k, x] of v.v) out.set(decode(k, objs, ports), decode(x, objs, ports));
      return out;
    case 's':
      out = objs[v.id] = new Set();
      for (const x of v.v) out.add(decode(x, objs, ports));
      return out;
    case 'ab': {
      const u8 = stringToBytes(v.v);
      return (objs[v.id] = u8.buffer);
    }
    case 'sab': {
      const u8 = stringToBytes(v.v);
      const sab = new SharedArrayBuffer(u8.length);
      new Uint8Array(sab).set(u8);
      return (objs[v.id] = sab);
    }
    case 'ta': {
      const buf = decode(v.b, objs, ports);
      const Ctor = v.t === 'DataView' ? DataView : typedArrays[v.t];
      return (objs[v.id] = new Ctor(buf, v.o, v.l));
    }
    case 'e': {
      const Ctor = globalThis[v.n] || Error;
      out = objs[v.id] = new Ctor(v.m);
      Object.defineProperty(out, 'stack', { value: v.s, configurable: true, writable: true });
      if ('c' in v) out.cause = decode(v.c, objs, ports);
      return out;
    }
    case 'p': return (objs[v.id] = new MessagePort(ports[v.k]));
    case 'o':
      out = objs[v.id] = {};
      for (const k of Object.keys(v.p)) out[k] = decode(v.p[k], objs, ports);
      return out;
  }
  return undefined;
}

// transferables checks postMessage's transfer list (an iterable, or
// {transfer}) as node does and returns the ArrayBuffers and the
// MessagePorts in it (source: the port that sends).
function transferables(list, source) {
  const none = { buffers: [], ports: [] };
  if (list === undefined || list === null) return none;
  if (typeof list === 'object' && !Array.isArray(list) && typeof list[Symbol.iterator] !== 'function') {
    list = list.transfer;
    if (list === undefined || list === null) return none;
  }
  if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    const e = new TypeError('Optional transferList argument must be an iterable');
    internal.setErrorCode(e, 'ERR_INVALID_ARG_TYPE');
    throw e;
  }
  const out = [], ports = [];
  for (const item of list) {
    if (item instanceof ArrayBuffer) {
      if (out.includes(item)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      out.push(item);
    } else if (item instanceof MessagePort) {
      if (item === source) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (item._detached) throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      if (ports.includes(item)) throw new DOMException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      ports.push(item);
    } else {
      const e = new TypeError('Found invalid object in transferList');
      internal.setErrorCode(e, 'ERR_INVALID_TRANSFER_OBJECT');
      throw e;
    }
  }
  return { buffers: out, ports };
}

function serialize(value, ports) { return JSON.stringify(encode(value, new Map(), ports)); }
function deserialize(s, ports) { return decode(JSON.parse(s), [], ports); }

// ---- MessagePort ----------------------------------------------------------

const kHandle = Symbol('kHandle');

class MessagePort extends EventEmitter {
  constructor(handle) {
    super();
    this[kHandle] = handle;
    this._closed = false;
    // node's MessagePort handle is made with the port: its messages and
    // close run in the async context current then, not the sender's.
    const ctx = internal.asyncContext('MESSAGEPORT');
    handle.onmessage = (s, ports) => internal.runInAsyncContext(ctx, () => {
      let value;
      try {
        value = deserialize(s, ports);
      } catch (e) {
        this.emit('messageerror', e);
        return;
      }
      this.emit('message', value);
    });
    handle.onclose = () => internal.runInAsyncContext(ctx, () => { this._closed = true; this.emit('close'); });
    this.on('newListener', (ev) => {
      if (ev === 'message' && this.listenerCount('message') === 0) { handle.ref(); handle.start(); }
    });
    this.on('removeListener', (ev) => {
      if (ev === 'message' && this.listenerCount('message') === 0) handle.unref();
    });
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw internal.invalidArgType('message', 'any', undefined);
    const { buffers, ports } = transferables(transferList, this);
    const s = serialize(value, ports);
    // The sender loses what it transferred: its ArrayBuffers are detached
    // (byteLength 0, views of length 0), as node moves their memory; its
    // ports move to the receiver (a detached port sends nothing).
    for (const ab of buffers) internal.detach(ab);
    for (const p of ports) { p._detached = true; p._closed = true; }
    if (!this._closed) this[kHandle].postMessage(s, ports.map((p) => p[kHandle]));
  }

  start() { this[kHandle].start(); }
  close() { if (!this._closed) this[kHandle].close(); }
  ref() { this[kHandle].ref(); return this; }
  unref() { this[kHandle].unref(); return this; }
  hasRef() { return this[kHandle].hasRef(); }

  set onmessage(fn) {
    if (this._onmessage) this.removeListener('message', this._onmessage);
    this._onmessage = typeof fn === 'function' ? (data) => fn.call(this, { data, target: this, type: 'message' }) : null;
    if (this._onmessage) this.on('message', this._onmessage);
  }
  get onmessage() { return this._onmessage || null; }

  get [Symbol.toStringTag]() { return 'MessagePort'; }
}

class MessageChannel {
  constructor() {
    const [a, b] = internal.newChannel();
    this.port1 = new MessagePort(a);
    this.port2 = new MessagePort(b);
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw internal.invalidArgType('port', 'MessagePort', port);
  const m = port[kHandle].receive();
  if (m === undefined) return undefined;
  return { message: typeof m === 'string' ? deserialize(m) : deserialize(m[0], m[1]) };
}

// ---- BroadcastChannel -------------------------------------------------------
// An EventTarget on a channel of the program's hub (js/worker_threads
// broadcast.go): a message goes to every other open channel of the same
// name, in this thread or another, as a 'message' MessageEvent in that
// loop's poll phase.

class BroadcastChannel extends EventTarget {
  #handle;
  #name;
  #onmessage = null;
  #onmessageerror = null;

  constructor(name) {
    if (arguments.length === 0) {
      const e = new TypeError('The "name" argument must be specified');
      internal.setErrorCode(e, 'ERR_MISSING_ARGS');
      throw e;
    }
    super();
    this.#name = `${name}`;
    this.#handle = internal.newBroadcast(this.#name);
    const ctx = internal.asyncContext('MESSAGEPORT'); // the channel's handle's context, as node's
    this.#handle.onmessage = (s) => internal.runInAsyncContext(ctx, () => {
      let data;
      try {
        data = deserialize(s);
      } catch (err) {
        this.dispatchEvent(new MessageEvent('messageerror', { data: err }));
        return;
      }
      this.dispatchEvent(new MessageEvent('message', { data }));
    });
  }

  get name() { return this.#name; }

  close() {
    if (this.#handle === undefined) return;
    this.#handle.close();
    this.#handle = undefined;
  }

  postMessage(message) {
    if (arguments.length === 0) {
      const e = new TypeError('The "message" argument must be specified');
      internal.setErrorCode(e, 'ERR_MISSING_ARGS');
      throw e;
    }
    if (this.#handle === undefined) throw new globalThis.DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    this.#handle.postMessage(serialize(message));
  }

  ref() {
    if (this.#handle !== undefined) this.#handle.ref();
    return this;
  }

  unref() {
    if (this.#handle !== undefined) this.#handle.unref();
    return this;
  }

  get onmessage() { return this.#onmessage; }
  set onmessage(fn) {
    if (this.#onmessage) this.removeEventListener('message', this.#onmessage);
    this.#onmessage = typeof fn === 'function' ? fn : null;
    if (this.#onmessage) this.addEventListener('message', this.#onmessage);
  }

  get onmessageerror() { return this.#onmessageerror; }
  set onmessageerror(fn) {
    if (this.#onmessageerror) this.removeEventListener('messageerror', this.#onmessageerror);
    this.#onmessageerror = typeof fn === 'function' ? fn : null;
    if (this.#onmessageerror) this.addEventListener('messageerror', this.#onmessageerror);
  }
}

// ---- Worker ---------------------------------------------------------------

function workerPathError(filename) {
  const err = new TypeError('The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'. Received "' + filename + '"');
  internal.setErrorCode(err, 'ERR_WORKER_PATH');
  return err;
}

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    options = options || {};
    if (typeof filename !== 'string' && !(filename instanceof URL)) {
      throw internal.invalidArgType('filename', 'string or an instance of URL', filename);
    }
    let src = '';
    if (filename instanceof URL) filename = decodeURIComponent(filename.pathname);
    if (options.eval) {
      src = filename;
    } else {
      if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw workerPathError(filename);
      filename = path.resolve(filename);
    }
    // workerData is cloned as a message is: what its transferList names moves to the worker.
    const { buffers, ports } = transferables(options.transferList);
    const workerData = serialize(options.workerData, ports);
    for (const ab of buffers) internal.detach(ab);
    for (const p of ports) { p._detached = true; p._closed = true; }
    const env = options.env && typeof options.env === 'object' ? options.env : process.env;
    const envPairs = [];
    for (const k of Object.keys(env)) if (env[k] !== undefined) envPairs.push(k + '=' + env[k]);
    this._exited = false;
    this._exitCode = null;
    this._terminating = [];
    // The Worker's handle runs its events in the context it was made in.
    const ctx = internal.asyncContext('WORKER');
    const inCtx = (fn) => (...args) => internal.runInAsyncContext(ctx, fn, this, ...args);
    const h = internal.startWorker(
      { filename, eval: Boolean(options.eval), src, workerData, ports: ports.map((p) => p[kHandle]), cwd: process.cwd(), env: envPairs, argv: (options.argv || []).map(String) },
      {
        online: inCtx(() => this.emit('online')),
        error: inCtx((name, message, stack, kind, props) => {
          // What the worker threw: an Error rebuilt (its class, message, stack,
          // own properties), anything else as the value itself.
          if (kind === 'undefined') { this.emit('error', undefined); return; }
          if (kind === 'value') { this.emit('error', JSON.parse(props)); return; }
          if (kind === 'object') { this.emit('error', JSON.parse(props)); return; }
          const Ctor = typeof globalThis[name] === 'function' ? globalThis[name] : Error;
          const err = new Ctor(message);
          if (stack) Object.defineProperty(err, 'stack', { value: stack, configurable: true, writable: true });
          if (/^Cannot find module/.test(message)) err.code = 'MODULE_NOT_FOUND';
          if (props) Object.assign(err, JSON.parse(props));
          this.emit('error', err);
        }),
        exit: inCtx((code) => {
          this._exited = true;
          this._exitCode = code;
          this.threadId = -1;
          this.emit('exit', code);
          for (const resolve of this._terminating.splice(0)) resolve(code);
        }),
      });
    if (typeof h === 'string') {
      const err = new Error('evloop: this host cannot start worker threads (' + h + ')');
      internal.setErrorCode(err, 'ERR_WORKER_INIT_FAILED');
      throw err;
    }
    this._handle = h;
    this.threadId = h.threadId;
    this.resourceLimits = {};
    const port = new MessagePort(h.port);
    this._port = port;
    port.on('message', (v) => this.emit('message', v));
    port.on('messageerror', (e) => this.emit('messageerror', e));
    port.unref(); // the worker's own handle keeps the loop alive
  }

  postMessage(value, transferList) {
    this._port.postMessage(value, transferList);
  }

  terminate(cb) {
    const p = new Promise((resolve) => {
      if (this._exited) { resolve(this._exitCode); return; }
      this._terminating.push(resolve);
    });
    if (!this._exited) this._handle.terminate();
    if (typeof cb === 'function') p.then((code) => cb(null, code));
    return p;
  }

  ref() { this._handle.ref(); }
  unref() { this._handle.unref(); }
}

const isMainThread = internal.threadId === 0;
let parentPort = null;
let workerData = null;
if (!isMainThread) {
  parentPort = new MessagePort(internal.parentPort);
  workerData = deserialize(internal.workerData, internal.workerDataPorts);
}

let environmentData = new Map();
module.exports = {
  isMainThread,
  MessageChannel,
  MessagePort,
  parentPort,
  receiveMessageOnPort,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  threadId: internal.threadId,
  Worker,
  workerData,
  markAsUntransferable() {},
  moveMessagePortToContext(port) { return port; },
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) { if (value === undefined) environmentData.delete(key); else environmentData.set(key, value); },
  BroadcastChannel,
};
