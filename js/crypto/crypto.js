// crypto: node 20's hashing, HMAC, key derivation and random numbers, on
// Go's standard library (the natives in crypto.go). Arguments are checked
// here, in node's order and with node's error codes and messages
// (lib/internal/crypto/{hash,pbkdf2,hkdf,random}.js); the natives do the
// work, on the thread pool for the async forms. AES ciphers are here (cipher.go); signatures and keys
// other than secret bytes are absent: calling them throws.
'use strict';

// ---- errors ----------------------------------------------------------------

// node's internal errors, coded as node codes them (lib/bootstrap.js): a
// dotted argType name is an options property.
const { codedError, argType } = internal;

// outOfRange is ERR_OUT_OF_RANGE; big integers are shown with _ separators.
function outOfRange(name, range, value) {
  let shown;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    shown = String(value).replace(/(\d)(?=(\d{3})+$)/g, '$1_');
  } else {
    shown = internal.inspect(value);
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + shown);
}

// hasDigest: whether createHash knows the name (SHAKE included; the KDFs
// then fail as node's do).
function hasDigest(name) { return internal.cryptoDigestKind(name) !== ''; }

function invalidDigest(digest) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
}

// DOMException for webcrypto, as much of it as its errors need.
const domCodes = { NotSupportedError: 9, TypeMismatchError: 17, QuotaExceededError: 22 };
class DOMException extends Error {
  constructor(message, name) {
    super(message);
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    Object.defineProperty(this, 'code', { value: domCodes[name] || 0, configurable: true, writable: true });
  }
}

// ---- argument checks -------------------------------------------------------

const kMaxLength = 2 ** 31 - 1;

function isView(v) { return ArrayBuffer.isView(v); }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function validateString(v, name) {
  if (typeof v !== 'string') throw argType(name, 'of type string', v);
}

function validateFunction(v, name) {
  if (typeof v !== 'function') throw argType(name, 'of type function', v);
}

function validateNumber(v, name) {
  if (typeof v !== 'number') throw argType(name, 'of type number', v);
}

function validateUint32(v, name) {
  if (typeof v !== 'number') throw argType(name, 'of type number', v);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < 0 || v > 4294967295) throw outOfRange(name, '>= 0 && <= 4294967295', v);
}

function validateInt32(v, name, min = -(2 ** 31), max = 2 ** 31 - 1) {
  validateNumber(v, name);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}

// byteSource is node's getArrayBufferOrView: a string (kept as a string:
// the natives encode it), an ArrayBuffer or a view.
function byteSource(v, name) {
  if (typeof v === 'string' || isAnyArrayBuffer(v) || isView(v)) return v;
  throw argType(name, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', v);
}

// normalizeEncoding is Buffer's: the canonical name, or undefined.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
  }
  return undefined;
}

// ---- Buffer ----------------------------------------------------------------

let BufferClass;
function bufferClass() {
  if (BufferClass === undefined) {
    try {
      BufferClass = require('buffer').Buffer;
    } catch {
      BufferClass = null;
    }
  }
  return BufferClass;
}

// toBuffer wraps an ArrayBuffer from a native as a Buffer (a Uint8Array
// while no buffer module is present).
function toBuffer(ab) {
  const B = bufferClass();
  return B ? B.from(ab) : new Uint8Array(ab);
}

// encodeBytes renders an ArrayBuffer in a Buffer encoding the natives do not
// handle themselves, or returns it as a Buffer.
function encodeBytes(ab, enc) {
  const norm = normalizeEncoding(enc);
  const buf = toBuffer(ab);
  if (norm === undefined || String(enc).toLowerCase() === 'buffer') return buf;
  if (typeof buf.toString === 'function' && buf.toString !== Uint8Array.prototype.toString) {
    return buf.toString(norm);
  }
  return internal.utf8Decode(buf);
}

// ---- Hash and Hmac ---------------------------------------------------------

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// LazyTransform: Hash and Hmac are Transform streams in node (write data,
// read the digest), with the stream state built only when a program uses
// one as a stream. Here even the stream module loads only then (it costs
// tens of milliseconds): until the first stream method or property is
// touched, LazyTransform.prototype holds stubs that attach it under
// stream.Transform.prototype, remove themselves and retry.
function LazyTransform() {}
const streamMethods = ['write', 'end', 'pipe', 'unpipe', 'read', 'setEncoding', 'resume', 'pause', 'isPaused',
  'destroy', 'cork', 'uncork', 'setDefaultEncoding', 'wrap', 'push', 'unshift', 'on', 'once', 'off',
  'addListener', 'prependListener', 'prependOnceListener', 'removeListener', 'removeAllListeners', 'emit',
  'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners',
  Symbol.asyncIterator];
const streamProps = ['readable', 'writable', 'destroyed', 'closed', 'errored', 'readableEnded',
  'readableFlowing', 'readableLength', 'readableHighWaterMark', 'readableObjectMode', 'readableEncoding',
  'readableAborted', 'readableDidRead', 'writableEnded', 'writableFinished', 'writableLength',
  'writableHighWaterMark', 'writableObjectMode', 'writableCorked', 'writableNeedDrain', 'allowHalfOpen'];
