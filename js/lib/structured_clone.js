// structured_clone: the global structuredClone (the HTML structured clone
// algorithm as node 20 runs it) and DOMException, whose DataCloneError it
// throws. Loaded on first use of either global.
'use strict';

const domCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(String(message));
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? options.name : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    }
    name = String(name);
    Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true });
    Object.defineProperty(this, 'code', { value: domCodes[name] || 0, writable: true, configurable: true });
  }
  get [Symbol.toStringTag]() { return 'DOMException'; }
}
for (const [name, code] of Object.entries(domCodes)) {
  const key = name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() + '_ERR';
  Object.defineProperty(DOMException, key, { value: code, enumerable: true });
}

function cannotClone(what) {
  return new DOMException(what + ' could not be cloned.', 'DataCloneError');
}

// describe is how V8 names an uncloneable value in the message.
function describe(v) {
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (typeof v === 'symbol') return v.toString();
  // V8 names a Proxy of an array by its tag (other proxies by their
  // constructor, as below; a few built-ins it also names by tag).
  if (internal.proxyKind(v) === 'proxy' && Array.isArray(v)) return '[object Array]';
  const ctor = v.constructor;
  return '#<' + (ctor && ctor.name ? ctor.name : 'Object') + '>';
}

const util = () => require('util').types;
const slotKind = internal.slotKind;
// plainProto: v's prototype is Object.prototype or null. Such an object
// is taken for an ordinary one without asking WeakMap and WeakSet (each
// asks by throwing, a caught TypeError per object, which made
// structuredClone of 100,000 objects 20 times slower than node): only a
// WeakMap or WeakSet given that prototype by Object.setPrototypeOf would
// be cloned as {} where node throws its DataCloneError.
const objectProto = Object.prototype;
const arrayProto = Array.prototype;
// The engine's own accessors, read when the runtime started: node's
// serializer calls nothing a program can replace.
const { dateGetTime, regexpSource, regexpFlags } = internal.originals;
const valueOfs = {
  Number: internal.originals.numberValueOf, String: internal.originals.stringValueOf,
  Boolean: internal.originals.booleanValueOf, BigInt: internal.originals.bigintValueOf,
};
const getProto = Object.getPrototypeOf;
function plainProto(v) {
  const p = getProto(v);
  return p === objectProto || p === null;
}
const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const typedCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

