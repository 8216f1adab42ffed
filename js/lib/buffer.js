// buffer: node's Buffer, a Uint8Array subclass whose encoding work is done
// by one Go native per call (js/buffer.go): from(string), toString, write,
// byteLength, compare, indexOf, fill, copy and concat never loop in JS.
'use strict';

// Encoding numbers shared with js/buffer.go.
const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
const NAMES = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const ENCODINGS = {
  utf8: UTF8, 'utf-8': UTF8, ucs2: UTF16LE, 'ucs-2': UTF16LE, utf16le: UTF16LE, 'utf-16le': UTF16LE,
  latin1: LATIN1, binary: LATIN1, ascii: ASCII, base64: BASE64, base64url: BASE64URL, hex: HEX,
};

// encodingOf is node's normalizeEncoding as a number: undefined for an
// unknown name, UTF8 for none.
function encodingOf(enc) {
  if (enc == null || enc === '') return UTF8;
  const e = ENCODINGS[enc];
  if (e !== undefined) return e;
  return ENCODINGS[String(enc).toLowerCase()];
}

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
let INSPECT_MAX_BYTES = 50;

// ---- errors, shaped as node's ----------------------------------------------

const nodeError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js
function addSeparators(s) {
  let out = '';
  let i = s.length;
  const stop = s[0] === '-' ? 1 : 0;
  for (; i >= stop + 4; i -= 3) out = '_' + s.slice(i - 3, i) + out;
  return s.slice(0, i) + out;
}
function received(v) {
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) > 2 ** 32) return addSeparators(String(v));
  if (typeof v === 'bigint') {
    const s = String(v);
    return (v > 2n ** 32n || v < -(2n ** 32n) ? addSeparators(s) : s) + 'n';
  }
  return internal.inspect(v);
}
function outOfRange(name, range, value) {
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received(value));
}
function argType(what, value) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', what + '. Received ' + internal.describe(value));
}
function notBytes(name, value) {
  return argType('The "' + name + '" argument must be an instance of Buffer or Uint8Array', value);
}
function unknownEncoding(enc) {
  return nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
}
function outOfBounds(name) {
  return nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
    name ? '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
}
function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw internal.invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    throw outOfRange(name, (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
      (max != null ? '<= ' + max : ''), value);
  }
}
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw internal.invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}
function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

const isUint8Array = (v) => v instanceof Uint8Array;

// Buffer's methods are generic in node: they call other methods on `this`
// (toString calls this.utf8Slice) and its C++ natives take any
// ArrayBufferView. On anything else they throw where the first piece fails;
// these three make those errors, with V8's and node's messages.

// methodOf(obj, name, label): obj[name] when a function, else V8's
// "label.name is not a function".
function methodOf(obj, name, label) {
  const f = obj[name];
  if (typeof f !== 'function') throw new TypeError(label + '.' + name + ' is not a function');
  return f;
}
// mustBeView(v): node's THROW_AND_RETURN_UNLESS_BUFFER, which its C++
// slices, writes and compare start with.
function mustBeView(v) {
  if (!ArrayBuffer.isView(v)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
}
// typedByteLength(v): TypedArray.prototype.byteLength's getter, as node's
// equals and fill(number) call it: a TypeError on anything but a typed array.
function typedByteLength(v) {
  if (!ArrayBuffer.isView(v) || v instanceof DataView) {
    throw new TypeError('Method get TypedArray.prototype.byteLength called on incompatible receiver ' + receiverText(v));
  }
  return v.byteLength;
}
// receiverText(v): how V8 names a receiver in that message: an object
// whose toString is Object.prototype's by its constructor (#<Object>),
// others by their tag ([object Array]), a primitive or function as text.
function receiverText(v) {
  if (v === null || typeof v !== 'object') return String(v);
  if (v.toString === Object.prototype.toString) {
    const ctor = v.constructor;
    if (typeof ctor === 'function' && ctor.name) return '#<' + ctor.name + '>';
  }
  return Object.prototype.toString.call(v);
}
const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

// ---- the classes -----------------------------------------------------------

// FastBuffer is the real class; Buffer is the callable node exports, sharing
// its prototype (so `new Buffer(...)`, `Buffer(...)` and instanceof work).
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(a, b, c) { super(a, b, c); }
}

let warned = false;
function Buffer(arg, encodingOrOffset, length) {
  if (!warned) {
    warned = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw internal.invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
internal.bufSetup(FastBuffer.prototype);

Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const p = value[Symbol.toPrimitive]('string');
      if (typeof p === 'string') return fromString(p, encodingOrOffset);
    }
  }
  throw argType('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array ' +
    'or an Array-like Object', value);
};

