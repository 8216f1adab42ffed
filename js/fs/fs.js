// fs: node's file system module (lib/fs.js) over the natives of fs.go.
// Each native does one system call, at once (the *Sync API) or on the
// thread pool with a callback from the poll phase (the callback API), so
// the multi-step calls keep node's round trips: readFile is open, fstat,
// read, close (lib/internal/fs/read_file_context.js); writeFile is open,
// write, close. Arguments are validated here, with node's errors.
'use strict';

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');

const binding = internal.fs;

// ---- constants (Linux's, as node prints them) ------------------------------

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256,
  O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256,
  S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7,
  S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};
Object.freeze(constants);
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT, S_IFREG,
  S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;

// ---- errors and validation -------------------------------------------------

const nodeError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js

const invalidArgType = internal.invalidArgType;

function invalidArgValue(name, value, reason) {
  let shown = internal.inspect(value);
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  const kind = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The ${kind} '${name}' ${reason || 'is invalid'}. Received ${shown}`);
}

function outOfRange(name, range, value) {
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${internal.inspect(value)}`);
}

function maybeCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'function', cb);
  return cb;
}

function makeCallback(cb) {
  return maybeCallback(cb);
}

function isUint8Array(v) { return v instanceof Uint8Array; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

function toPathString(p, name) {
  if (typeof p === 'string') return p;
  if (isUint8Array(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('utf8');
  if (p != null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
    if (p.protocol !== 'file:') {
      throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    if (p.hostname !== '' && p.hostname !== undefined) {
      throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    }
    return decodeURIComponent(p.pathname);
  }
  throw invalidArgType(name, 'string or an instance of Buffer or URL', p);
}

// getValidatedPath: a string, Buffer or file: URL, without null bytes.
function getValidatedPath(p, name = 'path') {
  const s = toPathString(p, name);
  if (s.includes('\u0000')) {
    throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return s;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function getValidatedFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

function isFd(p) { return typeof p === 'number'; }

function parseFileMode(value, name, def) {
  if (value == null) return def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw invalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    value = parseInt(value, 8);
  }
  validateInt32(value, name, 0, 4294967295);
  return value;
}

function assertEncoding(enc) {
  if (enc && enc !== 'buffer' && !Buffer.isEncoding(enc)) {
    throw invalidArgValue('encoding', enc, 'is invalid encoding');
  }
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = Object.assign({}, defaults);
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "options" argument must be one of type string or object. Received ' + internal.describe(options));
  } else {
    options = Object.assign({}, defaults, options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// validateAbortSignal is node's check of a signal option: an object with
// an aborted property (node's own test is that loose too).
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "' + name + '" property must be an instance of AbortSignal. Received ' + internal.describe(signal));
  }
}

// abortError is node's AbortError for an fs call whose signal aborted: the
// signal's reason is its cause.
function abortError(signal) {
  const err = new Error('The operation was aborted', { cause: signal && signal.reason });
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  return err;
}

// stringToFlags: node's flag strings as open(2) flags.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw invalidArgValue(name, flags);
}

function toBuffer(ab) { return Buffer.from(ab); }

function encodeResult(buf, encoding) {
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// validateData: what writeFile and appendFile accept.
function validateData(data, name = 'data') {
  if (typeof data === 'string' || isArrayBufferView(data)) return;
  throw invalidArgType(name, 'string or an instance of Buffer, TypedArray, or DataView', data);
}

function bytesOf(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

// ---- Stats and Dirent --------------------------------------------------------

function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
StatsBase.prototype.isDirectory = function isDirectory() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function makeStats(a, bigint) {
  if (a === undefined) return undefined;
  if (bigint) return new BigIntStats(a);
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    a[10], a[11], a[12], a[13]);
}

// BigIntStats is stat's result with { bigint: true }: every number a
// BigInt, and the times in nanoseconds too (from the binding's
// milliseconds, so to the float's precision, about a quarter of a
// microsecond, not the kernel's nanosecond).
function BigIntStats(a) {
  StatsBase.call(this, ...a.slice(0, 10).map((n) => BigInt(n)));
  const ns = a.slice(10, 14).map((ms) => BigInt(Math.floor(ms)) * 1000000n + BigInt(Math.round((ms - Math.floor(ms)) * 1e6)));
  this.atimeMs = ns[0] / 1000000n;
  this.mtimeMs = ns[1] / 1000000n;
  this.ctimeMs = ns[2] / 1000000n;
  this.birthtimeMs = ns[3] / 1000000n;
  this.atimeNs = ns[0];
  this.mtimeNs = ns[1];
  this.ctimeNs = ns[2];
  this.birthtimeNs = ns[3];
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function direntsOf(path, pair, encoding) {
  const [names, types] = pair;
  return names.map((n, i) => new Dirent(encodeName(n, encoding), types[i], path));
}

function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const b = Buffer.from(name, 'utf8');
  return encoding === 'buffer' ? b : b.toString(encoding);
}

// ---- the callback API --------------------------------------------------------

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// readArgs normalizes read's forms: (buffer, offset, length, position),
// (buffer, options) and ({ buffer, offset, length, position }).
function readArgs(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  if (buffer != null && typeof buffer === 'object' && !isArrayBufferView(buffer)) {
    ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer);
  } else if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length, position = null } = offset);
  }
  if (!isArrayBufferView(buffer)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (offset == null) offset = 0;
  else validateInt32(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  if (length === 0) return { fd, buffer, offset, length, position: -1, empty: true };
  if (buffer.byteLength === 0) {
    throw invalidArgValue('buffer', buffer, 'is empty and cannot be written');
  }
  validateInt32(length, 'length', 0);
  if (offset > buffer.byteLength) throw outOfRange('offset', `<= ${buffer.byteLength}`, offset);
  if (length > buffer.byteLength - offset) throw outOfRange('length', `<= ${buffer.byteLength - offset}`, length);
  if (position == null || position === -1) position = -1;
  else if (typeof position === 'bigint') position = Number(position);
  else if (typeof position !== 'number') throw invalidArgType('position', 'number or bigint', position);
  return { fd, buffer, offset, length, position };
}

function read(fd, buffer, offset, length, position, callback) {
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = Buffer.alloc(16384);
    offset = 0;
  } else if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
  } else if (typeof length === 'function') {
    callback = length;
    length = undefined;
  } else if (typeof position === 'function') {
    callback = position;
    position = undefined;
  }
  callback = makeCallback(callback);
  const a = readArgs(fd, buffer, offset, length, position);
  if (a.empty) {
    process.nextTick(() => callback(null, 0, a.buffer));
    return;
  }
  binding.read(a.fd, a.buffer, a.offset, a.length, a.position, (err, n) => callback(err, n || 0, a.buffer));
}

function readSync(fd, buffer, offset, length, position) {
  const a = readArgs(fd, buffer, offset, length, position);
  if (a.empty) return 0;
  return binding.read(a.fd, a.buffer, a.offset, a.length, a.position);
}

// writeArgs normalizes write's forms: (buffer, offset, length, position)
// and (string, position, encoding).
function writeArgs(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    if (offset != null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
    if (offset == null) offset = 0;
    else validateInt32(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = -1;
    if (offset > buffer.byteLength) throw outOfRange('offset', `<= ${buffer.byteLength}`, offset);
    if (length < 0 || length > buffer.byteLength - offset) {
      throw outOfRange('length', `>= 0 && <= ${buffer.byteLength - offset}`, length);
    }
    return { fd, data: bytesOf(buffer), offset, length, position, isString: false };
  }
  if (typeof buffer !== 'string') {
    throw invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  // (fd, string, position, encoding)
  const pos = typeof offset === 'number' ? offset : -1;
  const enc = typeof length === 'string' ? length : 'utf8';
  assertEncoding(enc);
  const data = enc === 'utf8' || enc === 'utf-8' ? buffer : Buffer.from(buffer, enc);
  return { fd, data, offset: 0, length: typeof data === 'string' ? 0 : data.byteLength, position: pos, isString: true };
}

function write(fd, buffer, offset, length, position, callback) {
  const args = Array.prototype.slice.call(arguments, 1);
  let cbIndex = args.length - 1;
  while (cbIndex >= 0 && typeof args[cbIndex] !== 'function') cbIndex--;
  callback = makeCallback(args[cbIndex]);
  for (let i = cbIndex; i < 5; i++) args[i] = undefined;
  const a = writeArgs(fd, args[0], args[1], args[2], args[3]);
  binding.write(a.fd, a.data, a.offset, a.length, a.position, (err, n) => callback(err, n || 0, buffer));
}

function writeSync(fd, buffer, offset, length, position) {
  const a = writeArgs(fd, buffer, offset, length, position);
  try {
    return binding.write(a.fd, a.data, a.offset, a.length, a.position);
  } catch (err) {
    throw writeSyncError(err);
  }
}

// writeSyncError gives err the key order of node 20's writeSync errors,
// built from a context object: errno, syscall, then code (the other sync
// calls throw errno, code, syscall).
function writeSyncError(err) {
  if (err !== null && typeof err === 'object' && err.syscall === 'write' && Object.hasOwn(err, 'code')) {
    const { code } = err;
    delete err.code;
    err.code = code;
  }
  return err;
}

// readFile: open, fstat, read until the size is reached or a read returns
// nothing, close; then the callback. On a descriptor the program owns,
// fstat starts from a tick and nothing is closed.
function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const ctx = { callback, encoding: options.encoding, isUserFd: isFd(path), fd: undefined,
    size: 0, pos: 0, buffer: null, buffers: null, err: null, signal: options.signal };
  if (ctx.isUserFd) {
    getValidatedFd(path);
    process.nextTick(readFileAfterOpen, ctx, null, path);
    return;
  }
  // As node: an already-aborted signal calls back at once, before any I/O.
  if (options.signal && options.signal.aborted) {
    callback(abortError(options.signal));
    return;
  }
  const flags = stringToFlags(options.flag, 'options.flag');
  path = getValidatedPath(path);
  binding.open(path, flags, 0o666, (err, fd) => readFileAfterOpen(ctx, err, fd));
}

function readFileAfterOpen(ctx, err, fd) {
  if (err) {
    ctx.callback(err);
    return;
  }
  ctx.fd = fd;
  binding.fstat(fd, (err2, st) => readFileAfterStat(ctx, err2, st));
}

function readFileAfterStat(ctx, err, st) {
  if (err) {
    readFileClose(ctx, err);
    return;
  }
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size > 2 ** 31 - 1) {
    readFileClose(ctx, nodeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${size}) is greater than 2 GiB`));
    return;
  }
  ctx.size = size;
  if (size === 0) ctx.buffers = [];
  else ctx.buffer = Buffer.allocUnsafeSlow(size);
  readFileRead(ctx);
}

function readFileRead(ctx) {
  // node checks the signal before each read and closes the file.
  if (ctx.signal && ctx.signal.aborted) {
    readFileClose(ctx, abortError(ctx.signal));
    return;
  }
  let buffer, offset, length;
  if (ctx.size === 0) {
    buffer = ctx.buffer = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
    offset = 0;
    length = kReadFileUnknownBufferLength;
  } else {
    buffer = ctx.buffer;
    offset = ctx.pos;
    length = Math.min(kReadFileBufferLength, ctx.size - ctx.pos);
  }
  binding.read(ctx.fd, buffer, offset, length, -1, (err, bytesRead) => {
    if (err) {
      readFileClose(ctx, err);
      return;
    }
    ctx.pos += bytesRead;
    if (ctx.pos === ctx.size || bytesRead === 0) {
      readFileClose(ctx, null);
      return;
    }
    if (ctx.size === 0) {
      ctx.buffers.push(bytesRead === kReadFileUnknownBufferLength ? ctx.buffer : ctx.buffer.slice(0, bytesRead));
    }
    readFileRead(ctx);
  });
}

function readFileClose(ctx, err) {
  if (ctx.isUserFd) {
    // node's ReadFileContext.close drops err on a descriptor the program
    // owns: a failed fstat ends in Buffer.concat(null)'s TypeError, a
    // failed read in the bytes read so far.
    process.nextTick(readFileAfterClose, ctx, null);
    return;
  }
  ctx.err = err;
  binding.close(ctx.fd, (err2) => readFileAfterClose(ctx, err2));
}

function readFileAfterClose(ctx, err) {
  if (ctx.err || err) {
    ctx.callback(ctx.err || err);
    return;
  }
  let buffer;
  try {
    if (ctx.size === 0) buffer = Buffer.concat(ctx.buffers, ctx.pos);
    else if (ctx.pos < ctx.size) buffer = ctx.buffer.slice(0, ctx.pos);
    else buffer = ctx.buffer;
    buffer = encodeResult(buffer, ctx.encoding);
  } catch (e) {
    ctx.callback(e);
    return;
  }
  ctx.callback(null, buffer);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  let ab;
  if (path === 0) {
    // Standard input: the embedder's (js.Runtime.ReadStdinAll), read to
    // its end now.
    ab = binding.readStdin();
  } else if (isFd(path)) {
    ab = binding.readFileSync(getValidatedFd(path), 0);
  } else {
    ab = binding.readFileSync(getValidatedPath(path), stringToFlags(options.flag, 'options.flag'));
  }
  return encodeResult(toBuffer(ab), options.encoding);
}

// writeFile: open, write until all is written, close.
function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateData(data);
  data = bytesOf(data, options.encoding);
  const flag = options.flag || 'w';
  if (isFd(path)) {
    writeAll(getValidatedFd(path), true, data, 0, data.byteLength, callback, options.signal);
    return;
  }
  if (options.signal && options.signal.aborted) {
    callback(abortError(options.signal));
    return;
  }
  open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) callback(openErr);
    else writeAll(fd, false, data, 0, data.byteLength, callback, options.signal);
  });
}

function writeAll(fd, isUserFd, buffer, offset, length, callback, signal) {
  if (signal && signal.aborted) {
    const err = abortError(signal);
    if (isUserFd) callback(err);
    else binding.close(fd, () => callback(err));
    return;
  }
  binding.write(fd, buffer, offset, length, -1, (writeErr, written) => {
    if (writeErr) {
      if (isUserFd) callback(writeErr);
      else binding.close(fd, () => callback(writeErr));
    } else if (written === length) {
      if (isUserFd) callback(null);
      else binding.close(fd, callback);
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, callback, signal);
    }
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateData(data);
  // node writes a utf8 string in one native call, anything else with writeSync.
  const utf8 = typeof data === 'string' && (options.encoding === 'utf8' || options.encoding === 'utf-8');
  data = bytesOf(data, options.encoding);
  try {
    if (isFd(path)) {
      binding.writeFileSync(getValidatedFd(path), data, 0, 0);
      return;
    }
    binding.writeFileSync(getValidatedPath(path), data, stringToFlags(options.flag || 'w'),
      parseFileMode(options.mode, 'mode', 0o666));
  } catch (err) {
    throw utf8 ? err : writeSyncError(err);
  }
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = Object.assign({}, options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = Object.assign({}, options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// pathCall defines name(path, [options,] callback) and nameSync(path,
// [options]) for a native taking (path, ...extra, cb).
function statOptions(options) {
  if (options == null || typeof options === 'function') return {};
  return options;
}

function stat(path, options = undefined, callback = undefined) {
  if (typeof options === 'function') callback = options;
  const bigint = !!statOptions(options).bigint;
  callback = makeCallback(callback);
  binding.stat(getValidatedPath(path), (err, a) => (err ? callback(err) : callback(null, makeStats(a, bigint))));
}

function lstat(path, options = undefined, callback = undefined) {
  if (typeof options === 'function') callback = options;
  const bigint = !!statOptions(options).bigint;
  callback = makeCallback(callback);
  binding.lstat(getValidatedPath(path), (err, a) => (err ? callback(err) : callback(null, makeStats(a, bigint))));
}

function fstat(fd, options = undefined, callback = undefined) {
  if (typeof options === 'function') callback = options;
  const bigint = !!statOptions(options).bigint;
  callback = makeCallback(callback);
  binding.fstat(getValidatedFd(fd), (err, a) => (err ? callback(err) : callback(null, makeStats(a, bigint))));
}

function statSync(path, options = undefined) {
  options = statOptions(options);
  path = getValidatedPath(path);
  if (options.throwIfNoEntry === false) {
    try {
      return makeStats(binding.stat(path), !!options.bigint);
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
      throw err;
    }
  }
  return makeStats(binding.stat(path), !!options.bigint);
}

function lstatSync(path, options = undefined) {
  options = statOptions(options);
  path = getValidatedPath(path);
  if (options.throwIfNoEntry === false) {
    try {
      return makeStats(binding.lstat(path), !!options.bigint);
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
      throw err;
    }
  }
  return makeStats(binding.lstat(path), !!options.bigint);
}

function fstatSync(fd, options = undefined) {
  return makeStats(binding.fstat(getValidatedFd(fd)), !!statOptions(options).bigint);
}

function readdirResult(path, result, options) {
  if (options.withFileTypes) return direntsOf(path, result, options.encoding);
  if (!options.encoding || options.encoding === 'utf8' || options.encoding === 'utf-8') return result;
  return result.map((n) => encodeName(n, options.encoding));
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive) {
    readdirRecursive(path, options).then((r) => callback(null, r), (e) => callback(e));
    return;
  }
  binding.readdir(path, !!options.withFileTypes,
    (err, result) => (err ? callback(err) : callback(null, readdirResult(path, result, options))));
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return readdirResult(path, binding.readdir(path, !!options.withFileTypes), options);
}

function readdirRecursiveSync(root, options) {
  const out = [];
  const walk = (dir) => {
    const [names, types] = binding.readdir(dir, true);
    for (let i = 0; i < names.length; i++) {
      const full = pathModule.join(dir, names[i]);
      if (options.withFileTypes) out.push(new Dirent(names[i], types[i], dir));
      else out.push(pathModule.relative(root, full));
      if (types[i] === constants.UV_DIRENT_DIR) walk(full);
    }
  };
  walk(root);
  return out;
}

function readdirRecursive(root, options) {
  return new Promise((resolve, reject) => {
    try {
      resolve(readdirRecursiveSync(root, options));
    } catch (e) {
      reject(e);
    }
  });
}

// mkdirOptions is mkdir's mode and recursive flag from a mode or an
// options object; the mode is checked here, recursive after the path (node's
// order).
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode', 0o777);
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', recursive);
  binding.mkdir(path, mode, recursive, recursive ? (err, first) => (err ? callback(err) : callback(null, first)) : callback);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', recursive);
  return binding.mkdir(path, mode, recursive);
}

// rmdir with recursive: true is deprecated (DEP0147, warned once); as in
// node, only a directory is removed as rm would; anything else goes to
// rmdir, which fails with ENOTDIR, and a missing path fails in lstat.
// (The flag is on the natives fs and fs/promises share, so the two warn once between them.)
function warnRecursiveRmdir() {
  if (internal.warnedRecursiveRmdir) return;
  internal.warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) {
    warnRecursiveRmdir();
    lstat(path, (err, stats) => {
      if (err) callback(err);
      else if (stats.isDirectory()) rm(path, { recursive: true, force: false }, callback);
      else binding.rmdir(path, callback);
    });
    return;
  }
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    warnRecursiveRmdir();
    if (lstatSync(path).isDirectory()) return rmSync(path, { recursive: true });
  }
  binding.rmdir(path);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

// ERR_FS_EISDIR: rm without recursive on a directory (a SystemError).
function rmIsDir(path) {
  const err = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${path}`);
  err.name = 'SystemError';
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  internal.setErrorCode(err, 'ERR_FS_EISDIR');
  err.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
  err.errno = 21;
  err.syscall = 'rm';
  err.path = path;
  err.stack = `SystemError [ERR_FS_EISDIR]: ${err.message}`;
  return err;
}

function rmOptions(options) {
  options = Object.assign({ recursive: false, force: false }, options);
  if (typeof options.recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', options.recursive);
  if (typeof options.force !== 'boolean') throw invalidArgType('options.force', 'boolean', options.force);
  return options;
}

// rm: lstat first, as node's does, then the file or the whole tree.
function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = rmOptions(options);
  binding.lstat(path, (err, st) => {
    if (err) {
      if (err.code === 'ENOENT' && options.force) callback(null);
      else callback(err);
      return;
    }
    if ((st[1] & S_IFMT) === S_IFDIR && !options.recursive) {
      callback(rmIsDir(path));
      return;
    }
    binding.rmAll(path, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let st;
  try {
    st = binding.lstat(path);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if ((st[1] & S_IFMT) === S_IFDIR && !options.recursive) throw rmIsDir(path);
  binding.rmAll(path);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), callback);
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  callback = makeCallback(callback);
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode | 0, callback);
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode | 0);
}

function validateAccessMode(mode) {
  if (mode == null) return constants.F_OK;
  validateInt32(mode, 'mode', 0, 7);
  return mode;
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  path = getValidatedPath(path);
  mode = validateAccessMode(mode);
  callback = makeCallback(callback);
  binding.access(path, mode, callback);
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), validateAccessMode(mode));
}

