// util: node's util module. inspect and format are Go (js/inspect, through
// internal); the rest is here: promisify and callbackify, inherits,
// deprecate, debuglog, util.types and the deep equality that
// isDeepStrictEqual and assert share (as internal.deepEqual).
'use strict';

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const toStringTag = (v) => Object.prototype.toString.call(v);

// ---- type checks ------------------------------------------------------------
// Each check asks the engine for an internal slot (a getter or method that
// throws on anything else), so Symbol.toStringTag cannot fool it.

function brand(fn) {
  return (v) => {
    if (v === null || typeof v !== 'object') return false;
    try {
      fn(v);
      return true;
    } catch {
      return false;
    }
  };
}
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayName = getter(TypedArray.prototype, Symbol.toStringTag);
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const GeneratorProto = Object.getPrototypeOf(GeneratorFunctionProto.prototype);
const MapIteratorProto = Object.getPrototypeOf(new Map().entries());
const SetIteratorProto = Object.getPrototypeOf(new Set().values());

function typedArrayTag(v) {
  return ArrayBuffer.isView(v) ? typedArrayName.call(v) : undefined;
}
const isTypedArrayOf = (name) => (v) => typedArrayTag(v) === name;

// internal.slotKind asks goja the same without throwing (js/slotkind.go):
// a thrown and caught TypeError per check made structuredClone of 100,000
// objects take a minute. WeakMap, WeakSet, DataView and a boxed Symbol it
// only narrows down; those keep the engine's check.
const slotKind = internal.slotKind;
const isNumberObject = (v) => slotKind(v) === 'Number';
const isStringObject = (v) => slotKind(v) === 'String';
const isBooleanObject = (v) => slotKind(v) === 'Boolean';
const { symbolValueOf, weakMapHas, weakSetHas, dataViewByteLength } = internal.originals;
const symbolBrand = brand((v) => symbolValueOf.call(v));
const isSymbolObject = (v) => slotKind(v) === 'Symbol?' && symbolBrand(v);
const isBigIntObject = (v) => slotKind(v) === 'BigInt';
// A SharedArrayBuffer is one of goja's ArrayBuffers that lib/atomics.js
// made (none exists before that loads).
const isSharedArrayBuffer = (v) => internal.isSharedArrayBuffer !== undefined && internal.isSharedArrayBuffer(v);
const isArrayBuffer = (v) => slotKind(v) === 'ArrayBuffer' && !isSharedArrayBuffer(v);
const weakMapBrand = brand((v) => weakMapHas.call(v, {}));
const weakSetBrand = brand((v) => weakSetHas.call(v, {}));
const dataViewBrand = brand((v) => dataViewByteLength.call(v));

// An async generator function or object esbuild lowered (goja has none;
// js/esm/agmark.go): the function's prototype is its file's
// %AsyncGeneratorFunction.prototype%, whose constructor is
// AsyncGeneratorFunction; the object's chain has %AsyncGeneratorPrototype%,
// whose constructor is that prototype.
const isAsyncGeneratorFunctionProto = (p) => {
  const c = p !== null && typeof p === 'object' ? Object.getOwnPropertyDescriptor(p, 'constructor') : undefined;
  return c !== undefined && typeof c.value === 'function' && c.value.name === 'AsyncGeneratorFunction' && c.value.prototype === p;
};
const isLoweredAsyncGenerator = (v) => {
  for (let p = Object.getPrototypeOf(v), i = 0; p !== null && i < 3; p = Object.getPrototypeOf(p), i++) {
    const c = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (c !== undefined && isAsyncGeneratorFunctionProto(c.value)) return true;
  }
  return false;
};

