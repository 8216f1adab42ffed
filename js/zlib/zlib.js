// zlib: node's zlib module over the binding's Go codecs (internal, from
// zlib.go). The *Sync functions run on the calling thread; the callback
// forms and the streams run each piece of work on the thread pool.
// Both directions emit output as the codec produces it.
'use strict';

const { Buffer, kMaxLength } = require('buffer');
const { Transform } = require('stream');
const { inspect } = require('util');

const constants = Object.freeze({"Z_NO_FLUSH":0,"Z_PARTIAL_FLUSH":1,"Z_SYNC_FLUSH":2,"Z_FULL_FLUSH":3,"Z_FINISH":4,"Z_BLOCK":5,"Z_OK":0,"Z_STREAM_END":1,"Z_NEED_DICT":2,"Z_ERRNO":-1,"Z_STREAM_ERROR":-2,"Z_DATA_ERROR":-3,"Z_MEM_ERROR":-4,"Z_BUF_ERROR":-5,"Z_VERSION_ERROR":-6,"Z_NO_COMPRESSION":0,"Z_BEST_SPEED":1,"Z_BEST_COMPRESSION":9,"Z_DEFAULT_COMPRESSION":-1,"Z_FILTERED":1,"Z_HUFFMAN_ONLY":2,"Z_RLE":3,"Z_FIXED":4,"Z_DEFAULT_STRATEGY":0,"ZLIB_VERNUM":4880,"DEFLATE":1,"INFLATE":2,"GZIP":3,"GUNZIP":4,"DEFLATERAW":5,"INFLATERAW":6,"UNZIP":7,"BROTLI_DECODE":8,"BROTLI_ENCODE":9,"Z_MIN_WINDOWBITS":8,"Z_MAX_WINDOWBITS":15,"Z_DEFAULT_WINDOWBITS":15,"Z_MIN_CHUNK":64,"Z_MAX_CHUNK":Infinity,"Z_DEFAULT_CHUNK":16384,"Z_MIN_MEMLEVEL":1,"Z_MAX_MEMLEVEL":9,"Z_DEFAULT_MEMLEVEL":8,"Z_MIN_LEVEL":-1,"Z_MAX_LEVEL":9,"Z_DEFAULT_LEVEL":-1,"BROTLI_OPERATION_PROCESS":0,"BROTLI_OPERATION_FLUSH":1,"BROTLI_OPERATION_FINISH":2,"BROTLI_OPERATION_EMIT_METADATA":3,"BROTLI_PARAM_MODE":0,"BROTLI_MODE_GENERIC":0,"BROTLI_MODE_TEXT":1,"BROTLI_MODE_FONT":2,"BROTLI_DEFAULT_MODE":0,"BROTLI_PARAM_QUALITY":1,"BROTLI_MIN_QUALITY":0,"BROTLI_MAX_QUALITY":11,"BROTLI_DEFAULT_QUALITY":11,"BROTLI_PARAM_LGWIN":2,"BROTLI_MIN_WINDOW_BITS":10,"BROTLI_MAX_WINDOW_BITS":24,"BROTLI_LARGE_MAX_WINDOW_BITS":30,"BROTLI_DEFAULT_WINDOW":22,"BROTLI_PARAM_LGBLOCK":3,"BROTLI_MIN_INPUT_BLOCK_BITS":16,"BROTLI_MAX_INPUT_BLOCK_BITS":24,"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING":4,"BROTLI_PARAM_SIZE_HINT":5,"BROTLI_PARAM_LARGE_WINDOW":6,"BROTLI_PARAM_NPOSTFIX":7,"BROTLI_PARAM_NDIRECT":8,"BROTLI_DECODER_RESULT_ERROR":0,"BROTLI_DECODER_RESULT_SUCCESS":1,"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT":2,"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT":3,"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION":0,"BROTLI_DECODER_PARAM_LARGE_WINDOW":1,"BROTLI_DECODER_NO_ERROR":0,"BROTLI_DECODER_SUCCESS":1,"BROTLI_DECODER_NEEDS_MORE_INPUT":2,"BROTLI_DECODER_NEEDS_MORE_OUTPUT":3,"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE":-1,"BROTLI_DECODER_ERROR_FORMAT_RESERVED":-2,"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE":-3,"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET":-4,"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME":-5,"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE":-6,"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE":-7,"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT":-8,"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1":-9,"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2":-10,"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM":-11,"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY":-12,"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS":-13,"BROTLI_DECODER_ERROR_FORMAT_PADDING_1":-14,"BROTLI_DECODER_ERROR_FORMAT_PADDING_2":-15,"BROTLI_DECODER_ERROR_FORMAT_DISTANCE":-16,"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET":-19,"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS":-20,"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES":-21,"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS":-22,"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP":-25,"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1":-26,"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2":-27,"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES":-30,"BROTLI_DECODER_ERROR_UNREACHABLE":-31});

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const k of Object.keys(codes)) codes[codes[k]] = k;
Object.freeze(codes);


