// net: node's TCP servers and sockets (lib/net.js) over the tcp natives of
// net.go. A Socket is a small duplex stream written here: node's
// readable rules (flowing after a 'data' listener or resume(), 'end' in a
// tick once the buffer is drained), writable rules (write callbacks in a
// tick when the kernel took the data at once, 'finish' in a tick after the
// shutdown completed) and net's lifetime rules ('close' from the handle's
// close callback, in the close phase; a server's 'close' in a tick once it
// has no handle and no connections).
'use strict';

const EventEmitter = require('events');

let BufferCtor = null;
try { BufferCtor = require('buffer').Buffer; } catch (e) { /* no buffer module: chunks are Uint8Arrays */ }

// Linux errno values and libuv messages for the codes the natives report.
const uvErrors = {
  ECONNREFUSED: [-111, 'connection refused'],
  ECONNRESET: [-104, 'connection reset by peer'],
  ECONNABORTED: [-103, 'software caused connection abort'],
  EADDRINUSE: [-98, 'address already in use'],
  EADDRNOTAVAIL: [-99, 'address not available'],
  EACCES: [-13, 'permission denied'],
  EPERM: [-1, 'operation not permitted'],
  EPIPE: [-32, 'broken pipe'],
  ETIMEDOUT: [-110, 'connection timed out'],
  EHOSTUNREACH: [-113, 'host is unreachable'],
  ENETUNREACH: [-101, 'network is unreachable'],
  ENOTCONN: [-107, 'socket is not connected'],
  EBADF: [-9, 'bad file descriptor'],
  EINVAL: [-22, 'invalid argument'],
  EMFILE: [-24, 'too many open files'],
  ENFILE: [-23, 'file table overflow'],
  ENOBUFS: [-105, 'no buffer space available'],
  EAFNOSUPPORT: [-97, 'address family not supported'],
  ENOSYS: [-38, 'function not implemented'],
  EIO: [-5, 'i/o error'],
};

// errnoException: "read ECONNRESET".
function errnoException(code, syscall) {
  const err = new Error(syscall + ' ' + code);
  err.errno = (uvErrors[code] || [-5])[0];
  internal.setErrorCode(err, code);
  err.syscall = syscall;
  return err;
}

// exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:1".
function exceptionWithHostPort(code, syscall, address, port) {
  const denial = code === 'EACCES' ? internal.netDenial() : '';
  const err = new Error(syscall + ' ' + code + ' ' + address + (port ? ':' + port : '') + (denial ? ' (' + denial + ')' : ''));
  err.errno = (uvErrors[code] || [-5])[0];
  internal.setErrorCode(err, code);
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// uvExceptionWithHostPort: "listen EADDRINUSE: address already in use :::80".
function uvExceptionWithHostPort(code, syscall, address, port) {
  const [errno, msg] = uvErrors[code] || [-5, 'i/o error'];
  // A sandbox denial names the flag that allows it, as fs denials do.
  const denial = code === 'EACCES' ? internal.netDenial() : '';
  const err = new Error(syscall + ' ' + code + ': ' + msg + ' ' + address + (port ? ':' + port : '') +
    (denial ? ' (' + denial + ')' : ''));
  internal.setErrorCode(err, code);
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

const nodeError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js

function toChunk(data) {
  if (typeof data === 'string') return data;
  // A fresh ArrayBuffer from the handle: a Buffer over it, as Buffer.from
  // would make, without Buffer.from's dispatch.
  return BufferCtor ? internal.bufView(data, 0, data.byteLength) : new Uint8Array(data);
}

// emitErrorNT and afterFailedWrite are a socket's ticks for a failed
// write, functions of the module so that write() and _dispatch() make no
// closure (goja would allocate their scope on every call for one).
function emitErrorNT(sock, err) { sock.emit('error', err); }

function afterFailedWrite(sock, ws, w, code) {
  ws.inflight--;
  sock._afterWrite(w, code);
}

// A write the handle took at once: its callback comes a tick later
// (Writable's onwrite with state.sync).
function afterSyncWrite(sock, w) {
  sock._ws.inflight--;
  sock._bytesWritten += w.n0;
  sock._afterWrite(w, null);
}

// resumeNT is resume()'s tick, a function of the module: with a closure in
// it, every resume() (each on('data'), which http's client adds per request)
// would allocate resume's scope.
function resumeNT(sock, rs) {
  rs.resumeScheduled = false;
  while (rs.flowing && rs.buffer.length > 0 && !sock.destroyed) {
    const c = rs.buffer.shift();
    rs.length -= rs.sizes.shift();
    sock.emit('data', c);
  }
  if (rs.flowing && sock._handle && !sock.connecting && !rs.ended && !sock.destroyed) sock._handle.readStart();
  sock._maybeEnd();
}

// socketTimeout is a socket's idle timer callback, a function of the module:
// a closure in setTimeout() would make goja allocate its scope on every call
// (an HTTP connection calls it twice per request).
function socketTimeout(sock) {
  sock._timer = null;
  sock.emit('timeout');
}

// afterSyncWriteN is afterSyncWrite for writeN's writes, which have no record.
function afterSyncWriteN(sock, n, cb) {
  sock._ws.inflight--;
  sock._bytesWritten += n;
  sock._afterWriteOk(cb);
}

const emitMethod = EventEmitter.prototype.emit;

function byteLength(chunk, enc) {
  if (typeof chunk !== 'string') return chunk.byteLength;
  if (BufferCtor) return BufferCtor.byteLength(chunk, enc);
  return internal.utf8Length(chunk);
}

function toWire(chunk, enc) {
  if (typeof chunk === 'string') {
    if (enc && enc !== 'utf8' && enc !== 'utf-8' && BufferCtor) return BufferCtor.from(chunk, enc);
    return chunk;
  }
  if (chunk instanceof Uint8Array || chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk)) return chunk;
  throw internal.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
}

function normalizeEncoding(enc) {
  if (enc == null) return null;
  const e = String(enc).toLowerCase();
  return e === 'utf-8' ? 'utf8' : e === 'binary' ? 'latin1' : e;
}

const kHighWaterMark = 16384;

function isIPv4(s) {
  return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(String(s));
}
// isIPv6 is node's: eight groups of 1-4 hex digits, '::' once for a run
// of zeros, an IPv4 tail for the last two, and a zone id after '%'.
function isIPv6(s) {
  s = String(s);
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!/^[0-9a-zA-Z\-.:]+$/.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  let tail = 0;
  const lastColon = s.lastIndexOf(':');
  if (lastColon === -1) return false;
  if (s.includes('.', lastColon)) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    s = s.slice(0, lastColon + 1) + '0';
    tail = 1;
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h) => (h === '' ? [] : h.split(':'));
  const parts = halves.flatMap(groups);
  if (!parts.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = parts.length + tail;
  return halves.length === 2 ? count <= 7 : count === 8;
}
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

function validatePort(port, name = 'Port') {
  const n = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
  if ((typeof n !== 'number') || !Number.isInteger(n) || n < 0 || n > 65535) {
    const err = new RangeError(name + ' should be >= 0 and < 65536. Received ' + internal.describe(port) + '.');
    internal.setErrorCode(err, 'ERR_SOCKET_BAD_PORT');
    throw err;
  }
  return n;
}

// ---- Socket ---------------------------------------------------------------

// kNone stands for a socket's empty lists until something is put in one: an
// array is a goja object with a property map, and an idle connection would
// hold five of them empty (frozen, so a push that forgot to replace it
// throws rather than sharing data between sockets).
const kNone = Object.freeze([]);

function newReadState(encoding) {
  return { buffer: kNone, sizes: kNone, length: 0, flowing: null, ended: false, endEmitted: false, encoding, resumeScheduled: false };
}

function newWriteState() {
  return { queue: kNone, length: 0, inflight: 0, needDrain: false, ending: false, finalCalled: false, finished: false, onFinished: kNone };
}

// socketOnRead is every handle's onread (this is the handle): one function
// for all sockets rather than a closure each. A native handle told to
// (bufferChunks) makes each chunk's Buffer itself; socketOnReadAB wraps the
// ArrayBuffers of other handles (tls's).
// A native handle that can (bindSocket) is told its socket instead: it
// calls the socket's _onread itself and holds no property (see _attach).
function socketOnRead(chunk, n) { this._socket._onread(chunk, n); }
// socketWriteDone is every native handle's write callback, one function as
// socketOnRead (the handle calls it with itself as this, or with the socket
// bindSocket gave it): a closure per socket was ~700 B of goja objects held
// by every connection that wrote.
function socketWriteDone(code) {
  const s = this._socket;
  (s === undefined ? this : s)._writeDone(code);
}
function socketOnReadAB(chunk, n) {
  this._socket._onread(chunk !== null && typeof chunk === 'object' ? toChunk(chunk) : chunk, n);
}

// kSetNoDelay: the Nagle setting the handle has (node's kSetNoDelay), so
// that setNoDelay asks the handle only for a change.
const kSetNoDelay = Symbol('kSetNoDelay');

class Socket extends EventEmitter {
  constructor(options) {
    super();
    options = options || {};
    // Only what differs from the defaults on Socket.prototype (below the
    // class) becomes an own property: an idle connection's object is a
    // goja property map, and 23 own names took a 32-slot one.
    if (options.noDelay) this[kSetNoDelay] = true;
    if (options.allowHalfOpen) this.allowHalfOpen = true;
    this.readable = false;
    this.writable = false;
    this._rs = newReadState(null);
    this._ws = newWriteState();
    if (options.handle) this._attach(options.handle, true);
  }

  _attach(handle, connected) {
    this._handle = handle;
    if (BufferCtor !== null && typeof handle.bufferChunks === 'function') {
      handle.bufferChunks();
      if (typeof handle.bindSocket === 'function') {
        // No onread and no _socket on the handle: an idle connection's
        // handle object keeps no property map.
        handle.bindSocket(this);
      } else {
        handle._socket = this;
        handle.onread = socketOnRead;
      }
    } else {
      handle._socket = this;
      handle.onread = socketOnReadAB;
    }
    if (this._unref) handle.unref();
    if (this._rs.encoding) handle.setEncoding(this._rs.encoding);
    if (connected) this._connected();
  }

  _connected() {
    if (this.connecting) this.connecting = false;
    this.readable = true;
    this.writable = !this._ws.ending;
    if (this._rs.flowing !== false) this._handle.readStart();
  }

  // The peer's [address, port, family], asked of the handle on first use
  // and kept, as node's _getpeername: an idle connection holds nothing for
  // it until someone asks, and once the handle is gone only what was asked.
  _peerInfo() {
    if (this._peer === null && this._handle && !this.connecting) this._peer = this._handle.remote() || null;
    return this._peer;
  }

  get remoteAddress() { const p = this._peerInfo(); return p ? p[0] : undefined; }
  get remotePort() { const p = this._peerInfo(); return p ? p[1] : undefined; }
  get remoteFamily() { const p = this._peerInfo(); return p ? p[2] : undefined; }
  get localAddress() { const l = this._handle && this._handle.local(); return l ? l[0] : undefined; }
  get localPort() { const l = this._handle && this._handle.local(); return l ? l[1] : undefined; }
  get localFamily() { const l = this._handle && this._handle.local(); return l ? l[2] : undefined; }
  get bytesWritten() { return this._bytesWritten; }
  get pending() { return !this._handle || this.connecting; }
  get writableLength() { return this._ws.length; }
  get readableLength() { return this._rs.length; }
  get readableEnded() { return this._rs.endEmitted; }
  get writableEnded() { return this._ws.ending; }
  get writableFinished() { return this._ws.finished; }
  get readableFlowing() { return this._rs.flowing; }
  get readableEncoding() { return this._rs.encoding || null; }
  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  address() {
    const l = this._handle && this._handle.local();
    return l ? { address: l[0], family: l[2], port: l[1] } : {};
  }

  connect(...args) {
    let options = args[0];
    let cb = args[args.length - 1];
    if (typeof cb !== 'function') cb = null;
    if (options === null || typeof options !== 'object') {
      options = { port: args[0] };
      if (typeof args[1] === 'string') options.host = args[1];
    }
    if (options.port === undefined && options.path == null) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
    }
    if (options.port !== undefined && typeof options.port !== 'number' && typeof options.port !== 'string') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.port" property must be one of type number or string. Received ' +
        internal.describe(options.port));
    }
    if (this.destroyed) {
      const flowing = this._rs.flowing; // a 'data' listener keeps reading the new connection
      this._rs = newReadState(this._rs.encoding);
      this._rs.flowing = flowing;
      this._ws = newWriteState();
      this._writing = kNone;
      this.destroyed = false;
      this._peerEnded = false;
      // A new connection counts its bytes afresh, as node's.
      this.bytesRead = 0;
      this._bytesWritten = 0;
    }
    const port = validatePort(options.port);
    let host = options.host || 'localhost';
    if (host === 'localhost') host = '127.0.0.1';
    if (options.allowHalfOpen !== undefined) this.allowHalfOpen = Boolean(options.allowHalfOpen);
    if (cb) this.once('connect', cb);
    this.connecting = true;
    this.writable = true;
    this._host = host;
    const start = (ip) => {
      if (!this.connecting || this.destroyed) return;
      const h = internal.tcpConnect(ip, port, (code) => this._afterConnect(code, ip, port));
      if (typeof h === 'string') {
        this.destroy(exceptionWithHostPort(h, 'connect', ip, port));
        return;
      }
      this._attach(h, false);
      if (options.noDelay) this[kSetNoDelay] = true;
      if (this[kSetNoDelay] && h.setNoDelay) h.setNoDelay(true);
    };
    const named = options.host || 'localhost';
    if (options.lookup != null && !isIP(named)) {
      if (typeof options.lookup !== 'function') {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.lookup" property must be of type function. Received ' +
          internal.describe(options.lookup));
      }
      this._lookupAndConnect(options, named, start);
      return this;
    }
    process.nextTick(start, host);
    return this;
  }

  // _lookupAndConnect asks the lookup option for the host's address, as
  // node's lookupAndConnect does: with a family, one address; without, all
  // of them ({all: true}), of which the first valid one is tried.
  _lookupAndConnect(options, host, start) {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const dnsopts = { family, hints: options.hints || 0 };
    if (family !== 4 && family !== 6 && dnsopts.hints === 0) dnsopts.hints = 32; // dns.ADDRCONFIG
    const fail = (err) => process.nextTick(() => this.destroy(err));
    const invalidIP = (ip) => nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + ip);
    if (family !== 4 && family !== 6 && options.autoSelectFamily !== false) {
      dnsopts.all = true;
      options.lookup(host, dnsopts, (err, addresses) => {
        if (!this.connecting) return;
        if (err) {
          this.emit('lookup', err, undefined, undefined, host);
          fail(err);
          return;
        }
        let first = null;
        for (const a of addresses) {
          this.emit('lookup', err, a.address, a.family, host);
          if (!this.connecting) return;
          if (first === null && isIP(a.address) && (a.family === 4 || a.family === 6)) first = a;
        }
        if (first === null) {
          const a = addresses[0];
          if (!isIP(a.address)) fail(invalidIP(a.address));
          else fail(nodeError(TypeError, 'ERR_INVALID_ADDRESS_FAMILY', 'Invalid address family: ' + a.family + ' ' + host + ':' + options.port));
          return;
        }
        start(first.address);
      });
      return;
    }
    options.lookup(host, dnsopts, (err, ip, addressType) => {
      this.emit('lookup', err, ip, addressType, host);
      if (!this.connecting) return;
      if (err) fail(err);
      else if (!isIP(ip)) fail(invalidIP(ip));
      else if (addressType !== 4 && addressType !== 6) {
        fail(nodeError(TypeError, 'ERR_INVALID_ADDRESS_FAMILY', 'Invalid address family: ' + addressType + ' ' + host + ':' + options.port));
      } else start(ip);
    });
  }

  _afterConnect(code, host, port) {
    if (this.destroyed) return;
    if (code) {
      this.connecting = false;
      this.destroy(exceptionWithHostPort(code, 'connect', host, port));
      return;
    }
    this._connected();
    this.emit('connect');
    this.emit('ready');
    const q = this._ws.queue;
    this._ws.queue = kNone;
    for (const w of q) this._dispatch(w);
    this._maybeFinal();
  }

  // ---- readable side ----

  _onread(chunk, n) {
    if (this.destroyed) return;
    if (chunk === null) {
      this._rs.ended = true;
      if (this._handle) this._handle.readStop();
      this._maybeEnd();
      return;
    }
    if (chunk === undefined) {
      this.destroy(errnoException(n, 'read'));
      return;
    }
    this.bytesRead += n;
    if (this._timer !== null) this._touch();
    const data = chunk;
    const rs = this._rs;
    if (rs.flowing && rs.buffer.length === 0) {
      // emit('data') with one listener and the stock emit, without its
      // rest array and apply: what that emit would do, no more.
      const events = this._events;
      const h = events !== undefined && this.emit === emitMethod ? events.data : undefined;
      if (typeof h === 'function') h.call(this, data);
      else this.emit('data', data);
      return;
    }
    if (rs.buffer === kNone) { rs.buffer = []; rs.sizes = []; }
    rs.buffer.push(data);
    rs.sizes.push(n);
    rs.length += n;
    if (rs.length >= kHighWaterMark && this._handle) this._handle.readStop();
  }

  _maybeEnd() {
    const rs = this._rs;
    // As Readable's endReadable: once nothing is buffered, 'end' comes even
    // if nobody ever read.
    if (!rs.ended || rs.endEmitted || rs.buffer.length > 0) return;
    rs.endEmitted = true;
    process.nextTick(() => {
      if (this.destroyed) return;
      this.readable = false;
      // node's onReadableStreamEnd: once the peer ended and we end too, a
      // write fails with EPIPE (writeAfterFIN), not "write after end".
      if (!this.allowHalfOpen) this._peerEnded = true;
      this.emit('end');
      if (!this.allowHalfOpen) {
        process.nextTick(() => { if (!this._ws.ending) this.end(); });
      }
      this._maybeDestroy();
    });
  }

  on(ev, fn) {
    super.on(ev, fn);
    if (ev === 'data' && this._rs.flowing !== false) this.resume();
    return this;
  }

  addListener(ev, fn) { return this.on(ev, fn); }

  setEncoding(enc) {
    this._rs.encoding = normalizeEncoding(enc);
    if (this._handle) this._handle.setEncoding(this._rs.encoding);
    return this;
  }

  pause() {
    this._rs.flowing = false;
    if (this._handle && !this.connecting) this._handle.readStop();
    return this;
  }

  isPaused() { return this._rs.flowing === false; }

  resume() {
    const rs = this._rs;
    if (rs.flowing && !rs.resumeScheduled) return this;
    rs.flowing = true;
    if (rs.resumeScheduled) return this;
    rs.resumeScheduled = true;
    process.nextTick(resumeNT, this, rs);
    return this;
  }

  read() {
    const rs = this._rs;
    if (rs.buffer.length === 0) return null;
    const c = rs.buffer.shift();
    rs.length -= rs.sizes.shift();
    if (rs.buffer.length === 0) this._maybeEnd();
    return c;
  }

  pipe(dest, opts) {
    this.on('data', (c) => { if (dest.write(c) === false) this.pause(); });
    dest.on('drain', () => this.resume());
    if (!opts || opts.end !== false) this.on('end', () => dest.end());
    return dest;
  }

  // ---- writable side ----

  write(chunk, enc, cb) {
    if (typeof enc === 'function') { cb = enc; enc = null; }
    const ws = this._ws;
    if (this._peerEnded && ws.ending) {
      const err = nodeError(Error, 'EPIPE', 'This socket has been ended by the other party');
      if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    if (ws.ending || this.destroyed) {
      const err = ws.ending ? nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end')
        : nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
      if (typeof cb === 'function') process.nextTick(cb, err);
      if (ws.ending && !this.destroyed) process.nextTick(emitErrorNT, this, err);
      return false;
    }
    if (chunk === null) {
      const err = new TypeError('May not write null values to stream');
      internal.setErrorCode(err, 'ERR_STREAM_NULL_VALUES');
      throw err;
    }
    const h = this._handle;
    if (h !== null && !this.connecting && h.writeN !== undefined && (enc == null || enc === 'utf8' || typeof chunk !== 'string')) {
      // A native handle: one call writes and tells the length, and a write
      // taken at once needs no record ({data, n, cb}) for its tick.
      const r = h.writeN(chunk, socketWriteDone);
      if (typeof r === 'number') {
        if (r >= 0) {
          ws.inflight++;
          process.nextTick(afterSyncWriteN, this, r, typeof cb === 'function' ? cb : null);
        } else {
          const n = -1 - r;
          ws.length += n;
          ws.inflight++;
          if (this._writing === kNone) this._writing = [];
          this._writing.push({ data: chunk, n, cb: typeof cb === 'function' ? cb : null, n0: 0 });
        }
        const ok = ws.length < kHighWaterMark;
        if (!ok) ws.needDrain = true;
        return ok;
      }
      if (typeof r === 'string') {
        const data = toWire(chunk, normalizeEncoding(enc));
        const n = byteLength(data);
        ws.length += n;
        ws.inflight++;
        process.nextTick(afterFailedWrite, this, ws, { data, n, cb: typeof cb === 'function' ? cb : null, n0: 0 }, r);
        const ok = ws.length < kHighWaterMark;
        if (!ok) ws.needDrain = true;
        return ok;
      }
    }
    const data = toWire(chunk, normalizeEncoding(enc));
    const n = byteLength(data);
    ws.length += n;
    const w = { data, n, cb: typeof cb === 'function' ? cb : null, n0: 0 };
    if (this.connecting || !this._handle) {
      if (ws.queue === kNone) ws.queue = [];
      ws.queue.push(w);
    }
    else this._dispatch(w);
    const ok = ws.length < kHighWaterMark;
    if (!ok) ws.needDrain = true;
    return ok;
  }

  _dispatch(w) {
    const ws = this._ws;
    if (!this._handle) return;
    const h = this._handle;
    const r = h.write(w.data, h.writeN !== undefined ? socketWriteDone : this._onWriteDone === null ? this._makeWriteDone() : this._onWriteDone);
    if (r === 1) {
      ws.inflight++;
      if (this._writing === kNone) this._writing = [];
      this._writing.push(w);
      return;
    }
    if (typeof r === 'string') {
      ws.inflight++;
      process.nextTick(afterFailedWrite, this, ws, w, r);
      return;
    }
    // Taken at once: the length drops now, the callback waits for a tick
    // (Writable's onwrite with state.sync).
    ws.length -= w.n;
    w.n0 = w.n;
    w.n = 0;
    ws.inflight++;
    process.nextTick(afterSyncWrite, this, w);
  }

  // _makeWriteDone makes the socket's one write-done callback for a handle
  // that calls it without a receiver (tls's; a native handle calls
  // socketWriteDone). Apart from the hot methods: a closure in
  // a function makes goja allocate that function's scope on every call.
  _makeWriteDone() {
    this._onWriteDone = (code) => this._writeDone(code);
    return this._onWriteDone;
  }

  _writeDone(code) {
    if (this._writing.length === 0) return;
    const w = this._writing.shift();
    this._ws.inflight--;
    this._afterWrite(w, code);
  }

  _afterWrite(w, code) {
    const ws = this._ws;
    ws.length -= w.n;
    if (code) {
      const err = errnoException(code, 'write');
      if (w.cb) w.cb(err);
      this.destroy(err);
      return;
    }
    this._bytesWritten += w.n;
    this._afterWriteOk(w.cb);
  }

  _afterWriteOk(cb) {
    const ws = this._ws;
    if (this._timer !== null) this._touch();
    if (ws.needDrain && ws.length === 0 && !ws.ending && !this.destroyed) {
      ws.needDrain = false;
      this.emit('drain');
    }
    if (cb) cb(null);
    this._maybeFinal();
  }

  end(chunk, enc, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = null; enc = null; }
    if (typeof enc === 'function') { cb = enc; enc = null; }
    if (chunk != null) this.write(chunk, enc);
    const ws = this._ws;
    if (typeof cb === 'function') {
      if (ws.finished) process.nextTick(cb);
      else {
        if (ws.onFinished === kNone) ws.onFinished = [];
        ws.onFinished.push(cb);
      }
    }
    if (ws.ending) return this;
    ws.ending = true;
    this.writable = false; // as a stream's writable getter once ending: readyState says readOnly
    this._maybeFinal();
    return this;
  }

  _maybeFinal() {
    const ws = this._ws;
    if (!ws.ending || ws.finalCalled || ws.length > 0 || ws.inflight > 0 || this.connecting || this.destroyed) return;
    this._final();
  }

  // _final is _maybeFinal's rare part, kept out of it for the reason
  // _makeWriteDone says.
  _final() {
    const ws = this._ws;
    ws.finalCalled = true;
    this.writable = false;
    if (!this._handle) {
      process.nextTick(() => this._finish());
      return;
    }
    const r = this._handle.shutdown((code) => {
      if (code && code !== 'ENOTCONN') { this.destroy(errnoException(code, 'shutdown')); return; }
      process.nextTick(() => this._finish());
    });
    if (typeof r === 'string') process.nextTick(() => this._finish());
  }

  _finish() {
    if (this.destroyed || this._ws.finished) return;
    this._ws.finished = true;
    // Writable's finish(): end() callbacks first, then the event.
    const fins = this._ws.onFinished;
    this._ws.onFinished = kNone;
    for (let i = 0; i < fins.length; i++) fins[i]();
    this.emit('finish');
    this._maybeDestroy();
  }

  _maybeDestroy() {
    if (this._ws.finished && (this._rs.endEmitted || !this.readable && this._rs.ended)) this.destroy();
  }

  // ---- lifetime ----

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.connecting = false;
    this.readable = false;
    this.writable = false;
    if (this._timer) { clearTimeout(this._timer); this._timer = null; }
    const hadError = Boolean(err);
    if (this._handle) {
      const h = this._handle;
      this._handle = null;
      h.onread = () => {};
      h.close(() => this.emit('close', hadError));
      if (err) process.nextTick(() => this.emit('error', err));
    } else {
      // As node's emitErrorCloseNT: 'error', then 'close', in one tick.
      process.nextTick(() => {
        if (err) this.emit('error', err);
        this.emit('close', hadError);
      });
    }
    if (this._server) {
      const s = this._server;
      this._server = null;
      s._connections--;
      s._emitCloseIfDrained();
    }
    return this;
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this._ws.finished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  resetAndDestroy() { return this.destroy(); }

  // cork and uncork count, as a Writable's, so writableCorked reads right;
  // the writes go to the handle as they come either way (what a peer
  // receives is the same bytes, perhaps in more packets).
  cork() { this._corked = (this._corked || 0) + 1; }
  uncork() { if (this._corked) this._corked--; }
  get writableCorked() { return this._corked || 0; }

  setNoDelay(enable) {
    // Omitted means true (node's backwards compatibility).
    enable = Boolean(enable === undefined ? true : enable);
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  }

  setKeepAlive() { return this; }

  setTimeout(ms, cb) {
    this._timeoutMs = ms;
    if (this._timer) { clearTimeout(this._timer); this._timer = null; }
    if (ms > 0) {
      this._timer = setTimeout(socketTimeout, ms, this);
      if (this._timer.unref) this._timer.unref();
    }
    if (typeof cb === 'function') {
      if (ms === 0) this.removeListener('timeout', cb);
      else this.once('timeout', cb);
    }
    return this;
  }

  _touch() {
    if (this._timer !== null && this._timer.refresh) this._timer.refresh();
  }

  ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  }
}

