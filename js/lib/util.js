// util: formatting (util.inspect and util.format are Go: js/inspect),
// promisify / callbackify, deep equality, type checks.
'use strict';

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function inspect(value, opts) {
  if (typeof opts !== 'object' || opts === null) opts = arguments.length > 2 ? { showHidden: opts, depth: arguments[2] } : {};
  return internal.inspect(value, Object.assign({}, inspect.defaultOptions, opts));
}
inspect.custom = customInspect;
inspect.defaultOptions = { showHidden: false, depth: 2, colors: false, breakLength: 80, compact: 3, sorted: false };

function format(...args) { return internal.format(...args); }
function formatWithOptions(opts, ...args) { return internal.formatWithOptions(opts, ...args); }

function promisify(original) {
  if (typeof original !== 'function') throw internal.invalidArgType('original', 'function', original);
  if (original[customPromisify]) {
    const fn = original[customPromisify];
    if (typeof fn !== 'function') throw internal.invalidArgType('util.promisify.custom', 'function', fn);
    return fn;
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values.length > 1 ? values : values[0]);
      });
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, customPromisify, { value: promisified });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = customPromisify;

function callbackify(original) {
  if (typeof original !== 'function') throw internal.invalidArgType('original', 'function', original);
  return function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw internal.invalidArgType('last argument', 'function', cb);
    original.apply(this, args).then(
      (v) => process.nextTick(cb, null, v),
      (err) => {
        if (!err) {
          const e = new Error('Promise was rejected with a falsy value');
          e.code = 'ERR_FALSY_VALUE_REJECTION';
          e.reason = err;
          err = e;
        }
        process.nextTick(cb, err);
      });
  };
}

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warned = new Set();
function deprecate(fn, msg, code) {
  return function deprecated(...args) {
    const key = code || msg;
    if (!warned.has(key) && !process.noDeprecation) {
      warned.add(key);
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  };
}

const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const types = {
  isPromise: (v) => v instanceof Promise,
  isDate: (v) => v instanceof Date,
  isRegExp: (v) => v instanceof RegExp,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isWeakMap: (v) => v instanceof WeakMap,
  isWeakSet: (v) => v instanceof WeakSet,
  isNativeError: (v) => v instanceof Error,
  isTypedArray: (v) => typedArrayProto.isPrototypeOf(v),
  isUint8Array: (v) => v instanceof Uint8Array,
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isAnyArrayBuffer: (v) => v instanceof ArrayBuffer,
  isDataView: (v) => v instanceof DataView,
  isProxy: () => false,
  isAsyncFunction: (v) => typeof v === 'function' && tag(v) === 'AsyncFunction',
  isGeneratorFunction: (v) => typeof v === 'function' && /^(async\s+)?function\s*\*/.test(Function.prototype.toString.call(v)),
  isGeneratorObject: (v) => tag(v) === 'Generator',
  isBoxedPrimitive: (v) => v instanceof Number || v instanceof String || v instanceof Boolean,
  isSymbolObject: (v) => typeof v === 'object' && v !== null && tag(v) === 'Symbol',
};

// deepEqual is node's isDeepStrictEqual (strict) or loose deepEqual.
function deepEqual(a, b, strict, seen) {
  if (strict ? Object.is(a, b) : (a === b || (a == b && (typeof a !== 'object' || a === null)))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return !strict && a == b && (typeof a !== 'object' && typeof b !== 'object');
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (tag(a) !== tag(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
  seen = seen || new Map();
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k), strict, seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) {
      if (b.has(v)) continue;
      if (typeof v !== 'object' || ![...b].some((w) => deepEqual(v, w, strict, seen))) return false;
    }
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual(a[k], b[k], strict, seen)) return false;
  }
  if (strict) {
    const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
    const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
    if (sa.length !== sb.length) return false;
    for (const s of sa) if (!deepEqual(a[s], b[s], strict, seen)) return false;
  }
  return true;
}
internal.deepEqual = deepEqual;

function debuglog(section) {
  const enabled = new RegExp('\\b' + String(section).toUpperCase() + '\\b').test(String(process.env.NODE_DEBUG || '').toUpperCase());
  const log = (...args) => {
    if (enabled) process.stderr.write(section.toUpperCase() + ' ' + process.pid + ': ' + format(...args) + '\n');
  };
  log.enabled = enabled;
  return log;
}

module.exports = {
  format, formatWithOptions, inspect, promisify, callbackify, inherits, deprecate, types, debuglog,
  debug: debuglog,
  isDeepStrictEqual: (a, b) => deepEqual(a, b, true),
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v == null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: types.isNativeError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
  toUSVString: (s) => String(s),
  stripVTControlCharacters: (s) => String(s).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
};
