// dgram: node's UDP Socket over the natives of dgram.go. As in node, a
// bind resolves its address first (a tick for an IP literal), so
// 'listening' comes a tick after bind(); a send on an unbound socket binds
// it to a random port first and waits for that; send callbacks come a tick
// after the datagram left; 'close' a tick after close().
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const net = require('net');

const { codedError } = internal; // node's internal errors (lib/bootstrap.js)

const uv = (net._errors && net._errors.uvErrors) || {};

// exceptionWithHostPort: "bind EADDRINUSE 0.0.0.0:41234", and for a
// sandbox denial the flag to add.
function hostPortError(code, hint, syscall, address, port) {
  const err = new Error(syscall + ' ' + code + ' ' + address + (port ? ':' + port : '') + (hint ? ' (' + hint + ')' : ''));
  err.errno = (uv[code] || [-22])[0];
  internal.setErrorCode(err, code);
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

function validatePort(port, allowZero = true) {
  const n = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < (allowZero ? 0 : 1) || n > 65535) {
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT', 'Port should be ' + (allowZero ? '>=' : '>') + ' 0 and < 65536. Received ' + internal.describe(port) + '.');
  }
  return n;
}

const BIND_NONE = 0;
const BIND_BINDING = 1;
const BIND_BOUND = 2;

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options = {};
    if (type !== null && typeof type === 'object') { options = type; type = options.type; }
    if (type !== 'udp4' && type !== 'udp6') {
      throw codedError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
    }
    this.type = type;
    this._handle = null;
    this._bindState = BIND_NONE;
    this._queue = null; // sends waiting for the implicit bind
    this._unref = false;
    this._connected = null;
    this._ctx = internal.asyncContext('UDPWRAP'); // node makes the handle here: its callbacks run in this context
    if (typeof listener === 'function') this.on('message', listener);
  }

  _loopback() { return this.type === 'udp6' ? '::1' : '127.0.0.1'; }
  _any() { return this.type === 'udp6' ? '::' : '0.0.0.0'; }

  bind(port, address, cb) {
    if (this._bindState !== BIND_NONE) throw codedError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      cb = address;
      address = port.address;
      exclusive = Boolean(port.exclusive);
      port = port.port;
    } else if (typeof port === 'function') {
      cb = port; port = 0; address = undefined;
    }
    if (typeof address === 'function') { cb = address; address = undefined; }
    void exclusive;
    port = port === undefined || port === null ? 0 : validatePort(port);
    if (typeof cb === 'function') this.once('listening', cb);
    this._bindState = BIND_BINDING;
    const explicit = typeof address === 'string' && address !== '';
    let host = explicit ? address : this._any();
    if (host === 'localhost') host = this._loopback();
    process.nextTick(() => {
      if (this._bindState !== BIND_BINDING) return;
      let h = internal.runInAsyncContext(this._ctx, internal.bind, internal, host, port, (ab, ip, rport, family) => this._onmessage(ab, ip, rport, family));
      if (Array.isArray(h) && h[0] === 'EACCES' && h[1] !== '' && !explicit) {
        // As net's listen(port): without --allow-net, an unnamed address
        // is loopback, so local peers reach it and nothing beyond does.
        host = this._loopback();
        h = internal.runInAsyncContext(this._ctx, internal.bind, internal, host, port, (ab, ip, rport, family) => this._onmessage(ab, ip, rport, family));
      }
      if (Array.isArray(h)) {
        this._bindState = BIND_NONE;
        this.emit('error', hostPortError(h[0], h[1], 'bind', host, port));
        return;
      }
      this._handle = h;
      this._bindState = BIND_BOUND;
      if (this._unref) h.unref();
      this.emit('listening');
      const q = this._queue;
      this._queue = null;
      if (q) for (const f of q) f();
    });
    return this;
  }

  _onmessage(ab, ip, port, family) {
    const msg = Buffer.from(ab);
    this.emit('message', msg, { address: ip, family, port, size: msg.length });
  }

  send(msg, offset, length, port, address, cb) {
    // node's rule: with an address, or a port that is not the callback,
    // the second and third arguments are offset and length.
    if (this._connected) {
      // Connected: send(msg[, offset, length][, callback]) to the peer.
      if (typeof offset === 'number' && typeof length === 'number') {
        if (typeof msg === 'string') msg = Buffer.from(msg);
        msg = Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength).subarray(offset >>> 0, (offset >>> 0) + (length >>> 0));
        cb = port;
      } else {
        cb = offset;
      }
      port = this._connected.port;
      address = this._connected.address;
    } else if (address || (port && typeof port !== 'function')) {
      if (typeof msg === 'string') msg = Buffer.from(msg);
      if (!(msg instanceof Uint8Array)) throw internal.invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, or DataView', msg);
      msg = Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength).subarray(offset >>> 0, (offset >>> 0) + (length >>> 0));
    } else {
      cb = port; port = offset; address = length;
    }
    let list;
    if (typeof msg === 'string' || msg instanceof Uint8Array) list = [msg];
    else if (ArrayBuffer.isView(msg)) list = [Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength)];
    else if (Array.isArray(msg)) list = msg;
    else throw internal.invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, or DataView', msg);
    if (typeof address === 'function') { cb = address; address = undefined; }
    port = validatePort(port, false);
    if (address !== undefined && address !== null && typeof address !== 'string') {
      throw internal.invalidArgType('address', 'string', address);
    }
    let host = address || 'localhost';
    if (host === 'localhost') host = this._loopback();
    if (this._bindState === BIND_NONE && !this._handle) this.bind({ port: 0, exclusive: true });
    const data = list.length === 1 ? list[0] : Buffer.concat(list.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    const doSend = () => {
      if (!this._handle) return;
      // The address is looked up first (a tick for an IP literal).
      process.nextTick(() => {
        if (!this._handle) return;
        const err = this._handle.send(data, host, port);
        if (err) {
          const ex = hostPortError(err[0], err[1], 'send', host, port);
          if (typeof cb === 'function') process.nextTick(cb, ex);
          else process.nextTick(() => this.emit('error', ex));
          return;
        }
        if (typeof cb === 'function') process.nextTick(cb, null, bytes);
      });
    };
    if (this._bindState !== BIND_BOUND) (this._queue || (this._queue = [])).push(doSend);
    else doSend();
  }

  connect(port, address, cb) {
    if (typeof address === 'function') { cb = address; address = undefined; }
    if (this._connected) throw codedError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
    port = validatePort(port);
    let host = address || 'localhost';
    if (host === 'localhost') host = this._loopback();
    this._connected = { address: host, port, family: host.includes(':') ? 'IPv6' : 'IPv4' };
    if (typeof cb === 'function') this.once('connect', cb);
    const done = () => process.nextTick(() => this.emit('connect'));
    if (this._bindState === BIND_NONE) { this.bind({ port: 0 }); (this._queue || (this._queue = [])).push(done); }
    else if (this._bindState === BIND_BINDING) (this._queue || (this._queue = [])).push(done);
    else done();
  }

  disconnect() {
    if (!this._connected) throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    this._connected = null;
  }

  remoteAddress() {
    if (!this._connected) throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    return Object.assign({}, this._connected);
  }

  address() {
    if (!this._handle) {
      const err = codedError(Error, 'EBADF', 'getsockname EBADF');
      err.errno = -9;
      err.syscall = 'getsockname';
      throw err;
    }
    const a = this._handle.address();
    return { address: a[0], family: a[2], port: a[1] };
  }

  close(cb) {
    if (this._bindState === BIND_NONE && !this._handle && this._closed) {
      throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
    }
    if (typeof cb === 'function') this.once('close', cb);
    if (this._closed) return this;
    this._closed = true;
    this._bindState = BIND_NONE;
    this._queue = null;
    const h = this._handle;
    this._handle = null;
    if (h) h.close();
    process.nextTick(() => this.emit('close'));
    return this;
  }

  _healthy(name) {
    if (!this._handle) throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
    void name;
  }

  setBroadcast(on) {
    this._healthy();
    const err = this._handle.setBroadcast(Boolean(on));
    if (err) throw hostPortError(err, '', 'setBroadcast');
  }

  setTTL(ttl) {
    if (typeof ttl !== 'number') throw internal.invalidArgType('ttl', 'number', ttl);
    this._healthy();
    return ttl;
  }

  setMulticastTTL(ttl) {
    if (typeof ttl !== 'number') throw internal.invalidArgType('ttl', 'number', ttl);
    this._healthy();
    return ttl;
  }

  setMulticastLoopback(flag) { this._healthy(); return flag; }
  setMulticastInterface() { this._healthy(); }

  addMembership() {
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'evloop has no UDP multicast');
  }

  dropMembership() {
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'evloop has no UDP multicast');
  }

  getRecvBufferSize() { this._healthy(); return 212992; }
  getSendBufferSize() { this._healthy(); return 212992; }
  setRecvBufferSize() { this._healthy(); }
  setSendBufferSize() { this._healthy(); }
}

// ref() and unref() are net.Socket's: the handle's, with _unref kept for a
// handle made later.
for (const name of ['ref', 'unref']) {
  Object.defineProperty(Socket.prototype, name, {
    value: net.Socket.prototype[name], writable: true, configurable: true, enumerable: false,
  });
}

function createSocket(type, listener) { return new Socket(type, listener); }

module.exports = { Socket, createSocket };