const types = {
  isExternal: () => false,
  isDate: (v) => slotKind(v) === 'Date',
  isArgumentsObject: (v) => v !== null && typeof v === 'object' && toStringTag(v) === '[object Arguments]',
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError: (v) => v !== null && typeof v === 'object' && v instanceof Error && toStringTag(v) === '[object Error]',
  isRegExp: (v) => slotKind(v) === 'RegExp',
  isAsyncFunction: (v) => typeof v === 'function' &&
    (AsyncFunctionProto.isPrototypeOf(v) || isAsyncGeneratorFunctionProto(Object.getPrototypeOf(v))),
  isGeneratorFunction: (v) => typeof v === 'function' &&
    (GeneratorFunctionProto.isPrototypeOf(v) || isAsyncGeneratorFunctionProto(Object.getPrototypeOf(v))),
  isGeneratorObject: (v) => v !== null && typeof v === 'object' && (GeneratorProto.isPrototypeOf(v) &&
    toStringTag(v) === '[object Generator]' || toStringTag(v) === '[object AsyncGenerator]' && isLoweredAsyncGenerator(v)),
  isPromise: (v) => slotKind(v) === 'Promise',
  isMap: (v) => slotKind(v) === 'Map',
  isSet: (v) => slotKind(v) === 'Set',
  isMapIterator: (v) => v !== null && typeof v === 'object' && MapIteratorProto.isPrototypeOf(v),
  isSetIterator: (v) => v !== null && typeof v === 'object' && SetIteratorProto.isPrototypeOf(v),
  isWeakMap: (v) => slotKind(v) === 'Object' && weakMapBrand(v),
  isWeakSet: (v) => slotKind(v) === 'Object' && weakSetBrand(v),
  isArrayBuffer,
  isDataView: (v) => slotKind(v) === 'Object' && dataViewBrand(v),
  isSharedArrayBuffer,
  // goja gives scripts no way to tell; the Go side can.
  isProxy: (v) => internal.proxyKind(v) === 'proxy',
  isModuleNamespaceObject: (v) => internal.proxyKind(v) === 'namespace',
  isAnyArrayBuffer: (v) => isArrayBuffer(v) || isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
    isSymbolObject(v) || isBigIntObject(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => typedArrayTag(v) !== undefined,
  isUint8Array: isTypedArrayOf('Uint8Array'),
  isUint8ClampedArray: isTypedArrayOf('Uint8ClampedArray'),
  isUint16Array: isTypedArrayOf('Uint16Array'),
  isUint32Array: isTypedArrayOf('Uint32Array'),
  isInt8Array: isTypedArrayOf('Int8Array'),
  isInt16Array: isTypedArrayOf('Int16Array'),
  isInt32Array: isTypedArrayOf('Int32Array'),
  isFloat32Array: isTypedArrayOf('Float32Array'),
  isFloat64Array: isTypedArrayOf('Float64Array'),
  isBigInt64Array: isTypedArrayOf('BigInt64Array'),
  isBigUint64Array: isTypedArrayOf('BigUint64Array'),
  isKeyObject: (obj) => false,
  isCryptoKey: (obj) => false,
};
// node's checks are natives of length 0, each named as its key; those of
// views (isArrayBufferView, isTypedArray, isUint8Array...), isKeyObject
// and isCryptoKey are JS functions of one parameter.
for (const k of Object.keys(types)) {
  const one = k === 'isKeyObject' || k === 'isCryptoKey' || k === 'isArrayBufferView' || k === 'isTypedArray' || /^is(Big)?(Ui|I)nt\d+(Clamped)?Array$|^isFloat\d+Array$/.test(k);
  Object.defineProperty(types[k], 'length', { value: one ? 1 : 0, configurable: true });
  Object.defineProperty(types[k], 'name', { value: k, configurable: true });
}

// ---- deep equality ----------------------------------------------------------
// node's rules (lib/internal/util/comparisons.js), strict and loose:
// same tag (and, strict, same prototype); the same own enumerable keys
// (strict: symbols too) with deep-equal values; Dates, RegExps, boxed
// primitives, buffers and errors by content; Sets and Maps by entries,
// objects among them matched pairwise. Cycles: a pair already being
// compared counts as equal.

function looseMatch(a, b) {
  return a == b || (Number.isNaN(a) && Number.isNaN(b)); // eslint-disable-line eqeqeq
}

function deepEqual(a, b, strict, active) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (strict) {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      return b !== null && typeof b === 'object' ? false : looseMatch(a, b);
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = toStringTag(a);
  if (tag !== toStringTag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return sameExtraKeys(a, b, strict) && compareKeys(a, b, strict, active, 'array');
  }
  if (tag === '[object Object]') return compareKeys(a, b, strict, active, 'object');
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || typedArrayTag(a) !== typedArrayTag(b)) return false;
    const floats = !strict && (types.isFloat32Array(a) || types.isFloat64Array(a));
    if (floats ? !sameElements(a, b) : !sameBytes(a, b)) return false;
    return sameExtraKeys(a, b, strict) && compareKeys(a, b, strict, active, 'view');
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, active, 'set');
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, active, 'map');
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (a instanceof Error || types.isNativeError(a)) {
    if (!(b instanceof Error) && !types.isNativeError(b)) return false;
    for (const key of ['message', 'name', 'cause', 'errors']) {
      const enumerable = isEnumerable(a, key);
      if (enumerable !== isEnumerable(b, key)) return false;
      if (enumerable) continue; // compared with the other keys
      if (key === 'message' || key === 'name' ? a[key] !== b[key] : !deepEqual(a[key], b[key], strict, active)) {
        return false;
      }
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || types.isSet(b) || types.isMap(b) || types.isDate(b) ||
    types.isRegExp(b) || types.isAnyArrayBuffer(b) || types.isBoxedPrimitive(b) || types.isNativeError(b) ||
    b instanceof Error) {
    return false;
  }
  return compareKeys(a, b, strict, active, 'object');
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  for (const [is, proto] of [[isNumberObject, Number], [isStringObject, String], [isBooleanObject, Boolean],
    [isBigIntObject, typeof BigInt === 'function' ? BigInt : null], [isSymbolObject, Symbol]]) {
    if (is(a)) return is(b) && Object.is(proto.prototype.valueOf.call(a), proto.prototype.valueOf.call(b));
  }
  return false;
}