function exists(path, callback) {
  maybeCallback(callback);
  let p;
  try {
    p = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(p, constants.F_OK, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.realpath(path, (err, p) => (err ? callback(err) : callback(null, encodeName(p, options.encoding))));
}
realpath.native = function (path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.realpathNative(path, (err, p) => (err ? callback(err) : callback(null, encodeName(p, options.encoding))));
};

function realpathSync(path, options) {
  options = getOptions(options, {});
  return encodeName(binding.realpath(getValidatedPath(path)), options.encoding);
}
realpathSync.native = function (path, options) {
  options = getOptions(options, {});
  return encodeName(binding.realpathNative(getValidatedPath(path)), options.encoding);
};

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, p) => (err ? callback(err) : callback(null, encodeName(p, options.encoding))));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  return encodeName(binding.mkdtemp(getValidatedPath(prefix, 'prefix')), options.encoding);
}

// symlinkType is node's stringToSymlinkType: a string type must be dir,
// file or junction (which mean nothing here, off Windows); anything else
// is no type.
function symlinkType(type) {
  if (typeof type === 'string' && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw nodeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
      'Symlink type must be one of "dir", "file", or "junction". Received "' + type + '"');
  }
}

function symlink(target, path, type, callback) {
  callback = makeCallback(typeof type === 'function' ? type : callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  symlinkType(type);
  binding.symlink(target, path, callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  symlinkType(type);
  binding.symlink(target, path);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  binding.readlink(getValidatedPath(path, 'oldPath'),
    (err, p) => (err ? callback(err) : callback(null, encodeName(p, options.encoding))));
}

function readlinkSync(path, options) {
  options = getOptions(options, {});
  return encodeName(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, callback);
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.ftruncate(fd, Math.max(0, len), callback);
}

function ftruncateSync(fd, len = 0) {
  binding.ftruncate(getValidatedFd(fd), Math.max(0, len));
}

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  callback = maybeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, Math.max(0, len || 0), (err1) => {
      binding.close(fd, (err2) => callback(err1 || err2 || null));
    });
  });
}

