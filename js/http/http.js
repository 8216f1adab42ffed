// http: node's HTTP/1.1 server and client (lib/_http_server.js,
// _http_client.js, _http_incoming.js, _http_outgoing.js) in small, over
// net: Content-Length and chunked bodies, keep-alive as node 20 does it
// (the client's agent keeps idle sockets unreferenced; server.close() ends
// idle connections), Connection: close. fetch (lib/fetch.js) asks it for requests.
'use strict';

const EventEmitter = require('events');
const { emit0, emit1, emit2 } = internal; // emit without a rest array (lib/events.js)
const net = require('net');

let BufferCtor = null;
try { BufferCtor = require('buffer').Buffer; } catch (e) { /* chunks stay Uint8Arrays */ }

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

// The methods llhttp parses (node's http.METHODS), sorted.
const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

// The regular expressions of the per-message paths, made once (a literal
// in a function is a new RegExp object at every evaluation).
const reUpgrade = /(^|,)\s*upgrade\s*(,|$)/i;

// The per-message checks are a native (httpChars, head.go): goja took
// ~2.5 µs for each test of a regular expression, and a request made about
// ten. hasWord(v, w) is /w/i.test(v); isToken(s) is
// /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(s) for a string s; badValue(v) is
// /[^\t\x20-\x7e\x80-\xff]/.test(v) (a number holds none); badPath(s)
// is /[^\u0021-\u00ff]/.test(s) for a string s.
const { httpChars } = internal;
function hasWord(v, w) { return httpChars(typeof v === 'string' ? v : String(v), w); }
function isToken(s) { return httpChars(s, 0); }
function badValue(v) {
  if (typeof v === 'number') return false;
  return httpChars(typeof v === 'string' ? v : String(v), 1);
}
function badPath(s) { return httpChars(s, 2); }

// ---- bytes ---------------------------------------------------------------

const encoder = { encode: (s) => internal.utf8Encode(String(s)) };

function toBytes(chunk) {
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw internal.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
}

// bodyOf is a body chunk as it is written: a string stays one (the
// socket encodes it as UTF-8), other encodings and views become bytes.
function bodyOf(chunk, enc) {
  if (typeof chunk === 'string') return enc && enc !== 'utf8' && BufferCtor ? BufferCtor.from(chunk, enc) : chunk;
  return toBytes(chunk);
}

function byteLen(body) {
  return typeof body === 'string' ? internal.utf8Length(body) : body.length;
}

// Body parts up to this size are copied into one write with the head.
const kCoalesceMax = 16384;

function concat(list) {
  if (list.length === 1) return list[0];
  let n = 0;
  for (let i = 0; i < list.length; i++) n += list[i].length;
  const out = new Uint8Array(n);
  let off = 0;
  for (let i = 0; i < list.length; i++) { out.set(list[i], off); off += list[i].length; }
  return out;
}

function asBuffer(u8) {
  return BufferCtor ? BufferCtor.from(u8.buffer, u8.byteOffset, u8.length) : u8;
}

function latin1(u8, start, end) {
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, u8.subarray(i, Math.min(end, i + 8192)));
  }
  return s;
}

function indexOfCRLF(u8, from, end) {
  for (let i = from; i + 1 < end; i++) {
    if (u8[i] === 13 && u8[i + 1] === 10) return i;
  }
  return -1;
}

// ---- the parser ----------------------------------------------------------

const headFailures = {
  HPE_INVALID_METHOD: 'Invalid method encountered',
  HPE_INVALID_CONSTANT: 'Invalid HTTP status line',
  HPE_INVALID_HEADER_TOKEN: 'Invalid header token',
};

// Parser reads requests (kind 'request') or responses from a byte stream:
// onHead(head) for each message head, onBody(u8, start, end) for body
// bytes, onDone() at the end of each message, onError(err) for a
// malformed one. The bytes not yet parsed are buf[pos:end]: offsets, not a
// subarray per step (each is a typed array object, and every named
// property read of one costs goja a failed number parse).
class Parser {
  constructor(kind, cb) {
    this.kind = kind;
    this.cb = cb;
    this.buf = null;
    this.pos = 0;
    this.end = 0;
    this.state = 'head';
    this.remaining = 0;
    this.noBody = false; // a response to HEAD
  }

  feed(chunk) {
    if (this.pos < this.end) {
      this.buf = concat([this.buf.subarray(this.pos, this.end), chunk]);
    } else {
      this.buf = chunk;
    }
    this.pos = 0;
    this.end = this.buf.length;
    while (this.pos < this.end || this.state === 'done') {
      if (!this.step()) break;
    }
  }

  finish() {
    if (this.state === 'eof') { this.state = 'head'; this.cb.onDone(); }
  }

  step() {
    const b = this.buf;
    const pos = this.pos;
    const end = this.end;
    switch (this.state) {
      case 'head': {
        // One native call finds the head's end and splits it (see head.go).
        const r = internal.httpHead(b, this.kind === 'request', pos, end);
        if (r === -1) {
          if (end - pos > 80 * 1024) this.fail('Header overflow', 'HPE_HEADER_OVERFLOW');
          return false;
        }
        let head = null;
        if (r[1] !== null) this.fail(headFailures[r[1]], r[1]);
        else head = this.makeHead(r);
        this.pos = pos + r[0];
        if (!head) return false;
        if (this.cb.onHead(head) === 'upgrade') {
          // The connection now speaks another protocol: what follows the
          // head is the caller's (the 'upgrade'/'connect' head argument).
          const rest = b.subarray(this.pos, end);
          this.buf = null;
          this.pos = this.end = 0;
          this.state = 'upgraded';
          this.cb.onUpgrade(head, rest);
          return false;
        }
        const te = head.headers['transfer-encoding'];
        const cl = head.headers['content-length'];
        if (this.noBody || (this.kind === 'response' && (head.statusCode === 204 || head.statusCode === 304 || head.statusCode < 200))) {
          this.state = 'done';
        } else if (te && hasWord(te, 'chunked')) {
          this.state = 'size';
        } else if (cl !== undefined) {
          this.remaining = parseInt(cl, 10) || 0;
          this.state = this.remaining > 0 ? 'length' : 'done';
        } else if (this.kind === 'response') {
          this.state = 'eof';
        } else {
          this.state = 'done';
        }
        return true;
      }
      case 'length': {
        const n = Math.min(this.remaining, end - pos);
        this.remaining -= n;
        this.pos = pos + n;
        if (n > 0) this.cb.onBody(b, pos, pos + n);
        if (this.remaining === 0) this.state = 'done';
        return true;
      }
      case 'size': {
        const i = indexOfCRLF(b, pos, end);
        if (i < 0) return false;
        const size = parseInt(latin1(b, pos, i).split(';')[0].trim(), 16);
        if (Number.isNaN(size)) { this.fail('Invalid character in chunk size', 'HPE_INVALID_CHUNK_SIZE'); return false; }
        this.pos = i + 2;
        if (size === 0) { this.state = 'trailers'; } else { this.remaining = size; this.state = 'chunk'; }
        return true;
      }
      case 'chunk': {
        const n = Math.min(this.remaining, end - pos);
        this.remaining -= n;
        this.pos = pos + n;
        if (n > 0) this.cb.onBody(b, pos, pos + n);
        if (this.remaining === 0) this.state = 'chunkEnd';
        return true;
      }
      case 'chunkEnd': {
        if (end - pos < 2) return false;
        this.pos = pos + 2;
        this.state = 'size';
        return true;
      }
      case 'trailers': {
        const i = indexOfCRLF(b, pos, end);
        if (i < 0) return false;
        this.pos = i + 2;
        if (i === pos) {
          this.state = 'done';
          if (this.trailerLines) {
            const raw = [];
            for (const line of this.trailerLines) {
              const c = line.indexOf(':');
              if (c > 0) raw.push(line.slice(0, c).trim(), line.slice(c + 1).trim());
            }
            this.trailerLines = null;
            if (this.cb.onTrailers) this.cb.onTrailers(raw);
          }
        } else {
          (this.trailerLines || (this.trailerLines = [])).push(latin1(b, pos, i));
        }
        return true;
      }
      case 'eof':
        this.pos = end;
        this.cb.onBody(b, pos, end);
        return false;
      case 'done':
        this.state = 'head';
        this.noBody = false;
        this.cb.onDone();
        return true;
    }
    return false;
  }