const { codedError, argType } = internal; // node's internal errors (lib/bootstrap.js)

function zlibError(info) {
  const err = new Error(info.message);
  err.errno = info.errno;
  err.code = info.code;
  return err;
}

// toBuffer takes what node's zlib takes as input.
function toBuffer(data, name) {
  if (typeof data === 'string') return Buffer.from(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return data;
  throw argType(name, 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', data);
}

// received prints an out-of-range number as node's ERR_OUT_OF_RANGE does:
// integers past 2 ** 32 with _ separators.
function received(v) {
  if (Number.isInteger(v) && Math.abs(v) > 2 ** 32) return String(v).replace(/(\d)(?=(\d{3})+$)/g, '$1_');
  return inspect(v);
}

function checkRange(opts, key, min, max, dflt) {
  const v = opts[key];
  if (v === undefined || (typeof v === 'number' && Number.isNaN(v))) return dflt;
  if (typeof v !== 'number') {
    throw argType('options.' + key, 'of type number', v);
  }
  if (!Number.isFinite(v) && !(key === 'chunkSize' && v === Infinity)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "options.' + key + '" is out of range. It must be a finite number. Received ' + inspect(v));
  }
  if (v < min || v > max) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "options.' + key + '" is out of range. It must be >= ' + min +
      (max === Infinity ? '' : ' and <= ' + max) + '. Received ' + received(v));
  }
  return v;
}

const brotliKinds = new Set(['brotliCompress', 'brotliDecompress']);