function truncateSync(path, len) {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// ---- links, times, owners, statfs, vectored I/O ------------------------------
// Natives in attrs.go; a file system without them says ENOSYS.

// toUnixTimestamp: seconds from a number, a numeric string or a Date
// (node's lib/internal/fs/utils.js).
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be an instance of Date or an Time in seconds. Received ${internal.describe(time)}`);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

const kMaxUserId = 2 ** 32 - 1;

function validateId(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < -1 || value > kMaxUserId) throw outOfRange(name, `>= -1 && <= ${kMaxUserId}`, value);
  return value;
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.chown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  binding.chown(path, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lchown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  binding.lchown(path, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  binding.fchown(fd, validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  binding.fchown(fd, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), callback);
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function makeStatFs(a, bigint) {
  return new StatFs(...(bigint ? a.map((n) => BigInt(n)) : a));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!(options && options.bigint);
  binding.statfs(path, (err, a) => (err ? callback(err) : callback(null, makeStatFs(a, bigint))));
}

function statfsSync(path, options = { bigint: false }) {
  return makeStatFs(binding.statfs(getValidatedPath(path)), !!(options && options.bigint));
}

// validateBufferArray: readv and writev take an array of views.
function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be an ArrayBufferView[]. Received ${internal.describe(buffers)}`);
  }
  return buffers;
}

