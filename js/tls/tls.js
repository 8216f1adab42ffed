// tls: node's TLSSocket, Server, connect and createSecureContext. A
// TLSSocket is a net.Socket whose handle is a TLSWrap (below): the handle
// net.Socket already knows (readStart, write, shutdown, close, onread)
// laid over the TCP handle, with the Go engine (engine.go) turning
// ciphertext into plaintext and back on the loop thread. So a TLSSocket
// keeps every stream and lifetime rule of net.Socket, and http runs over
// it unchanged (https).
'use strict';

const net = require('net');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');

const { codedError } = internal; // node's internal errors (lib/bootstrap.js)

function checkAvailable() {
  if (!internal.available) {
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'tls is not in the page\'s build of evloop (the simulated network carries no TLS); run this script with the evloop CLI');
  }
}

// pemList normalizes a key, cert or ca option (a string, a Buffer, or an
// array of them) to an array of strings.
function pemList(v, name) {
  if (v === undefined || v === null) return undefined;
  const one = (x) => {
    if (typeof x === 'string') return x;
    if (x instanceof Uint8Array || ArrayBuffer.isView(x)) return Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('latin1');
    if (x && typeof x === 'object' && x.pem !== undefined) return one(x.pem);
    throw internal.invalidArgType('options.' + name, 'string or an instance of Buffer, TypedArray, or DataView', x);
  };
  return Array.isArray(v) ? v.map(one) : [one(v)];
}

function alpnList(v) {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
  // The wire form: length-prefixed names.
  const b = Buffer.from(v.buffer || v, v.byteOffset || 0, v.byteLength);
  const out = [];
  for (let i = 0; i < b.length;) { const n = b[i]; out.push(b.toString('latin1', i + 1, i + 1 + n)); i += 1 + n; }
  return out;
}

class SecureContext {
  constructor(options) {
    checkAvailable();
    options = options || {};
    this.context = internal.context({
      key: pemList(options.key, 'key'),
      cert: pemList(options.cert, 'cert'),
      ca: pemList(options.ca, 'ca'),
      ALPNProtocols: alpnList(options.ALPNProtocols),
      requestCert: Boolean(options.requestCert),
    });
  }
}

function createSecureContext(options) { return new SecureContext(options); }

// ---- the handle ------------------------------------------------------------

function noop() {}

// TLSWrap is the handle a TLSSocket runs on, over the TCP handle raw.
class TLSWrap {
  constructor(raw, engine, owner) {
    this.raw = raw;
    this.engine = engine;
    this.owner = owner;
    this.onread = null;
    this.reading = false;
    this.pending = []; // plaintext (and null for the end) while not reading
    this.secure = false;
    this.queued = []; // writes made before the handshake finished
    this.shutdownCb = null;
    this.decoder = null;
    this.closed = false;
    this.started = false;
    // As node's TLSWrap, an async resource of its own: what the raw
    // socket reads is decrypted and delivered in the context it was made
    // in (a server's: the listen's, where connections are wrapped).
    const ctx = internal.asyncContext('TLSWRAP');
    raw.onread = (chunk, n) => internal.runInAsyncContext(ctx, this._rawRead, this, chunk, n);
  }

  start() {
    if (this.started || this.closed) return;
    this.started = true;
    this._apply(this.engine.start());
    this.raw.readStart();
  }

  _rawRead(chunk, n) {
    if (this.closed) return;
    if (chunk === undefined) { this._deliver(undefined, n); return; }
    if (chunk === null) { this._apply(this.engine.feed(null)); return; }
    this._apply(this.engine.feed(chunk));
  }

  _apply(res) {
    let out = res.out;
    const events = res.events;
    for (let i = 0; i < events.length; i++) {
      if (this.closed) return;
      const ev = events[i];
      if (ev.type !== 'secure' && out !== null) { this.raw.write(out, noop); out = null; }
      switch (ev.type) {
        case 'secure':
          this._secured(out);
          out = null;
          break;
        case 'data':
          this._deliver(ev.data);
          break;
        case 'end':
          this._deliver(null);
          break;
        case 'error':
          this.owner._onTLSError(ev.message, ev.code);
          break;
      }
    }
    if (out !== null && !this.closed) this.raw.write(out, noop);
  }