for (const name of streamMethods) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true, writable: true, enumerable: false,
    value: function (...args) {
      attachStream();
      return this[name](...args);
    },
  });
}
for (const name of streamProps) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true, enumerable: false,
    get() {
      attachStream();
      return this[name];
    },
    set(value) {
      attachStream();
      this[name] = value;
    },
  });
}
const kInitializing = Symbol('kInitializing');
for (const name of ['_readableState', '_writableState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true, enumerable: true,
    get() {
      attachStream();
      if (this[kInitializing]) return undefined;
      this[kInitializing] = true;
      require('stream').Transform.call(this, this._options);
      delete this[kInitializing];
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

let streamAttached = false;
function attachStream() {
  if (streamAttached) return;
  streamAttached = true;
  for (const name of [...streamMethods, ...streamProps]) delete LazyTransform.prototype[name];
  Object.setPrototypeOf(LazyTransform.prototype, require('stream').Transform.prototype);
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  validateString(algorithm, 'algorithm');
  initHash(this, internal.cryptoHash(algorithm, undefined, outputLength(options)), options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// outputLength reads and checks options.outputLength (SHAKE's length).
function outputLength(options) {
  const xofLen = options !== null && typeof options === 'object' ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  return xofLen;
}

// initHash gives a Hash its handle, or throws node's error for what the
// native answered instead of one.
function initHash(hash, handle, options) {
  if (handle === null) throw new Error('Digest method not supported');
  if (handle === 'NOT_XOF_OR_INVALID_LENGTH') {
    throw codedError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
      'error:030000B2:digital envelope routines::not XOF or invalid length');
  }
  hash._options = options;
  hash[kHandle] = handle;
  hash[kState] = { [kFinalized]: false };
  return hash;
}

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw finalized();
  return initHash(Object.create(Hash.prototype), this[kHandle].copy(outputLength(options)), options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw finalized();
  if (typeof data === 'string') {
    if (normalizeEncoding(encoding) === 'hex' && data.length % 2 !== 0) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'encoding' is invalid for data of length " + data.length + '. Received ' + internal.inspect(encoding));
    }
    this[kHandle].update(data, normalizeEncoding(encoding) || 'utf8');
  } else if (isView(data)) {
    this[kHandle].update(data);
  } else {
    throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  return this;
};

// As a stream, a Hash takes data written to it and pushes its digest at the
// end. (node's _flush does not finalize: digest() still works after it.)
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, normalizeEncoding(encoding) || 'utf8');
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(toBuffer(this[kHandle].digest('buffer')));
  callback();
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw finalized();
  this[kState][kFinalized] = true;
  return digestAs(this[kHandle], outputEncoding);
};

function digestAs(handle, outputEncoding) {
  const enc = outputEncoding ? String(outputEncoding).toLowerCase() : 'buffer';
  const out = handle.digest(enc === 'binary' ? 'latin1' : enc);
  return typeof out === 'string' ? out : encodeBytes(out, enc);
}

function finalized() {
  return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  key = secretKey(key, encoding);
  const kind = internal.cryptoDigestKind(hmac);
  if (kind === '') throw invalidDigest(hmac);
  // OpenSSL refuses an XOF in an HMAC with an empty error queue.
  if (kind === 'xof') throw new Error('error:00000000:lib(0)::reason(0)');
  this._options = options;
  this[kHandle] = internal.cryptoHash(hmac, key);
  this[kState] = { [kFinalized]: false };
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

// secretKey is node's prepareSecretKey for the key kinds evloop has: bytes
// (a string in encoding, an ArrayBuffer, a view) or a secret KeyObject.
function secretKey(key, encoding) {
  if (key instanceof KeyObject) return key[kKeyData];
  if (typeof key === 'string') {
    const norm = normalizeEncoding(encoding);
    if (norm === 'utf8' || norm === undefined) return key;
    const B = bufferClass();
    return B ? B.from(key, norm) : key;
  }
  if (isAnyArrayBuffer(key) || isView(key)) return key;
  throw argType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
}

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) {
    // node answers a second digest() of an Hmac with nothing, not an error.
    const empty = new ArrayBuffer(0);
    return outputEncoding && outputEncoding !== 'buffer' ? encodeBytes(empty, outputEncoding) : toBuffer(empty);
  }
  this[kState][kFinalized] = true;
  return digestAs(this[kHandle], outputEncoding);
};

function createHash(algorithm, options) { return new Hash(algorithm, options); }
function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

// hash is the one-shot crypto.hash(algorithm, data[, outputEncoding]) of
// node 20.12.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw argType('input', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  if (typeof outputEncoding !== 'string') throw argType('outputEncoding', 'of type string', outputEncoding);
  if (normalizeEncoding(outputEncoding) === undefined && outputEncoding.toLowerCase() !== 'buffer') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'outputEncoding' is invalid. Received " + internal.inspect(outputEncoding));
  }
  const handle = internal.cryptoHash(algorithm, undefined);
  // node's one-shot path names the algorithm (createHash's does not).
  if (handle === null) throw new Error('Digest method ' + algorithm + ' is not supported');
  handle.update(input, 'utf8');
  return digestAs(handle, outputEncoding);
}