// The vectors go through one read or write call (one pool request, as
// libuv's readv/writev): gathered before a write, scattered after a read.
function gather(buffers) {
  return Buffer.concat(buffers.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
}

function scatter(buffers, from, n) {
  let off = 0;
  for (const b of buffers) {
    if (off >= n) break;
    const k = Math.min(b.byteLength, n - off);
    new Uint8Array(b.buffer, b.byteOffset, k).set(from.subarray(off, off + k));
    off += k;
  }
}

function vectorPosition(position) {
  return typeof position === 'number' ? position : -1;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const tmp = Buffer.alloc(total);
  binding.read(fd, tmp, 0, total, vectorPosition(position), (err, n) => {
    if (err) return callback(err, 0, buffers);
    scatter(buffers, tmp, n);
    callback(null, n, buffers);
  });
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const tmp = Buffer.alloc(total);
  const n = binding.read(fd, tmp, 0, total, vectorPosition(position));
  scatter(buffers, tmp, n);
  return n;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  const data = gather(buffers);
  binding.write(fd, data, 0, data.length, vectorPosition(position),
    (err, n) => (err ? callback(err, 0, buffers) : callback(null, n, buffers)));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const data = gather(buffers);
  return binding.write(fd, data, 0, data.length, vectorPosition(position));
}

// ---- opendir and Dir (lib/internal/fs/dir.js) ----------------------------------
// The listing is taken when the directory is opened; reads hand it out in
// batches of bufferSize, one pool request per batch as libuv's
// uv_fs_readdir, the entries of a batch from process.nextTick.

function dirClosed() {
  return nodeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8', bufferSize: 32 });
  const size = options.bufferSize;
  if (typeof size !== 'number') throw invalidArgType('options.bufferSize', 'number', size);
  if (!Number.isInteger(size)) throw outOfRange('options.bufferSize', 'an integer', size);
  if (size < 1 || size > 4294967295) throw outOfRange('options.bufferSize', '>= 1 && <= 4294967295', size);
  return options;
}

const kDirPending = Symbol('kDirPending');

class Dir {
  #path; #listing; #next = 0; #buffered = []; #closed = false; #options;

  constructor(path, pair, options) {
    this.#path = path;
    this.#listing = pair;
    this.#options = options;
    this[kDirPending] = null;
  }

  get path() { return this.#path; }

  // #fill moves the next batch of the listing to the buffer.
  #fill() {
    const [names, types] = this.#listing;
    const end = Math.min(names.length, this.#next + this.#options.bufferSize);
    for (; this.#next < end; this.#next++) {
      this.#buffered.push(new Dirent(encodeName(names[this.#next], this.#options.encoding),
        types[this.#next], this.#path));
    }
  }

  read(callback) {
    if (this.#closed) throw dirClosed();
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    if (this[kDirPending] !== null) {
      this[kDirPending].push(() => this.read(callback));
      return;
    }
    if (this.#buffered.length > 0) {
      process.nextTick(callback, null, this.#buffered.shift());
      return;
    }
    this[kDirPending] = [];
    binding.dirRead((err) => {
      const queue = this[kDirPending];
      this[kDirPending] = null;
      process.nextTick(() => {
        if (err) callback(err);
        else {
          this.#fill();
          callback(null, this.#buffered.length > 0 ? this.#buffered.shift() : null);
        }
        for (const op of queue) op();
      });
    });
  }

  readSync() {
    if (this.#closed) throw dirClosed();
    if (this[kDirPending] !== null) {
      throw nodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
        'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
    }
    if (this.#buffered.length === 0) this.#fill();
    return this.#buffered.length > 0 ? this.#buffered.shift() : null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(dirClosed());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    if (this.#closed) {
      process.nextTick(callback, dirClosed());
      return;
    }
    if (this[kDirPending] !== null) {
      this[kDirPending].push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    binding.dirClose(callback);
  }

  closeSync() {
    if (this.#closed) throw dirClosed();
    if (this[kDirPending] !== null) {
      throw nodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
        'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
    }
    this.#closed = true;
    binding.dirClose();
  }

  // entries is node's async generator, by hand (goja has no async
  // generators): read until null, then close; return() closes early.
  entries() {
    let done = false;
    const finish = async () => {
      if (!done) {
        done = true;
        if (!this.#closed) await this.close();
      }
    };
    const it = {
      next: async () => {
        if (done) return { value: undefined, done: true };
        let d;
        try {
          d = await this.read();
        } catch (err) {
          await finish();
          throw err;
        }
        if (d === null) {
          await finish();
          return { value: undefined, done: true };
        }
        return { value: d, done: false };
      },
      return: async (value) => {
        await finish();
        return { value, done: true };
      },
      [Symbol.asyncIterator]() { return it; },
    };
    return it;
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  path = getValidatedPath(path);
  options = dirOptions(options);
  binding.opendir(path, (err, pair) => (err ? callback(err) : callback(null, new Dir(path, pair, options))));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let pair;
  try {
    pair = binding.opendir(path);
  } catch (err) {
    // node's opendirSync names no path in the message.
    if (err && err.syscall === 'opendir' && err.path !== undefined) {
      err.message = err.message.replace(/ '.*$/s, '');
      delete err.path;
      err.stack = `Error: ${err.message}` + err.stack.slice(err.stack.indexOf('\n'));
    }
    throw err;
  }
  return new Dir(path, pair, options);
}

// ---- cp (lib/internal/fs/cp) ----------------------------------------------------
// One walk, written once as a generator of file system steps: cpSync runs
// each step with the sync natives, cp and fs.promises.cp with the pool.

const cpErrnos = { EINVAL: 22, ENOTDIR: 20, EISDIR: 21, EEXIST: 17 };
const cpErrors = {
  ERR_FS_CP_EINVAL: ['Invalid src or dest', 'EINVAL'],
  ERR_FS_CP_DIR_TO_NON_DIR: ['Cannot overwrite non-directory with directory', 'EISDIR'],
  ERR_FS_CP_NON_DIR_TO_DIR: ['Cannot overwrite directory with non-directory', 'ENOTDIR'],
  ERR_FS_EISDIR: ['Path is a directory', 'EISDIR'],
  ERR_FS_CP_EEXIST: ['Target already exists', 'EEXIST'],
  ERR_FS_CP_SOCKET: ['Cannot copy a socket file', 'EINVAL'],
  ERR_FS_CP_FIFO_PIPE: ['Cannot copy a FIFO pipe', 'EINVAL'],
  ERR_FS_CP_UNKNOWN: ['Cannot copy an unknown file type', 'EINVAL'],
};

// cpError is node's SystemError for a cp refusal.
function cpError(code, message, path, errno) {
  const [prefix, errCode] = cpErrors[code];
  if (errno === undefined) errno = cpErrnos[errCode];
  const err = new Error(`${prefix}: cp returned ${errCode} (${message}) ${path}`);
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  internal.setErrorCode(err, code);
  err.info = { message, path, syscall: 'cp', errno, code: errCode };
  err.errno = errno;
  err.syscall = 'cp';
  err.path = path;
  err.stack = `SystemError [${code}]: ${err.message}` + (err.stack.includes('\n') ? err.stack.slice(err.stack.indexOf('\n')) : '');
  return err;
}

function validateCpOptions(options) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  options = Object.assign({ dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, mode: 0 }, options);
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    if (typeof options[k] !== 'boolean') throw invalidArgType(`options.${k}`, 'boolean', options[k]);
  }
  if (options.filter !== undefined && typeof options.filter !== 'function') {
    throw invalidArgType('options.filter', 'function', options.filter);
  }
  validateInt32(options.mode, 'mode', 0, 7);
  if (options.dereference && options.verbatimSymlinks) {
    throw nodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
      'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
  }
  return options;
}

const kCpSync = Symbol('kCpSync');
const isDirStat = (st) => (st[1] & S_IFMT) === S_IFDIR;

function isSrcSubdir(src, dest) {
  const s = pathModule.resolve(src).split('/').filter(Boolean);
  const d = pathModule.resolve(dest).split('/').filter(Boolean);
  return s.every((c, i) => d[i] === c);
}

function* cpCheckPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return { skipped: true };
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  const destStat = yield [opts.dereference ? 'stat?' : 'lstat?', dest];
  if (destStat) {
    if (srcStat[0] === destStat[0] && srcStat[7] === destStat[7]) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest);
    }
    if (isDirStat(srcStat) && !isDirStat(destStat)) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!isDirStat(srcStat) && isDirStat(destStat)) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (isDirStat(srcStat) && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

function* cpTop(src, dest, opts) {
  const chk = yield* cpCheckPaths(src, dest, opts);
  if (chk.skipped) return;
  const parent = pathModule.dirname(dest);
  if ((yield ['stat?', parent]) === null) yield ['mkdir', parent, 0o777, true];
  yield* cpEntry(chk.destStat, src, dest, opts);
}

function* cpEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  const type = srcStat[1] & S_IFMT;
  if (type === S_IFDIR) {
    if (!opts.recursive) {
      // node's sync walk says errno 22 here, its async one 21.
      throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, opts[kCpSync] ? 22 : 21);
    }
    if (!destStat) yield ['mkdir', dest, 0o777, false];
    for (const name of yield ['readdir', src]) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      const chk = yield* cpCheckPaths(s, d, opts);
      if (!chk.skipped) yield* cpEntry(chk.destStat, s, d, opts);
    }
    if (!destStat) yield ['chmod', dest, srcStat[1] & 0o7777];
    return;
  }
  if (type === S_IFREG || type === S_IFCHR || type === S_IFBLK) {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest);
        return;
      }
      yield ['unlink', dest];
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) yield ['utimes', dest, srcStat[10] / 1000, srcStat[11] / 1000];
    yield ['chmod', dest, srcStat[1] & 0o7777];
    return;
  }
  if (type === S_IFLNK) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) {
      let old;
      try {
        old = yield ['readlink', dest];
      } catch (err) {
        if (err.code !== 'EINVAL' && err.code !== 'UNKNOWN') throw err;
      }
      if (old !== undefined) {
        if (!pathModule.isAbsolute(old)) old = pathModule.resolve(pathModule.dirname(dest), old);
        if (isSrcSubdir(target, old)) {
          throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${old}`, dest);
        }
        yield ['unlink', dest];
      }
    }
    yield ['symlink', target, dest];
    return;
  }
  if (type === S_IFSOCK) throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest);
  if (type === S_IFIFO) throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest);
}

// cpStepArgs turns a step into the native's arguments ('stat?' is a stat
// whose ENOENT is null).
function cpNative(step) {
  const [name, ...args] = step;
  const plain = name.replace('?', '');
  return [binding[plain], plain === 'readdir' ? [args[0], false] : args, name.endsWith('?')];
}

function cpRunSync(gen, opts) {
  let r = gen.next();
  while (!r.done) {
    let v;
    try {
      if (r.value[0] === 'filter') {
        v = opts.filter(r.value[1], r.value[2]);
        if (v != null && typeof v.then === 'function') {
          throw nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
            'Expected boolean to be returned from the "filter" function but got an instance of Promise.');
        }
      } else {
        const [fn, args, orNull] = cpNative(r.value);
        try {
          v = fn(...args);
        } catch (err) {
          if (!orNull || err.code !== 'ENOENT') throw err;
          v = null;
        }
      }
    } catch (err) {
      r = gen.throw(err);
      continue;
    }
    r = gen.next(v);
  }
}

async function cpRunAsync(gen, opts) {
  let r = gen.next();
  while (!r.done) {
    let v;
    try {
      if (r.value[0] === 'filter') v = await opts.filter(r.value[1], r.value[2]);
      else {
        const [fn, args, orNull] = cpNative(r.value);
        v = await new Promise((resolve, reject) => fn(...args, (err, x) => {
          if (err && !(orNull && err.code === 'ENOENT')) reject(err);
          else resolve(err ? null : x);
        }));
      }
    } catch (err) {
      r = gen.throw(err);
      continue;
    }
    r = gen.next(v);
  }
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  options[kCpSync] = true;
  cpRunSync(cpTop(src, dest, options), options);
}

function cpPromise(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return cpRunAsync(cpTop(src, dest, options), options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  cpPromise(src, dest, options).then(() => process.nextTick(callback, null),
    (err) => process.nextTick(callback, err));
}

// ---- watch, watchFile (lib/internal/fs/watchers.js) ------------------------------
// watch is a handle on the host's watcher (watch.go): inotify on the
// reactor, or the simulated file system's own events; its events come in
// the poll phase. watchFile polls stat on a timer, as libuv's uv_fs_poll.

function watchOptions(options) {
  options = getOptions(options, {});
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  if (options.recursive) {
    throw nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'The feature watch recursively is unavailable on the current platform, which is being used to run Node.js');
  }
  return options;
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = watchOptions(options);
  const path = getValidatedPath(filename);
  const watcher = new FSWatcher();
  const encoding = options.encoding;
  // Only true itself keeps the loop alive (node's FSEvent reads IsTrue()).
  watcher._handle = binding.watch(path, options.persistent === true, (eventType, name) => {
    watcher.emit('change', eventType, encodeName(name, encoding));
  });
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// A StatWatcher is libuv's uv_fs_poll: the first stat is the baseline; a
// later stat that differs, or a failure with a new error code, calls the
// listeners with (current, previous).
const statWatchers = new Map();

function zeroStats() {
  return makeStats([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
}

function sameStat(a, b) {
  for (const i of [0, 1, 3, 4, 7, 8, 11, 12]) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._stopped = true;
    this._refed = true;
  }

  start(path, persistent, interval) {
    this._stopped = false;
    this._refed = persistent;
    let prev = null; // the last stat array
    let busy = 0; // libuv's busy_polling: 0 before the first result, 1 after a success, else -errno
    const poll = () => {
      const started = Date.now();
      binding.stat(path, (err, st) => {
        if (this._stopped) return;
        if (err) {
          if (busy !== err.errno) {
            busy = err.errno;
            this.emit('change', zeroStats(), prev ? makeStats(prev) : zeroStats());
          }
        } else {
          if (busy !== 0 && (busy < 0 || !sameStat(prev, st))) {
            this.emit('change', makeStats(st), prev ? makeStats(prev) : zeroStats());
          }
          prev = st;
          busy = 1;
        }
        if (this._stopped) return;
        const wait = interval - ((Date.now() - started) % interval);
        this._timer = setTimeout(poll, wait);
        if (!this._refed) this._timer.unref();
      });
    };
    poll();
  }

  stop() {
    if (this._stopped) return;
    this._stopped = true;
    if (this._timer) clearTimeout(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._refed = true;
    if (this._timer) this._timer.ref();
    return this;
  }

  unref() {
    this._refed = false;
    if (this._timer) this._timer.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  let defaults = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') {
    options = Object.assign(defaults, options);
  } else {
    listener = options;
    options = defaults;
  }
  if (typeof listener !== 'function') throw invalidArgType("listener", "function", listener);
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- streams (lib/internal/fs/streams.js) -------------------------------------
// Defined on first use: they need require('stream').

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
const kHandle = Symbol('kHandle');
let streamClasses = null;

function fsStreams() {
  if (streamClasses !== null) return streamClasses;
  const { Readable, Writable, finished } = require('stream');

  // openStream is _construct for both: open the path unless an fd was
  // given, then 'open' and 'ready'.
  function openStream(callback) {
    const stream = this;
    if (typeof stream.fd === 'number') {
      callback();
      return;
    }
    open(stream.path, stream.flags, stream.mode, (err, fd) => {
      if (err) {
        callback(err);
        return;
      }
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    });
  }

  // importFd: a FileHandle as the fd option lends the stream its fd; the
  // stream closes the handle, and the handle's 'close' closes the stream (node's importFd).
  function importFd(stream, fd) {
    if (fd !== null && typeof fd === 'object' && fd.constructor && fd.constructor.name === 'FileHandle' &&
        typeof fd.close === 'function' && typeof fd.on === 'function') {
      stream[kHandle] = fd;
      fd.on('close', () => stream.close());
      return fd.fd;
    }
    return fd;
  }

  function closeStream(stream, err, cb) {
    const handle = stream[kHandle];
    if (handle) {
      stream[kHandle] = null;
      stream.fd = null;
      handle.close().then(() => cb(err), (er) => cb(er || err));
      return;
    }
    if (!stream.fd) {
      cb(err);
      return;
    }
    const fd = stream.fd;
    stream.fd = null;
    close(fd, (er) => cb(er || err));
  }

  function streamOptions(options) {
    return Object.assign({}, getOptions(options, {}));
  }

  function validateStart(stream) {
    if (stream.start !== undefined) {
      if (typeof stream.start !== 'number') throw invalidArgType('start', 'number', stream.start);
      if (!Number.isInteger(stream.start) || stream.start < 0) {
        throw outOfRange('start', '>= 0 && <= 9007199254740991', stream.start);
      }
      stream.pos = stream.start;
    }
  }

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(options);
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    this.fd = options.fd === undefined ? null : getValidatedFd(importFd(this, options.fd));
    this.path = this.fd === null ? getValidatedPath(path) : path;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.start = options.start;
    this.end = options.end === undefined ? Infinity : options.end;
    this.pos = undefined;
    this.bytesRead = 0;
    this[kIsPerformingIO] = false;
    validateStart(this);
    if (this.end !== Infinity) {
      if (typeof this.end !== 'number') throw invalidArgType('end', 'number', this.end);
      if (this.start !== undefined && this.start > this.end) {
        throw outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    // Last, as node's: a bad argument throws before the stream exists, so
    // no open is queued to fail again later.
    Readable.call(this, options);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.defineProperty(ReadStream.prototype, 'autoClose', {
    get() { return this._readableState.autoDestroy; },
    set(v) { this._readableState.autoDestroy = v; },
  });
  Object.defineProperty(ReadStream.prototype, 'pending', { get() { return this.fd === null; } });
  ReadStream.prototype._construct = openStream;
  ReadStream.prototype._read = function _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this[kIsPerformingIO] = true;
    read(this.fd, buf, 0, n, this.pos, (er, bytesRead) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        this.emit(kIoDone, er);
        return;
      }
      if (er) {
        this.destroy(er);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead === buf.length ? buf : Buffer.from(buf.subarray(0, bytesRead)));
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype._destroy = function _destroy(err, cb) {
    if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
    else closeStream(this, err, cb);
  };
  ReadStream.prototype.close = function close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(options);
    options.decodeStrings = true;
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    this.fd = options.fd === undefined ? null : getValidatedFd(importFd(this, options.fd));
    this.path = this.fd === null ? getValidatedPath(path) : path;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    this[kIsPerformingIO] = false;
    validateStart(this);
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  Object.defineProperty(WriteStream.prototype, 'autoClose', {
    get() { return this._writableState.autoDestroy; },
    set(v) { this._writableState.autoDestroy = v; },
  });
  Object.defineProperty(WriteStream.prototype, 'pending', { get() { return this.fd === null; } });
  WriteStream.prototype._construct = openStream;

  function writeAllStream(stream, data, size, pos, cb) {
    write(stream.fd, data, 0, size, pos, (er, bytesWritten) => {
      if (stream.destroyed || er) {
        cb(er || nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
        return;
      }
      stream.bytesWritten += bytesWritten;
      size -= bytesWritten;
      if (size > 0) writeAllStream(stream, data.subarray(bytesWritten), size, pos === undefined ? pos : pos + bytesWritten, cb);
      else cb();
    });
  }

  function writeChunk(stream, data, cb) {
    stream[kIsPerformingIO] = true;
    writeAllStream(stream, data, data.length, stream.pos, (er) => {
      stream[kIsPerformingIO] = false;
      if (stream.destroyed) {
        cb(er);
        stream.emit(kIoDone, er);
        return;
      }
      cb(er);
    });
    if (stream.pos !== undefined) stream.pos += data.length;
  }

  WriteStream.prototype._write = function _write(data, encoding, cb) {
    writeChunk(this, data, cb);
  };
  // Several buffered chunks go out in one write, as node's writev does.
  WriteStream.prototype._writev = function _writev(chunks, cb) {
    writeChunk(this, Buffer.concat(chunks.map((c) => c.chunk)), cb);
  };
  WriteStream.prototype._destroy = function _destroy(err, cb) {
    if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
    else closeStream(this, err, cb);
  };
  WriteStream.prototype.close = function close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;

  streamClasses = { ReadStream, WriteStream };
  return streamClasses;
}

function createReadStream(path, options) {
  return new (fsStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (fsStreams().WriteStream)(path, options);
}

// ---- exports ---------------------------------------------------------------

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chmod, chmodSync, close, closeSync, copyFile, copyFileSync,
  fchmod, fchmodSync,
  exists, existsSync, fstat, fstatSync, fsync, fsyncSync, fdatasync, fdatasyncSync,
  ftruncate, ftruncateSync, lstat, lstatSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync,
  read, readSync, readdir, readdirSync, readFile, readFileSync, readlink, readlinkSync, realpath,
  realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statSync, symlink, symlinkSync,
  truncate, truncateSync, unlink, unlinkSync, write, writeSync, writeFile, writeFileSync,
  createReadStream, createWriteStream, Dirent, Stats,
  utimes, utimesSync, lutimes, lutimesSync, futimes, futimesSync, chown, chownSync, lchown, lchownSync,
  fchown, fchownSync, link, linkSync, statfs, statfsSync, readv, readvSync, writev, writevSync,
  opendir, opendirSync, Dir, cp, cpSync, watch, watchFile, unwatchFile,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  constants,
};

// The stream classes load on first use; enumerable accessors with a
// setter, as node's (a program may replace them).
for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  let replaced;
  Object.defineProperty(fs, name, {
    enumerable: true,
    configurable: true,
    get: { [`get ${name}`]() { return replaced !== undefined ? replaced : fsStreams()[name.replace('File', '')]; } }[`get ${name}`],
    set: { [`set ${name}`](v) { replaced = v; } }[`set ${name}`],
  });
}
// lchmod exists only on macOS; node lists the keys with no function.
fs.lchmod = undefined;
fs.lchmodSync = undefined;

Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('fs/promises'); },
});

// What fs/promises and the streams share with this file.
internal.fsShared = {
  binding, constants, getValidatedPath, getValidatedFd, getOptions, stringToFlags, parseFileMode, makeStats,
  validateData, bytesOf, encodeResult, readdirResult, readdirRecursive, rmOptions, rmIsDir, encodeName,
  invalidArgType, invalidArgValue, validateInt32, isFd, nodeError, kReadFileBufferLength, symlinkType,
  kReadFileUnknownBufferLength, EventEmitter, abortError, validateAbortSignal,
  watch, toUnixTimestamp, validateId, makeStatFs, validateBufferArray, gather, scatter, dirOptions, Dir, cpPromise,
  mkdirOptions,
};