// Socket's fields until a socket sets its own: a field a socket never
// changes (its timer, its peer's address asked or not, half-open) costs it
// nothing, as most of them are getters on node's prototypes rather than
// own properties. Writes land on the socket itself (writable data
// properties), so no socket sees another's.
for (const [name, value] of [
  ['connecting', false], ['allowHalfOpen', false], ['destroyed', false], ['_peerEnded', false],
  ['bytesRead', 0], ['_bytesWritten', 0], ['_handle', null], ['_host', null], ['_server', null],
  ['server', null], ['_unref', false], ['_timeoutMs', 0], ['_timer', null], ['_peer', null],
  ['_writing', kNone], ['_onWriteDone', null], [kSetNoDelay, false],
]) {
  Object.defineProperty(Socket.prototype, name, { value, writable: true, configurable: true, enumerable: false });
}

// ---- Server ---------------------------------------------------------------

class Server extends EventEmitter {
  constructor(options, listener) {
    super();
    if (typeof options === 'function') { listener = options; options = {}; }
    options = options || {};
    this._handle = null;
    this._connections = 0;
    this._unref = false;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.maxConnections = undefined;
    if (typeof listener === 'function') this.on('connection', listener);
  }

  get listening() { return Boolean(this._handle); }

  listen(...args) {
    let cb = args.length && typeof args[args.length - 1] === 'function' ? args.pop() : null;
    let port = 0;
    let host;
    if (args[0] !== null && typeof args[0] === 'object') {
      port = args[0].port === undefined ? 0 : args[0].port;
      host = args[0].host;
    } else {
      if (args[0] !== undefined) port = args[0];
      if (typeof args[1] === 'string') host = args[1];
    }
    port = validatePort(port, 'options.port');
    if (cb) this.once('listening', cb);
    if (this._handle) {
      const err = new Error('Listen method has been called more than once without closing.');
      internal.setErrorCode(err, 'ERR_SERVER_ALREADY_LISTEN');
      throw err;
    }
    if (host !== undefined) {
      // node looks a given host up first (dns.lookup answers an IP
      // literal in a tick), so the handle exists only after a tick.
      process.nextTick(() => this._listen(host === 'localhost' ? '127.0.0.1' : host, port));
      return this;
    }
    this._listen(undefined, port);
    return this;
  }