// maxCloneDepth is how deeply node 20's serializer nests objects before its
// "Maximum call stack size exceeded" (1960 objects deep at a script's top level): a
// catchable RangeError here too, before goja's own call-stack bound, which
// no try/catch can catch.
const maxCloneDepth = 1960;

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    internal.setErrorCode(err, 'ERR_MISSING_ARGS');
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError("Failed to execute 'structuredClone': The options argument must be an object");
  }
  const seen = new Map();
  const types = util();
  let depth = 0;
  // options.transfer: each ArrayBuffer's contents move to the clone (every
  // reference to it in value gets that one copy) and it is detached once
  // the clone is made.
  const transfer = [];
  const transferList = options == null ? undefined : options.transfer;
  if (transferList != null) {
    if (typeof transferList !== 'object' || typeof transferList[Symbol.iterator] !== 'function') {
      throw internal.setErrorCode(new TypeError('Optional transferList argument must be an iterable'), 'ERR_INVALID_ARG_TYPE');
    }
    for (const item of transferList) {
      if (!types.isArrayBuffer(item)) {
        if (item !== null && typeof item === 'object' && Object.prototype.toString.call(item) === '[object MessagePort]') continue;
        throw internal.setErrorCode(new TypeError('Found invalid object in transferList'), 'ERR_INVALID_TRANSFER_OBJECT');
      }
      if (transfer.includes(item)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      transfer.push(item);
    }
    for (const ab of transfer) {
      if (!internal.abDetached(ab)) seen.set(ab, ab.slice(0));
    }
  }

  function clone(v) {
    if (typeof v === 'symbol' || typeof v === 'function') throw cannotClone(describe(v));
    if (v === null || typeof v !== 'object') return v;
    const done = seen.get(v); // a clone is an object: never undefined
    if (done !== undefined) return done;
    if (depth >= maxCloneDepth) throw new RangeError('Maximum call stack size exceeded');
    depth++; // not restored when an error unwinds: the clone is over then
    const out = cloneObject(v);
    depth--;
    return out;
  }

  function cloneObject(v) {
    let out;
    // One question to goja names most kinds (js/slotkind.go); brand
    // checks that throw remain only for what it cannot tell apart.
    const kind = slotKind(v);
    // The common case first: an ordinary object or array, nothing
    // below applies to it.
    if (kind === 'Object' ? plainProto(v) : kind === 'Array' && getProto(v) === arrayProto) {
      return cloneOrdinary(v, kind === 'Array');
    }
    if (kind === 'Number' || kind === 'String' || kind === 'Boolean' || kind === 'BigInt') {
      out = Object(valueOfs[kind].call(v));
      seen.set(v, out);
      return out;
    }
    if (kind === 'Symbol?' && types.isSymbolObject(v)) throw cannotClone(describe(v));
    if (kind === 'Date') { out = new Date(dateGetTime.call(v)); seen.set(v, out); return out; }
    if (kind === 'RegExp') { out = new RegExp(regexpSource.call(v), regexpFlags.call(v)); seen.set(v, out); return out; }
    if (kind === 'ArrayBuffer' && types.isSharedArrayBuffer(v)) {
      out = internal.shareArrayBuffer(v); // the same memory, as V8's
      seen.set(v, out);
      return out;
    }
    if (kind === 'ArrayBuffer') {
      if (internal.abDetached(v)) throw new DOMException('An ArrayBuffer is detached and could not be cloned.', 'DataCloneError');
      out = v.slice(0);
      seen.set(v, out);
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      const buffer = clone(v.buffer);
      if (types.isDataView(v)) out = new DataView(buffer, v.byteOffset, v.byteLength);
      else {
        const tag = Object.prototype.toString.call(v).slice(8, -1);
        const name = Object.keys(typedCtors).find((n) => types['is' + n](v)) || tag;
        out = new typedCtors[name](buffer, v.byteOffset, v.length);
      }
      seen.set(v, out);
      return out;
    }
    if (kind === 'Map') {
      out = new Map();
      seen.set(v, out);
      for (const [k, val] of Map.prototype.entries.call(v)) out.set(clone(k), clone(val));
      return out;
    }
    if (kind === 'Set') {
      out = new Set();
      seen.set(v, out);
      for (const k of Set.prototype.values.call(v)) out.add(clone(k));
      return out;
    }
    if (kind === 'Error' || types.isNativeError(v) || v instanceof Error) {
      if (v instanceof DOMException) throw cannotClone(describe(v));
      let name = v.name;
      if (!errorNames.has(name)) name = 'Error';
      out = Object.create(globalThis[name].prototype);
      seen.set(v, out);
      const desc = Object.getOwnPropertyDescriptor(v, 'message');
      // stack first: node's clone has its own properties in V8's order.
      if (typeof v.stack === 'string') {
        Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
      }
      if (desc && 'value' in desc) {
        Object.defineProperty(out, 'message', { value: String(desc.value), writable: true, configurable: true });
      }
      if (Object.prototype.hasOwnProperty.call(v, 'cause')) {
        Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
      }
      return out;
    }
    // A Blob (a File too: node 20 clones it as a plain Blob) is copied
    // with its bytes and type. The tag test keeps the buffer module
    // unloaded for programs without one.
    const tag = Object.prototype.toString.call(v);
    if ((tag === '[object Blob]' || tag === '[object File]') && v instanceof globalThis.Blob) {
      out = new globalThis.Blob([v], { type: v.type });
      seen.set(v, out);
      return out;
    }
    if (kind === 'Promise' || (kind === 'Proxy' && types.isProxy(v)) ||
        (kind === 'Object' && !plainProto(v) && (types.isWeakMap(v) || types.isWeakSet(v) || types.isGeneratorObject(v))) ||
        v instanceof WeakRef) {
      throw cannotClone(describe(v));
    }
    return cloneOrdinary(v, Array.isArray(v));
  }

  function cloneOrdinary(v, isArray) {
    const out = isArray ? new Array(v.length) : {};
    seen.set(v, out);
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      out[k] = clone(v[k]);
    }
    return out;
  }
  const out = clone(value);
  for (const ab of transfer) internal.abDetach(ab);
  return out;
}
Object.defineProperty(structuredClone, 'length', { value: 0 });

module.exports = { structuredClone, DOMException };