  // makeHead builds the head object from httpHead's answer.
  makeHead(r) {
    const rawHeaders = r[5];
    // r[6]: the headers object httpHead made, null when a name is not ASCII
    // (then built here, toLowerCase and addHeader's rules).
    const head = { headers: r[6] !== null ? r[6] : {}, rawHeaders };
    if (this.kind === 'request') {
      head.method = r[2];
      head.url = r[3];
      head.httpVersion = r[4];
    } else {
      head.httpVersion = r[2];
      head.statusCode = r[3];
      head.statusMessage = r[4];
    }
    if (r[6] === null) {
      for (let i = 0; i < rawHeaders.length; i += 2) addHeader(head.headers, rawHeaders[i].toLowerCase(), rawHeaders[i + 1]);
    }
    return head;
  }

  fail(reason, code) {
    const err = new Error('Parse Error: ' + reason);
    internal.setErrorCode(err, code);
    err.reason = reason;
    this.state = 'dead';
    this.cb.onError(err);
  }
}

// addHeader joins repeated headers as node does: set-cookie as an array,
// a few single-valued ones keep the first, the rest comma-joined.
const firstWins = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards',
  'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);
// validateLink is node's check of an early hint's Link value: a string
// of <uri>-references, or a list of them (joined with ", ").
const reLink = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function validateLink(hints) {
  if (typeof hints === 'string' && reLink.test(hints)) return hints;
  if (Array.isArray(hints)) {
    if (hints.length === 0) return '';
    if (hints.every((h) => typeof h === 'string' && reLink.test(h))) return hints.join(', ');
  }
  const err = new TypeError('The argument \'hints\' must be an array or string of format "</styles.css>; rel=preload; as=style". Received ' + require('util').inspect(hints));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_VALUE');
  throw err;
}

function addHeader(h, name, value) {
  if (name === 'set-cookie') { (h[name] || (h[name] = [])).push(value); return; }
  if (h[name] === undefined) { h[name] = value; return; }
  if (firstWins.has(name)) return;
  h[name] += (name === 'cookie' ? '; ' : ', ') + value;
}

// ---- IncomingMessage -----------------------------------------------------

function emitClose(emitter) { emitter.destroyed = true; emit0(emitter, 'close'); }

// closeWithSocket: req's 'close' after the socket's. Apart from the response
// path that uses it (ClientExchange.onDone), whose scope goja would otherwise
// allocate for every response.
function closeWithSocket(socket, req) { socket.once('close', () => emitClose(req)); }

// kNoChunks is a message's chunk list while none waits (frozen: shared).
const kNoChunks = Object.freeze([]);

// endMessage and flowMessage are IncomingMessage's ticks ('end'; the
// buffered chunks after resume()), functions of the module rather than a
// closure per message.
function endMessage(msg) {
  msg.readable = false;
  msg._endDone = true;
  emit0(msg, 'end');
  if (msg._closeReq) {
    msg._closeReq.destroyed = true;
    emit0(msg._closeReq, 'close');
    msg.destroyed = true;
    emit0(msg, 'close');
  }
  if (msg._closeAfterEnd) process.nextTick(closeRequest, msg);
}

// closeRequest is a server request's 'close' (once: a connection closing
// early emits it too).
function closeRequest(req) {
  if (req._closed) return;
  req._closed = true;
  req.destroyed = true; // as node's: its 'close' comes with its destroy
  emit0(req, 'close');
}

function flowMessage(msg) {
  msg._resumeScheduled = false;
  while (msg._flowing && msg._buf.length > 0) emit1(msg, 'data', msg._buf.shift());
  msg._maybeEnd();
}

class IncomingMessage extends EventEmitter {
  // head, when given, is the parsed head _setHead will set: its objects
  // are taken at once rather than empty ones made and dropped.
  constructor(socket, head) {
    super();
    this.socket = socket;
    this.httpVersion = '1.1';
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.headers = head ? head.headers : {};
    this.rawHeaders = head ? head.rawHeaders : [];
    this.trailers = {};
    this.rawTrailers = [];
    this.method = null;
    this.url = '';
    this.statusCode = null;
    this.statusMessage = null;
    this.complete = false;
    this.aborted = false;
    this.destroyed = false;
    this.readable = true;
    this._buf = kNoChunks; // an array of its own once a chunk waits
    this._flowing = null;
    this._ended = false;
    this._endEmitted = false;
    this._encoding = null;
    this._resumeScheduled = false;
  }

  get connection() { return this.socket; }
  get readableEnded() { return this._endEmitted; }

  _setTrailers(raw) {
    this.rawTrailers = raw;
    for (let i = 0; i < raw.length; i += 2) addHeader(this.trailers, raw[i].toLowerCase(), raw[i + 1]);
  }

  _setHead(head) {
    this.headers = head.headers;
    this.rawHeaders = head.rawHeaders;
    this.httpVersion = head.httpVersion;
    this.httpVersionMajor = Number(head.httpVersion[0]);
    this.httpVersionMinor = Number(head.httpVersion[2]);
    if (head.method) { this.method = head.method; this.url = head.url; }
    if (head.statusCode) { this.statusCode = head.statusCode; this.statusMessage = head.statusMessage; }
  }