  _listen(addr, port) {
    let h;
    if (addr === undefined) {
      addr = '::';
      h = internal.tcpListen('::', port, (s) => this._onconnection(s));
      if (h === 'EACCES' && internal.netDenial() !== '') {
        // listen(port) with no host, where the sandbox keeps the port off
        // the network (no --allow-net): serve loopback clients only, so
        // app.listen(3000) works for the machine's own clients
        // (site/docs/builtins.md, "net").
        addr = '127.0.0.1';
        h = internal.tcpListen('127.0.0.1', port, (s) => this._onconnection(s));
      } else if (typeof h === 'string' && h !== 'EADDRINUSE' && h !== 'EACCES' && h !== 'ENOSYS') {
        addr = '0.0.0.0';
        h = internal.tcpListen('0.0.0.0', port, (s) => this._onconnection(s));
      }
    } else {
      h = internal.tcpListen(addr, port, (s) => this._onconnection(s));
    }
    if (typeof h === 'string') {
      const err = uvExceptionWithHostPort(h, 'listen', addr, port);
      process.nextTick(() => this.emit('error', err));
      return;
    }
    this._handle = h;
    if (this._unref) h.unref();
    process.nextTick(() => { if (this._handle === h) this.emit('listening'); });
  }

  _onconnection(handle) {
    if (this.maxConnections && this._connections >= this.maxConnections) {
      // Over the limit: node closes the new connection and says 'drop'.
      const l = handle.local();
      const r = handle.remote();
      const data = { __proto__: null };
      if (l) { data.localAddress = l[0]; data.localPort = l[1]; data.localFamily = l[2]; }
      if (r) { data.remoteAddress = r[0]; data.remotePort = r[1]; data.remoteFamily = r[2]; }
      this.emit('drop', data);
      handle.close(() => {});
      return;
    }
    const s = new Socket({ handle, allowHalfOpen: this.allowHalfOpen });
    s.server = this;
    s._server = this;
    this._connections++;
    if (this.noDelay) s.setNoDelay(true);
    if (this.pauseOnConnect) s.pause();
    this.emit('connection', s);
  }