  // _secured: the handshake's last flight and the writes made before it
  // go out in one write (as node's EncOut does), then the socket hears
  // of it, then those writes' callbacks run.
  _secured(out) {
    this.secure = true;
    const q = this.queued;
    this.queued = [];
    const parts = out !== null ? [Buffer.from(out)] : [];
    for (const w of q) {
      const r = this.engine.write(w.data);
      if (r.out !== null) parts.push(Buffer.from(r.out));
    }
    let done = 0;
    if (parts.length) {
      const all = q.length ? (code) => { for (const w of q) w.cb(code); } : noop;
      done = this.raw.write(parts.length === 1 ? parts[0] : Buffer.concat(parts), all);
    }
    this.owner._onSecure();
    if (done !== 1) for (const w of q) w.cb(done === 0 ? null : done);
    if (this.shutdownCb && !this.closed) {
      const cb = this.shutdownCb;
      this.shutdownCb = null;
      const r = this.shutdown(cb);
      if (typeof r === 'string') cb(r);
    }
  }

  _deliver(chunk, code) {
    if (!this.reading || this.pending.length) {
      this.pending.push(chunk === undefined ? { code } : chunk);
      return;
    }
    this._emit(chunk, code);
  }

  _emit(chunk, code) {
    if (!this.onread) return;
    if (chunk === undefined) { this.onread(undefined, code); return; }
    if (chunk === null) {
      if (this.decoder) {
        const rest = this.decoder.end();
        if (rest) this.onread(rest, Buffer.byteLength(rest));
      }
      this.onread(null);
      return;
    }
    if (this.decoder) {
      const s = this.decoder.write(Buffer.from(chunk));
      if (s) this.onread(s, chunk.byteLength);
      return;
    }
    this.onread(chunk, chunk.byteLength);
  }

  _writeNow(data, cb) {
    const res = this.engine.write(data);
    const r = res.out !== null ? this.raw.write(res.out, cb) : 0;
    this._apply({ out: null, events: res.events });
    return r;
  }

  readStart() {
    this.reading = true;
    while (this.reading && this.pending.length && !this.closed) {
      const c = this.pending.shift();
      if (c !== null && typeof c === 'object' && !(c instanceof ArrayBuffer)) this._emit(undefined, c.code);
      else this._emit(c);
    }
    if (this.started && !this.closed) this.raw.readStart();
  }

  readStop() {
    this.reading = false;
    if (this.secure && !this.closed) this.raw.readStop();
  }

  write(data, cb) {
    if (this.closed) return 'EBADF';
    if (!this.secure) {
      this.queued.push({ data, cb });
      return 1;
    }
    return this._writeNow(data, cb);
  }

  shutdown(cb) {
    if (this.closed) return 'EBADF';
    if (!this.secure) { this.shutdownCb = cb; return 0; }
    const res = this.engine.closeWrite();
    if (res.out !== null) this.raw.write(res.out, noop);
    return this.raw.shutdown(cb);
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    this.engine.stop();
    this.raw.onread = noop;
    this.raw.close(cb);
  }

  setEncoding(enc) { this.decoder = enc ? new StringDecoder(enc) : null; }
  setNoDelay(on) { if (this.raw.setNoDelay) this.raw.setNoDelay(on); }
  local() { return this.raw.local(); }
  remote() { return this.raw.remote(); }
  ref() { this.raw.ref(); }
  unref() { this.raw.unref(); }
  hasRef() { return this.raw.hasRef(); }
}

// ---- TLSSocket -------------------------------------------------------------

function toBufferCert(c, seen) {
  if (c === null || c === undefined) return c;
  if (seen.has(c)) return c;
  seen.add(c);
  c.raw = Buffer.from(c.raw);
  if (c.issuerCertificate) toBufferCert(c.issuerCertificate, seen);
  return c;
}