// extraKeys lists the own enumerable keys of an array or typed array that
// are not indices (strict: symbols too).
function extraKeys(v, strict) {
  const keys = Object.keys(v).filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 4294967295));
  if (strict) for (const s of Object.getOwnPropertySymbols(v)) if (isEnumerable(v, s)) keys.push(s);
  return keys;
}

function sameExtraKeys(a, b, strict) {
  return extraKeys(a, strict).length === extraKeys(b, strict).length;
}

function ownKeys(v, strict) {
  const keys = Object.keys(v);
  if (strict) for (const s of Object.getOwnPropertySymbols(v)) if (isEnumerable(v, s)) keys.push(s);
  return keys;
}

// compareKeys compares own enumerable keys and then, by kind, array
// elements or Set and Map entries.
function compareKeys(a, b, strict, active, kind) {
  const keys = kind === 'array' || kind === 'view' ? extraKeys(a, strict) : ownKeys(a, strict);
  for (const k of keys) if (!isEnumerable(b, k)) return false;
  if (kind !== 'array' && kind !== 'view' && keys.length !== ownKeys(b, strict).length) return false;
  if (keys.length === 0 && (kind === 'object' || kind === 'view' || (kind === 'array' && a.length === 0) ||
    ((kind === 'set' || kind === 'map') && a.size === 0))) {
    return true;
  }
  // A pair already under comparison further up counts as equal (cycles).
  active = active || new Map();
  let partners = active.get(a);
  if (partners && partners.has(b)) return true;
  if (!partners) active.set(a, partners = new Set());
  partners.add(b);
  try {
    for (const k of keys) if (!deepEqual(a[k], b[k], strict, active)) return false;
    if (kind === 'array') return sameArrayItems(a, b, strict, active);
    if (kind === 'set') return sameSetItems(a, b, strict, active);
    if (kind === 'map') return sameMapItems(a, b, strict, active);
    return true;
  } finally {
    partners.delete(b);
  }
}

function sameArrayItems(a, b, strict, active) {
  for (let i = 0; i < a.length; i++) {
    const inA = hasOwn(a, i);
    if (inA !== hasOwn(b, i)) return false;
    if (inA && !deepEqual(a[i], b[i], strict, active)) return false;
  }
  return true;
}