  address() {
    return this._handle ? this._handle.address() : null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', () => {
          const err = new Error('Server is not running.');
          internal.setErrorCode(err, 'ERR_SERVER_NOT_RUNNING');
          cb(err);
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }
}

// A server's ref() and unref() are a socket's: the handle's, with _unref
// kept for a handle made later (dgram's Socket borrows them too).
for (const name of ['ref', 'unref']) {
  Object.defineProperty(Server.prototype, name, {
    value: Socket.prototype[name], writable: true, configurable: true, enumerable: false,
  });
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function connect(...args) {
  const opts = args[0] !== null && typeof args[0] === 'object' ? args[0] : {};
  const s = new Socket({ allowHalfOpen: opts.allowHalfOpen });
  if (opts.timeout) s.setTimeout(opts.timeout);
  return s.connect(...args);
}

// _normalizeArgs: node's normalizeArgs, which some packages call: the
// arguments of connect/listen as [options, callback or null], marked.
const kNormalizedArgs = Symbol('normalizedArgs');
function normalizeArgs(args) {
  let options = {};
  if (args.length > 0) {
    const arg0 = args[0];
    if (typeof arg0 === 'object' && arg0 !== null) options = arg0;
    else if (typeof arg0 === 'string' && !(Number(arg0) >= 0)) options.path = arg0;
    else {
      options.port = arg0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
  }
  const cb = args.length > 0 ? args[args.length - 1] : null;
  const arr = [options, typeof cb === 'function' ? cb : null];
  arr[kNormalizedArgs] = true;
  return arr;
}

// The happy-eyeballs defaults: kept and checked as node's (evloop's
// connect tries the addresses in order either way).
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;
function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw internal.invalidArgType('value', 'boolean', value);
  autoSelectFamily = value;
}
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  if (typeof value !== 'number') throw internal.invalidArgType('value', 'number', value);
  if (!Number.isInteger(value) || value < 1 || value > 2147483647) {
    throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. It must be ' +
      (Number.isInteger(value) ? '>= 1 && <= 2147483647' : 'an integer') + '. Received ' + internal.inspect(value));
  }
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}
let simultaneousWarned = false;
function setSimultaneousAccepts(handle) {
  if (simultaneousWarned) return;
  simultaneousWarned = true;
  process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
}

const SocketFn = internal.callableClass(Socket);
module.exports = {
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts: setSimultaneousAccepts,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server: internal.callableClass(Server),
  Socket: SocketFn,
  Stream: SocketFn,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout,
};
// For dgram and the other bindings that shape errors as net does; not an
// export of node's, so not enumerable.
Object.defineProperty(module.exports, '_errors', {
  value: { errnoException, exceptionWithHostPort, uvExceptionWithHostPort, uvErrors },
  enumerable: false, writable: true, configurable: true,
});
