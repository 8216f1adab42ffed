// string_decoder: StringDecoder turns chunks of bytes into strings without
// splitting a character across two of them. The bytes of a character not
// yet complete wait in `pending`; each write decodes the rest in one Go
// call (js/buffer.go).
'use strict';

const { Buffer } = require('buffer');

const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
const NAMES = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const empty = new Uint8Array(0);

function join(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// keep is how many bytes at the end of data must wait for the next chunk.
function keep(enc, data) {
  switch (enc) {
    case UTF8: return internal.bufUTF8Tail(data);
    case UTF16LE: {
      const odd = data.length & 1;
      const end = data.length - odd;
      // A high surrogate waits for its pair.
      if (end >= 2 && (data[end - 1] & 0xfc) === 0xd8) return odd + 2;
      return odd;
    }
    case BASE64: case BASE64URL: return data.length % 3;
  }
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    const enc = internal.bufferEncodingOf(encoding);
    if (enc === undefined) {
      const err = new TypeError('Unknown encoding: ' + encoding);
      err.code = 'ERR_UNKNOWN_ENCODING';
      throw err;
    }
    this.encoding = NAMES[enc];
    this._enc = enc;
    this._pending = empty;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw notView('buf', buf);
    if (!(buf instanceof Uint8Array)) buf = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    const data = join(this._pending, buf);
    const k = keep(this._enc, data);
    const end = data.length - k;
    this._pending = k === 0 ? empty : data.slice(end);
    return end === 0 ? '' : internal.bufToString(data, this._enc, 0, end);
  }

  end(buf) {
    const out = buf === undefined ? '' : this.write(buf);
    const rest = this._pending;
    if (rest.length === 0) return out;
    this._pending = empty;
    switch (this._enc) {
      case UTF8: return out + '\ufffd';
      case UTF16LE: return out + internal.bufToString(rest, UTF16LE, 0, rest.length & ~1);
    }
    return out + internal.bufToString(rest, this._enc, 0, rest.length);
  }

  text(buf, offset) {
    this._pending = empty;
    return this.write(buf.subarray(offset));
  }

  get lastNeed() { return this._pending.length ? (this._enc === UTF16LE ? 2 : 1) : 0; }
  get lastTotal() { return this._pending.length; }
  get lastChar() { return Buffer.from(this._pending); }
}

function notView(name, value) {
  const err = new TypeError('The "' + name + '" argument must be an instance of Buffer, TypedArray, or DataView. Received ' +
    internal.describe(value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

module.exports = { StringDecoder };