class TLSSocket extends net.Socket {
  constructor(socket, options) {
    options = Object.assign({}, options);
    super({ allowHalfOpen: options.allowHalfOpen });
    checkAvailable();
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this._tlsOptions = options;
    this._isServer = Boolean(options.isServer);
    this._secureEstablished = false;
    this._tlsServer = options.server || null;
    this.ssl = null;
    this._sc = options.secureContext instanceof SecureContext ? options.secureContext : createSecureContext(options);
    if (socket && socket._handle) {
      // Wrap an already connected socket (node takes over its handle).
      const h = socket._handle;
      socket._handle = null;
      h.onread = noop;
      this._attach(h, !socket.connecting);
    } else if (socket && socket.connecting) {
      socket.once('connect', () => {
        const h = socket._handle;
        socket._handle = null;
        this._attach(h, true);
        this.emit('connect');
      });
    }
  }

  _attach(handle, connected) {
    let servername;
    if (!this._isServer) {
      const o = this._tlsOptions;
      servername = o.servername || (o.host && !net.isIP(o.host) ? o.host : undefined);
    }
    const engine = internal.engine(this._isServer, this._sc.context, servername);
    this.ssl = engine;
    super._attach(new TLSWrap(handle, engine, this), connected);
  }

  _connected() {
    super._connected();
    if (this._handle) this._handle.start();
  }

  _onSecure() {
    const engine = this.ssl;
    this._secureEstablished = true;
    this.alpnProtocol = engine.alpnProtocol();
    if (this._isServer) {
      const o = this._tlsOptions;
      if (o.requestCert) {
        const verr = engine.verifyError();
        this.authorized = !verr && Boolean(engine.peerCertificate(false));
        if (!this.authorized) this.authorizationError = verr ? verr.code : 'UNABLE_TO_GET_ISSUER_CERT';
        if (!this.authorized && o.rejectUnauthorized) { this.destroy(); return; }
      }
      this.emit('secure');
      if (this._tlsServer) this._tlsServer.emit('secureConnection', this);
      return;
    }
    const o = this._tlsOptions;
    let verifyError = null;
    const v = engine.verifyError();
    if (v) verifyError = codedError(Error, v.code, v.message);
    if (!verifyError) {
      const hostname = o.servername || o.host || 'localhost';
      const check = typeof o.checkServerIdentity === 'function' ? o.checkServerIdentity : checkServerIdentity;
      verifyError = check(hostname, this.getPeerCertificate(true)) || null;
    }
    if (verifyError) {
      this.authorized = false;
      this.authorizationError = verifyError.code || verifyError.message;
      if (o.rejectUnauthorized !== false) { this.destroy(verifyError); return; }
    } else {
      this.authorized = true;
    }
    this.emit('secureConnect');
  }

  _onTLSError(message, code) {
    const err = codedError(Error, code, message);
    if (code === 'ECONNRESET' && !this._isServer) {
      const o = this._tlsOptions;
      err.path = undefined;
      err.host = o.host || 'localhost';
      err.port = o.port;
      err.localAddress = undefined;
    }
    if (this._isServer && this._tlsServer && !this._secureEstablished) {
      const server = this._tlsServer;
      this.destroy();
      server.emit('tlsClientError', err, this);
      return;
    }
    this.destroy(err);
  }

  getPeerCertificate(detailed) {
    if (!this.ssl) return null;
    const c = this.ssl.peerCertificate(Boolean(detailed));
    return c ? toBufferCert(c, new Set()) : {};
  }

  getCertificate() { return null; }
  getProtocol() { return this.ssl ? this.ssl.protocol() : null; }
  getCipher() { return this.ssl ? this.ssl.cipher() || undefined : undefined; }
  isSessionReused() { return false; }
  getSession() { return undefined; }
  getTLSTicket() { return undefined; }
  setServername(name) { this.servername = name; }
  setMaxSendFragment() { return true; }
  exportKeyingMaterial() {
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'exportKeyingMaterial is not supported by evloop');
  }
}