// takeMatch removes from list the first item deep-equal to v.
function takeMatch(list, v, strict, active) {
  const i = list.findIndex((x) => deepEqual(x, v, strict, active));
  if (i < 0) return false;
  list.splice(i, 1);
  return true;
}

const isObjectLike = (v) => v !== null && typeof v === 'object';

function sameSetItems(a, b, strict, active) {
  const unmatched = [];
  for (const v of a) {
    if (b.has(v)) continue;
    if (!isObjectLike(v) && strict) return false;
    unmatched.push(v);
  }
  if (unmatched.length === 0) return true;
  for (const v of b) {
    if (a.has(v) || (!isObjectLike(v) && strict)) continue;
    if (!takeMatch(unmatched, v, strict, active)) return false;
  }
  return unmatched.length === 0;
}

function sameMapItems(a, b, strict, active) {
  const unmatched = []; // keys of a still looking for an entry of b
  for (const [k, v] of a) {
    if (!isObjectLike(k) && b.has(k) && deepEqual(v, b.get(k), strict, active)) continue;
    if (!isObjectLike(k) && strict) return false;
    unmatched.push(k);
  }
  if (unmatched.length === 0) return true;
  for (const [k, v] of b) {
    if (!isObjectLike(k) && a.has(k) && deepEqual(a.get(k), v, strict, active)) continue;
    if (!isObjectLike(k) && strict) continue;
    const i = unmatched.findIndex((x) => deepEqual(x, k, strict, active) && deepEqual(a.get(x), v, strict, active));
    if (i < 0) return false;
    unmatched.splice(i, 1);
  }
  return unmatched.length === 0;
}

internal.deepEqual = (a, b, strict) => deepEqual(a, b, strict === true, undefined);

// ---- inspect and format -----------------------------------------------------

const initialDefaults = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
  maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
};
const defaults = Object.assign({}, initialDefaults);

// changedDefaults is what the program set in inspect.defaultOptions; the
// Go side knows node's own defaults.
function changedDefaults() {
  const out = {};
  for (const k of Object.keys(defaults)) if (defaults[k] !== initialDefaults[k]) out[k] = defaults[k];
  return out;
}

// console formats with the defaults the program changed, once util is loaded.
internal.inspectDefaults = changedDefaults;

function inspect(value, opts) {
  const options = changedDefaults();
  if (typeof opts === 'boolean') options.showHidden = opts;
  else if (opts !== null && typeof opts === 'object') Object.assign(options, opts);
  if (arguments.length >= 3 && arguments[2] !== undefined) options.depth = arguments[2];
  if (arguments.length >= 4 && arguments[3] !== undefined) options.colors = arguments[3];
  return internal.inspect(value, options);
}
inspect.custom = customInspect;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaults; },
  set(options) {
    if (options === null || typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
    Object.assign(defaults, options);
  },
  enumerable: true,
});