  // _chunk is u8[start:end] as a chunk of its own (a copy, as node's
  // parser hands out bytes the socket's buffer no longer holds).
  _chunk(u8, start, end) {
    if (this._encoding) return internal.utf8Decode(u8.subarray(start, end));
    return BufferCtor ? internal.bufFromBytes(u8, start, end) : u8.slice(start, end);
  }

  _push(u8, start, end) {
    const c = this._chunk(u8, start, end);
    if (this._flowing && this._buf.length === 0) emit1(this, 'data', c);
    else {
      if (this._buf === kNoChunks) this._buf = [];
      this._buf.push(c);
    }
  }

  _pushEnd() {
    this.complete = true;
    this._ended = true;
    this._maybeEnd();
  }

  _maybeEnd() {
    if (!this._ended || this._endEmitted || this._buf.length > 0 || !this._flowing) return;
    this._endEmitted = true;
    process.nextTick(endMessage, this);
  }

  on(ev, fn) {
    super.on(ev, fn);
    if (ev === 'data' && this._flowing !== false) this.resume();
    return this;
  }

  addListener(ev, fn) { return this.on(ev, fn); }

  setEncoding(enc) { this._encoding = enc || 'utf8'; return this; }

  pause() { this._flowing = false; return this; }

  isPaused() { return this._flowing === false; }

  resume() {
    if (this._flowing && !this._resumeScheduled) return this;
    this._flowing = true;
    if (this._resumeScheduled) return this;
    this._resumeScheduled = true;
    process.nextTick(flowMessage, this);
    return this;
  }

  read() {
    const c = this._buf.length ? this._buf.shift() : undefined;
    if (this._buf.length === 0) this._maybeEnd();
    return c === undefined ? null : c;
  }

  // pipe(dest, { end }): as a Readable's, dest ends with the body unless
  // end is false.
  pipe(dest, options) {
    this.on('data', (c) => { if (dest.write(c) === false) this.pause(); });
    dest.on('drain', () => this.resume());
    if (!options || options.end !== false) this.on('end', () => dest.end());
    return dest;
  }

  setTimeout(ms, cb) { this.socket.setTimeout(ms, cb); return this; }