function getHashes() { return internal.cryptoHashNames(); }

// ---- ciphers ---------------------------------------------------------------

// Cipheriv and Decipheriv: AES in CBC, ECB, CTR and GCM (lib/internal/crypto/
// cipher.js), the work in cipher.go. Errors thrown where node's C++ throws
// them are plain Errors with a code (their stack line has no [code]).
function nativeError(message, code) {
  const e = new Error(message);
  if (code !== undefined) e.code = code;
  return e;
}

function opensslError(code) {
  const reason = code === 'BAD_DECRYPT' ? 'bad decrypt' : 'wrong final block length';
  const e = new Error('error:' + (code === 'BAD_DECRYPT' ? '1C800064' : '1C80006B') + ':Provider routines::' + reason);
  e.library = 'Provider routines';
  e.reason = reason;
  e.code = 'ERR_OSSL_' + code;
  return e;
}

function invalidState(op) {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation ' + op);
}

function invalidAuthTag(n) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: ' + n);
}

// ivSource is node's iv check: null is allowed (ciphers without one).
function ivSource(iv, encoding) {
  if (iv === null) return null;
  if (typeof iv === 'string') {
    const norm = normalizeEncoding(encoding);
    if (norm === 'utf8' || norm === undefined) return iv;
    return bufferClass().from(iv, norm);
  }
  if (isAnyArrayBuffer(iv) || isView(iv)) return iv;
  throw argType('iv', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', iv);
}

function initCipher(self, decrypt, cipher, key, iv, options) {
  validateString(cipher, 'cipher');
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  key = secretKey(key, encoding);
  iv = ivSource(iv, encoding);
  let tagLen;
  if (options !== null && typeof options === 'object' && options.authTagLength !== undefined) {
    tagLen = options.authTagLength;
    validateUint32(tagLen, 'options.authTagLength');
  }
  const handle = internal.cryptoCipher(cipher, key, iv, decrypt, tagLen);
  switch (handle) {
    case 'UNKNOWN': throw nativeError('Unknown cipher', 'ERR_CRYPTO_UNKNOWN_CIPHER');
    case 'KEYLEN': throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    case 'IV': throw codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case 'TAG': throw invalidAuthTag(tagLen);
    case 'UNAVAILABLE': throw unavailable('crypto.' + (decrypt ? 'createDecipheriv' : 'createCipheriv'));
  }
  self[kHandle] = handle;
  authTagLengths.set(self, tagLen);
  self._decoder = null;
  self._options = options;
}
const authTagLengths = new WeakMap();

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, false, cipher, key, iv, options);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, true, cipher, key, iv, options);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

let StringDecoderClass;
function getDecoder(decoder, encoding) {
  if (StringDecoderClass === undefined) StringDecoderClass = require('string_decoder').StringDecoder;
  const norm = normalizeEncoding(encoding);
  decoder = decoder || new StringDecoderClass(encoding);
  if (decoder.encoding !== norm) {
    throw codedError(Error, 'ERR_INTERNAL_ASSERTION', 'Cannot change encoding\n' +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  return decoder;
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    if (normalizeEncoding(inputEncoding) === 'hex' && data.length % 2 !== 0) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'encoding' is invalid for data of length " + data.length + '. Received ' + internal.inspect(inputEncoding));
    }
  } else if (!isView(data)) {
    throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const handle = this[kHandle];
  if (handle.done()) throw nativeError('Trying to add data in unsupported state');
  const out = toBuffer(handle.update(data, normalizeEncoding(inputEncoding) || 'utf8'));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(out);
  }
  return out;
}

function cipherFinal(outputEncoding) {
  const handle = this[kHandle];
  if (handle.done()) throw nativeError('Invalid state', 'ERR_CRYPTO_INVALID_STATE');
  const out = handle.final();
  if (out === 'AUTH') throw nativeError('Unsupported state or unable to authenticate data');
  if (typeof out === 'string') throw opensslError(out);
  const buf = toBuffer(out);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(buf);
  }
  return buf;
}

function setAutoPadding(ap) {
  const handle = this[kHandle];
  if (handle.done() || handle.mode() === 'ctr' || handle.mode() === 'gcm') throw invalidState('setAutoPadding');
  handle.setAutoPadding(ap === undefined ? true : ap);
  return this;
}

function setAAD(aadbuf, options) {
  if (!isView(aadbuf)) throw argType('buffer', 'an instance of Buffer, TypedArray, or DataView', aadbuf);
  if (options !== undefined && options !== null && typeof options === 'object' && options.plaintextLength !== undefined) {
    validateInt32(options.plaintextLength, 'options.plaintextLength', 0);
  }
  if (!this[kHandle].setAAD(aadbuf)) throw invalidState('setAAD');
  return this;
}

function cipherTransform(chunk, encoding, callback) {
  this.push(toBuffer(this[kHandle].update(chunk, normalizeEncoding(encoding) || 'utf8')));
  callback();
}

