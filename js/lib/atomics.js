// atomics: the SharedArrayBuffer and Atomics globals goja lacks, loaded on
// first use (js/globals.go). A SharedArrayBuffer is one of goja's
// ArrayBuffers with SharedArrayBuffer.prototype, so typed arrays, DataView
// and Buffer.from take it; nothing is shared between threads (a worker
// gets a copy; site/docs/limits.md). Atomics works on integer typed arrays
// of either buffer as V8's does for one thread: every operation is
// immediate, notify wakes no one, and wait blocks the thread for its
// timeout when the value matches (the `sleep` idiom).
'use strict';

const shared = new WeakSet();
const abLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const abSlice = ArrayBuffer.prototype.slice;
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const typedArrayBuffer = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'buffer').get;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;

function thisShared(self, name) {
  if (!shared.has(self)) {
    throw new TypeError(`Method SharedArrayBuffer.prototype.${name} called on incompatible receiver ${internal.receiverString ? internal.receiverString(self) : String(self)}`);
  }
}

class SharedArrayBuffer {
  constructor(length) {
    const buf = new ArrayBuffer(length);
    Object.setPrototypeOf(buf, new.target.prototype);
    shared.add(buf);
    return buf;
  }
  get byteLength() {
    thisShared(this, 'byteLength');
    return abLength.call(this);
  }
  slice(start, end) {
    thisShared(this, 'slice');
    const buf = abSlice.call(this, start, end);
    Object.setPrototypeOf(buf, SharedArrayBuffer.prototype);
    shared.add(buf);
    return buf;
  }
  get maxByteLength() {
    thisShared(this, 'maxByteLength');
    return abLength.call(this);
  }
  get growable() {
    thisShared(this, 'growable');
    return false;
  }
  grow() {
    thisShared(this, 'grow');
    throw new TypeError('Method SharedArrayBuffer.prototype.grow called on incompatible receiver #<SharedArrayBuffer>');
  }
}
Object.defineProperty(SharedArrayBuffer.prototype, Symbol.toStringTag, { value: 'SharedArrayBuffer', configurable: true });

internal.isSharedArrayBuffer = (v) => shared.has(v);
// shareArrayBuffer: a SharedArrayBuffer over sab's memory (structuredClone's).
internal.shareArrayBuffer = (sab) => {
  const buf = internal.abShare(sab);
  Object.setPrototypeOf(buf, SharedArrayBuffer.prototype);
  shared.add(buf);
  return buf;
};

const integerTags = new Set(['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'BigInt64Array', 'BigUint64Array']);

function tagOf(ta) {
  return ArrayBuffer.isView(ta) && !(ta instanceof DataView) ? typedArrayTag.call(ta) : undefined;
}

function describe(v) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
  return Object.prototype.toString.call(v);
}

function integerArray(ta, waitable) {
  const tag = tagOf(ta);
  if (waitable ? tag !== 'Int32Array' && tag !== 'BigInt64Array' : !integerTags.has(tag)) {
    throw new TypeError(waitable ? `${describe(ta)} is not an int32 or BigInt64 typed array.` :
      `${describe(ta)} is not an integer typed array.`);
  }
  return tag;
}

function toIndex(ta, index) {
  let i = Number(index);
  i = Number.isNaN(i) ? 0 : Math.trunc(i);
  if (i < 0 || i >= typedArrayLength.call(ta) || !Number.isFinite(i)) throw new RangeError('Invalid atomic access index');
  return i;
}

const isBig = (tag) => tag === 'BigInt64Array' || tag === 'BigUint64Array';

function toValue(tag, v) {
  if (isBig(tag)) return BigInt(v);
  const n = Number(v);
  return Number.isNaN(n) ? 0 : Math.trunc(n) + 0; // + 0: -0 is 0
}

// update does ta[i] = f(old, value) and returns old.
function update(f) {
  return function (ta, index, value) {
    const tag = integerArray(ta, false);
    const i = toIndex(ta, index);
    const v = toValue(tag, value);
    const old = ta[i];
    ta[i] = f(old, v);
    return old;
  };
}

const scratch = {};
function asElement(tag, v) {
  const a = scratch[tag] || (scratch[tag] = new globalThis[tag](1));
  a[0] = v;
  return a[0];
}

const Atomics = {};

// waitArgs checks wait's and waitAsync's arguments in V8's order: whether
// the element equals value, and the timeout in ms (NaN and undefined are
// Infinity, a negative one 0).
function waitArgs(ta, index, value, timeout) {
  const tag = integerArray(ta, true);
  if (!shared.has(typedArrayBuffer.call(ta))) throw new TypeError(`${describe(ta)} is not a shared typed array.`);
  const i = toIndex(ta, index);
  const v = toValue(tag, value);
  let t = timeout === undefined ? Infinity : Number(timeout);
  if (Number.isNaN(t)) t = Infinity;
  return { equal: ta[i] === asElement(tag, v), t: Math.max(t, 0) };
}

const methods = {
  add: update((a, b) => a + b),
  and: update((a, b) => a & b),
  compareExchange(ta, index, expected, replacement) {
    const tag = integerArray(ta, false);
    const i = toIndex(ta, index);
    const e = toValue(tag, expected);
    const r = toValue(tag, replacement);
    const old = ta[i];
    if (old === asElement(tag, e)) ta[i] = r;
    return old;
  },
  exchange: update((a, b) => b),
  isLockFree(size) {
    const n = Number(size);
    return n === 1 || n === 2 || n === 4 || n === 8;
  },
  load(ta, index) {
    integerArray(ta, false);
    return ta[toIndex(ta, index)];
  },
  or: update((a, b) => a | b),
  store(ta, index, value) {
    const tag = integerArray(ta, false);
    const i = toIndex(ta, index);
    const v = toValue(tag, value);
    ta[i] = v;
    return v;
  },
  sub: update((a, b) => a - b),
  wait(ta, index, value, timeout) {
    const { equal, t } = waitArgs(ta, index, value, timeout);
    if (!equal) return 'not-equal';
    internal.blockMs(t);
    return 'timed-out';
  },
  waitAsync(ta, index, value, timeout) {
    const { equal, t } = waitArgs(ta, index, value, timeout);
    if (!equal) return { async: false, value: 'not-equal' };
    if (t === 0) return { async: false, value: 'timed-out' };
    const value2 = t === Infinity ? new Promise(() => {}) :
      // V8's timer does not keep node's loop alive: unref'd.
      new Promise((resolve) => setTimeout(resolve, t, 'timed-out').unref());
    return { async: true, value: value2 };
  },
  notify(ta, index, count) {
    const tag = tagOf(ta);
    if (tag !== 'Int32Array' && tag !== 'BigInt64Array') integerArray(ta, true);
    toIndex(ta, index);
    return 0;
  },
  xor: update((a, b) => a ^ b),
};
const lengths = { add: 3, and: 3, compareExchange: 4, exchange: 3, isLockFree: 1, load: 2, or: 3, store: 3, sub: 3, wait: 4, waitAsync: 4, notify: 3, xor: 3 };
for (const name of ['load', 'store', 'add', 'sub', 'and', 'or', 'xor', 'exchange', 'compareExchange', 'isLockFree', 'wait', 'waitAsync', 'notify']) {
  const fn = methods[name];
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: lengths[name] });
  Object.defineProperty(Atomics, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
Object.defineProperty(Atomics, Symbol.toStringTag, { value: 'Atomics', configurable: true });

module.exports = { SharedArrayBuffer, Atomics };
