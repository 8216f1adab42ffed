// string_decoder: StringDecoder turns chunks of bytes into strings without
// splitting a character across two of them. The bytes of a character not
// yet complete wait in `pending`; each write decodes the rest in one Go
// call (js/buffer.go).
'use strict';

const { Buffer } = require('buffer');

const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
const NAMES = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
// node's numbers for the encodings (enum encoding in node.h).
const NATIVE = [1, 3, 4, 0, 2, 7, 5];
const kNativeDecoder = Symbol('kNativeDecoder');

// The decoder's state is node's (src/string_decoder.cc): up to four bytes
// of an unfinished character (left in place once used, as node's inspect
// output shows), how many more it needs, and how many are buffered.
const kIncomplete = Symbol('kIncomplete');

function decodeChunk(d, data) {
  const enc = d._enc;
  let prepend = '';
  let start = 0, nread = data.length;
  if (d._missing > 0 && (enc === UTF8 || enc === UTF16LE || enc === BASE64 || enc === BASE64URL)) {
    if (enc === UTF8) {
      // A byte that should continue the character but does not: the
      // character ends here (and decodes to U+FFFD), the byte starts anew.
      for (let i = 0; i < nread && i < d._missing; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          d._missing = 0;
          d[kIncomplete].set(data.subarray(0, i), d._buffered);
          d._buffered += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, d._missing);
    d[kIncomplete].set(data.subarray(start, start + found), d._buffered);
    start += found;
    nread -= found;
    d._missing -= found;
    d._buffered += found;
    if (d._missing === 0) {
      prepend = internal.bufToString(d[kIncomplete], enc, 0, d._buffered);
      d._buffered = 0;
    }
  }
  if (nread === 0) return prepend;
  const end = start + nread;
  if (enc === UTF8 && (data[end - 1] & 0x80)) {
    for (let i = end - 1; ; i--) {
      d._buffered++;
      if ((data[i] & 0xc0) === 0x80) {
        if (d._buffered >= 4 || i === start) {
          d._buffered = 0;
          break;
        }
      } else {
        if ((data[i] & 0xe0) === 0xc0) d._missing = 2;
        else if ((data[i] & 0xf0) === 0xe0) d._missing = 3;
        else if ((data[i] & 0xf8) === 0xf0) d._missing = 4;
        else {
          d._buffered = 0;
          break;
        }
        if (d._buffered >= d._missing) {
          d._missing = 0;
          d._buffered = 0;
        }
        d._missing -= d._buffered;
        break;
      }
    }
  } else if (enc === UTF16LE) {
    if (nread % 2 === 1) {
      d._buffered = 1;
      d._missing = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      d._buffered = 2;
      d._missing = 2;
    }
  } else if (enc === BASE64 || enc === BASE64URL) {
    d._buffered = nread % 3;
    if (d._buffered > 0) d._missing = 3 - d._buffered;
  }
  let bodyEnd = end;
  if (d._buffered > 0) {
    bodyEnd -= d._buffered;
    d[kIncomplete].set(data.subarray(bodyEnd, end), 0);
  }
  const body = bodyEnd > start ? internal.bufToString(data, enc, start, bodyEnd) : '';
  return prepend + body;
}

function flush(d) {
  if (d._enc === UTF16LE && d._buffered % 2 === 1) {
    d._missing--;
    d._buffered--;
  }
  if (d._buffered === 0) return '';
  const out = internal.bufToString(d[kIncomplete], d._enc, 0, d._buffered);
  d._missing = 0;
  d._buffered = 0;
  return out;
}

class StringDecoder {
  constructor(encoding) {
    const enc = internal.bufferEncodingOf(encoding);
    if (enc === undefined) {
      const err = new TypeError('Unknown encoding: ' + encoding);
      internal.setErrorCode(err, 'ERR_UNKNOWN_ENCODING');
      throw err;
    }
    this.encoding = NAMES[enc];
    for (const [k, v] of [['_enc', enc], ['_missing', 0], ['_buffered', 0], [kIncomplete, new Uint8Array(4)]]) {
      Object.defineProperty(this, k, { value: v, writable: true, configurable: true });
    }
  }

  // inspect shows node's kNativeDecoder state: the four unfinished-character
  // bytes, how many are missing, how many are buffered, node's encoding number.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = Buffer.alloc(7);
    state.set(this[kIncomplete], 0);
    state[4] = this._missing;
    state[5] = this._buffered;
    state[6] = NATIVE[this._enc];
    const Named = { StringDecoder: class StringDecoder {} }.StringDecoder;
    const shape = new Named();
    shape.encoding = this.encoding;
    shape[kNativeDecoder] = state;
    return internal.inspect(shape, options);
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw notView('buf', buf);
    if (!(buf instanceof Uint8Array)) buf = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    return decodeChunk(this, buf);
  }

  end(buf) {
    let out = '';
    if (buf !== undefined) out = this.write(buf);
    if (this._buffered > 0) out += flush(this);
    return out;
  }

  text(buf, offset) {
    this._missing = 0;
    this._buffered = 0;
    return this.write(buf.subarray(offset));
  }

  get lastNeed() { return this._missing; }
  get lastTotal() { return this._buffered + this._missing; }
  get lastChar() { return Buffer.from(this[kIncomplete]); }
}

function notView(name, value) {
  const err = new TypeError('The "' + name + '" argument must be an instance of Buffer, TypedArray, or DataView. Received ' +
    internal.describe(value));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  return err;
}

module.exports = { StringDecoder };
