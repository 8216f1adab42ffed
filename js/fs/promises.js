// fs/promises: node's promise API (lib/internal/fs/promises.js) over the
// same natives as fs. Each call is one pool request whose promise settles
// from the poll phase; readFile is open, fstat, read, close, as node's.
'use strict';

require('fs'); // defines internal.fsShared
const { Buffer } = require('buffer');
const {
  binding, constants, getValidatedPath, getOptions, stringToFlags, parseFileMode, makeStats,
  validateData, bytesOf, encodeResult, readdirResult, readdirRecursive, rmOptions, rmIsDir, encodeName,
  invalidArgType, validateInt32, nodeError, kReadFileBufferLength, kReadFileUnknownBufferLength, EventEmitter,
  abortError, getValidatedFd, toUnixTimestamp, validateId, makeStatFs, validateBufferArray, gather, scatter,
  dirOptions, Dir, cpPromise, mkdirOptions,
} = internal.fsShared;

const { S_IFMT, S_IFREG, S_IFDIR } = constants;

// checkAborted throws node's AbortError when signal has aborted: readFile
// and writeFile look before opening and before each read or write.
function checkAborted(signal) {
  if (signal && signal.aborted) throw abortError(signal);
}

// call runs a native with a callback and settles a promise with it.
function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, v) => (err ? reject(err) : resolve(v)));
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kLocked = Symbol('kLocked');

function invalidState(what) {
  return nodeError(Error, 'ERR_INVALID_STATE', 'Invalid state: ' + what);
}

// FileHandle is an open file for the promise API.
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kFd]; }

  async read(buffer, offset, length, position) {
    if (buffer != null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer);
    } else if (buffer == null) {
      buffer = Buffer.alloc(16384);
    } else if (offset != null && typeof offset === 'object') {
      ({ offset = 0, length, position = null } = offset);
    }
    if (offset == null) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    if (length === 0) return { bytesRead: 0, buffer };
    validateInt32(length, 'length', 0);
    const pos = position == null ? -1 : Number(position);
    const bytesRead = await call(binding.read, this.fdOrThrow(), buffer, offset, length, pos);
    return { bytesRead, buffer };
  }

  async write(buffer, offset, length, position) {
    const fd = this.fdOrThrow();
    if (ArrayBuffer.isView(buffer)) {
      if (offset != null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
      if (offset == null) offset = 0;
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      const bytesWritten = await call(binding.write, fd, bytesOf(buffer), offset, length,
        typeof position === 'number' ? position : -1);
      return { bytesWritten, buffer };
    }
    if (typeof buffer !== 'string') {
      throw invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    const data = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
    const bytesWritten = await call(binding.write, fd, data, 0, data.byteLength,
      typeof offset === 'number' ? offset : -1);
    return { bytesWritten, buffer };
  }

  readFile(options) { return readFileHandle(this, getOptions(options, { flag: 'r' })); }

  writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    validateData(data);
    return writeFileHandle(this, bytesOf(data, options.encoding), options.signal);
  }

  appendFile(data, options) { return this.writeFile(data, options); }

  async stat(options) { return makeStats(await call(binding.fstat, this.fdOrThrow()), !!(options && options.bigint)); }

  async utimes(atime, mtime) {
    await call(binding.futimes, this.fdOrThrow(), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
  }

  async chown(uid, gid) {
    await call(binding.fchown, this.fdOrThrow(), validateId(uid, 'uid'), validateId(gid, 'gid'));
  }

  async readv(buffers, position) {
    validateBufferArray(buffers);
    const total = buffers.reduce((n, b) => n + b.byteLength, 0);
    const tmp = Buffer.alloc(total);
    const bytesRead = await call(binding.read, this.fdOrThrow(), tmp, 0, total,
      typeof position === 'number' ? position : -1);
    scatter(buffers, tmp, bytesRead);
    return { bytesRead, buffers };
  }

  async writev(buffers, position) {
    validateBufferArray(buffers);
    if (buffers.length === 0) return { bytesWritten: 0, buffers };
    const data = gather(buffers);
    const bytesWritten = await call(binding.write, this.fdOrThrow(), data, 0, data.length,
      typeof position === 'number' ? position : -1);
    return { bytesWritten, buffers };
  }

  truncate(len = 0) { return call(binding.ftruncate, this.fdOrThrow(), Math.max(0, len)); }

  sync() { return call(binding.fsync, this.fdOrThrow()); }

  datasync() { return call(binding.fdatasync, this.fdOrThrow()); }

  close() {
    if (this[kFd] === -1) return this[kClosePromise] || Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call(binding.close, fd).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  // As node's: fs streams and a readline interface over this handle (the
  // stream closes the handle when it ends, unless autoClose is false).
  createReadStream(options = undefined) {
    return require('fs').createReadStream(undefined, Object.assign({}, options, { fd: this }));
  }

  createWriteStream(options = undefined) {
    return require('fs').createWriteStream(undefined, Object.assign({}, options, { fd: this }));
  }

  // readableWebStream: a web ReadableStream of the file from the current
  // position, as node 20's: ArrayBuffers of up to 64 KiB, or with
  // { type: 'bytes' } a byte stream (BYOB readers fill their own views).
  // One stream per handle; the handle stays open.
  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw invalidState('The FileHandle is closed');
    if (this[kClosePromise]) throw invalidState('The FileHandle is closing');
    if (this[kLocked]) throw invalidState('The FileHandle is locked');
    if (options.type !== undefined && typeof options.type !== 'string') throw invalidArgType('options.type', 'string', options.type);
    this[kLocked] = true;
    const fh = this;
    if (options.type === 'bytes') {
      return new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        async pull(controller) {
          const view = controller.byobRequest.view;
          const n = await call(binding.read, fh.fdOrThrow(), view, 0, view.byteLength, -1);
          if (n === 0) controller.close();
          controller.byobRequest.respond(n);
        },
      });
    }
    return new ReadableStream({
      async pull(controller) {
        const chunk = new Uint8Array(65536);
        const n = await call(binding.read, fh.fdOrThrow(), chunk, 0, chunk.length, -1);
        if (n === 0) controller.close();
        else controller.enqueue(chunk.buffer.slice(0, n));
      },
    });
  }

  readLines(options = undefined) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  fdOrThrow() {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = 'read';
      throw err;
    }
    return this[kFd];
  }
}

