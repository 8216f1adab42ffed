// encoding: the WHATWG TextEncoder and TextDecoder (utf-8, utf-16le and
// windows-1252, which node 20 decodes as latin1). Loaded by
// internal.lib('encoding.js') behind the globals and util.
'use strict';

const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, UTF16BE = 3;

// The labels of the WHATWG Encoding Standard for the three encodings.
const LABELS = {};
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) LABELS[l] = UTF8;
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) LABELS[l] = UTF16LE;
for (const l of ['unicodefffe', 'utf-16be']) LABELS[l] = UTF16BE;
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  LABELS[l] = LATIN1;
}
const NAMES = ['utf-8', 'utf-16le', 'windows-1252', 'utf-16be'];

const typeError = (code, message) => internal.codedError(TypeError, code, message);

function invalidThis(type) {
  return typeError('ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

const kEncoder = Symbol('encoder');

class TextEncoder {
  constructor() { Object.defineProperty(this, kEncoder, { value: true }); }

  get encoding() {
    if (!this || this[kEncoder] !== true) throw invalidThis('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!this || this[kEncoder] !== true) throw invalidThis('TextEncoder');
    const b = internal.bufFromString(`${input}`, UTF8);
    return new Uint8Array(b.buffer, 0, b.length);
  }

  encodeInto(src, dest) {
    if (!this || this[kEncoder] !== true) throw invalidThis('TextEncoder');
    if (typeof src !== 'string') throw internal.invalidArgType('src', 'string', src);
    if (!(dest instanceof Uint8Array)) {
      throw typeError('ERR_INVALID_ARG_TYPE', 'The "dest" argument must be an instance of Uint8Array. Received ' +
        internal.describe(dest));
    }
    const r = internal.bufEncodeInto(src, dest);
    return { read: r[0], written: r[1] };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
TextEncoder.prototype[Symbol.for('nodejs.util.inspect.custom')] = function inspect(depth, options) {
  // node 20 shows a plain object here.
  return internal.inspect({ encoding: 'utf-8' }, options);
};

const kDecoder = Symbol('decoder');

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const enc = LABELS[label];
    if (enc === undefined) {
      const err = new RangeError('The "' + encoding + '" encoding is not supported');
      internal.setErrorCode(err, 'ERR_ENCODING_NOT_SUPPORTED');
      throw err;
    }
    if (options !== null && options !== undefined && typeof options !== 'object' && typeof options !== 'function') {
      throw internal.invalidArgType('options', 'object', options);
    }
    options = options || {};
    Object.defineProperty(this, kDecoder, { value: {
      enc,
      fatal: Boolean(options.fatal),
      ignoreBOM: Boolean(options.ignoreBOM),
      pending: new Uint8Array(0),
      bomSeen: false,
    } });
  }

  get encoding() { return NAMES[state(this).enc]; }
  get fatal() { return state(this).fatal; }
  get ignoreBOM() { return state(this).ignoreBOM; }

  decode(input = new Uint8Array(0), options = {}) {
    const s = state(this);
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = input;
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
      bytes = new Uint8Array(input);
    } else {
      // node 20's message, as it prints it (no "Received").
      throw typeError('ERR_INVALID_ARG_TYPE',
        'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    const stream = Boolean(options && options.stream);
    let data = bytes;
    if (s.pending.length) {
      data = new Uint8Array(s.pending.length + bytes.length);
      data.set(s.pending, 0);
      data.set(bytes, s.pending.length);
    }
    let end = data.length;
    if (stream) {
      if (s.enc === UTF8) end -= internal.bufUTF8Tail(data);
      else if (s.enc === UTF16LE || s.enc === UTF16BE) {
        end -= end & 1;
        const hi = s.enc === UTF16LE ? data[end - 1] : data[end - 2];
        if (end >= 2 && (hi & 0xfc) === 0xd8) end -= 2;
      }
    }
    s.pending = end < data.length ? data.slice(end) : new Uint8Array(0);
    let start = 0;
    if (!s.ignoreBOM && !s.bomSeen && end > 0) {
      if (s.enc === UTF8 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf && end >= 3) start = 3;
      else if (s.enc === UTF16LE && data[0] === 0xff && data[1] === 0xfe && end >= 2) start = 2;
      else if (s.enc === UTF16BE && data[0] === 0xfe && data[1] === 0xff && end >= 2) start = 2;
      if (start > 0 || end >= (s.enc === UTF8 ? 3 : s.enc === LATIN1 ? 1 : 2)) s.bomSeen = true;
    }
    if (!stream) s.bomSeen = false;
    const view = start === 0 && end === data.length ? data : data.subarray(start, end);
    if (s.fatal && s.enc === UTF8 && !internal.bufUTF8Valid(view)) {
      s.pending = new Uint8Array(0);
      throw typeError('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding ' + NAMES[s.enc]);
    }
    if (s.enc === UTF16LE || s.enc === UTF16BE) {
      const out = internal.bufUTF16Decode(view, s.enc === UTF16BE, s.fatal);
      if (out === null) {
        s.pending = new Uint8Array(0);
        throw typeError('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding ' + NAMES[s.enc]);
      }
      return out;
    }
    return internal.bufToString(view, s.enc, 0, view.length);
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
TextDecoder.prototype[Symbol.for('nodejs.util.inspect.custom')] = function inspect(depth, options) {
  const s = state(this);
  const Named = { TextDecoder: class TextDecoder {} }.TextDecoder;
  return internal.inspect(Object.assign(new Named(), { encoding: NAMES[s.enc], fatal: s.fatal, ignoreBOM: s.ignoreBOM }), options);
};

function state(d) {
  const s = d != null ? d[kDecoder] : undefined;
  if (s === undefined) throw invalidThis('TextDecoder');
  return s;
}

module.exports = { TextEncoder, TextDecoder };