// ANSI codes: [open, close].
inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54],
  overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
  blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49],
  bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
  string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function format(...args) {
  const changed = changedDefaults();
  for (const k in changed) return internal.formatWithOptions(changed, ...args);
  return internal.format(...args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw internal.invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return internal.formatWithOptions(Object.assign(changedDefaults(), inspectOptions), ...args);
}

function badFormat(name) {
  const err = new TypeError("The argument 'format' must be one of: " +
    Object.keys(inspect.colors).map((k) => "'" + k + "'").join(', ') + '. Received ' + inspect(name));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_VALUE');
  return err;
}

// styleText wraps text in ANSI codes. As in node 20, a single format is
// left out when the stream (stdout by default) would not show colours;
// a list of formats always applies.
function styleText(fmt, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw internal.invalidArgType('text', 'string', text);
  let open = '';
  let close = '';
  for (const name of Array.isArray(fmt) ? fmt : [fmt]) {
    const codes = inspect.colors[name];
    if (codes === undefined) throw badFormat(name);
    open += '\u001b[' + codes[0] + 'm';
    close = '\u001b[' + codes[1] + 'm' + close;
  }
  if (!Array.isArray(fmt) && validateStream && !(stream && stream.isTTY)) return text;
  return open + text + close;
}

// ESC or CSI, then either a string ended by BEL or ST, or parameters and
// a final byte.
const ansiSequence = new RegExp('[\\u001B\\u009B][[\\]()#;?]*(?:' +
  '(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?(?:\\u0007|\\u001B\\u005C|\\u009C)' +
  '|(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~])', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw internal.invalidArgType('str', 'string', str);
  return str.replace(ansiSequence, '');
}

// toUSVString replaces lone surrogates with U+FFFD. It copies the runs between them and
// joins once: goja's strings are flat, so adding one character at a time was quadratic
// (a 1 MB string took minutes; node's toWellFormed is linear).
function toUSVString(input) {
  const s = `${input}`;
  const first = s.search(/[\ud800-\udfff]/); // the regexp engine scans far faster than a loop
  if (first < 0) return s;
  const parts = [];
  let start = 0;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    parts.push(s.slice(start, i), '\ufffd');
    start = i + 1;
  }
  if (start === 0) return s;
  parts.push(s.slice(start));
  return parts.join('');
}

// ---- functions over functions -----------------------------------------------

function copyShape(target, original) {
  Object.setPrototypeOf(target, Object.getPrototypeOf(original));
  return Object.defineProperties(target, Object.getOwnPropertyDescriptors(original));
}

function promisify(original) {
  if (typeof original !== 'function') throw internal.invalidArgType('original', 'function', original);
  const custom = original[customPromisify];
  if (custom) {
    if (typeof custom !== 'function') throw internal.invalidArgType('util.promisify.custom', 'function', custom);
    return Object.defineProperty(custom, customPromisify, { value: custom, configurable: true });
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) reject(err);
        else resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.defineProperty(promisified, customPromisify, { value: promisified, configurable: true });
  return copyShape(promisified, original);
}
promisify.custom = customPromisify;

function callbackify(original) {
  if (typeof original !== 'function') throw internal.invalidArgType('original', 'function', original);
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      const err = internal.invalidArgType('last argument', 'function', callback);
      err.message = err.message.replace('"last argument" argument', 'last argument');
      throw err;
    }
    const onRejected = (reason) => {
      if (!reason) {
        const err = new Error('Promise was rejected with falsy value');
        internal.setErrorCode(err, 'ERR_FALSY_VALUE_REJECTION');
        err.reason = reason;
        reason = err;
      }
      callback(reason);
    };
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(onRejected, reason));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return Object.defineProperties(callbackified, descriptors);
}