// settings validates options as node does and returns what the codec needs.
function settings(kind, opts) {
  // node ignores options that are not an object.
  if (opts === null || typeof opts !== 'object') opts = {};
  const chunkSize = checkRange(opts, 'chunkSize', constants.Z_MIN_CHUNK, Infinity, constants.Z_DEFAULT_CHUNK);
  const s = { level: -1, quality: constants.BROTLI_DEFAULT_QUALITY, lgwin: constants.BROTLI_DEFAULT_WINDOW, chunkSize };
  if (brotliKinds.has(kind)) {
    checkRange(opts, 'flush', constants.BROTLI_OPERATION_PROCESS, constants.BROTLI_OPERATION_EMIT_METADATA, 0);
    checkRange(opts, 'finishFlush', constants.BROTLI_OPERATION_PROCESS, constants.BROTLI_OPERATION_EMIT_METADATA, 0);
    const params = opts.params;
    if (params !== undefined) {
      for (const key of Object.keys(params)) {
        const id = Number(key);
        const v = params[key];
        if (!(Number.isInteger(id) && id >= 0 && id <= 8)) {
          throw codedError(RangeError, 'ERR_BROTLI_INVALID_PARAM', key + ' is not a valid Brotli parameter');
        }
        if (typeof v !== 'number' && typeof v !== 'boolean') {
          throw argType('options.params[key]', 'of type number', v);
        }
        // The encoder clamps quality and window to its range, as brotli's does.
        if (id === constants.BROTLI_PARAM_QUALITY) {
          s.quality = Math.min(Math.max(Math.trunc(Number(v)) || 0, constants.BROTLI_MIN_QUALITY), constants.BROTLI_MAX_QUALITY);
        } else if (id === constants.BROTLI_PARAM_LGWIN) {
          s.lgwin = Math.min(Math.max(Math.trunc(Number(v)) || 0, constants.BROTLI_MIN_WINDOW_BITS), constants.BROTLI_MAX_WINDOW_BITS);
        }
      }
    }
    s.maxOutputLength = checkRange(opts, 'maxOutputLength', 1, kMaxLength, kMaxLength);
    return s;
  }
  // As node's Zlib: windowBits 0 (or none) lets inflate, gunzip and unzip
  // take the stream's own; gzip needs at least 9.
  const headerWindow = kind === 'inflate' || kind === 'gunzip' || kind === 'unzip';
  if (!(headerWindow && (opts.windowBits == null || opts.windowBits === 0))) {
    checkRange(opts, 'windowBits', constants.Z_MIN_WINDOWBITS + (kind === 'gzip' ? 1 : 0), constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
  }
  s.level = checkRange(opts, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
  checkRange(opts, 'memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
  checkRange(opts, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
  checkRange(opts, 'flush', constants.Z_NO_FLUSH, constants.Z_BLOCK, constants.Z_NO_FLUSH);
  checkRange(opts, 'finishFlush', constants.Z_NO_FLUSH, constants.Z_BLOCK, constants.Z_FINISH);
  s.maxOutputLength = checkRange(opts, 'maxOutputLength', 1, kMaxLength, kMaxLength);
  return s;
}

// tooLarge is node's error when a whole-buffer call's output passes
// options.maxOutputLength (streams don't check it).
function tooLarge(max) {
  return codedError(RangeError, 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than ' + max + ' bytes');
}

function syncForm(kind) {
  return function (buffer, opts) {
    const data = toBuffer(buffer, 'buffer');
    const s = settings(kind, opts);
    const [err, out] = internal.process(kind, data, s.level, s.quality, s.lgwin);
    if (err) throw zlibError(err);
    if (out.byteLength > s.maxOutputLength) throw tooLarge(s.maxOutputLength);
    return Buffer.from(out);
  };
}

function callbackForm(kind) {
  return function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    const data = toBuffer(buffer, 'buffer');
    if (typeof callback !== 'function') {
      throw argType('callback', 'of type function', callback);
    }
    const s = settings(kind, opts);
    internal.process(kind, data, s.level, s.quality, s.lgwin, (err, out) => {
      if (err) callback(zlibError(err));
      else if (out.byteLength > s.maxOutputLength) callback(tooLarge(s.maxOutputLength));
      else callback(null, Buffer.from(out));
    });
  };
}

const kFlush = Buffer.alloc(0);

// ZlibBase is the Transform behind every zlib stream.
class ZlibBase extends Transform {
  constructor(kind, opts) {
    const s = settings(kind, opts);
    super(opts && typeof opts === 'object' ? { ...opts, objectMode: false, readableObjectMode: false, writableObjectMode: false } : undefined);
    this._kind = kind;
    this._settings = s;
    // node makes the stream's zlib handle here: every completion of its
    // work runs in the async context current now, not the writer's.
    this._ctx = internal.asyncContext('ZLIB');
    this.bytesWritten = 0;
    this._compress = kind === 'deflate' || kind === 'gzip' || kind === 'deflateRaw' || kind === 'brotliCompress';
    if (this._compress) this._encoder = internal.encoder(kind, s.level, s.quality, s.lgwin);
    else this._decoder = internal.decoder(kind);
  }
  get _closed() { return this.destroyed; }
  // As node's ZlibBase: the writable side finishes at once ('finish' and
  // end()'s callback); the Transform then runs _flush from 'prefinish', so
  // the last output and 'end' come after them.
  _final(callback) { callback(); }
  _transform(chunk, encoding, callback) {
    // As node's processChunk: the last chunk written before end() finishes
    // the stream (its output comes before 'finish', not after).
    const st = this._writableState;
    const last = !this._finished && (st.ending || st.ended) && st.length === chunk.length;
    if (last) this._finished = true;
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    const flush = chunk === kFlush;
    this.bytesWritten += chunk.length;
    if (!this._compress) {
      this._decoder.write(chunk, last, (err, out) => internal.runInAsyncContext(this._ctx, () => {
        this._pushOut(out, err);
        // As node's: a codec error destroys the stream; the write's
        // callback never runs.
        if (err) this.destroy(zlibError(err));
        else callback();
      }));
      return;
    }
    this._encoder.write(chunk, flush, last, (out) => internal.runInAsyncContext(this._ctx, () => {
      this._pushOut(out, null);
      callback();
    }));
  }
  _flush(callback) {
    if (this._compress && this._finished) {
      // The last chunk finished the codec; node's empty Z_FINISH write
      // gives nothing more, but is still a trip to the pool.
      this._encoder.write(Buffer.alloc(0), false, false, () => internal.runInAsyncContext(this._ctx, () => callback()));
      return;
    }
    this._finished = true;
    if (this._compress) {
      this._encoder.write(Buffer.alloc(0), false, true, (out) => internal.runInAsyncContext(this._ctx, () => {
        this._pushOut(out, null);
        callback();
      }));
      return;
    }
    this._decoder.write(Buffer.alloc(0), true, (err, out) => internal.runInAsyncContext(this._ctx, () => {
      this._pushOut(out, err);
      if (err) this.destroy(zlibError(err));
      else callback();
    }));
  }
  // _pushOut emits out as node's stream does: in pieces of chunkSize (its
  // output buffer). When the write failed, the last piece (the round in
  // which zlib hit the error, even when it had filled it) is dropped.
  _pushOut(out, err) {
    const buf = Buffer.from(out);
    const size = this._settings.chunkSize;
    let end = buf.length;
    if (err) end = size === Infinity || end === 0 ? 0 : (Math.ceil(end / size) - 1) * size;
    for (let i = 0; i < end; i += size) this.push(buf.subarray(i, Math.min(i + size, end)));
  }
  _destroy(err, callback) {
    if (this._decoder) this._decoder.close();
    callback(err);
  }
  flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
    }
    if (this.writableEnded) {
      if (typeof callback === 'function') process.nextTick(callback);
      return;
    }
    this.write(kFlush, '', typeof callback === 'function' ? () => callback() : undefined);
  }
  params(level, strategy, callback) {
    if (typeof callback === 'function') process.nextTick(callback);
  }
  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    this.destroy();
  }
  reset() {}
}

const classes = {};
const names = {
  Deflate: 'deflate', Inflate: 'inflate', Gzip: 'gzip', Gunzip: 'gunzip', DeflateRaw: 'deflateRaw',
  InflateRaw: 'inflateRaw', Unzip: 'unzip', BrotliCompress: 'brotliCompress', BrotliDecompress: 'brotliDecompress',
};
for (const [Name, kind] of Object.entries(names)) {
  const C = {
    [Name]: class extends ZlibBase {
      constructor(opts) { super(kind, opts); }
    },
  }[Name];
  // Callable without new, as node's are.
  classes[Name] = internal.callableClass(C);
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  if (typeof value !== 'number') {
    throw argType('value', 'of type number', value);
  }
  // node's validateUint32
  if (!Number.isInteger(value)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. It must be an integer. Received ' + received(value));
  }
  if (value < 0 || value > 4294967295) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received ' + received(value));
  }
  return internal.crc32(typeof data === 'string' ? Buffer.from(data) : data, value >>> 0);
}

const zlib = { crc32, ...classes };
// In node's order of keys.
for (const kind of ['deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip', 'inflateRaw', 'brotliCompress', 'brotliDecompress']) {
  zlib[kind] = callbackForm(kind);
  zlib[kind + 'Sync'] = syncForm(kind);
}
for (const Name of Object.keys(names)) {
  zlib['create' + Name] = (opts) => new classes[Name](opts);
}
zlib.constants = constants;
zlib.codes = codes;
for (const k of Object.keys(constants)) {
  if (k.startsWith('Z_') || k === 'DEFLATE' || k === 'INFLATE' || k === 'GZIP' || k === 'GUNZIP' || k === 'DEFLATERAW' ||
      k === 'INFLATERAW' || k === 'UNZIP' || k.startsWith('BROTLI_')) {
    Object.defineProperty(zlib, k, { value: constants[k], enumerable: false, writable: false });
  }
}

module.exports = zlib;