  // for await (const chunk of req): the body's chunks, as a Readable's
  // async iterator gives them; the message pauses while chunks wait, and
  // leaving the loop early destroys it.
  [Symbol.asyncIterator]() {
    const msg = this;
    const queue = [];
    let done = false;
    let failure = null;
    let wake = null;
    const wakeUp = () => { if (wake) { const w = wake; wake = null; w(); } };
    const onData = (c) => { queue.push(c); if (queue.length > 16) msg.pause(); wakeUp(); };
    const onEnd = () => { done = true; wakeUp(); };
    const onError = (err) => { failure = err; wakeUp(); };
    const onAborted = () => {
      if (done) return;
      const err = new Error('aborted');
      err.code = 'ECONNRESET';
      onError(err);
    };
    const cleanup = () => {
      msg.removeListener('data', onData);
      msg.removeListener('end', onEnd);
      msg.removeListener('error', onError);
      msg.removeListener('aborted', onAborted);
    };
    msg.on('data', onData);
    msg.on('end', onEnd);
    msg.on('error', onError);
    msg.on('aborted', onAborted);
    if (this._endEmitted) done = true;
    return {
      next() {
        return new Promise(function step(resolve, reject) {
          if (queue.length > 0) {
            const value = queue.shift();
            if (queue.length === 0 && msg.isPaused() && !done) msg.resume();
            resolve({ value, done: false });
          } else if (failure) {
            cleanup();
            reject(failure);
          } else if (done) {
            cleanup();
            resolve({ value: undefined, done: true });
          } else {
            if (msg.isPaused()) msg.resume();
            wake = () => step(resolve, reject);
          }
        });
      },
      return() {
        cleanup();
        if (!done && !msg.destroyed) msg.destroy();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  destroy(err, cb) {
    this.destroyed = true;
    if (this.socket) this.socket.destroy(err);
    if (typeof cb === 'function') process.nextTick(cb, err || null);
    return this;
  }
}

// ---- OutgoingMessage -----------------------------------------------------

// writeAfterEndNT is write()'s error tick, a function of the module: a
// closure in write() would make goja allocate its scope on every call.
function writeAfterEndNT(msg, err, cb) {
  if (cb) cb(err);
  msg.emit('error', err);
}

// pushHeaderLines adds one header's lines to this (an array): a Map.forEach
// callback, so that a head costs no iterator objects.
function pushHeaderLines(entry) {
  const name = entry[0];
  const value = entry[1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) this.push(name + ': ' + value[i]);
  } else {
    this.push(name + ': ' + value);
  }
}

// OutgoingMessage is what ServerResponse and ClientRequest share: headers
// kept by lowercased name, the head written before the first body bytes,
// Content-Length when the whole body is known at end(), chunked otherwise.
// headerValue is getHeader for a lowercase name known here: the head's own
// lookups skip String() and toLowerCase() (node's _storeHeader reads its
// state, not the public methods).
function headerValue(msg, k) { const h = msg._headers.get(k); return h ? h[1] : undefined; }

class OutgoingMessage extends EventEmitter {
  constructor() {
    super();
    this._headers = new Map(); // lowercased name → [name, value]
    this._headSent = false; // the head is on its way to the socket
    this.destroyed = false;
    this.finished = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.chunkedEncoding = false;
    this.sendDate = false;
    this.socket = null;
    this._pending = kNoChunks; // writes waiting for the socket, once there are any
    this._keepAlive = true;
    this._hasBody = true;
    this._chunkedByDefault = true; // node's useChunkedEncodingByDefault
  }

  get connection() { return this.socket; }

  // node's: what waits for the socket plus what the socket has buffered.
  get writableLength() {
    let n = 0;
    for (const [d] of this._pending) n += typeof d === 'string' ? d.length : d.byteLength;
    return n + (this.socket && this.socket.writableLength ? this.socket.writableLength : 0);
  }

  // node's headersSent is true once writeHead has stored the head, before it is written.
  get headersSent() { return this._headSent || this._wroteHead === true; }

  setHeader(name, value) {
    if (this.headersSent) {
      const err = new Error('Cannot set headers after they are sent to the client');
      internal.setErrorCode(err, 'ERR_HTTP_HEADERS_SENT');
      throw err;
    }
    if (typeof name !== 'string' || !isToken(name)) {
      const err = new TypeError('Header name must be a valid HTTP token ["' + name + '"]');
      internal.setErrorCode(err, 'ERR_INVALID_HTTP_TOKEN');
      throw err;
    }
    if (value === undefined) {
      const err = new TypeError('Invalid value "undefined" for header "' + name + '"');
      internal.setErrorCode(err, 'ERR_HTTP_INVALID_HEADER_VALUE');
      throw err;
    }
    if (badValue(value)) {
      const err = new TypeError('Invalid character in header content ["' + name + '"]');
      internal.setErrorCode(err, 'ERR_INVALID_CHAR');
      throw err;
    }
    this._headers.set(name.toLowerCase(), [name, value]);
    return this;
  }

  // addTrailers: header lines sent after a chunked body (node drops them
  // when the body is not chunked).
  addTrailers(headers) {
    this._trailer = '';
    const isArray = Array.isArray(headers);
    const keys = Object.keys(headers);
    for (let i = 0; i < keys.length; i++) {
      let field, value;
      if (isArray) { field = headers[keys[i]][0]; value = headers[keys[i]][1]; } else { field = keys[i]; value = headers[field]; }
      if (typeof field !== 'string' || !field || !isToken(field)) {
        const err = new TypeError('Trailer name must be a valid HTTP token ["' + field + '"]');
        internal.setErrorCode(err, 'ERR_INVALID_HTTP_TOKEN');
        throw err;
      }
      const values = isArray && Array.isArray(value) && value.length > 1 ? value : [Array.isArray(value) ? value.join('; ') : value];
      for (const v of values) {
        if (badValue(v)) {
          const err = new TypeError('Invalid character in trailer content ["' + field + '"]');
          internal.setErrorCode(err, 'ERR_INVALID_CHAR');
          throw err;
        }
        this._trailer += field + ': ' + v + '\r\n';
      }
    }
  }

  appendHeader(name, value) {
    const k = name.toLowerCase();
    const old = this._headers.get(k);
    if (!old) return this.setHeader(name, value);
    old[1] = [].concat(old[1], value);
    return this;
  }

  getHeader(name) { const h = this._headers.get(String(name).toLowerCase()); return h ? h[1] : undefined; }
  hasHeader(name) { return this._headers.has(String(name).toLowerCase()); }
  removeHeader(name) { this._headers.delete(String(name).toLowerCase()); }
  getHeaderNames() { return Array.from(this._headers.keys()); }
  // The names as they were set, case and all.
  getRawHeaderNames() { return Array.from(this._headers.values(), (h) => h[0]); }
  // setHeaders(headers): each entry of a Headers or a Map, set-cookie
  // values gathered into one array, as node 20's.
  setHeaders(headers) {
    if (this.headersSent) {
      const err = new Error('Cannot set headers after they are sent to the client');
      internal.setErrorCode(err, 'ERR_HTTP_HEADERS_SENT');
      throw err;
    }
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw internal.argType('headers', 'an instance of Headers or Map', headers);
    }
    const cookies = [];
    for (const [key, value] of headers) {
      if (key === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }
  // destroy(err): the message's socket goes, with err; a response's
  // 'close' follows from the socket's, as node's.
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.socket) this.socket.destroy(err);
    else this.once('socket', (socket) => socket.destroy(err));
    return this;
  }
  cork() { if (this.socket) this.socket.cork(); }
  uncork() { if (this.socket) this.socket.uncork(); }
  // An OutgoingMessage is not a readable stream: node emits this error.
  pipe() {
    this.emit('error', internal.codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  }
  getHeaders() {
    const o = Object.create(null);
    for (const [k, [, v]] of this._headers) o[k] = v;
    return o;
  }

  // As node's: cb listens for the request's own 'timeout', which the
  // socket's idle timer (armed now, or when the socket comes) emits.
  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    this.timeout = ms;
    if (this.socket) armRequestTimeout(this.socket, ms);
    else this.once('socket', (s) => armRequestTimeout(s, ms));
    return this;
  }

  // _head returns the head text; bodyLen is the body's byte length when
  // end() knows all of it, else undefined (chunked, when allowed).
  _head(firstLine, bodyLen) {
    const lines = [firstLine];
    this._headers.forEach(pushHeaderLines, lines);
    this._extraHeaders(lines);
    const te = headerValue(this, 'transfer-encoding');
    if (this._hasBody && !this._headers.has('content-length') && !te) {
      if (!this._chunkedByDefault) {
        // node's _last: neither header, the body (if any) goes as it is.
      } else if (bodyLen !== undefined) {
        if (bodyLen > 0 || this._alwaysLength) lines.push('Content-Length: ' + bodyLen);
      } else {
        this.chunkedEncoding = true;
        lines.push('Transfer-Encoding: chunked');
      }
    } else if (te && hasWord(te, 'chunked')) {
      this.chunkedEncoding = true;
    }
    return lines.join('\r\n') + '\r\n\r\n';
  }

  write(chunk, enc, cb) {
    if (typeof enc === 'function') { cb = enc; enc = null; }
    if (this.writableEnded) {
      const err = new Error('write after end');
      internal.setErrorCode(err, 'ERR_STREAM_WRITE_AFTER_END');
      process.nextTick(writeAfterEndNT, this, err, cb);
      return false;
    }
    if (chunk === null || chunk === undefined) {
      throw internal.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
    }
    // The head goes out with the first body bytes, as node's _send joins
    // them (a bad chunk still throws after the head, as it did).
    const parts = [];
    if (!this._headSent) parts.push(this._headText(undefined));
    let body;
    try {
      body = bodyOf(chunk, enc);
    } catch (e) {
      if (parts.length) this._send(parts[0]);
      throw e;
    }
    const n = byteLen(body);
    if (n === 0) {
      if (parts.length) this._send(parts[0]);
      if (cb) process.nextTick(cb);
      return true;
    }
    if (this.chunkedEncoding) parts.push(n.toString(16) + '\r\n', body, '\r\n');
    else parts.push(body);
    const ret = this._sendParts(parts, cb);
    // A false return promises a 'drain' (messageDrain, on the socket's).
    if (!ret) this._needDrain = true;
    return ret;
  }

  // As node's: the head goes out now, as write() would send it (chunked
  // when the body's length is not known); later writes are the body.
  flushHeaders() {
    if (!this._headSent) this._send(this._headText(undefined));
  }

  end(chunk, enc, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = null; }
    if (typeof enc === 'function') { cb = enc; enc = null; }
    if (this.writableEnded) { if (cb) process.nextTick(cb); return this; }
    let body = null;
    if (chunk != null) body = bodyOf(chunk, enc);
    const n = body === null ? 0 : byteLen(body);
    // What end() sends leaves in one write, 'finish' on its callback: node
    // corks the socket around end() and writes it all with one writev.
    const parts = [];
    if (!this._headSent) parts.push(this._headText(n));
    if (n && this._hasBody) {
      if (this.chunkedEncoding) parts.push(n.toString(16) + '\r\n', body, '\r\n');
      else parts.push(body);
    }
    if (this.chunkedEncoding) parts.push('0\r\n' + (this._trailer || '') + '\r\n');
    this.writableEnded = true;
    this.finished = true;
    if (cb) this.once('finish', cb);
    if (parts.length) {
      this._finishQueued = true;
      this._sendParts(parts, this._finishWriteCb());
    } else {
      this._flushEnd();
    }
    return this;
  }