function cipherFlush(callback) {
  try {
    this.push(cipherFinal.call(this));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

for (const C of [Cipheriv, Decipheriv]) {
  C.prototype._transform = cipherTransform;
  C.prototype._flush = cipherFlush;
  C.prototype.update = cipherUpdate;
  C.prototype.final = cipherFinal;
  C.prototype.setAutoPadding = setAutoPadding;
  C.prototype.setAAD = setAAD;
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = this[kHandle].getAuthTag();
  if (tag === null) throw invalidState('getAuthTag');
  return toBuffer(tag);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  if (typeof tagbuf === 'string') tagbuf = bufferClass().from(tagbuf, normalizeEncoding(encoding) || 'utf8');
  else if (!isView(tagbuf)) throw argType('buffer', 'an instance of Buffer, TypedArray, or DataView', tagbuf);
  const handle = this[kHandle];
  if (handle.mode() !== 'gcm' || handle.done()) throw invalidState('setAuthTag');
  const n = tagbuf.byteLength;
  const want = authTagLengths.get(this);
  if (want !== undefined ? n !== want : !(n === 4 || n === 8 || (n >= 12 && n <= 16))) throw invalidAuthTag(n);
  if (!handle.setAuthTag(tagbuf)) throw invalidState('setAuthTag');
  return this;
};

function createCipheriv(cipher, key, iv, options) { return new Cipheriv(cipher, key, iv, options); }
function createDecipheriv(cipher, key, iv, options) { return new Decipheriv(cipher, key, iv, options); }

function getCiphers() { return internal.cryptoCipherNames(); }

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw argType('nameOrNid', 'of type string or number', nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw argType('options', 'of type object', options);
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let info = null;
  if (typeof nameOrNid === 'string') info = internal.cryptoCipherInfo(nameOrNid);
  else {
    for (const n of getCiphers()) {
      const i = internal.cryptoCipherInfo(n);
      if (i[2] === nameOrNid) { info = i; break; }
    }
  }
  if (info === null) return undefined;
  const [name, mode, nid, blockSize, ivLen, keyLen] = info;
  if (keyLength !== undefined && keyLength !== keyLen) return undefined;
  let iv = ivLen;
  if (ivLength !== undefined) {
    if (mode !== 'gcm' ? ivLength !== ivLen : ivLength < 1) return undefined;
    iv = ivLength;
  }
  const out = { mode, name, nid, blockSize };
  if (ivLen !== 0) out.ivLength = iv;
  out.keyLength = keyLen;
  return out;
}

// ---- secret keys -----------------------------------------------------------

const kKeyData = Symbol('kKeyData');
const kKeyType = Symbol('kKeyType');

class KeyObject {
  constructor(type, data) {
    if (type !== 'secret') throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' is invalid. Received " + internal.inspect(type));
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyData, { value: data });
  }
  get type() { return this[kKeyType]; }
  equals(other) {
    return other instanceof KeyObject && timingSafeEqualBytes(this[kKeyData], other[kKeyData]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(data) { super('secret', data); }
  get symmetricKeySize() { return this[kKeyData].byteLength; }
  export(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw internal.invalidArgType('options', 'object', options);
    }
    const format = options === undefined ? undefined : options.format;
    const bytes = toBuffer(this[kKeyData].buffer.slice(0));
    if (format === 'jwk') return { kty: 'oct', k: bytes.toString('base64url') };
    if (format !== undefined && format !== 'buffer') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.format' must be one of: undefined, " +
        "'buffer', 'jwk'. Received " + internal.inspect(format));
    }
    return bytes;
  }
}

function createSecretKey(key, encoding) {
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isView(key)) {
    throw argType('key', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  }
  let bytes = secretKey(key, encoding);
  if (typeof bytes === 'string') bytes = new Uint8Array(internal.utf8Encode(bytes));
  else if (isAnyArrayBuffer(bytes)) bytes = new Uint8Array(bytes.slice(0));
  else bytes = new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return new SecretKeyObject(bytes);
}

function timingSafeEqualBytes(a, b) {
  return a.byteLength === b.byteLength && internal.cryptoTimingSafeEqual(a, b);
}

// ---- key derivation --------------------------------------------------------

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = byteSource(password, 'password');
  salt = byteSource(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt } = pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  if (!hasDigest(digest)) throw invalidDigest(digest);
  internal.cryptoPbkdf2(password, salt, iterations, keylen, digest, function onpbkdf2(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, toBuffer(ab));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt } = pbkdf2Check(password, salt, iterations, keylen, digest));
  if (!hasDigest(digest)) throw invalidDigest(digest);
  return toBuffer(internal.cryptoPbkdf2(password, salt, iterations, keylen, digest));
}