function fromString(string, encoding) {
  let enc = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    enc = encodingOf(encoding);
    if (enc === undefined) throw unknownEncoding(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return internal.bufFromString(string, enc);
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw outOfBounds('offset');
  // node hands a negative offset to V8's Uint8Array, which says this
  // (goja's own words differ).
  if (Math.trunc(byteOffset) < 0) throw new RangeError('Start offset ' + byteOffset + ' is outside the bounds of the buffer');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw outOfBounds('length');
    } else {
      length = 0;
    }
  }
  return internal.bufView(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj instanceof Uint8Array) return internal.bufFromBytes(obj);
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.of = function of(...items) { return new FastBuffer(items); };

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw argType('The "view" argument must be an instance of TypedArray', view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateNumber(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateNumber(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return internal.bufFromBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = internal.bufAlloc(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return internal.bufAlloc(size);
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return internal.bufAlloc(size);
};
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return internal.bufAlloc(size);
};
function SlowBuffer(size) {
  validateSize(size);
  return internal.bufAlloc(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw notBytes('buf1', buf1);
  if (!isUint8Array(buf2)) throw notBytes('buf2', buf2);
  if (buf1 === buf2) return 0;
  return internal.bufCompare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingOf(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw argType('The "list" argument must be an instance of Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw notBytes('list[' + i + ']', list[i]);
      length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw notBytes('list[' + i + ']', list[i]);
    }
  }
  // node copies each item with %TypedArray%.prototype.set, which refuses a view of a
  // transferred (detached) buffer.
  for (let i = 0; i < list.length; i++) {
    if (internal.abDetached(list[i].buffer)) {
      throw new TypeError('Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer');
    }
  }
  return internal.bufConcat(list, length);
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw argType('The "string" argument must be of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (string.length === 0) return 0;
  let enc = encodingOf(encoding);
  if (enc === undefined) enc = UTF8;
  return internal.bufByteLength(string, enc);
}
Buffer.byteLength = byteLength;

// ---- the prototype ---------------------------------------------------------

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function indexOutOfRange() {
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}
function sliceIndex(v, dflt) {
  if (v === undefined) return dflt;
  const n = Math.trunc(+v) || 0;
  if (n < 0) throw indexOutOfRange();
  return n;
}

// The per-encoding methods node has (buf.utf8Slice, buf.hexWrite, ...),
// kept in SLICE_FN / WRITE_FN by encoding number too.
const SLICE_FN = [], WRITE_FN = [];
for (let e = 0; e < NAMES.length; e++) {
  const name = NAMES[e] === 'utf16le' ? 'ucs2' : NAMES[e];
  // As node's C++ slices: indices are integers >= 0 (else 'Index out of
  // range'), end below start is start, end past the length throws.
  proto[name + 'Slice'] = SLICE_FN[e] = function (start, end) {
    mustBeView(this);
    const len = this.byteLength;
    const from = sliceIndex(start, 0);
    let to = sliceIndex(end, len);
    if (to < from) to = from;
    if (to > len) throw indexOutOfRange();
    return internal.bufToString(this, e, from, to);
  };
  // As node's C++ StringWrite: a string, then offset and length as the
  // slices' indices, the length cut to what is left.
  proto[name + 'Write'] = WRITE_FN[e] = function (string, offset, length) {
    mustBeView(this);
    if (typeof string !== 'string') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    const len = this.byteLength;
    const off = sliceIndex(offset, 0);
    if (off > len) throw outOfBounds('offset');
    const max = Math.min(len - off, sliceIndex(length, len - off));
    if (max === 0) return 0;
    return internal.bufWrite(this, string, e, off, max);
  };
}

// SLICE[e] / WRITE[e]: the method names node's getEncodingOps calls for
// encoding e (buf.hexSlice, buf.ucs2Write, ...).
const SLICE = NAMES.map((n) => (n === 'utf16le' ? 'ucs2' : n) + 'Slice');
const WRITE = NAMES.map((n) => (n === 'utf16le' ? 'ucs2' : n) + 'Write');

// sliceWith(buf, e, label, start, end): buf's slice for encoding e (as
// node's toString calls it), straight to the native when it is
// Buffer.prototype's (the native throws on a non-view as the slice would).
function sliceWith(buf, e, label, start, end) {
  const f = methodOf(buf, SLICE[e], label);
  if (f === SLICE_FN[e]) return internal.bufToString(buf, e, start, end);
  return f.call(buf, start, end);
}

// As node's: the work is done by this.utf8Slice / buf.hexSlice and the
// other slices, so a non-Buffer `this` fails as it does there. (node tests
// arguments.length === 0; toString(undefined) ends up the same.)
proto.toString = function toString(encoding, start, end) {
  if (encoding === undefined && start === undefined && end === undefined) {
    // The common call, kept to one check more than the native's.
    if (this.utf8Slice === SLICE_FN[UTF8]) return internal.bufToString(this, UTF8, 0, this.length);
    return sliceWith(this, UTF8, 'this', 0, this.length);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return sliceWith(this, UTF8, 'this', start, end);
  // node's getEncodingOps: null and '' are unknown here (not utf8).
  const enc = encoding === null || encoding === '' ? undefined : encodingOf(encoding);
  if (enc === undefined) throw unknownEncoding(encoding);
  return sliceWith(this, enc, 'buf', start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw notBytes('otherBuffer', otherBuffer);
  if (this === otherBuffer) return true;
  const len = typedByteLength(this);
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || internal.bufCompare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw notBytes('target', target);
  if (arguments.length === 1) {
    mustBeView(this);
    return internal.bufCompare(this, target);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  mustBeView(this);
  // node's C++ reads an undefined end (this.length of a DataView) as the end.
  if (sourceEnd === undefined) sourceEnd = this.byteLength;
  return internal.bufCompare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

// indexOffset is node's IndexOfOffset: where a search of a needle of
// needleLength bytes starts, or -1 for none.
function indexOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw argType('The "buffer" argument must be an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  let needle, needleLength;
  if (typeof val === 'number') {
    needle = (val >>> 0) & 0xff;
    needleLength = 1;
  } else if (typeof val === 'string') {
    let enc = UTF8;
    if (encoding !== undefined) {
      enc = encodingOf(encoding);
      if (enc === undefined) throw unknownEncoding(encoding);
    }
    needle = val;
    needleLength = internal.bufByteLength(val, enc);
    if (val.length !== 0 && (enc === BASE64 || enc === BASE64URL || enc === HEX)) {
      needle = internal.bufFromString(val, enc);
      needleLength = needle.length;
    }
    encoding = enc;
  } else if (isUint8Array(val)) {
    needle = val;
    needleLength = val.length;
    // node parses the encoding for a buffer needle too (ucs2 searches in
    // 16-bit units), an unknown one as utf8.
    encoding = encoding === undefined ? UTF8 : (encodingOf(encoding) ?? UTF8);
  } else {
    throw argType('The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array', val);
  }
  // node's C++ counts bytes (a Uint16Array's or DataView's too).
  const len = buffer.byteLength;
  const start = indexOffset(len, byteOffset, needleLength, dir);
  if (needleLength === 0 && typeof val !== 'number') return start;
  if (start < 0 || len === 0) return -1;
  if (dir && start + needleLength > len) return -1;
  return internal.bufIndexOf(buffer, needle, start, encoding || UTF8, !dir);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return methodOf(this, 'indexOf', 'this').call(this, val, byteOffset, encoding) !== -1;
};

function fillImpl(buf, value, offset, end, encoding) {
  let enc = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = encodingOf(encoding);
    if (enc === undefined) {
      if (typeof encoding !== 'string') throw internal.invalidArgType('encoding', 'string', encoding);
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // node's fast path: a one-byte character fills as a number (which
      // matters on a Uint16Array: it fills elements, not bytes).
      const code = value.charCodeAt(0);
      if (enc === LATIN1 || (enc === UTF8 && code < 128)) value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    // node: TypedArray.prototype.fill, after its byteLength getter.
    typedByteLength(buf);
    if (!isUint8Array(buf)) {
      Object.getPrototypeOf(Uint8Array.prototype).fill.call(buf, value, offset, end);
      return buf;
    }
    value &= 255;
  } else {
    mustBeView(buf); // node's C++ fill
    if (typeof value !== 'string' && !isUint8Array(value)) value = Number(value) & 255;
  }
  if (internal.bufFill(buf, value, offset, end, enc) < 0) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'value' is invalid. Received " + internal.inspect(value));
  }
  return buf;
}
proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

function toInteger(n, def) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return def;
}
proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw notBytes('source', this);
  if (!isUint8Array(target)) throw notBytes('target', target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw outOfRange('sourceStart', '>= 0 && <= ' + this.byteLength, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return internal.bufCopy(this, target, targetStart, sourceStart, sourceEnd);
};

// As node's: offsets checked here, the writing (and the check that string
// is one) done by this.utf8Write / buf.hexWrite and the other writes.
proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (this.utf8Write === WRITE_FN[UTF8] && typeof string === 'string') {
      return internal.bufWrite(this, string, UTF8, 0, this.length);
    }
    return writeWith(this, UTF8, 'this', string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  // node spells out these two before its table lookup.
  if (!encoding || encoding === 'utf8') return writeWith(this, UTF8, 'this', string, offset, length);
  if (encoding === 'ascii') return writeWith(this, ASCII, 'this', string, offset, length);
  const enc = encodingOf(encoding);
  if (enc === undefined) throw unknownEncoding(encoding);
  return writeWith(this, enc, 'buf', string, offset, length);
};
// writeWith: as sliceWith, for the writes.
// (as there, the native checks buf).
function writeWith(buf, e, label, string, offset, length) {
  const f = methodOf(buf, WRITE[e], label);
  if (f === WRITE_FN[e] && typeof string === 'string') {
    return length === 0 ? 0 : internal.bufWrite(buf, string, e, offset, length);
  }
  return f.call(buf, string, offset, length);
}

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}
proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return internal.bufView(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};
proto.slice = function slice(start, end) {
  return methodOf(this, 'subarray', 'this').call(this, start, end);
};

function swapError(n) {
  return nodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + n + '-bits');
}
proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw swapError(16);
  for (let i = 0; i < len; i += 2) { const t = this[i]; this[i] = this[i + 1]; this[i + 1] = t; }
  return this;
};
proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw swapError(32);
  for (let i = 0; i < len; i += 4) {
    let t = this[i]; this[i] = this[i + 3]; this[i + 3] = t;
    t = this[i + 1]; this[i + 1] = this[i + 2]; this[i + 2] = t;
  }
  return this;
};
proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw swapError(64);
  for (let i = 0; i < len; i += 8) {
    for (let k = 0; k < 4; k++) { const t = this[i + k]; this[i + k] = this[i + 7 - k]; this[i + 7 - k] = t; }
  }
  return this;
};

proto.toLocaleString = proto.toString;

// inspect: <Buffer 68 65 6c 6c 6f>, at most INSPECT_MAX_BYTES bytes, then
// any own non-index properties as node lists them.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
proto[customInspect] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = methodOf(this, 'hexSlice', 'this').call(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx) {
    const extras = [];
    for (const key of Object.keys(this)) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      extras.push(key);
    }
    if (extras.length) {
      const obj = {};
      for (const k of extras) obj[k] = this[k];
      let inner = internal.inspect(obj, Object.assign({}, ctx, { breakLength: Infinity, compact: true }));
      if (this.length !== 0) str += ', ';
      str += inner.slice(2, -2);
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
};
proto.inspect = proto[customInspect];

// ---- numbers ---------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw outOfBounds();
  throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}
function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw internal.invalidArgType('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  return offset;
}
function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw internal.invalidArgType('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}
function rangeText(min, max, size, n) {
  if (size > 4) {
    if (min === 0 || min === 0n) return '>= 0' + n + ' and < 2' + n + ' ** ' + size * 8 + n;
    return '>= -(2' + n + ' ** ' + (size * 8 - 1) + n + ') and < 2' + n + ' ** ' + (size * 8 - 1) + n;
  }
  return '>= ' + min + n + ' and <= ' + max + n;
}
function checkValue(value, min, max, size) {
  if (value > max || value < min) throw outOfRange('value', rangeText(min, max, size, typeof min === 'bigint' ? 'n' : ''), value);
}

// Unsigned reads and writes of 1 to 6 bytes, little or big endian.
function readU(buf, offset, size, le) {
  offset = checkOffset(buf, offset, size);
  let v = 0;
  if (le) {
    for (let i = size - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}
function readS(buf, offset, size, le) {
  const v = readU(buf, offset, size, le);
  const top = 2 ** (size * 8 - 1);
  return v >= top ? v - top * 2 : v;
}
function writeU(buf, value, offset, size, le, min, max) {
  value = +value;
  checkValue(value, min, max, size);
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw internal.invalidArgType('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  // As node's writeU_IntNN: the low four bytes are the value's ToUint32
  // (a fraction truncates toward zero: -1.9 writes ff), the fifth and
  // sixth Math.floor(value / 2 ** 32)'s.
  const lo = value >>> 0;
  const hi = size > 4 ? Math.floor(value * 2 ** -32) >>> 0 : 0;
  for (let i = 0; i < size; i++) {
    const b = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
    buf[le ? offset + i : offset + size - 1 - i] = b;
  }
  return offset + size;
}

// The 8, 16 and 32-bit readers are written out: a call to the generic
// readU is most of their cost in goja. Any bad offset takes readU's path
// for node's error.
function readUInt8(offset = 0) {
  const v = this[offset];
  if (v === undefined || typeof offset !== 'number') return readU(this, offset, 1, true);
  return v;
}
function readUInt16LE(offset = 0) {
  const a = this[offset], b = this[offset + 1];
  if (b === undefined || a === undefined || typeof offset !== 'number') return readU(this, offset, 2, true);
  return a + b * 0x100;
}
function readUInt16BE(offset = 0) {
  const a = this[offset], b = this[offset + 1];
  if (b === undefined || a === undefined || typeof offset !== 'number') return readU(this, offset, 2, false);
  return a * 0x100 + b;
}
function readUInt32LE(offset = 0) {
  const a = this[offset], d = this[offset + 3];
  if (a === undefined || d === undefined || typeof offset !== 'number') return readU(this, offset, 4, true);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}
function readUInt32BE(offset = 0) {
  const a = this[offset], d = this[offset + 3];
  if (a === undefined || d === undefined || typeof offset !== 'number') return readU(this, offset, 4, false);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}
const fastReaders = { readUInt8, readUInt16LE, readUInt16BE, readUInt32LE, readUInt32BE };

const sizes = [[1, '8'], [2, '16'], [4, '32']];
for (const [size, bits] of sizes) {
  const umax = 2 ** (size * 8) - 1, smin = -(2 ** (size * 8 - 1)), smax = 2 ** (size * 8 - 1) - 1;
  for (const [suffix, le] of size === 1 ? [['', true]] : [['LE', true], ['BE', false]]) {
    const ru = fastReaders['readUInt' + bits + suffix];
    const rs = function (offset) { return readS(this, offset, size, le); };
    const wu = function (value, offset) { return writeU(this, value, offset, size, le, 0, umax); };
    const ws = function (value, offset) { return writeU(this, value, offset, size, le, smin, smax); };
    for (const [name, fn] of [['readUInt', ru], ['readUint', ru], ['readInt', rs], ['writeUInt', wu], ['writeUint', wu], ['writeInt', ws]]) {
      if (fn !== ru) Object.defineProperty(fn, 'name', { value: name + bits + suffix });
      proto[name + bits + suffix] = fn;
    }
  }
}
for (const [suffix, le] of [['LE', true], ['BE', false]]) {
  proto['readUInt' + suffix] = proto['readUint' + suffix] = function (offset, byteLength) {
    if (offset === undefined) throw internal.invalidArgType('offset', 'number', offset);
    checkByteLength(byteLength);
    return readU(this, offset, byteLength, le);
  };
  proto['readInt' + suffix] = function (offset, byteLength) {
    if (offset === undefined) throw internal.invalidArgType('offset', 'number', offset);
    checkByteLength(byteLength);
    return readS(this, offset, byteLength, le);
  };
  // node: the variable-width writes take no default offset (the fixed ones default it to 0).
  proto['writeUInt' + suffix] = proto['writeUint' + suffix] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    if (offset === undefined) throw internal.invalidArgType('offset', 'number', offset);
    return writeU(this, value, offset, byteLength, le, 0, 2 ** (byteLength * 8) - 1);
  };
  proto['writeInt' + suffix] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    if (offset === undefined) throw internal.invalidArgType('offset', 'number', offset);
    return writeU(this, value, offset, byteLength, le, -(2 ** (byteLength * 8 - 1)), 2 ** (byteLength * 8 - 1) - 1);
  };
}

// Floats through a shared scratch pair of views.
const f32 = new Float32Array(1), f64 = new Float64Array(1);
const f32b = new Uint8Array(f32.buffer), f64b = new Uint8Array(f64.buffer);
function readFloat(buf, offset, scratch, bytes, size, le) {
  offset = checkOffset(buf, offset, size);
  for (let i = 0; i < size; i++) bytes[le ? i : size - 1 - i] = buf[offset + i];
  return scratch[0];
}
function writeFloat(buf, value, offset, scratch, bytes, size, le) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw internal.invalidArgType('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  scratch[0] = value;
  // V8 stores NaN as 0x7ff8000000000000; goja's carries a payload bit.
  if (size === 8 && value !== value) { bytes.fill(0); bytes[7] = 0x7f; bytes[6] = 0xf8; }
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[le ? i : size - 1 - i];
  return offset + size;
}
for (const [suffix, le] of [['LE', true], ['BE', false]]) {
  proto['readFloat' + suffix] = function (offset) { return readFloat(this, offset, f32, f32b, 4, le); };
  proto['readDouble' + suffix] = function (offset) { return readFloat(this, offset, f64, f64b, 8, le); };
  proto['writeFloat' + suffix] = function (value, offset) { return writeFloat(this, value, offset, f32, f32b, 4, le); };
  proto['writeDouble' + suffix] = function (value, offset) { return writeFloat(this, value, offset, f64, f64b, 8, le); };
}

// 64-bit integers as BigInt.
for (const [suffix, le] of [['LE', true], ['BE', false]]) {
  const readBig = function (offset) {
    offset = checkOffset(this, offset, 8);
    let v = 0n;
    for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(this[le ? offset + 7 - i : offset + i]);
    return v;
  };
  proto['readBigUInt64' + suffix] = proto['readBigUint64' + suffix] = readBig;
  proto['readBigInt64' + suffix] = function (offset) {
    return BigInt.asIntN(64, readBig.call(this, offset));
  };
  const writeBig = function (buf, value, offset, min, max) {
    checkValue(value, min, max, 8);
    value & 0xffn; // eslint-disable-line no-unused-expressions -- a Number throws "Cannot mix BigInt", as in node
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number') throw internal.invalidArgType('offset', 'number', offset);
    if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
    let v = BigInt.asUintN(64, value);
    for (let i = 0; i < 8; i++) {
      buf[le ? offset + i : offset + 7 - i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return offset + 8;
  };
  proto['writeBigUInt64' + suffix] = proto['writeBigUint64' + suffix] = function (value, offset) {
    return writeBig(this, value, offset, 0n, 2n ** 64n - 1n);
  };
  proto['writeBigInt64' + suffix] = function (value, offset) {
    return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
  };
}

// ---- atob, btoa and the rest of the module -----------------------------------

function invalidChar(msg) {
  const err = new Error(msg);
  err.name = 'InvalidCharacterError';
  err.code = 5;
  return err;
}
function btoa(input) {
  if (arguments.length === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  }
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidChar('Invalid character');
  }
  return internal.bufToString(internal.bufFromString(input, LATIN1), BASE64, 0, input.length);
}
function atob(input) {
  if (arguments.length === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "input" argument must be specified');
  }
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0x7f) throw invalidChar('Invalid character');
  }
  const out = internal.bufAtob(input);
  if (out === -2) throw invalidChar('Invalid character');
  if (out === -1) throw invalidChar('The string to be decoded is not correctly encoded.');
  return out;
}

function isUtf8(input) {
  if ((!ArrayBuffer.isView(input) || input instanceof DataView) && !isAnyArrayBuffer(input)) {
    throw argType('The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray', input);
  }
  return internal.bufUTF8Valid(input);
}
function isAscii(input) {
  if ((!ArrayBuffer.isView(input) || input instanceof DataView) && !isAnyArrayBuffer(input)) {
    throw argType('The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray', input);
  }
  const b = input instanceof Uint8Array ? input : new Uint8Array(input.buffer || input, input.byteOffset || 0, input.byteLength);
  return internal.bufIndexOfHigh ? internal.bufIndexOfHigh(b) < 0 : b.every((c) => c < 0x80);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw notBytes('source', source);
  const from = encodingOf(fromEncoding), to = encodingOf(toEncoding);
  if (from === undefined || to === undefined || from > ASCII || to > ASCII) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  // node converts through ICU: a character the target can't hold becomes '?'
  // in latin1 and ascii, bytes >= 0x80 are illegal ascii (but ascii to ucs2
  // widens them like latin1), a ucs2 source drops a trailing odd byte (except
  // into ucs2, where it and lone surrogates become U+FFFD), and the strict
  // utf8<->ucs2 paths throw on malformed input.
  const n = source.length;
  if (from === LATIN1 && to === LATIN1) return Buffer.from(source);
  if (from === ASCII && to === UTF16LE) return internal.bufFromString(internal.bufToString(source, LATIN1, 0, n), to);
  if (from === UTF8 && to === UTF16LE && !internal.bufUTF8Valid(source)) throw transcodeError();
  let str;
  if (from === UTF16LE) {
    str = internal.bufToString(source, UTF16LE, 0, n - (n & 1));
    if (!str.isWellFormed()) {
      if (to === UTF8) throw transcodeError();
      str = str.toWellFormed();
    }
    if (to === UTF16LE && (n & 1)) str += '\ufffd';
  } else if (from === ASCII) {
    str = internal.bufToString(source, LATIN1, 0, n).replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    str = internal.bufToString(source, from, 0, n);
  }
  if (to === LATIN1) str = str.replace(/[^\x00-\xff]/gu, '?');
  else if (to === ASCII) str = str.replace(/[^\x00-\x7f]/gu, '?');
  return internal.bufFromString(str, to);
}

function transcodeError() {
  const err = new Error('Unable to transcode Buffer [U_INVALID_CHAR_FOUND]');
  err.code = 'U_INVALID_CHAR_FOUND';
  err.errno = 10;
  return err;
}

// ---- Blob and File ---------------------------------------------------------------

const kBytes = Symbol('kBytes');
const kParts = Symbol('kParts');
const kType = Symbol('kType');
const kLens = Symbol('kLens');
const kEmpties = Symbol('kEmpties');
const resolvedPromise = Promise.resolve();
const promiseThen = Promise.prototype.then;

// blobHops is how many microtasks node's reader takes before it resolves
// arrayBuffer(): two for each part (an empty one too) but the last, and
// one for each empty Blob among the sources (node 20's DataQueue reader,
// measured: ['a'] 1, ['a', 'b'] 3, [new Blob([]), 'a'] 2, [] none).
function blobHops(b) {
  return Math.max(0, 2 * b[kLens].length - 1 + b[kEmpties]);
}

// blobRead runs done once node's reader would be done with b.
function blobRead(b, done) {
  let hops = blobHops(b);
  const step = () => {
    if (hops-- > 0) promiseThen.call(resolvedPromise, step);
    else done();
  };
  step();
}

function blobType(type) {
  type = `${type}`;
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

// Blob holds its bytes in one Buffer; text() and arrayBuffer() resolve
// after as many microtasks as node's reader takes (blobHops).
class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw argType('The "sources" argument must be a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw argType('The "options" argument must be a dictionary', options);
    }
    let { endings = 'transparent', type = '' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.endings' is invalid. Received " + internal.inspect(endings));
    }
    // The parts stay apart (empty ones dropped): stream() gives one chunk
    // for each, as node's blob reader does.
    const parts = [];
    const lens = [];
    let empties = 0;
    for (const src of sources) {
      let part;
      if (src instanceof Blob) {
        parts.push(...src[kParts]);
        lens.push(...src[kLens]);
        empties += src[kLens].length === 0 && src[kEmpties] === 0 ? 1 : src[kEmpties];
        continue;
      } else if (isAnyArrayBuffer(src)) {
        part = new Uint8Array(src.slice(0));
      } else if (ArrayBuffer.isView(src)) {
        part = Uint8Array.prototype.slice.call(new Uint8Array(src.buffer, src.byteOffset, src.byteLength));
      } else {
        let str = `${src}`;
        if (endings === 'native') str = str.replace(/\r?\n/g, '\n');
        part = Buffer.from(str);
      }
      lens.push(part.length);
      if (part.length > 0) parts.push(part);
    }
    let total = 0;
    for (const p of parts) total += p.length;
    this[kParts] = parts;
    this[kLens] = lens;
    this[kEmpties] = empties;
    this[kBytes] = internal.bufConcat(parts, total);
    this[kType] = blobType(type);
  }

  get type() { checkBlob(this); return this[kType]; }
  get size() { checkBlob(this); return this[kBytes].length; }

  slice(start = 0, end = this.size, contentType = '') {
    checkBlob(this);
    const size = this.size;
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const parts = [];
    let at = 0;
    for (const p of this[kParts]) {
      const from = Math.max(start - at, 0), to = Math.min(end - at, p.length);
      if (to > from) parts.push(p.subarray(from, to));
      at += p.length;
    }
    const b = new Blob(parts);
    b[kType] = blobType(contentType);
    // node's slice keeps each part that ends at or after start and begins
    // before end (one that ends at start, empty), none when it is empty.
    const lens = [];
    at = 0;
    for (const n of this[kLens]) {
      if (end > start && at + n >= start && at < end) lens.push(Math.min(end, at + n) - Math.max(start, at));
      at += n;
    }
    b[kLens] = lens;
    return b;
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(invalidBlobThis());
    const bytes = this[kBytes];
    return new Promise((resolve) => blobRead(this, () => {
      const out = new ArrayBuffer(bytes.length);
      new Uint8Array(out).set(bytes);
      resolve(out);
    }));
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(invalidBlobThis());
    const bytes = this[kBytes];
    // node's text() decodes in a reaction to arrayBuffer()'s promise: one
    // microtask more.
    return new Promise((resolve) => blobRead(this, () => promiseThen.call(resolvedPromise,
      () => resolve(internal.bufToString(bytes, UTF8, 0, bytes.length)))));
  }

  bytes() {
    if (!(this instanceof Blob)) return Promise.reject(invalidBlobThis());
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  // stream is a byte stream of the blob's parts, one chunk each.
  stream() {
    checkBlob(this);
    const parts = this[kParts];
    let i = 0;
    const { ReadableStream } = require('stream/web');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (i < parts.length) controller.enqueue(Uint8Array.prototype.slice.call(parts[i++]));
        else {
          controller.close();
          const req = controller.byobRequest;
          if (req) req.respond(0);
        }
      },
    });
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return internal.inspect(shape(this.constructor.name, { size: this.size, type: this.type }), options);
  }
}