if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function asyncDispose() { return this.close(); };
}

async function readFileHandle(handle, options) {
  const signal = options.signal;
  const fd = handle.fdOrThrow();
  checkAborted(signal);
  const st = await call(binding.fstat, fd);
  checkAborted(signal);
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size > 2 ** 31 - 1) {
    throw nodeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${size}) is greater than 2 GiB`);
  }
  let result;
  if (size === 0) {
    const chunks = [];
    let total = 0;
    for (;;) {
      checkAborted(signal);
      const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      const n = await call(binding.read, fd, chunk, 0, chunk.length, -1);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.slice(0, n));
      total += n;
    }
    result = Buffer.concat(chunks, total);
  } else {
    const buf = Buffer.allocUnsafeSlow(size);
    let pos = 0;
    while (pos < size) {
      checkAborted(signal);
      const n = await call(binding.read, fd, buf, pos, Math.min(kReadFileBufferLength, size - pos), -1);
      if (n === 0) break;
      pos += n;
    }
    result = pos < size ? buf.slice(0, pos) : buf;
  }
  return encodeResult(result, options.encoding);
}

async function writeFileHandle(handle, data, signal) {
  const fd = handle.fdOrThrow();
  let offset = 0;
  while (offset < data.byteLength) {
    checkAborted(signal);
    offset += await call(binding.write, fd, data, offset, data.byteLength - offset, -1);
  }
}

// withHandle opens path (or uses a FileHandle), runs fn, closes what it
// opened.
async function withHandle(path, flags, mode, fn) {
  if (path instanceof FileHandle) return fn(path);
  const handle = await open(path, flags, mode);
  let result;
  try {
    result = await fn(handle);
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
  await handle.close();
  return result;
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  return withHandle(path, flag, 0o666, (h) => readFileHandle(h, options));
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateData(data);
  data = bytesOf(data, options.encoding);
  if (!(path instanceof FileHandle)) checkAborted(options.signal);
  return withHandle(path, options.flag || 'w', options.mode, (h) => writeFileHandle(h, data, options.signal));
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = Object.assign({}, options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function stat(path, options = undefined) {
  return makeStats(await call(binding.stat, getValidatedPath(path)), !!(options && options.bigint));
}
async function lstat(path, options = undefined) {
  return makeStats(await call(binding.lstat, getValidatedPath(path)), !!(options && options.bigint));
}

async function readdir(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursive(path, options);
  return readdirResult(path, await call(binding.readdir, path, !!options.withFileTypes), options);
}

async function mkdir(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', recursive);
  return call(binding.mkdir, path, mode, recursive);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let st;
  try {
    st = await call(binding.lstat, path);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if ((st[1] & S_IFMT) === S_IFDIR && !options.recursive) throw rmIsDir(path);
  await call(binding.rmAll, path);
}

// rmdir with recursive: true: DEP0147 (once, shared with fs.js); only a
// directory (stat follows links, as node's) is removed recursively.
async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    if (!internal.warnedRecursiveRmdir) {
      internal.warnedRecursiveRmdir = true;
      process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead',
        'DeprecationWarning', 'DEP0147');
    }
    const st = await call(binding.stat, path);
    if ((st[1] & S_IFMT) === S_IFDIR) return rm(path, { recursive: true });
  }
  await call(binding.rmdir, path);
}

async function unlink(path) { await call(binding.unlink, getValidatedPath(path)); }

async function rename(oldPath, newPath) {
  await call(binding.rename, getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

async function copyFile(src, dest, mode) {
  await call(binding.copyFile, getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode | 0);
}

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  validateInt32(mode, 'mode', 0, 7);
  await call(binding.access, path, mode);
}

async function realpath(path, options) {
  options = getOptions(options, {});
  return encodeName(await call(binding.realpath, getValidatedPath(path)), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options, {});
  return encodeName(await call(binding.mkdtemp, getValidatedPath(prefix, 'prefix')), options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  internal.fsShared.symlinkType(type);
  await call(binding.symlink, target, path);
}

async function readlink(path, options) {
  options = getOptions(options, {});
  return encodeName(await call(binding.readlink, getValidatedPath(path, 'oldPath')), options.encoding);
}

async function chmod(path, mode) {
  await call(binding.chmod, getValidatedPath(path), parseFileMode(mode, 'mode'));
}

async function truncate(path, len = 0) {
  return withHandle(path, 'r+', 0o666, (h) => h.truncate(len));
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call(binding.lutimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  await call(binding.chown, path, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  await call(binding.lchown, path, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

async function link(existingPath, newPath) {
  await call(binding.link, getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

async function statfs(path, options = { bigint: false }) {
  return makeStatFs(await call(binding.statfs, getValidatedPath(path)), !!(options && options.bigint));
}

async function opendir(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(path, await call(binding.opendir, path), options);
}

async function cp(src, dest, options) {
  return cpPromise(src, dest, options);
}

module.exports = {
  chown, cp, lchown, link, lutimes, opendir, statfs, utimes,
  access, appendFile, chmod, copyFile, lstat, mkdir, mkdtemp, open, readdir, readFile, readlink, realpath,
  rename, rm, rmdir, stat, symlink, truncate, unlink, writeFile, constants,
};

// Not enumerable, as in node: the class is reachable for instanceof checks.
Object.defineProperty(module.exports, 'FileHandle', { value: FileHandle, enumerable: false });
internal.fsShared.FileHandle = FileHandle;

// watch: an async iterator of { eventType, filename } over fs.watch's
// handle (node's async generator, by hand: goja has none). As node 20
// does, an event that comes while the previous one is still unread
// replaces nothing and is dropped; an aborted signal ends it with an
// AbortError.
function watch(filename, options = {}) {
  const path = getValidatedPath(filename);
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  if (typeof persistent !== 'boolean') throw invalidArgType('options.persistent', 'boolean', persistent);
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', recursive);
  if (signal !== undefined) internal.fsShared.validateAbortSignal(signal, 'options.signal');
  let handle = null;
  let pending = null; // the deferred the consumer waits on
  let ready = null; // an event that came before the consumer asked
  let failure = null;
  let done = false;
  const deferred = () => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
  const aborted = () => abortError(signal);
  const finish = () => {
    done = true;
    if (handle !== null) handle.close();
    handle = null;
    if (signal) signal.removeEventListener('abort', oncancel);
  };
  const oncancel = () => {
    const err = aborted();
    finish();
    if (pending) pending.reject(err);
    else failure = err;
    pending = null;
  };
  const start = () => {
    if (signal && signal.aborted) throw aborted();
    if (signal) signal.addEventListener('abort', oncancel, { once: true });
    handle = binding.watch(path, persistent, (eventType, name) => {
      const ev = { eventType, filename: encodeName(name, encoding) };
      if (pending) {
        const p = pending;
        pending = null;
        p.resolve({ value: ev, done: false });
      } else if (ready === null) {
        ready = ev;
      }
    });
  };
  let started = false;
  const it = {
    next() {
      if (!started) {
        started = true;
        try {
          start();
        } catch (err) {
          finish();
          return Promise.reject(err);
        }
      }
      if (failure) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (ready !== null) {
        const ev = ready;
        ready = null;
        return Promise.resolve({ value: ev, done: false });
      }
      pending = deferred();
      return pending.promise;
    },
    return(value) {
      finish();
      if (pending) pending.resolve({ value: undefined, done: true });
      pending = null;
      return Promise.resolve({ value, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return it; },
  };
  return it;
}
module.exports.watch = watch;