// scrypt: node's option handling (N/cost, r/blockSize, p/parallelization,
// maxmem; 0 means the default), then OpenSSL's parameter bounds.
const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = byteSource(password, 'password');
  salt = byteSource(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const pair = (a, b, name) => {
      const hasA = options[a] !== undefined;
      let v = name;
      if (hasA) {
        v = options[a];
        validateUint32(v, a);
      }
      if (options[b] !== undefined) {
        if (hasA) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
        v = options[b];
        validateUint32(v, b);
      }
      return v;
    };
    N = pair('N', 'cost', N);
    r = pair('r', 'blockSize', r);
    p = pair('p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateNumber(maxmem, 'maxmem');
      if (!Number.isInteger(maxmem)) throw outOfRange('maxmem', 'an integer', maxmem);
      if (maxmem < 0 || maxmem > Number.MAX_SAFE_INTEGER) throw outOfRange('maxmem', '>= 0 && <= ' + Number.MAX_SAFE_INTEGER, maxmem);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  // EVP_PBE_scrypt's checks: N a power of two (no OpenSSL error queued),
  // then the size bounds (reported as its memory limit).
  if (N < 2 || !Number.isInteger(Math.log2(N))) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  const blockLen = p * 128 * r;
  if (p > Math.floor((2 ** 30 - 1) / r) || (16 * r <= 63 && N >= 2 ** (16 * r)) || blockLen > 2 ** 31 - 1 ||
      blockLen + 128 * r * (N + 2) > maxmem) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return { password, salt, N, r, p };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const c = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  internal.cryptoScrypt(c.password, c.salt, c.N, c.r, c.p, keylen, function onscrypt(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, toBuffer(ab));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const c = scryptCheck(password, salt, keylen, options);
  return toBuffer(internal.cryptoScrypt(c.password, c.salt, c.N, c.r, c.p, keylen));
}

function hkdfCheck(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  ikm = secretKey(ikm);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateNumber(keylen, 'length');
  if (!Number.isInteger(keylen)) throw outOfRange('length', 'an integer', keylen);
  // hkdf's bound is buffer's kMaxLength (2 ** 32), not randomBytes' 2 ** 31 - 1.
  const max = require('buffer').kMaxLength;
  if (keylen < 0 || keylen > max) throw outOfRange('length', '>= 0 && <= ' + max, keylen);
  const infoLength = typeof info === 'string' ? internal.utf8Length(info) : info.byteLength;
  if (infoLength > 1024) throw outOfRange('info', 'must not contain more than 1024 bytes', infoLength);
  const kind = internal.cryptoDigestKind(digest);
  if (kind === '') throw invalidDigest(digest);
  const size = internal.cryptoHash(digest, undefined).digest('buffer').byteLength;
  if (kind === 'digest' && keylen > 255 * size) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return { ikm, salt, info };
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  ({ ikm, salt, info } = hkdfCheck(digest, ikm, salt, info, keylen));
  validateFunction(callback, 'callback');
  internal.cryptoHkdf(digest, ikm, salt, info, keylen, function onhkdf(err, ab) {
    if (err) return callback.call(this, err);
    callback.call(this, null, ab);
  });
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  ({ ikm, salt, info } = hkdfCheck(digest, ikm, salt, info, keylen));
  return internal.cryptoHkdf(digest, ikm, salt, info, keylen);
}

// ---- random numbers --------------------------------------------------------

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw outOfRange('offset', '>= 0 && <= ' + maxLength, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) {
    throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  }
  if (size + offset > length) throw outOfRange('size + offset', '<= ' + length, size + offset);
  return size >>> 0;
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isView(buf)) {
    throw argType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const ab = new ArrayBuffer(size);
  const buf = toBuffer(ab);
  if (callback === undefined) {
    internal.cryptoRandomFill(ab, 0, size);
    return buf;
  }
  randomFill(ab, 0, size, function onrandom(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

function randomFillSync(buf, offset = 0, size) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size !== 0) internal.cryptoRandomFill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    // As in node: nothing to do, so the callback runs at once.
    callback(null, buf);
    return;
  }
  internal.cryptoRandomFill(buf, offset, size, function onfill(err) {
    callback.call(this, err || null, buf);
  });
}

// randomInt draws from a cache of 6-byte values, as node does: synchronous
// calls refill it on the spot; asynchronous ones are answered by nextTick
// while it lasts, and wait for a refill on the thread pool when it is empty.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new Uint8Array(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncRefilling = false;
const asyncPending = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw argType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw argType('max', 'a safe integer', max);
  if (max <= min) throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  const range = max - min;
  if (!(range <= RAND_MAX)) throw outOfRange('max' + (minNotSpecified ? '' : ' - min'), '<= ' + RAND_MAX, range);
  const limit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      internal.cryptoRandomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    let x = 0;
    for (let i = 0; i < 6; i++) x = x * 256 + randomCache[randomCacheOffset + i];
    randomCacheOffset += 6;
    if (x < limit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncPending.push({ min, max, callback });
  if (asyncRefilling) return;
  asyncRefilling = true;
  internal.cryptoRandomFill(randomCache, 0, randomCache.length, function onrefill() {
    asyncRefilling = false;
    randomCacheOffset = 0;
    for (const task of asyncPending.splice(0)) randomInt(task.min, task.max, task.callback);
  });
}

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw argType('options', 'of type object', options);
  }
  const { disableEntropyCache = false } = options || {};
  if (typeof disableEntropyCache !== 'boolean') {
    throw argType('options.disableEntropyCache', 'of type boolean', disableEntropyCache);
  }
  return internal.cryptoRandomUUID();
}