  // _sendParts writes parts (strings and byte arrays) as one write: joined
  // when all are strings, copied into one buffer when small, else one by
  // one (a large body is not copied to save a system call).
  _sendParts(parts, cb) {
    if (parts.length === 1) return this._send(parts[0], cb);
    let strings = true;
    let n = 0;
    for (let i = 0; i < parts.length; i++) {
      if (typeof parts[i] !== 'string') strings = false;
      n += parts[i].length;
    }
    if (strings) return this._send(parts.join(''), cb);
    if (n > kCoalesceMax) {
      // False if any part filled the socket (its 'drain' will come): node
      // corks these writes and returns the socket's answer for them all.
      let ok = true;
      for (let i = 0; i < parts.length - 1; i++) ok = this._send(parts[i]) && ok;
      return this._send(parts[parts.length - 1], cb) && ok;
    }
    return this._send(concat(parts.map(toBytes)), cb);
  }

  // _send writes to the socket, or holds the data until there is one.
  _send(data, cb) {
    if (this.socket && !this.socket.connecting && this._pending.length === 0) return this.socket.write(data, cb);
    if (this._pending === kNoChunks) this._pending = [];
    this._pending.push([data, cb]);
    return false;
  }

  _flushPending() {
    const p = this._pending;
    this._pending = kNoChunks;
    let ok = true;
    for (let i = 0; i < p.length; i++) ok = this.socket.write(p[i][0], p[i][1]) && ok;
    // As node's _flush: what waited for the socket went out whole, so a
    // write that returned false meanwhile has its 'drain' now; else the
    // socket's 'drain' brings it (messageDrain).
    if (ok && p.length > 0) messageDrain(this);
  }

  _flushEnd() {
    if (this._finishQueued || !this.socket || this._pending.length > 0 || this.socket.connecting) return;
    this._finishQueued = true;
    // 'finish' once the last byte was handed to the socket.
    this.socket.write('', this._finishWriteCb());
  }

  // _finishWriteCb is the last write's callback, made apart from end() and
  // _flushEnd(): a closure in them would make goja allocate their scope on
  // every call.
  _finishWriteCb() { return () => this._finishWrite(); }

  _finishWrite() {
    this.writableFinished = true;
    emit0(this, 'finish');
    this._finished();
  }

  _finished() {}
}

// ---- server --------------------------------------------------------------

// utcDate is the Date header's text for now, made once a second (node's
// utcDate caches it too).
let dateSecond = -1;
let dateText = '';
function utcDate() {
  const now = Date.now();
  const sec = Math.floor(now / 1000);
  if (sec !== dateSecond) {
    dateSecond = sec;
    dateText = new Date(now).toUTCString();
  }
  return dateText;
}

class ServerResponse extends OutgoingMessage {
  constructor(req) {
    super();
    this.req = req;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._alwaysLength = true;
    if (req.method === 'HEAD') this._hasBody = false;
    this._keepAlive = req.httpVersion === '1.1' ? !hasWord(req.headers.connection || '', 'close') : hasWord(req.headers.connection || '', 'keep-alive');
  }

  writeHead(statusCode, reason, headers) {
    if (this.headersSent) {
      const err = new Error('Cannot write headers after they are sent to the client');
      internal.setErrorCode(err, 'ERR_HTTP_HEADERS_SENT');
      throw err;
    }
    if (typeof reason !== 'string') { headers = reason; reason = undefined; }
    this.statusCode = statusCode;
    this.statusMessage = reason || STATUS_CODES[statusCode] || 'unknown';
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      const ks = Object.keys(headers);
      for (let i = 0; i < ks.length; i++) this.setHeader(ks[i], headers[ks[i]]);
    }
    this._wroteHead = true;
    return this;
  }

  // writeEarlyHints: a 103 response ahead of the real one, its Link
  // header from hints.link (a string or a list of them).
  writeEarlyHints(hints, cb) {
    if (hints === null || typeof hints !== 'object' || Array.isArray(hints)) {
      const err = new TypeError('The "hints" argument must be of type object. Received ' + internal.describe(hints));
      internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
      throw err;
    }
    if (hints.link === null || hints.link === undefined) return;
    const link = validateLink(hints.link);
    if (link.length === 0) return;
    let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n';
    for (const key of Object.keys(hints)) {
      if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
    }
    if (this.socket) this.socket.write(head + '\r\n', cb);
  }

  writeContinue(cb) { if (this.socket) this.socket.write('HTTP/1.1 100 Continue\r\n\r\n', cb); }
  writeProcessing(cb) { if (this.socket) this.socket.write('HTTP/1.1 102 Processing\r\n\r\n', cb); }
  writeHeader(statusCode, reason, headers) { return this.writeHead.apply(this, arguments); }

  _extraHeaders(lines) {
    if (this.sendDate && !this._headers.has('date')) lines.push('Date: ' + utcDate());
    if (this._headers.has('connection')) {
      if (hasWord(headerValue(this, 'connection'), 'close')) this._keepAlive = false;
    } else if (this._keepAlive) {
      lines.push('Connection: keep-alive');
      lines.push('Keep-Alive: timeout=5');
    } else {
      lines.push('Connection: close');
    }
  }

  _headText(bodyLen) {
    if (this.statusCode === 204 || this.statusCode === 304 || (this.statusCode >= 100 && this.statusCode < 200)) this._hasBody = false;
    const msg = this.statusMessage === undefined ? (STATUS_CODES[this.statusCode] || 'unknown') : this.statusMessage;
    if (this.statusMessage === undefined) this.statusMessage = msg;
    // writeHead stores the head in node: the body length is not known then.
    const head = this._head('HTTP/1.1 ' + this.statusCode + ' ' + msg, this._wroteHead ? undefined : bodyLen);
    this._headSent = true;
    return head;
  }

  _finished() {
    // As node's resOnFinish: a request nobody read is resumed so that its
    // 'end' comes; the response's 'close' is the next tick, the request's
    // a tick after it (or after the request's 'end' if that is still to come).
    const req = this.req;
    if (req && !req._endDone && !req._flowing) req.resume();
    process.nextTick(emitClose, this);
    if (req) {
      if (req._endDone) process.nextTick(closeRequest, req);
      else req._closeAfterEnd = true;
    }
    if (this._onFinish) this._onFinish(this);
  }
}