function invalidBlobThis() {
  return nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Blob');
}

function checkBlob(b) {
  if (!(b instanceof Blob)) throw invalidBlobThis();
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

// shape is a plain object util.inspect shows under the given class name.
function shape(name, fields) {
  const Named = { [name]: class {} }[name];
  return Object.assign(new Named(), fields);
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    this._name = `${fileName}`;
    const lm = options && options.lastModified;
    this._lastModified = lm === undefined ? Date.now() : Number(lm);
    Object.defineProperty(this, '_name', { enumerable: false });
    Object.defineProperty(this, '_lastModified', { enumerable: false });
  }

  get name() { return this._name; }
  get lastModified() { return this._lastModified; }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return internal.inspect(shape('File', { size: this.size, type: this.type, name: this.name,
      lastModified: this.lastModified }), options);
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// blobURLs: URL.createObjectURL's registry, id → Blob, until revoked (as
// node's, an entry keeps its Blob alive).
const blobURLs = new Map();
internal.blobURLs = blobURLs;

// resolveObjectURL: a new Blob of the registered one's bytes and type for
// 'blob:nodedata:<id>', undefined for anything else.
function resolveObjectURL(url) {
  url = `${url}`;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const split = parsed.pathname.split(':');
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  const blob = blobURLs.get(split[1]);
  if (blob === undefined) return undefined;
  return new Blob([blob], { type: blob.type });
}

const exportsObj = {
  Buffer, SlowBuffer, transcode, isUtf8, isAscii, kMaxLength, kStringMaxLength, btoa, atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  // An accessor, as node's: a number >= 0 only.
  get INSPECT_MAX_BYTES() { return INSPECT_MAX_BYTES; },
  set INSPECT_MAX_BYTES(val) {
    if (typeof val !== 'number') throw internal.invalidArgType('INSPECT_MAX_BYTES', 'number', val);
    if (val < 0 || Number.isNaN(val)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received ' + internal.inspect(val));
    }
    INSPECT_MAX_BYTES = val;
  },
  Blob,
  resolveObjectURL,
  File,
};
// The lengths of node's read/write methods, whose offset defaults
// (readInt8(offset = 0)): 0 for the fixed-size reads and the per-encoding
// slices and writes, 1 for the fixed-size writes, 2 and 3 for the
// variable-size ones (readIntLE(offset, byteLength)).
for (const name of Object.getOwnPropertyNames(proto)) {
  let length;
  if (/(Slice|Write)$/.test(name)) length = 0;
  else if (/^read[A-Z]/.test(name)) length = /[Ii]nt(LE|BE)$/.test(name) ? 2 : 0;
  else if (/^write[A-Z]/.test(name)) length = /[Ii]nt(LE|BE)$/.test(name) ? 3 : 1;
  else continue;
  const fn = proto[name];
  if (typeof fn === 'function' && fn.length !== length) Object.defineProperty(fn, 'length', { value: length, configurable: true });
}
module.exports = exportsObj;
// Shared with the other lib files (string_decoder, encoding, stream).
internal.bufferEncodingOf = encodingOf;
internal.FastBuffer = FastBuffer;
