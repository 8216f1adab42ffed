// serdes: v8.serialize/deserialize and the Serializer/Deserializer classes
// in V8's ValueSerializer wire format (version 15, node 20's), so that the
// bytes, their length and a round trip with node's are the same. Node's
// DefaultSerializer writes typed arrays, DataViews and Buffers as host
// objects (a type index, the length and the bytes), as here.
'use strict';

const types = require('util').types;

const kVersion = 15;
const T = (c) => c.charCodeAt(0);
const errorTags = [
  [EvalError, 'E'], [RangeError, 'R'], [ReferenceError, 'F'], [SyntaxError, 'S'], [TypeError, 'T'], [URIError, 'U'],
];
// Node's order of view types for host objects (index 10 is Buffer).
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const viewSubtags = { Int8Array: 'b', Uint8Array: 'B', Uint8ClampedArray: 'C', Int16Array: 'w', Uint16Array: 'W',
  Int32Array: 'd', Uint32Array: 'D', Float32Array: 'f', Float64Array: 'F', BigInt64Array: 'q', BigUint64Array: 'Q', DataView: '?' };
// V8's bits for a regular expression's flags (64 is its own 'linear').
const regexpBits = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

function viewName(v) {
  if (types.isDataView(v)) return 'DataView';
  return Object.prototype.toString.call(v).slice(8, -1);
}

function describe(v) {
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (typeof v === 'symbol') return v.toString();
  const ctor = v.constructor;
  return '#<' + (ctor && ctor.name ? ctor.name : 'Object') + '>';
}

const isInt32 = (n) => (n | 0) === n && !Object.is(n, -0);
const isOneByte = (s) => !/[^\u0000-\u00ff]/.test(s);
const isIndex = (k) => /^(?:0|[1-9]\d*)$/.test(k) && Number(k) < 4294967295;

const f64 = new Float64Array(1);
const f64bytes = new Uint8Array(f64.buffer);

class Serializer {
  constructor() {
    this._buf = new Uint8Array(64);
    this._len = 0;
    this._ids = new Map();
    this._transfer = new Map();
    this._hostViews = false;
  }

  _grow(n) {
    if (this._len + n <= this._buf.length) return;
    const next = new Uint8Array(Math.max(this._buf.length * 2, this._len + n));
    next.set(this._buf.subarray(0, this._len));
    this._buf = next;
  }

  _byte(b) { this._grow(1); this._buf[this._len++] = b; }
  _tag(c) { this._byte(T(c)); }