// propertyType is ERR_INVALID_ARG_TYPE for a dotted name, which node
// calls a property.
function propertyType(name, type, value) {
  const err = new TypeError('The "' + name + '" property must be of type ' + type + '. Received ' +
    internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw internal.invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw internal.invalidArgType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) {
    throw propertyType('superCtor.prototype', 'object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedCodes = new Set();
function deprecate(fn, msg, code, useEmitSync) {
  if (typeof fn !== 'function') throw internal.invalidArgType('fn', 'function', fn);
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        if (typeof process.emitWarning === 'function') process.emitWarning(msg, 'DeprecationWarning', code);
        else console.error('DeprecationWarning: ' + msg);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// debuglog logs to stderr when NODE_DEBUG names the section (commas
// separate names, * matches anything, case does not matter).
const debugSpec = internal.env.NODE_DEBUG; // node reads it once, at start-up
function debugEnabled(section) {
  const spec = debugSpec;
  if (!spec) return false;
  const alternatives = spec.split(',').map((s) => s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
  return new RegExp('^(?:' + alternatives.join('|') + ')$', 'i').test(section);
}

function debuglog(section, cb) {
  section = String(section).toUpperCase();
  let impl;
  const logger = (...args) => {
    if (impl === undefined) {
      impl = debugEnabled(section)
        ? (...a) => process.stderr.write(section + ' ' + process.pid + ': ' + formatWithOptions({}, ...a) + '\n')
        : () => {};
      if (typeof cb === 'function') cb(impl);
    }
    return impl(...args);
  };
  Object.defineProperty(logger, 'enabled', { get: () => debugEnabled(section), configurable: true, enumerable: true });
  return logger;
}

// ---- odds and ends ----------------------------------------------------------

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  console.log('%s - %s', d.getDate() + ' ' + months[d.getMonth()] + ' ' + time, format(...args));
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const k of Object.keys(source)) target[k] = source[k];
  return target;
}

// libuv's errors on Linux, in its UV_ERRNO_MAP order, with uv_strerror's
// text: what util.getSystemErrorMap() lists and getSystemErrorName names
// (the EAI_* resolver codes too, which os.constants.errno has not).
const uvErrorTable = [
  [-7, 'E2BIG', 'argument list too long'],
  [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'],
  [-22, 'EINVAL', 'invalid argument'],
  [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'],
  [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'],
  [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
  [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
];

function systemErrorNames() {
  const names = new Map();
  for (const [n, name] of uvErrorTable) names.set(n, name);
  return names;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw internal.invalidArgType('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const e = new RangeError('The value of "err" is out of range. It must be a negative integer. Received ' + err);
    internal.setErrorCode(e, 'ERR_OUT_OF_RANGE');
    throw e;
  }
  return systemErrorNames().get(err) || 'Unknown system error ' + err;
}

function getSystemErrorMap() {
  const out = new Map();
  for (const [n, name, text] of uvErrorTable) out.set(n, [name, text]);
  return out;
}

function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    return Promise.reject(internal.invalidArgType('signal', 'an instance of AbortSignal', signal));
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    return Promise.reject(internal.invalidArgType('resource', 'object', resource));
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// ---- parseArgs ---------------------------------------------------------------
// node's util.parseArgs: the arguments become tokens (options, positionals,
// the '--' terminator), then values and positionals, checked in strict
// mode; defaults fill what is left.

const ownValue = (o, k) => (hasOwn(o, k) ? o[k] : undefined);

const parseArgsError = (code, message) => internal.codedError(TypeError, code, message);

function longNameFor(short, options) {
  const entry = Object.entries(options).find(([, config]) => ownValue(config, 'short') === short);
  return entry ? entry[0] : short;
}

function tokenize(args, options) {
  const typeOf = (name) => (hasOwn(options, name) ? ownValue(options[name], 'type') : undefined);
  const tokens = [];
  let i = 0;
  // option adds an option token; a string option without an inline value
  // takes the next argument, whatever it looks like.
  const option = (name, rawName, index, inline) => {
    let value = inline;
    let inlineValue = inline === undefined ? undefined : true;
    if (inline === undefined && typeOf(name) === 'string' && i + 1 < args.length) {
      value = args[++i];
      inlineValue = false;
    }
    tokens.push({ kind: 'option', name, rawName, index, value, inlineValue });
  };
  for (; i < args.length; i++) {
    const arg = args[i];
    const index = i;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      while (++i < args.length) tokens.push({ kind: 'positional', index: i, value: args[i] });
      break;
    }
    if (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-') {
      const first = longNameFor(arg[1], options);
      if (arg.length === 2) {
        option(first, arg, index);
      } else if (typeOf(first) === 'string') {
        option(first, '-' + arg[1], index, arg.slice(2));
      } else {
        // A group of short options; a string one takes the rest as its value.
        for (let k = 1; k < arg.length; k++) {
          const name = longNameFor(arg[k], options);
          if (typeOf(name) === 'string' && k < arg.length - 1) {
            option(name, '-' + arg[k], index, arg.slice(k + 1));
            break;
          }
          option(name, '-' + arg[k], index);
        }
      }
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq < 0) option(arg.slice(2), arg, index);
      else option(arg.slice(2, eq), arg.slice(0, eq), index, arg.slice(eq + 1));
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOption(token, options, allowPositionals, allowNegative) {
  let name = token.name;
  if (!hasOwn(options, name)) {
    const negated = allowNegative && name.startsWith('no-') && hasOwn(options, name.slice(3)) &&
      ownValue(options[name.slice(3)], 'type') === 'boolean';
    if (!negated) {
      throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '" + token.rawName + "'" +
        (allowPositionals ? ". To specify a positional argument starting with a '-', place it at the end of the " +
          "command after '--', as in '-- " + JSON.stringify(token.rawName) : ''));
    }
    name = name.slice(3);
  }
  const short = ownValue(options[name], 'short');
  const shown = (short ? '-' + short + ', ' : '') + '--' + name;
  const type = ownValue(options[name], 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shown + " <value>' argument missing");
  }
  if (type === 'boolean' && token.value != null) {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shown + "' does not take an argument");
  }
  if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 && token.value[0] === '-') {
    const example = token.rawName.startsWith('--') ? "'" + token.rawName + "=-XYZ'"
      : "'--" + token.name + "=-XYZ' or '" + token.rawName + "-XYZ'";
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + token.rawName + "' argument is " +
      "ambiguous.\nDid you forget to specify the option argument for '" + token.rawName + "'?\nTo specify an " +
      'option argument starting with a dash use ' + example + '.');
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? process.argv.slice(2);
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? Object.create(null);
  if (!Array.isArray(args)) {
    throw parseArgsError('ERR_INVALID_ARG_TYPE', 'The "args" argument must be an instance of Array. Received ' +
      internal.describe(args));
  }
  for (const [name, v] of [['strict', strict], ['allowPositionals', allowPositionals], ['tokens', returnTokens],
    ['allowNegative', allowNegative]]) {
    if (typeof v !== 'boolean') throw internal.invalidArgType(name, 'boolean', v);
  }
  if (options === null || typeof options !== 'object') throw internal.invalidArgType('options', 'object', options);
  for (const [name, opt] of Object.entries(options)) {
    if (opt === null || typeof opt !== 'object') throw propertyType('options.' + name, 'object', opt);
    const type = ownValue(opt, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw parseArgsError('ERR_INVALID_ARG_TYPE', 'The "options.' + name + ".type\" property must be " +
        "('string|boolean'). Received " + internal.describe(type));
    }
    if (hasOwn(opt, 'short') && (typeof opt.short !== 'string' || opt.short.length !== 1)) {
      throw parseArgsError('ERR_INVALID_ARG_VALUE', "The property 'options." + name +
        ".short' must be a single character. Received " + inspect(opt.short));
    }
  }

  const tokens = tokenize(args, options);
  const values = Object.create(null);
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '" + token.value +
          "'. This command does not take positional arguments");
      }
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (strict) checkOption(token, options, allowPositionals, allowNegative);
    let name = token.name;
    let value = token.value;
    if (name === '__proto__') continue;
    if (allowNegative && name.startsWith('no-') && value === undefined) {
      name = name.slice(3);
      token.name = name;
      value = false;
    }
    if (value === undefined) value = true;
    if (hasOwn(options, name) && ownValue(options[name], 'multiple')) {
      if (values[name]) values[name].push(value);
      else values[name] = [value];
    } else {
      values[name] = value;
    }
  }
  for (const [name, opt] of Object.entries(options)) {
    const fallback = ownValue(opt, 'default');
    if (fallback !== undefined && values[name] === undefined && name !== '__proto__') values[name] = fallback;
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

const isObject = (v) => v !== null && typeof v === 'object';

// transferableAbortSignal / transferableAbortController: node makes the
// signal one postMessage may transfer by copying it (makeTransferable: a
// new object with its prototype and own properties, so the copy keeps the
// state it had then and does not follow the original's abort). evloop's
// worker_threads has no transfer list for signals; the copy is node's, the
// controller a plain one.
function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) {
    throw internal.codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "signal" argument must be an instance of AbortSignal. Received ' + internal.describe(signal));
  }
  const copy = Object.create(Object.getPrototypeOf(signal));
  Object.defineProperties(copy, Object.getOwnPropertyDescriptors(signal));
  return copy;
}
function transferableAbortController() {
  return new AbortController();
}

// ---- parseEnv ----------------------------------------------------------------
// node 20's dotenv parser (util.parseEnv, process.loadEnvFile), rule for
// rule: \r dropped; per line KEY=VALUE, `export ` before the key dropped,
// blank lines and '#' lines skipped, a key runs to the next '=' and no
// '=' or an empty key ends the parse;
// a value in "..." (\n made a newline), '...' or `...` may span lines and
// ends at its closing quote (what follows on that line is dropped); one
// whose quote never closes is kept as its line, quote and all (nothing, on
// the last line); a bare value ends at '#' and is trimmed of spaces. Only
// spaces are trimmed, as node's trim_spaces.
function trimSpaces(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === ' ') a++;
  while (b > a && s[b - 1] === ' ') b--;
  return s.slice(a, b);
}
function parseEnvContent(input) {
  const store = {};
  let content = trimSpaces(input.replace(/\r/g, ''));
  while (content !== '') {
    if (content[0] === '\n' || content[0] === '#') {
      const nl = content.indexOf('\n');
      content = nl < 0 ? '' : content.slice(nl + 1);
      continue;
    }
    // As node 20's: the key runs to the next '=', across lines; no '=' or
    // an empty key ends the parse.
    const eq = content.indexOf('=');
    if (eq < 0) break;
    let key = trimSpaces(content.slice(0, eq));
    content = content.slice(eq + 1);
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (content === '' || content[0] === '\n') {
      store[key] = '';
      continue;
    }
    content = trimSpaces(content);
    const q = content[0];
    if (q === '"') {
      const close = content.indexOf('"', 1);
      if (close >= 0) {
        store[key] = content.slice(1, close).replace(/\\n/g, '\n');
        const nl = content.indexOf('\n', close + 1);
        content = nl < 0 ? '' : content.slice(nl + 1);
        continue;
      }
    }
    if (q === '"' || q === "'" || q === '`') {
      const close = content.indexOf(q, 1);
      if (close < 0) {
        const nl = content.indexOf('\n');
        if (nl >= 0) {
          store[key] = content.slice(0, nl);
          content = content.slice(nl);
        } else {
          content = '';
        }
      } else {
        store[key] = content.slice(1, close);
        const nl = content.indexOf('\n', close + 1);
        content = nl < 0 ? '' : content.slice(nl);
      }
    } else {
      const nl = content.indexOf('\n');
      let value = nl < 0 ? content : content.slice(0, nl);
      const hash = value.indexOf('#');
      if (hash >= 0) value = value.slice(0, hash);
      store[key] = trimSpaces(value);
      content = nl < 0 ? '' : content.slice(nl);
    }
    content = trimSpaces(content);
  }
  return store;
}
internal.parseEnvContent = parseEnvContent;
function parseEnv(content) {
  if (typeof content !== 'string') throw internal.invalidArgType('content', 'string', content);
  return parseEnvContent(content);
}

// _errnoException and _exceptionWithHostPort: node's legacy helpers that
// make a system error from a negative errno ('read ECONNRESET').
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const ex = new Error(original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = port && port > 0 ? address + ':' + port : address;
  if (additional) details += ' - Local (' + additional + ')';
  const ex = new Error(syscall + ' ' + code + ' ' + details);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// node's are hideStackFrames wrappers: length 0.
for (const f of [errnoException, exceptionWithHostPort]) Object.defineProperty(f, 'length', { value: 0 });

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' && Buffer.isBuffer(v),
  isDeepStrictEqual: (a, b) => deepEqual(a, b, true, undefined),
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
};
// TextDecoder and TextEncoder live in lib/encoding.js (also the globals),
// MIMEType and MIMEParams in lib/mime.js; each loads on first use.
for (const [name, file] of [['TextDecoder', 'encoding.js'], ['TextEncoder', 'encoding.js'], ['MIMEType', 'mime.js'], ['MIMEParams', 'mime.js']]) {
  Object.defineProperty(module.exports, name, {
    enumerable: true, configurable: true,
    get() { return internal.lib(file)[name]; },
  });
}