function isIntegerTypedArray(v) {
  return isView(v) && !(v instanceof DataView) && !(v instanceof Float32Array) && !(v instanceof Float64Array);
}

function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength !== 0) internal.cryptoRandomFill(data, 0, data.byteLength);
  return data;
}

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isView(buf1)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (!isAnyArrayBuffer(buf2) && !isView(buf2)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return internal.cryptoTimingSafeEqual(buf1, buf2);
}

// ---- webcrypto -------------------------------------------------------------

// SubtleCrypto has digest (on the thread pool, as node's HashJob); the rest
// of WebCrypto (keys, ciphers, signatures) rejects as unavailable.
const subtleDigests = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

// Crypto, SubtleCrypto and CryptoKey are globals in node 20 that no
// program can construct ('Illegal constructor'); kConstruct is this file's
// own way past that.
const kConstruct = Symbol('kConstruct');
function illegal(token) {
  if (token !== kConstruct) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
// webIDL gives the methods and accessors of these classes enumerable
// properties; a class body's are not.
function enumerableMembers(C) {
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k !== 'constructor') Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}

class SubtleCrypto {
  constructor() { illegal(arguments[0]); }
  digest(algorithm, data) {
    const args = arguments.length;
    return new Promise((resolve, reject) => {
      if (!(this instanceof SubtleCrypto)) {
        throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto');
      }
      // node's WebIDL order: the argument count, both arguments' types,
      // then the algorithm's normalization.
      if (args < 2) {
        throw codedError(TypeError, 'ERR_MISSING_ARGS', "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments " +
          'required, but only ' + args + ' present.');
      }
      if (!isAnyArrayBuffer(data) && !isView(data)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument " +
          'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
      const name = typeof algorithm === 'string' ? algorithm : algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined;
      if (typeof algorithm === 'object' && algorithm !== null && name === undefined) {
        throw codedError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be " +
          "converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
      }
      const digest = typeof name === 'string' ? subtleDigests[name.toLowerCase()] : undefined;
      if (digest === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
      internal.cryptoDigest(digest, data, (err, ab) => (err ? reject(err) : resolve(ab)));
    });
  }
}
// The rest of SubtleCrypto rejects as unavailable; each with node's
// length, all in node's order.
// HMAC keys (importKey, generateKey, exportKey, sign, verify) and PBKDF2
// and HKDF keys' deriveBits are there too, over createHmac, pbkdf2Sync and
// hkdfSync.
const keyData = new WeakMap(); // CryptoKey → { type, extractable, algorithm, usages, raw }
const hashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const jwkAlg = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };

function algorithmName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined;
  if (typeof name !== 'string') {
    throw codedError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be " +
      "converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
  }
  const upper = name.toUpperCase();
  for (const n of ['HMAC', 'PBKDF2', 'HKDF']) if (upper === n) return n;
  throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

function hashOf(algorithm, dict) {
  const h = algorithm.hash;
  if (h === undefined) {
    throw codedError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: passed algorithm can not be " +
      "converted to '" + dict + "' because 'hash' is required in '" + dict + "'.");
  }
  const name = typeof h === 'string' ? h : h !== null && typeof h === 'object' ? h.name : undefined;
  const upper = typeof name === 'string' ? name.toUpperCase() : '';
  if (subtleDigests[upper.toLowerCase()] === undefined) {
    throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return upper;
}

function bytesOf(data, what) {
  if (isAnyArrayBuffer(data)) return Buffer.from(new Uint8Array(data));
  if (isView(data)) return Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + what + '" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

function makeKey(type, extractable, algorithm, usages, raw) {
  const key = new CryptoKey(kConstruct);
  keyData.set(key, { type, extractable, algorithm, usages, raw });
  return key;
}

function keyOf(key) {
  const d = keyData.get(key);
  if (d === undefined) throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an instance of CryptoKey.');
  return d;
}

function checkUsages(usages, allowed, what) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw new DOMException('Unsupported key usage for ' + what, 'SyntaxError');
  }
  return [...new Set(usages)];
}