  _varint(n) {
    // n is a non-negative integer up to 2^53 (anything else, as from a
    // program calling this helper itself, would loop without end).
    if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER)) throw new RangeError(`Invalid varint: ${n}`);
    n = Math.floor(n);
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this._byte(b);
    } while (n > 0);
  }

  _zigzag(n) { this._varint(n >= 0 ? n * 2 : -n * 2 - 1); }

  _double(n) {
    f64[0] = n;
    this._grow(8);
    if (n !== n) f64bytes.set([0, 0, 0, 0, 0, 0, 0xf8, 0x7f]); // V8's one NaN
    this._buf.set(f64bytes, this._len);
    this._len += 8;
  }

  _raw(u8) {
    this._grow(u8.length);
    this._buf.set(u8, this._len);
    this._len += u8.length;
  }

  _string(s) {
    if (isOneByte(s)) {
      this._tag('"');
      this._varint(s.length);
      this._grow(s.length);
      for (let i = 0; i < s.length; i++) this._buf[this._len++] = s.charCodeAt(i);
      return;
    }
    const n = s.length * 2;
    // Two-byte contents start on an even offset: a padding byte first when needed.
    let v = n;
    let size = 1;
    while (v >= 128) { v = Math.floor(v / 128); size++; }
    if ((this._len + 1 + size) & 1) this._byte(0);
    this._tag('c');
    this._varint(n);
    this._grow(n);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this._buf[this._len++] = c & 0xff;
      this._buf[this._len++] = c >> 8;
    }
  }

  _number(n) {
    if (isInt32(n)) { this._tag('I'); this._zigzag(n); } else { this._tag('N'); this._double(n); }
  }

  _bigintBody(b) {
    const neg = b < 0n;
    if (neg) b = -b;
    const words = [];
    while (b > 0n) { words.push(b & 0xffffffffffffffffn); b >>= 64n; }
    this._varint(words.length * 8 * 2 + (neg ? 1 : 0));
    for (const w of words) {
      for (let i = 0n; i < 64n; i += 8n) this._byte(Number((w >> i) & 0xffn));
    }
  }

  _key(k) {
    if (isIndex(k)) this._number(Number(k));
    else this._string(k);
  }

  _properties(o, keys) {
    let n = 0;
    for (const k of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(o, k)) continue; // a getter removed it
      this._key(k);
      this.writeValue(o[k]);
      n++;
    }
    return n;
  }

  _fail(v) {
    const Ctor = this._getDataCloneError;
    throw new Ctor(describe(v) + ' could not be cloned.');
  }

  writeHeader() {
    this._byte(0xff);
    this._varint(kVersion);
  }

  writeValue(v) {
    switch (typeof v) {
      case 'undefined': this._tag('_'); return true;
      case 'boolean': this._tag(v ? 'T' : 'F'); return true;
      case 'number': this._number(v); return true;
      case 'string': this._string(v); return true;
      case 'bigint': this._tag('Z'); this._bigintBody(v); return true;
      case 'symbol': case 'function': this._fail(v);
    }
    if (v === null) { this._tag('0'); return true; }
    if (this._ids.has(v)) { this._tag('^'); this._varint(this._ids.get(v)); return true; }
    if (ArrayBuffer.isView(v) && !this._hostViews && !this._ids.has(v.buffer)) this.writeValue(v.buffer);
    const id = this._ids.size;
    this._ids.set(v, id);
    this._object(v);
    return true;
  }

  _object(v) {
    if (Array.isArray(v) && !types.isProxy(v)) return this._array(v);
    if (types.isProxy(v) || types.isPromise(v) || types.isWeakMap(v) || types.isWeakSet(v) || types.isGeneratorObject(v) ||
        v instanceof WeakRef || types.isSymbolObject(v)) return this._fail(v);
    if (types.isDate(v)) { this._tag('D'); this._double(v.getTime()); return; }
    if (types.isRegExp(v)) {
      this._tag('R');
      this._string(v.source);
      let bits = 0;
      for (const f of v.flags) bits |= regexpBits[f] || 0;
      this._varint(bits);
      return;
    }
    if (types.isNumberObject(v)) { this._tag('n'); this._double(v.valueOf()); return; }
    if (types.isBooleanObject(v)) { this._tag(v.valueOf() ? 'y' : 'x'); return; }
    if (types.isStringObject(v)) { this._tag('s'); this._string(v.valueOf()); return; }
    if (types.isBigIntObject(v)) { this._tag('z'); this._bigintBody(v.valueOf()); return; }
    if (types.isArrayBuffer(v)) {
      if (this._transfer.has(v)) { this._tag('t'); this._varint(this._transfer.get(v)); return; }
      this._tag('B');
      this._varint(v.byteLength);
      this._raw(new Uint8Array(v));
      return;
    }
    if (types.isSharedArrayBuffer(v)) {
      const id = this._getSharedArrayBufferId(v);
      this._tag('u');
      this._varint(id);
      return;
    }
    if (ArrayBuffer.isView(v)) {
      if (this._hostViews) {
        this._tag('\\');
        this._writeHostObject(v);
        return;
      }
      this._tag('V');
      this._tag(viewSubtags[viewName(v)]);
      this._varint(v.byteOffset);
      this._varint(v.byteLength);
      this._varint(0);
      return;
    }
    if (types.isMap(v)) {
      this._tag(';');
      let n = 0;
      for (const [k, val] of Array.from(Map.prototype.entries.call(v))) { this.writeValue(k); this.writeValue(val); n += 2; }
      this._tag(':');
      this._varint(n);
      return;
    }
    if (types.isSet(v)) {
      this._tag('\'');
      let n = 0;
      for (const k of Array.from(Set.prototype.values.call(v))) { this.writeValue(k); n++; }
      this._tag(',');
      this._varint(n);
      return;
    }
    if (types.isNativeError(v)) return this._error(v);
    if (types.isExternal(v)) return this._fail(v);
    this._tag('o');
    const n = this._properties(v, Object.keys(v));
    this._tag('{');
    this._varint(n);
  }

  _array(a) {
    const len = a.length;
    let dense = true;
    for (let i = 0; i < len && dense; i++) if (!(i in a)) dense = false;
    const keys = Object.keys(a);
    if (!dense) {
      this._tag('a');
      this._varint(len);
      const n = this._properties(a, keys);
      this._tag('@');
      this._varint(n);
      this._varint(len);
      return;
    }
    this._tag('A');
    this._varint(len);
    // V8 writes every element of an all-number array with a fraction as a double.
    let doubles = len > 0;
    for (let i = 0; i < len && doubles; i++) if (typeof a[i] !== 'number') doubles = false;
    if (doubles) doubles = a.some((x) => !isInt32(x));
    for (let i = 0; i < len; i++) {
      if (doubles) { this._tag('N'); this._double(a[i]); } else this.writeValue(a[i]);
    }
    const n = this._properties(a, keys.filter((k) => !isIndex(k)));
    this._tag('$');
    this._varint(n);
    this._varint(len);
  }

  _error(e) {
    this._tag('r');
    const proto = Object.getPrototypeOf(e);
    for (const [Ctor, tag] of errorTags) if (proto === Ctor.prototype) this._tag(tag);
    const d = Object.getOwnPropertyDescriptor(e, 'message');
    if (d && 'value' in d) { this._tag('m'); this._string(String(d.value)); }
    if (Object.prototype.hasOwnProperty.call(e, 'cause')) {
      const cd = Object.getOwnPropertyDescriptor(e, 'cause');
      if (cd && 'value' in cd) { this._tag('c'); this.writeValue(cd.value); }
    }
    const stack = e.stack;
    if (typeof stack === 'string') { this._tag('s'); this._string(stack); }
    this._tag('.');
  }

  releaseBuffer() {
    const bytes = new Uint8Array(this._len); // a buffer of its own, exactly as long
    bytes.set(this._buf.subarray(0, this._len));
    const out = Buffer.from(bytes.buffer);
    this._buf = new Uint8Array(64);
    this._len = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer)) throw internal.invalidArgType('arrayBuffer', 'ArrayBuffer', arrayBuffer);
    this._transfer.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) { this._varint(value >>> 0); }

  writeUint64(hi, lo) { this._varint((hi >>> 0) * 4294967296 + (lo >>> 0)); }

  writeDouble(value) { this._double(Number(value)); }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw internal.invalidArgType('source', 'an instance of Buffer, TypedArray, or DataView', source);
    }
    this._raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this._hostViews = Boolean(flag); }

  _getSharedArrayBufferId() { return this._fail(new SharedArrayBuffer(0)); }

  _writeHostObject(object) {
    const Ctor = this._getDataCloneError;
    throw new Ctor('Unserializable host object: ' + require('util').inspect(object));
  }
}
Serializer.prototype._getDataCloneError = Error;