// connectionListener serves a connection of the server it is called on;
// http._connectionListener, as node's (some frameworks add it to their own
// net servers).
function connectionListener(socket) {
  this._attach(socket);
}

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') { listener = options; options = {}; }
    super({ allowHalfOpen: true, noDelay: true });
    this._serve(listener, 'connection');
  }

  // _serve gives a new server node's defaults and serves each connection
  // its event brings (https: 'secureConnection').
  _serve(listener, event) {
    this.keepAliveTimeout = 5000;
    this.timeout = 0;
    this.headersTimeout = 60000;
    this.requestTimeout = 300000;
    this.maxHeadersCount = null;
    this._idle = new Set();
    if (typeof listener === 'function') this.on('request', listener);
    this.on(event, connectionListener);
  }

  _attach(socket) {
    const server = this;
    let current = null; // the response in progress
    const queue = []; // pipelined requests waiting for it: req, res, req, res…
    let closing = false;
    // One idle-timeout listener per connection, there for its life and
    // acting only while the connection is idle between requests (armed
    // and disarmed around each one, with the socket's timer; adding and
    // removing it per request cost a once() wrapper each time).
    let idle = false;
    const idleKill = () => { if (idle) socket.destroy(); };
    socket.on('timeout', idleKill);
    // start and finish are each request's, made once per connection.
    const finish = (res) => {
      current = null;
      if (!res._keepAlive || closing) { socket.destroySoon(); return; }
      if (queue.length) { const req = queue.shift(); start(req, queue.shift()); return; }
      server._idle.add(socket);
      if (server._closing) { socket.end(); return; }
      if (server.keepAliveTimeout) { idle = true; socket.setTimeout(server.keepAliveTimeout); }
    };
    const start = (req, res) => {
      current = res;
      res.socket = socket;
      res._onFinish = finish;
      emit2(server, 'request', req, res);
    };
    server._idle.add(socket);
    const parser = new Parser('request', {
      onHead(head) {
        // CONNECT always leaves HTTP; an Upgrade only when someone
        // listens for it (node 20 serves it as a plain request otherwise).
        if (!current && (head.method === 'CONNECT' || (head.headers.upgrade !== undefined &&
            reUpgrade.test(head.headers.connection || '') && server.listenerCount('upgrade') > 0))) {
          return 'upgrade';
        }
        server._idle.delete(socket);
        idle = false;
        socket.setTimeout(0);
        const req = new IncomingMessage(socket, head);
        req._setHead(head);
        const res = new ServerResponse(req);
        if (head.method === 'HEAD') parser.noBody = true;
        if (current) queue.push(req, res); else start(req, res);
        parser._req = req;
      },
      onUpgrade(head, rest) {
        const ev = head.method === 'CONNECT' ? 'connect' : 'upgrade';
        socket.removeListener('data', onData);
        socket.removeListener('end', onEnd);
        socket.removeListener('close', onClose);
        socket.removeListener('error', onError);
        socket.removeListener('timeout', idleKill);
        server._idle.delete(socket);
        idle = false;
        socket.setTimeout(0);
        const req = new IncomingMessage(socket);
        req._setHead(head);
        req.upgrade = true;
        req._pushEnd();
        if (server.listenerCount(ev) > 0) server.emit(ev, req, socket, asBuffer(rest));
        else socket.destroy();
      },
      onBody(u8, start, end) { if (parser._req) parser._req._push(u8, start, end); },
      onTrailers(raw) { if (parser._req) parser._req._setTrailers(raw); },
      onDone() { if (parser._req) parser._req._pushEnd(); parser._req = null; },
      onError(err) {
        if (server.listenerCount('clientError')) server.emit('clientError', err, socket);
        else { socket.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'); socket.destroy(); }
      },
    });
    // node's parser is an async resource made here (on 'connection'): the
    // request and its body run in the context of the server's listen.
    const ctx = internal.asyncContext('HTTPINCOMINGMESSAGE');
    const onData = (d) => internal.runInAsyncContext(ctx, parser.feed, parser, toBytes(d));
    const onEnd = () => {
      closing = true;
      // node's socketOnEnd (httpAllowHalfOpen off): a request still waiting
      // for its response is aborted, and its socket goes with it.
      if (!current) socket.end();
      else if (!current.writableFinished) socket.destroy();
    };
    const onClose = () => {
      server._idle.delete(socket);
      if (current && !current.writableFinished) {
        const req = current.req;
        req.aborted = true;
        req.destroyed = true;
        req.emit('aborted');
        // The response's 'close' comes from the socket's; the request's
        // after it, as node's destroyed IncomingMessage.
        current.destroyed = true;
        current.emit('close');
        process.nextTick(closeRequest, req);
      }
    };
    const onError = (err) => { if (server.listenerCount('clientError')) server.emit('clientError', err, socket); };
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('close', onClose);
    socket.on('error', onError);
    socket.on('drain', () => { if (current) messageDrain(current); });
  }

  close(cb) {
    this._closing = true;
    this.closeIdleConnections();
    return super.close(cb);
  }

  closeIdleConnections() {
    for (const s of this._idle) s.destroy();
    this._idle.clear();
  }

  closeAllConnections() { this.closeIdleConnections(); }

  setTimeout(ms, cb) { this.timeout = ms; if (cb) this.on('timeout', cb); return this; }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---- client --------------------------------------------------------------

// Agent keeps idle keep-alive sockets per host:port, unreferenced so that
// they do not hold the program open (node 20's globalAgent: keepAlive on).
class Agent extends EventEmitter {
  constructor(options) {
    super();
    options = options || {};
    this.options = Object.assign({}, options);
    this.keepAlive = options.keepAlive !== false;
    this.freeSockets = {};
    this.sockets = {};
    this.maxSockets = Infinity;
    this.defaultPort = 80;
    this.protocol = 'http:';
  }

  // createConnection makes a request's socket (https.Agent: a TLS one).
  createConnection(options) {
    return net.connect(options.port, options.host === 'localhost' ? '127.0.0.1' : options.host);
  }

  // getName is the pool's key for a request's options.
  getName(options) { return options.host + ':' + options.port; }

  // _socketListeners makes a pooled socket's two listeners, once: the idle
  // kill, one 'timeout' listener for the socket's life acting only while it
  // is free (as the server's), and _httpFree, added on each release and
  // removed on reuse (its agent and key are the socket's for its life). Apart
  // from _release, whose scope goja would otherwise allocate per request.
  _socketListeners(key, socket) {
    socket._httpIdleKill = () => { if (socket._httpIdle) socket.destroy(); };
    socket.on('timeout', socket._httpIdleKill);
    socket._httpFree = () => {
      const list = this.freeSockets[key];
      if (list) {
        const i = list.indexOf(socket);
        if (i >= 0) list.splice(i, 1);
        if (!list.length) delete this.freeSockets[key];
      }
    };
  }

  _take(key) {
    const free = this.freeSockets[key];
    while (free && free.length) {
      const s = free.shift();
      if (!free.length) delete this.freeSockets[key];
      if (!s.destroyed) return s;
    }
    return null;
  }

  _release(key, socket) {
    if (!this.keepAlive || socket.destroyed) { socket.destroy(); return; }
    socket.unref();
    // As the server's idle kill: one listener for the socket's life, acting
    // only while the socket is free.
    if (!socket._httpIdleKill) this._socketListeners(key, socket);
    socket._httpIdle = true;
    socket.setTimeout(4000);
    socket.on('close', socket._httpFree);
    (this.freeSockets[key] || (this.freeSockets[key] = [])).push(socket);
  }

  destroy() {
    for (const k of Object.keys(this.freeSockets)) for (const s of this.freeSockets[k]) s.destroy();
    this.freeSockets = {};
  }
}

const globalAgent = new Agent({ keepAlive: true });

function parseURL(u) {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([^#]*)/i.exec(String(u));
  if (!m) {
    const err = new TypeError('Invalid URL');
    internal.setErrorCode(err, 'ERR_INVALID_URL');
    err.input = String(u);
    throw err;
  }
  return { protocol: m[1].toLowerCase() + ':', hostname: m[2].replace(/^\[|\]$/g, ''), port: m[3] ? Number(m[3]) : undefined, path: m[4] || '/' };
}

const unframedMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string' || (input && input.href)) {
      const u = parseURL(input.href || input);
      if (typeof options === 'function') { cb = options; options = {}; }
      options = { ...u, ...options }; // a spread: goja's Object.assign cost ~5 µs a request
    } else {
      if (typeof options === 'function') { cb = options; }
      options = { ...input };
    }
    // The protocol is the agent's: http's global agent, or https's when
    // https.request made this request (options._defaultAgent).
    const defaultAgent = options._defaultAgent || globalAgent;
    const agent = options.agent === false ? new defaultAgent.constructor({ keepAlive: false }) : (options.agent || defaultAgent);
    const expected = (agent && agent.protocol) || defaultAgent.protocol;
    const protocol = options.protocol || defaultAgent.protocol;
    if (protocol !== expected) {
      const err = new TypeError('Protocol "' + protocol + '" not supported. Expected "' + expected + '"');
      internal.setErrorCode(err, 'ERR_INVALID_PROTOCOL');
      throw err;
    }
    if (options.method != null && typeof options.method !== 'string') throw internal.invalidArgType('options.method', 'string', options.method);
    if (options.method && !isToken(options.method)) {
      const err = new TypeError('Method must be a valid HTTP token ["' + options.method + '"]');
      internal.setErrorCode(err, 'ERR_INVALID_HTTP_TOKEN');
      throw err;
    }
    if (options.path != null && badPath(String(options.path))) {
      const err = new TypeError('Request path contains unescaped characters');
      internal.setErrorCode(err, 'ERR_UNESCAPED_CHARACTERS');
      throw err;
    }
    this.method = (options.method || 'GET').toUpperCase();
    this.path = options.path || '/';
    this.host = options.hostname || options.host || 'localhost';
    const defaultPort = options.defaultPort || agent.defaultPort || 80;
    this.port = Number(options.port || defaultPort);
    this.protocol = expected;
    this.agent = agent;
    // options is this request's own copy: it becomes the connect options.
    options.host = this.host;
    options.port = this.port;
    this._connectOptions = options;
    this.reusedSocket = false;
    this.aborted = false;
    this.destroyed = false;
    this.res = null;
    this._alwaysLength = true;
    this._hasBody = true;
    // As node's: these methods' bodies are not framed (no chunked, no
    // Content-Length of their own); the others' are.
    this._chunkedByDefault = !unframedMethods.has(this.method);
    this._keepAlive = this.agent.keepAlive;
    if (options.headers) {
      if (Array.isArray(options.headers)) {
        for (let i = 0; i + 1 < options.headers.length; i += 2) this.appendHeader(options.headers[i], options.headers[i + 1]);
      } else {
        const ks = Object.keys(options.headers);
        for (let i = 0; i < ks.length; i++) this.setHeader(ks[i], options.headers[ks[i]]);
      }
    }
    if (!this._headers.has('host')) this.setHeader('Host', this.host + (this.port !== defaultPort ? ':' + this.port : ''));
    if (typeof cb === 'function') this.once('response', cb);
    if (options.timeout) this.setTimeout(options.timeout);
    const key = this.agent.getName ? this.agent.getName(this._connectOptions) : this.host + ':' + this.port;
    process.nextTick(assignSocket, this, key);
  }

  _extraHeaders(lines) {
    if (this._headers.has('connection')) {
      if (hasWord(headerValue(this, 'connection'), 'close')) this._keepAlive = false;
    } else {
      lines.push('Connection: ' + (this._keepAlive ? 'keep-alive' : 'close'));
    }
  }

  _headText(bodyLen) {
    const head = this._head(this.method + ' ' + this.path + ' HTTP/1.1', bodyLen);
    this._headSent = true;
    return head;
  }

  _assign(key) {
    if (this.destroyed) return;
    let socket = this.agent._take(key);
    if (socket) {
      this.reusedSocket = true;
      socket.ref();
      socket._httpIdle = false;
      socket.setTimeout(0);
      if (socket._httpFree) socket.removeListener('close', socket._httpFree);
    } else {
      socket = this.agent.createConnection ? this.agent.createConnection(this._connectOptions)
        : net.connect(this.port, this.host === 'localhost' ? '127.0.0.1' : this.host);
    }
    this.socket = socket;
    emit1(this, 'socket', socket);
    socket._httpExchange = new ClientExchange(this, socket, key);
    socket.on('data', clientOnData);
    socket.on('end', clientOnEnd);
    socket.on('error', clientOnError);
    socket.on('close', clientOnClose);
    socket.on('drain', clientOnDrain);
    if (socket.connecting) this._flushOnConnect(socket);
    else { this._flushPending(); if (this.writableEnded) this._flushEnd(); }
  }

  // _flushOnConnect holds _assign's one closure: in _assign itself it would
  // make goja allocate _assign's scope for every request, connected or not.
  _flushOnConnect(socket) {
    socket.once('connect', () => { this._flushPending(); if (this.writableEnded) this._flushEnd(); });
  }

  _fail(err) {
    if (this._failed) return;
    this._failed = true;
    this.destroyed = true;
    this.emit('error', err);
    this.emit('close');
  }

  abort() { this.aborted = true; this.destroy(); }

  destroy(err) {
    if (this.destroyed) return this;
    const s = this.socket;
    if (s && !this.res && s._httpExchange && s._httpExchange.req === this) {
      // Waiting for its response: the socket's 'error' (err) or 'close'
      // (socket hang up) listeners report it, then 'close', as node's.
      s.destroy(err);
      this.destroyed = true;
      return this;
    }
    this.destroyed = true;
    if (s) s.destroy();
    // No socket yet: node's _destroy says socket hang up unless aborted.
    if (!err && !s && !this.aborted) err = connReset('socket hang up');
    if (err) process.nextTick(() => this.emit('error', err));
    process.nextTick(() => this.emit('close'));
    return this;
  }

  setNoDelay(on) { if (this.socket) this.socket.setNoDelay(on); }
  setSocketKeepAlive() {}
}