const subtleImpl = {
  async importKey(format, data, algorithm, extractable, usages) {
    const name = algorithmName(algorithm);
    let raw;
    if (format === 'raw') raw = bytesOf(data, 'keyData');
    else if (format === 'jwk' && name === 'HMAC') {
      if (data === null || typeof data !== 'object' || data.kty !== 'oct') throw new DOMException('Invalid keyData', 'DataError');
      raw = Buffer.from(String(data.k), 'base64url');
    } else throw new DOMException('Unable to import ' + name + ' key with format ' + format, 'NotSupportedError');
    if (name !== 'HMAC') {
      if (extractable) throw new DOMException(name + ' keys are not extractable', 'SyntaxError');
      const u = checkUsages(usages, ['deriveKey', 'deriveBits'], 'a ' + name + ' key');
      return makeKey('secret', false, { name }, u, raw);
    }
    const hash = hashOf(algorithm, 'HmacImportParams');
    const u = checkUsages(usages, ['sign', 'verify'], 'an HMAC key');
    if (raw.length === 0) throw new DOMException('Zero-length key is not supported', 'DataError');
    const length = algorithm.length !== undefined ? algorithm.length : raw.length * 8;
    return makeKey('secret', Boolean(extractable), { name: 'HMAC', hash: { name: hash }, length }, u, raw);
  },
  async generateKey(algorithm, extractable, usages) {
    const name = algorithmName(algorithm);
    if (name !== 'HMAC') throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    const hash = hashOf(algorithm, 'HmacKeyGenParams');
    const u = checkUsages(usages, ['sign', 'verify'], 'an HMAC key');
    const length = algorithm.length !== undefined ? algorithm.length >>> 0 : hashBlockBits[hash];
    const raw = randomBytes(Math.ceil(length / 8));
    return makeKey('secret', Boolean(extractable), { name: 'HMAC', length, hash: { name: hash } }, u, raw);
  },
  async exportKey(format, key) {
    const d = keyOf(key);
    if (!d.extractable) throw new DOMException('key is not extractable', 'InvalidAccessException');
    if (format === 'raw') { const ab = new ArrayBuffer(d.raw.length); new Uint8Array(ab).set(d.raw); return ab; }
    if (format === 'jwk' && d.algorithm.name === 'HMAC') {
      return { key_ops: d.usages.slice(), ext: d.extractable, kty: 'oct', k: d.raw.toString('base64url'), alg: jwkAlg[d.algorithm.hash.name] };
    }
    throw new DOMException('Unable to export a raw ' + d.algorithm.name + ' key', 'NotSupportedError');
  },
  async sign(algorithm, key, data) {
    algorithmName(algorithm);
    const d = keyOf(key);
    if (d.algorithm.name !== 'HMAC' || !d.usages.includes('sign')) throw new DOMException('Unable to use this key to sign', 'InvalidAccessError');
    const mac = createHmac(subtleDigests[d.algorithm.hash.name.toLowerCase()], d.raw).update(bytesOf(data, 'data')).digest();
    const ab = new ArrayBuffer(mac.length);
    new Uint8Array(ab).set(mac);
    return ab;
  },
  async verify(algorithm, key, signature, data) {
    algorithmName(algorithm);
    const d = keyOf(key);
    if (d.algorithm.name !== 'HMAC' || !d.usages.includes('verify')) throw new DOMException('Unable to use this key to verify', 'InvalidAccessError');
    const mac = createHmac(subtleDigests[d.algorithm.hash.name.toLowerCase()], d.raw).update(bytesOf(data, 'data')).digest();
    const sig = bytesOf(signature, 'signature');
    return sig.length === mac.length && internal.cryptoTimingSafeEqual(sig, mac);
  },
  async deriveBits(algorithm, key, length) {
    const name = algorithmName(algorithm);
    const d = keyOf(key);
    if (d.algorithm.name !== name || !d.usages.includes('deriveBits')) throw new DOMException('Unable to use this key to deriveBits', 'InvalidAccessError');
    if (length === null || length === undefined || length % 8 !== 0) throw new DOMException('length must be a multiple of 8', 'OperationError');
    const hash = subtleDigests[hashOf(algorithm, name === 'PBKDF2' ? 'Pbkdf2Params' : 'HkdfParams').toLowerCase()];
    const out = name === 'PBKDF2' ?
      pbkdf2Sync(d.raw, bytesOf(algorithm.salt, 'algorithm.salt'), algorithm.iterations, length / 8, hash) :
      Buffer.from(hkdfSync(hash, d.raw, bytesOf(algorithm.salt, 'algorithm.salt'), bytesOf(algorithm.info, 'algorithm.info'), length / 8));
    const ab = new ArrayBuffer(out.length);
    new Uint8Array(ab).set(out);
    return ab;
  },
};