class Deserializer {
  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw internal.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    }
    Object.defineProperty(this, 'buffer', { value: buffer, enumerable: true, configurable: true, writable: true });
    this._u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this._pos = 0;
    this._version = 0;
    this._objects = [];
    this._transfer = new Map();
  }

  _bad() { throw new Error('Unable to deserialize cloned data.'); }

  _readByte() {
    if (this._pos >= this._u8.length) this._bad();
    return this._u8[this._pos++];
  }

  _varint() {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = this._readByte();
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 128;
    }
  }

  _zigzag() { const n = this._varint(); return n % 2 === 0 ? n / 2 : -(n + 1) / 2; }

  _double() {
    if (this._pos + 8 > this._u8.length) this._bad();
    f64bytes.set(this._u8.subarray(this._pos, this._pos + 8));
    this._pos += 8;
    return f64[0];
  }

  _bytes(n) {
    if (this._pos + n > this._u8.length) this._bad();
    const start = this._pos;
    this._pos += n;
    return this._u8.subarray(start, start + n);
  }

  _tag() {
    let t;
    do t = this._readByte(); while (t === 0);
    return String.fromCharCode(t);
  }

  _peek() {
    let p = this._pos;
    while (p < this._u8.length && this._u8[p] === 0) p++;
    return p < this._u8.length ? String.fromCharCode(this._u8[p]) : '';
  }

  _stringOf(tag) {
    const n = this._varint();
    const b = this._bytes(n);
    if (tag === '"') { let s = ''; for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]); return s; }
    if (tag === 'S') return Buffer.from(b).toString('utf8');
    if (n % 2) this._bad();
    let s = '';
    for (let i = 0; i < b.length; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
    return s;
  }

  _string() {
    const t = this._tag();
    if (t !== '"' && t !== 'c' && t !== 'S') this._bad();
    return this._stringOf(t);
  }

  _bigint() {
    const bits = this._varint();
    const bytes = this._bytes(Math.floor(bits / 2));
    let b = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) b = (b << 8n) | BigInt(bytes[i]);
    return bits & 1 ? -b : b;
  }

  _add(v) { this._objects.push(v); return v; }

  readHeader() {
    const bad = () => { throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.'); };
    if (this._pos >= this._u8.length || this._readByte() !== 0xff) bad();
    this._version = this._varint();
    if (this._version > kVersion) bad();
    return true;
  }

  getWireFormatVersion() { return this._version; }

  readValue() {
    const t = this._tag();
    switch (t) {
      case '_': return undefined;
      case '0': return null;
      case 'T': return true;
      case 'F': return false;
      case 'I': return this._zigzag();
      case 'U': return this._varint();
      case 'N': return this._double();
      case 'Z': return this._bigint();
      case '"': case 'c': case 'S': return this._stringOf(t);
      case '^': {
        const id = this._varint();
        if (id >= this._objects.length) this._bad();
        return this._objects[id];
      }
      case 'o': {
        const o = this._add({});
        this._props(o, '{');
        return o;
      }
      case 'A': {
        const len = this._varint();
        const a = this._add(new Array(len));
        for (let i = 0; i < len; i++) {
          if (this._peek() === '-') { this._tag(); continue; }
          a[i] = this.readValue();
        }
        this._props(a, '$');
        this._varint();
        return a;
      }
      case 'a': {
        const len = this._varint();
        const a = this._add(new Array(len));
        this._props(a, '@');
        this._varint();
        return a;
      }
      case 'D': return this._add(new Date(this._double()));
      case 'R': {
        const source = this._string();
        const bits = this._varint();
        let flags = '';
        for (const f of 'dgimsuvy') if (bits & regexpBits[f]) flags += f;
        return this._add(new RegExp(source, flags));
      }
      case 'n': return this._add(Object(this._double()));
      case 'y': return this._add(Object(true));
      case 'x': return this._add(Object(false));
      case 's': return this._add(Object(this._string()));
      case 'z': return this._add(Object(this._bigint()));
      case ';': {
        const m = this._add(new Map());
        while (this._peek() !== ':') m.set(this.readValue(), this.readValue());
        this._tag();
        this._varint();
        return m;
      }
      case '\'': {
        const s = this._add(new Set());
        while (this._peek() !== ',') s.add(this.readValue());
        this._tag();
        this._varint();
        return s;
      }
      case 'B': {
        const n = this._varint();
        const ab = this._add(new ArrayBuffer(n));
        new Uint8Array(ab).set(this._bytes(n));
        if (this._peek() === 'V') { this._tag(); return this._view(ab); }
        return ab;
      }
      case 't': {
        const id = this._varint();
        if (!this._transfer.has(id)) this._bad();
        const ab = this._add(this._transfer.get(id));
        if (this._peek() === 'V') { this._tag(); return this._view(ab); }
        return ab;
      }
      case '\\': {
        const id = this._objects.length;
        this._objects.push(undefined);
        const v = this._readHostObject();
        this._objects[id] = v;
        return v;
      }
      case 'r': return this._error();
      default: this._bad();
    }
  }

  _props(o, end) {
    while (this._peek() !== end) {
      const k = this.readValue();
      o[k] = this.readValue();
    }
    this._tag();
    this._varint();
  }

  _view(ab) {
    const sub = this._tag();
    const offset = this._varint();
    const length = this._varint();
    if (this._version >= 14) this._varint();
    const name = Object.keys(viewSubtags).find((k) => viewSubtags[k] === sub);
    if (!name) this._bad();
    const Ctor = globalThis[name];
    return this._add(name === 'DataView' ? new DataView(ab, offset, length) : new Ctor(ab, offset, length / Ctor.BYTES_PER_ELEMENT));
  }

  _error() {
    const id = this._objects.length;
    this._objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const t = this._tag();
      if (t === '.') break;
      const found = errorTags.find(([, tag]) => tag === t);
      if (found) Ctor = found[0];
      else if (t === 'm') message = this._string();
      else if (t === 's') stack = this._string();
      else if (t === 'c') { hasCause = true; cause = this.readValue(); }
      else this._bad();
    }
    const e = Object.create(Ctor.prototype);
    if (stack !== undefined) Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true });
    if (message !== undefined) Object.defineProperty(e, 'message', { value: message, writable: true, configurable: true });
    if (hasCause) Object.defineProperty(e, 'cause', { value: cause, writable: true, configurable: true });
    this._objects[id] = e;
    return e;
  }

  readUint32() { return this._varint() >>> 0; }

  readUint64() {
    const n = this._varint();
    return [Math.floor(n / 4294967296) >>> 0, n >>> 0];
  }

  readDouble() { return this._double(); }

  _readRawBytes(length) {
    const start = this._pos;
    this._bytes(length);
    return start;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }

  transferArrayBuffer(id, arrayBuffer) { this._transfer.set(id >>> 0, arrayBuffer); }

  _readHostObject() {
    throw new Error('Unable to deserialize cloned data.');
  }
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10; // Buffer
    if (abView.constructor !== Buffer) {
      i = viewTypes.indexOf(globalThis[viewName(abView)]);
      if (i < 0 || i === 10) {
        throw new this._getDataCloneError('Unserializable host object: ' + require('util').inspect(abView));
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const Ctor = viewTypes[typeIndex];
    if (Ctor === undefined) this._bad();
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const per = Ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % per === 0) {
      return Ctor === Buffer ? Buffer.from(this.buffer.buffer, offset, byteLength) : new Ctor(this.buffer.buffer, offset, byteLength / per);
    }
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(this._u8.subarray(byteOffset, byteOffset + byteLength));
    return Ctor === Buffer ? copy : new Ctor(copy.buffer, copy.byteOffset, byteLength / per);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

module.exports = { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, serialize, deserialize };