// ---- server ----------------------------------------------------------------

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') { listener = options; options = {}; }
    options = Object.assign({}, options);
    super({ allowHalfOpen: options.allowHalfOpen, pauseOnConnect: options.pauseOnConnect, noDelay: options.noDelay });
    this._tlsOptions = options;
    this._sharedContext = createSecureContext(options);
    if (typeof listener === 'function') this.on('secureConnection', listener);
  }

  // _onconnection wraps each accepted TCP handle in a server TLSSocket.
  // node's 'connection' event gives the raw net.Socket; here it gives the
  // TLSSocket (site/docs/builtins.md, "tls").
  _onconnection(handle) {
    if (this.maxConnections && this._connections >= this.maxConnections) {
      handle.close(noop);
      return;
    }
    const o = this._tlsOptions;
    const s = new TLSSocket(null, {
      isServer: true, server: this, secureContext: this._sharedContext, allowHalfOpen: this.allowHalfOpen,
      requestCert: o.requestCert, rejectUnauthorized: o.rejectUnauthorized !== false,
    });
    s.server = this;
    s._server = this;
    this._connections++;
    s._attach(handle, true);
    if (this.noDelay) s.setNoDelay(true);
    if (this.pauseOnConnect) s.pause();
    this.emit('connection', s);
  }

  setSecureContext(options) { this._sharedContext = createSecureContext(options); }
  addContext() {}
}

function createServer(options, listener) { return new Server(options, listener); }

// ---- client ----------------------------------------------------------------

function connect(...args) {
  let options = {};
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  if (args[0] !== null && typeof args[0] === 'object') options = Object.assign({}, args[0]);
  else {
    options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
    if (args[args.length - 1] !== null && typeof args[args.length - 1] === 'object') {
      options = Object.assign({}, args[args.length - 1], options);
    }
  }
  if (options.rejectUnauthorized === undefined) options.rejectUnauthorized = true;
  if (options.host === undefined) options.host = 'localhost';
  const sock = new TLSSocket(options.socket || null, Object.assign({}, options, { isServer: false }));
  if (cb) sock.once('secureConnect', cb);
  if (options.timeout) sock.setTimeout(options.timeout);
  if (!options.socket) sock.connect({ port: options.port, host: options.host, lookup: options.lookup, family: options.family });
  return sock;
}

// ---- host name check (RFC 6125, as node's checkServerIdentity) ------------

function unfqdn(h) { return h.replace(/[.]$/, ''); }

// hostMatches: one name of the certificate against the host's labels;
// a wildcard only as the whole first label (and not for an IP).
function hostMatches(hostLabels, pattern) {
  const p = unfqdn(pattern).toLowerCase().split('.');
  if (p.length !== hostLabels.length) return false;
  for (let i = p.length - 1; i >= 0; i--) {
    const want = p[i];
    const got = hostLabels[i];
    if (i === 0 && want.includes('*')) {
      if (p.length < 3 || (want.match(/\*/g) || []).length > 1 || want.startsWith('xn--')) return false;
      const [pre, post] = want.split('*');
      if (got.length < pre.length + post.length || !got.startsWith(pre) || !got.endsWith(post)) return false;
      continue;
    }
    if (want !== got) return false;
  }
  return true;
}

function canonicalIP(ip) {
  if (net.isIPv4(ip)) return ip;
  // Expand an IPv6 address to eight groups for comparison.
  let [head, tail] = ip.toLowerCase().split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return h.concat(fill, t).map((g) => parseInt(g, 16).toString(16)).join(':');
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = String(hostname);
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = 'IP: ' + hostname + ' is not in the cert\'s list: ' + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const labels = hostname.toLowerCase().split('.');
    if (dnsNames.length > 0) {
      valid = dnsNames.some((n) => hostMatches(labels, n));
      if (!valid) reason = 'Host: ' + hostname + '. is not in the cert\'s altnames: ' + altNames;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((n) => hostMatches(labels, n)) : hostMatches(labels, cn);
      if (!valid) reason = 'Host: ' + hostname + '. is not cert\'s CN: ' + cn;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = codedError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID', 'Hostname/IP does not match certificate\'s altnames: ' + reason);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  createSecureContext,
  createServer,
  getCiphers() { return ['tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256']; },
  rootCertificates: Object.freeze([]),
};