function assignSocket(req, key) { req._assign(key); }

// requestTimeout is a client socket's one listener for its requests'
// timeouts ('this' the socket): the request it serves emits 'timeout'.
function requestTimeout() {
  const ex = this._httpExchange;
  if (ex && !this._httpIdle) ex.req.emit('timeout');
}

function armRequestTimeout(socket, ms) {
  socket.setTimeout(ms);
  if (!socket._httpReqTimeout) {
    socket._httpReqTimeout = true;
    socket.on('timeout', requestTimeout);
  }
}

// ClientExchange is one request's turn on its socket: the response
// parser's callbacks, and the state of the socket's listeners, which are
// functions of the module finding it as socket._httpExchange (a request
// used to make a parser object of five closures and five more).
class ClientExchange {
  constructor(req, socket, key) {
    this.req = req;
    this.socket = socket;
    this.key = key;
    this.res = null;
    this.parser = new Parser('response', this);
    if (req.method === 'HEAD') this.parser.noBody = true;
    // The response runs in the request's context (node's parser resource
    // is made for each request, even on a reused keep-alive socket).
    this.ctx = internal.asyncContext('HTTPCLIENTREQUEST');
  }

  onHead(head) {
    const req = this.req;
    if ((head.statusCode === 101 && req.hasHeader('upgrade')) || (req.method === 'CONNECT' && head.statusCode >= 200 && head.statusCode < 300)) {
      return 'upgrade';
    }
    const res = new IncomingMessage(this.socket, head);
    res._setHead(head);
    res.req = req;
    req.res = res;
    if (head.statusCode < 200) {
      // node: 'continue' for a 100, 'information' for every 1xx but 101.
      if (head.statusCode === 100) req.emit('continue');
      req.emit('information', {
        statusCode: res.statusCode, statusMessage: res.statusMessage, httpVersion: res.httpVersion,
        httpVersionMajor: res.httpVersionMajor, httpVersionMinor: res.httpVersionMinor,
        headers: res.headers, rawHeaders: res.rawHeaders,
      });
      return;
    }
    this.res = res;
    if (!hasWord(head.headers.connection || '', 'keep-alive') && (head.headers.connection || head.httpVersion !== '1.1')) req._keepAlive = false;
    res._closeReq = req; // 'close' on both after 'end' (endMessage)
    if (!emit1(req, 'response', res)) res.resume();
  }