const subtleDigest = SubtleCrypto.prototype.digest;
delete SubtleCrypto.prototype.digest;
for (const [name, length] of [['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['digest', 2], ['generateKey', 3],
  ['deriveKey', 5], ['deriveBits', 2], ['importKey', 5], ['exportKey', 2], ['wrapKey', 4], ['unwrapKey', 7]]) {
  const impl = subtleImpl[name];
  const value = name === 'digest' ? subtleDigest : impl ? ({ [name](...args) { return impl(...args); } })[name] :
    ({ [name]() { return Promise.reject(unavailable('crypto.subtle.' + name)); } })[name];
  Object.defineProperty(value, 'length', { value: length, configurable: true });
  Object.defineProperty(SubtleCrypto.prototype, name, { configurable: true, writable: true, enumerable: true, value });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
const subtle = new SubtleCrypto(kConstruct);

// Crypto is globalThis.crypto and crypto.webcrypto: getRandomValues,
// randomUUID and subtle.
class Crypto {
  constructor() { illegal(arguments[0]); }
  get subtle() {
    if (!(this instanceof Crypto)) {
      throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    return subtle;
  }
  getRandomValues(data) {
    if (!(this instanceof Crypto)) {
      throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    if (arguments.length < 1) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', "Failed to execute 'getRandomValues' on 'Crypto': 1 argument " +
        'required, but only 0 present.');
    }
    return getRandomValues(data);
  }
  randomUUID() {
    if (!(this instanceof Crypto)) {
      throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    return internal.cryptoRandomUUID();
  }
}
enumerableMembers(Crypto);
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
const webcrypto = new Crypto(kConstruct);

// CryptoKey: the keys subtle's HMAC, PBKDF2 and HKDF make.
function cryptoKeyField(key, name) {
  const d = keyData.get(key);
  if (d === undefined) throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type CryptoKey');
  return d[name];
}
class CryptoKey {
  constructor() { illegal(arguments[0]); }
  get type() { return cryptoKeyField(this, 'type'); }
  get extractable() { return cryptoKeyField(this, 'extractable'); }
  get algorithm() { return cryptoKeyField(this, 'algorithm'); }
  get usages() { return cryptoKeyField(this, 'usages'); }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const d = keyData.get(this);
    if (d === undefined) return this;
    return 'CryptoKey ' + inspect({ type: d.type, extractable: d.extractable, algorithm: d.algorithm, usages: d.usages },
      { ...options, depth: options.depth == null ? null : options.depth - 1 });
  }
}
enumerableMembers(CryptoKey);
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
// The globals Crypto, SubtleCrypto and CryptoKey (js/globals.go) read
// these; require('crypto') has none of them, as node's.
module.hidden = { Crypto, SubtleCrypto, CryptoKey };

// ---- what evloop leaves out ------------------------------------------------

function unavailable(name) {
  return codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    name + ' is not available in evloop (only hashes, HMAC, AES ciphers, pbkdf2, hkdf, scrypt, random numbers, subtle.digest and subtle HMAC, PBKDF2 and HKDF keys are)');
}

// constants: node's crypto.constants as node 20 (OpenSSL 3.0) prints them
// on Linux, in its order; a null-prototype object, not frozen. Only the
// numbers: evloop's crypto is Go's, so these select nothing.
const coreCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const constants = Object.assign(Object.create(null), {
  OPENSSL_VERSION_NUMBER: 805306672, SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144, SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192, SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048, SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288, SSL_OP_NO_QUERY_MTU: 4096, SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536, SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384, SSL_OP_NO_TLSv1: 67108864, SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912, SSL_OP_PRIORITIZE_CHACHA: 2097152, SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2, ENGINE_METHOD_DH: 4, ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64, ENGINE_METHOD_DIGESTS: 128, ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024, ENGINE_METHOD_ALL: 65535, ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8, RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2, defaultCoreCipherList: coreCipherList, TLS1_VERSION: 769, TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771, TLS1_3_VERSION: 772, POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});
// defaultCipherList is added when crypto loads, as node's crypto.js does
// (so require('constants') made before it has none): an accessor that,
// read or written once, leaves a plain writable value in its place.
function settle(obj, value) {
  Object.defineProperty(obj, 'defaultCipherList', { writable: true, configurable: true, enumerable: true, value });
  return value;
}
Object.defineProperty(constants, 'defaultCipherList', {
  configurable: true, enumerable: true,
  get() { return settle(this, coreCipherList); },
  set(v) { settle(this, v); },
});

function absent(name) {
  return function () { throw unavailable('crypto.' + name); };
}

module.exports = {
  checkPrime: absent('checkPrime'),
  checkPrimeSync: absent('checkPrimeSync'),
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: absent('createDiffieHellman'),
  createDiffieHellmanGroup: absent('createDiffieHellmanGroup'),
  createECDH: absent('createECDH'),
  createHash,
  createHmac,
  createPrivateKey: absent('createPrivateKey'),
  createPublicKey: absent('createPublicKey'),
  createSecretKey,
  createSign: absent('createSign'),
  createVerify: absent('createVerify'),
  diffieHellman: absent('diffieHellman'),
  generatePrime: absent('generatePrime'),
  generatePrimeSync: absent('generatePrimeSync'),
  getCiphers,
  getCipherInfo,
  getCurves: () => [],
  getDiffieHellman: absent('getDiffieHellman'),
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: absent('generateKeyPair'),
  generateKeyPairSync: absent('generateKeyPairSync'),
  generateKey: absent('generateKey'),
  generateKeySync: absent('generateKeySync'),
  privateDecrypt: absent('privateDecrypt'),
  privateEncrypt: absent('privateEncrypt'),
  publicDecrypt: absent('publicDecrypt'),
  publicEncrypt: absent('publicEncrypt'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: absent('sign'),
  setEngine: absent('setEngine'),
  timingSafeEqual,
  getFips: () => 0,
  setFips: absent('setFips'),
  verify: absent('verify'),
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  KeyObject,
  // No secure heap is configured (node's default): all zero.
  secureHeapUsed: function secureHeapUsed() { return { total: 0, used: 0, utilization: 0, min: 0 }; },
  constants,
  webcrypto,
};
module.exports.subtle = subtle;
module.exports.getRandomValues = function getRandomValues(data) { return webcrypto.getRandomValues(data); };