  onUpgrade(head, rest) {
    this.cleanup();
    const req = this.req;
    const socket = this.socket;
    const ev = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    const r = new IncomingMessage(socket);
    r._setHead(head);
    r.req = req;
    req.res = r;
    r.upgrade = true;
    if (req.listenerCount(ev) > 0) {
      req.emit(ev, r, socket, asBuffer(rest));
      req.destroyed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  }

  onBody(u8, start, end) { if (this.res) this.res._push(u8, start, end); }

  onTrailers(raw) { if (this.res) this.res._setTrailers(raw); }

  onDone() {
    const r = this.res;
    if (!r) return;
    this.res = null;
    this.cleanup();
    const req = this.req;
    if (req._keepAlive && r.headers.connection !== 'close') req.agent._release(this.key, this.socket);
    else {
      // The connection ends with this response: as node's, the request's
      // 'close' waits for the socket's (the response's comes after its 'end').
      r._closeReq = null;
      r._closeAfterEnd = true;
      closeWithSocket(this.socket, req);
      this.socket.destroy();
    }
    r._pushEnd();
  }

  onError(err) { this.cleanup(); this.socket.destroy(); this.req._fail(err); }

  cleanup() {
    const socket = this.socket;
    socket.removeListener('data', clientOnData);
    socket.removeListener('end', clientOnEnd);
    socket.removeListener('error', clientOnError);
    socket.removeListener('close', clientOnClose);
    socket.removeListener('drain', clientOnDrain);
  }
}

// messageDrain is node's socketOnDrain and ondrain: the socket's 'drain'
// is the message's when a write of it returned false, until it ends.
function messageDrain(msg) {
  if (!msg._needDrain || msg.finished) return;
  msg._needDrain = false;
  emit0(msg, 'drain');
}
function clientOnDrain() { messageDrain(this._httpExchange.req); }

// The socket listeners of a ClientExchange (this is the socket).
function clientOnData(d) {
  const x = this._httpExchange;
  internal.runInAsyncContext(x.ctx, x.parser.feed, x.parser, toBytes(d));
}

function clientOnEnd() {
  const x = this._httpExchange;
  const res = x.res;
  if (res && x.parser.state === 'eof') { x.parser.finish(); return; }
  if (res) { x.cleanup(); res.aborted = true; res.emit('aborted'); const e = connReset('aborted'); res.emit('error', e); return; }
  x.cleanup();
  x.req._fail(connReset('socket hang up'));
}

function clientOnError(err) {
  const x = this._httpExchange;
  const req = x.req;
  if (!req.res && !req._failed) {
    // As node's socketErrorListener: the error now, the request's 'close'
    // with the socket's (clientOnClose).
    req._failed = true;
    req.destroyed = true;
    req.emit('error', err);
    return;
  }
  x.cleanup();
  req._fail(err);
}

function clientOnClose() {
  const x = this._httpExchange;
  const req = x.req;
  if (req.res) return;
  x.cleanup();
  if (req._failed) emit0(req, 'close');
  else req._fail(connReset('socket hang up'));
}

function connReset(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

// setMaxIdleHTTPParsers(max): node keeps up to max idle parsers for reuse;
// evloop's parser is made per connection, so only the check is left.
function setMaxIdleHTTPParsers(max) {
  if (typeof max !== 'number') throw internal.invalidArgType('max', 'number', max);
  if (!Number.isInteger(max) || max < 1 || max > Number.MAX_SAFE_INTEGER) {
    throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "max" is out of range. It must be ' +
      (Number.isInteger(max) ? '>= 1 && <= 9007199254740991' : 'an integer') + '. Received ' + internal.inspect(max));
  }
}

// node's lengths where evloop's parameters differ from node's.
for (const [fn, length] of [[Agent.prototype.createConnection, 0], [Agent.prototype.getName, 0],
  [ClientRequest.prototype.setSocketKeepAlive, 2], [IncomingMessage, 1], [OutgoingMessage, 1],
  [OutgoingMessage.prototype._send, 4], [Server.prototype.close, 0], [ServerResponse, 2]]) {
  if (typeof fn === 'function') Object.defineProperty(fn, 'length', { value: length, configurable: true });
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS,
  STATUS_CODES,
  Agent: internal.callableClass(Agent),
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server: internal.callableClass(Server),
  ServerResponse,
  createServer,
  validateHeaderName(...args) { new OutgoingMessage().setHeader(args[0], ''); },
  validateHeaderValue(...args) { new OutgoingMessage().setHeader(args[0], args[1]); },
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: 16384,
  globalAgent,
};
