// fetch: the WHATWG fetch API as node 20 has it from undici 6 — fetch, Headers,
// Request, Response and FormData — over http's client (https's when registered).
// Loaded on first use of any of those globals. A body is kept as its bytes (or
// a function that makes them: a Blob's are asynchronous) until something asks
// for `body`, the ReadableStream; a fetched response's body is a stream fed by
// the socket, so fetch resolves when the head arrives, as node's does.
'use strict';

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function argCount(ctx, n, need) {
  if (n < need) {
    throw new TypeError(`${ctx}: ${need} argument${need > 1 ? 's' : ''} required, but ${need > 1 ? 'only ' : ''}${n} found.`);
  }
}

// byteString is WebIDL's ByteString conversion: every code unit must fit a byte.
function byteString(v) {
  const s = String(v);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

// webIDL makes a class look as WebIDL's do: methods and accessors enumerable,
// a Symbol.toStringTag of the interface's name.
function webIDL(cls, tag) {
  const proto = cls.prototype;
  for (const k of Object.getOwnPropertyNames(proto)) {
    if (k === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(proto, k);
    d.enumerable = true;
    Object.defineProperty(proto, k, d);
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

// reorder moves keys to the end of proto's own keys, in node's member order.
function reorder(proto, keys) {
  for (const k of keys) {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    delete proto[k];
    Object.defineProperty(proto, k, d);
  }
}

// ---- Headers ----------------------------------------------------------------

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const trimRe = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function headerName(ctx, name) {
  name = byteString(name);
  if (!tokenRe.test(name)) throw new TypeError(`${ctx}: "${name}" is an invalid header name.`);
  return name;
}

function headerValue(ctx, value) {
  value = byteString(value).replace(trimRe, '');
  if (/[\0\r\n]/.test(value)) throw new TypeError(`${ctx}: "${value}" is an invalid header value.`);
  return value;
}

// A Headers' state: list maps a lowercased name to { name (as first given),
// value, cookies (set-cookie's values apart) }; guard is 'immutable' for a
// fetched response's and Response.error()'s.
const headerStates = new WeakMap();

function hstate(h) {
  const s = headerStates.get(h);
  if (s === undefined) throw new TypeError('Illegal invocation');
  return s;
}

class Headers {
  constructor(init = undefined) {
    headerStates.set(this, { list: new Map(), guard: 'none' });
    if (init === undefined || init === null && arguments.length === 0) return;
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    fillHeaders(this, init, 'Headers constructor');
  }

  append(name, value) {
    argCount('Headers.append', arguments.length, 2);
    appendHeader(this, 'Headers.append', name, value);
  }

  delete(name) {
    argCount('Headers.delete', arguments.length, 1);
    name = headerName('Headers.delete', name);
    checkGuard(this);
    hstate(this).list.delete(name.toLowerCase());
  }

  get(name) {
    argCount('Headers.get', arguments.length, 1);
    const e = hstate(this).list.get(headerName('Headers.get', name).toLowerCase());
    return e === undefined ? null : e.value;
  }

  has(name) {
    argCount('Headers.has', arguments.length, 1);
    return hstate(this).list.has(headerName('Headers.has', name).toLowerCase());
  }

  set(name, value) {
    argCount('Headers.set', arguments.length, 2);
    name = headerName('Headers.set', name);
    value = headerValue('Headers.set', value);
    checkGuard(this);
    const key = name.toLowerCase();
    const list = hstate(this).list;
    const old = list.get(key);
    list.set(key, { name: old ? old.name : name, value, cookies: key === 'set-cookie' ? [value] : null });
  }

  getSetCookie() {
    const e = hstate(this).list.get('set-cookie');
    return e ? e.cookies.slice() : [];
  }

  // keys, values and entries iterate a snapshot sorted by name, with each
  // set-cookie apart, as the spec's "sort and combine".
  keys() { return sortedPairs(this).map((p) => p[0])[Symbol.iterator](); }
  values() { return sortedPairs(this).map((p) => p[1])[Symbol.iterator](); }
  entries() { return sortedPairs(this)[Symbol.iterator](); }

  forEach(callback, thisArg = undefined) {
    argCount('Headers.forEach', arguments.length, 1);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of sortedPairs(this)) callback.call(thisArg, v, k, this);
  }

  [kInspect](depth, options, inspect) {
    const o = {};
    for (const e of hstate(this).list.values()) o[e.name] = e.value;
    options.depth = depth;
    return 'Headers ' + inspect(o, options);
  }
}

function checkGuard(h) {
  if (hstate(h).guard === 'immutable') throw new TypeError('immutable');
}

function appendHeader(h, ctx, name, value) {
  name = headerName(ctx, name);
  value = headerValue(ctx, value);
  checkGuard(h);
  const list = hstate(h).list;
  const key = name.toLowerCase();
  const e = list.get(key);
  if (e === undefined) {
    list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
    return;
  }
  e.value += (key === 'cookie' ? '; ' : ', ') + value;
  if (e.cookies) e.cookies.push(value);
}

function fillHeaders(h, init, ctx) {
  if (init instanceof Headers) {
    for (const e of hstate(init).list.values()) {
      if (e.cookies) for (const c of e.cookies) appendHeader(h, ctx, e.name, c);
      else appendHeader(h, ctx, e.name, e.value);
    }
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const p = typeof pair === 'string' ? null : Array.from(pair);
      if (p === null || p.length !== 2) {
        throw new TypeError(`${ctx}: expected name/value pair to be length 2, found ${p === null ? pair.length : p.length}.`);
      }
      appendHeader(h, ctx, p[0], p[1]);
    }
    return;
  }
  for (const k of Reflect.ownKeys(init)) {
    const d = Reflect.getOwnPropertyDescriptor(init, k);
    if (d === undefined || !d.enumerable) continue;
    if (typeof k === 'symbol') throw new TypeError(`${ctx}: Key Symbol() in init is a symbol, which cannot be converted to a ByteString.`);
    appendHeader(h, ctx, k, init[k]);
  }
}

function sortedPairs(h) {
  const keys = [...hstate(h).list.keys()].sort();
  const out = [];
  for (const k of keys) {
    const e = hstate(h).list.get(k);
    if (e.cookies) for (const c of e.cookies) out.push([k, c]);
    else out.push([k, e.value]);
  }
  return out;
}

function guarded(init, guard) {
  const h = new Headers(init);
  hstate(h).guard = guard;
  return h;
}

Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
webIDL(Headers, 'Headers');
Object.defineProperty(Headers.prototype, Symbol.iterator, { enumerable: false });

// ---- bodies -----------------------------------------------------------------

// A Body is what Request and Response share: the bytes or how to make them,
// the stream once asked for, and whether it was read.
class Body {
  constructor(bytes, load, stream) {
    this.bytes = bytes; // Uint8Array or null
    this.load = load; // () => Promise<Uint8Array>, or null
    this.stream = stream; // ReadableStream or null
    this.disturbed = false;
  }
}

function isBlob(v) {
  return typeof Blob === 'function' && v instanceof Blob;
}

function isStream(v) {
  return typeof ReadableStream === 'function' && v instanceof ReadableStream;
}

function copyBytes(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// extractBody is the spec's "extract a body": the body and the content type
// its kind implies (null for bytes and a typeless Blob).
function extractBody(v) {
  if (typeof v === 'string') return { body: new Body(encoder.encode(v), null, null), type: 'text/plain;charset=UTF-8' };
  if (v instanceof URLSearchParams) {
    return { body: new Body(encoder.encode(v.toString()), null, null), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (v instanceof ArrayBuffer) return { body: new Body(new Uint8Array(v.slice(0)), null, null), type: null };
  if (ArrayBuffer.isView(v)) return { body: new Body(copyBytes(v), null, null), type: null };
  if (isBlob(v)) return { body: new Body(null, () => v.arrayBuffer().then((b) => new Uint8Array(b)), null), type: v.type || null };
  if (v instanceof FormData) {
    const boundary = '----formdata-undici-0' + String(Math.floor(Math.random() * 1e11)).padStart(11, '0');
    return { body: new Body(null, () => multipart(v, boundary), null), type: 'multipart/form-data; boundary=' + boundary };
  }
  if (isStream(v)) return { body: new Body(null, null, v), type: null };
  return extractBody(String(v));
}

function escapeFormName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

async function multipart(fd, boundary) {
  const parts = [];
  for (const [name, value] of fd) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeFormName(name)}"`;
    if (typeof value === 'string') {
      parts.push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
      continue;
    }
    head += `; filename="${escapeFormName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
    parts.push(encoder.encode(head), new Uint8Array(await value.arrayBuffer()), encoder.encode('\r\n'));
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  return concat(parts);
}

function concat(chunks) {
  let n = 0;
  for (const c of chunks) n += c.byteLength;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// streamOf gives the body's ReadableStream, made on first use: one chunk,
// the whole body, when first pulled.
function streamOf(b) {
  if (b.stream === null) {
    const bytes = b.bytes;
    const load = b.load;
    b.stream = new ReadableStream({
      type: 'bytes',
      async pull(c) {
        b.disturbed = true;
        const data = bytes !== null ? bytes : await load();
        if (data.byteLength > 0) c.enqueue(data);
        c.close();
        if (c.byobRequest) c.byobRequest.respond(0);
      },
    });
  }
  return b.stream;
}

function unusable(b) {
  return b !== null && (b.disturbed || (b.stream !== null && b.stream.locked));
}

// consume reads the whole body once (the spec's "fully read body").
async function consume(b) {
  if (b === null) return new Uint8Array(0);
  if (unusable(b)) throw new TypeError('Body is unusable: Body has already been read');
  b.disturbed = true;
  if (b.stream === null) return b.bytes !== null ? b.bytes : b.load();
  const reader = b.stream.getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
  }
  return concat(chunks);
}

function utf8(bytes) {
  return decoder.decode(bytes);
}

// bodyMethods puts the Body mixin's members on a class whose instances keep
// their Body and Headers where get(obj) finds them.
function bodyMethods(cls, get) {
  const mime = (o) => get(o).headers.get('content-type') || '';
  const read = (o) => {
    try {
      return consume(get(o).body);
    } catch (e) {
      return Promise.reject(e);
    }
  };
  Object.defineProperties(cls.prototype, {
    body: { get() { const b = get(this).body; return b === null ? null : streamOf(b); }, configurable: true },
    bodyUsed: { get() { const b = get(this).body; return b !== null && b.disturbed; }, configurable: true },
  });
  Object.assign(cls.prototype, {
    blob() { const type = mime(this); return read(this).then((bytes) => new Blob([bytes], { type })); },
    arrayBuffer() { return read(this).then((bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)); },
    text() { return read(this).then(utf8); },
    json() { return read(this).then((bytes) => JSON.parse(utf8(bytes))); },
    formData() { const type = mime(this); return read(this).then((bytes) => parseForm(bytes, type)); },
    bytes() { return read(this).then((bytes) => new Uint8Array(bytes)); },
  });
}

function parseForm(bytes, type) {
  const fd = new FormData();
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    for (const [k, v] of new URLSearchParams(utf8(bytes))) fd.append(k, v);
    return fd;
  }
  const m = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!m) throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  const text = Buffer.from(bytes).toString('latin1');
  const delim = '--' + (m[1] || m[2]);
  const sections = text.split(delim);
  if (sections.length < 2) throw new TypeError('Failed to parse body as FormData.');
  for (let i = 1; i < sections.length; i++) {
    let s = sections[i];
    if (s.startsWith('--')) break;
    s = s.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const end = s.indexOf('\r\n\r\n');
    if (end < 0) throw new TypeError('Failed to parse body as FormData.');
    const head = s.slice(0, end);
    const data = Buffer.from(s.slice(end + 4), 'latin1');
    const disp = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(head);
    if (!disp) throw new TypeError('Failed to parse body as FormData.');
    const name = /\bname="([^"]*)"/.exec(disp[1]);
    const file = /\bfilename="([^"]*)"/.exec(disp[1]);
    const ctype = /content-type:\s*([^\r\n]*)/i.exec(head);
    const key = name ? Buffer.from(name[1], 'latin1').toString() : '';
    if (file) fd.append(key, new File([data], Buffer.from(file[1], 'latin1').toString(), { type: ctype ? ctype[1] : '' }));
    else fd.append(key, data.toString());
  }
  return fd;
}

// ---- Response -----------------------------------------------------------------

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const responses = new WeakMap();

function responseState(o) {
  const s = responses.get(o);
  if (s === undefined) throw new TypeError('Illegal invocation');
  return s;
}

class Response {
  constructor(body = null, init = {}) {
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      throw new TypeError("Response constructor: Expected init to be a dictionary.");
    }
    const status = init.status === undefined ? 200 : Number(init.status) | 0;
    if (status < 200 || status > 599) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    const statusText = init.statusText === undefined ? '' : byteString(init.statusText);
    if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
    const headers = guarded(init.headers, 'response');
    let b = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.has(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
      const x = extractBody(body);
      b = x.body;
      if (x.type !== null && !headers.has('content-type')) headers.append('content-type', x.type);
    }
    responses.set(this, { status, statusText, headers, body: b, type: 'default', url: '', redirected: false });
  }

  get type() { return responseState(this).type; }
  get url() { return responseState(this).url; }
  get redirected() { return responseState(this).redirected; }
  get status() { return responseState(this).status; }
  get ok() { const s = responseState(this).status; return s >= 200 && s <= 299; }
  get statusText() { return responseState(this).statusText; }
  get headers() { return responseState(this).headers; }

  clone() {
    const s = responseState(this);
    if (unusable(s.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = Object.create(Response.prototype);
    responses.set(r, { ...s, headers: guarded(s.headers, hstate(s.headers).guard), body: cloneBody(s.body) });
    return r;
  }

  [kInspect](depth, options, inspect) {
    const o = { status: this.status, statusText: this.statusText, headers: this.headers, body: this.body, bodyUsed: this.bodyUsed,
      ok: this.ok, redirected: this.redirected, type: this.type, url: this.url };
    options.depth = depth;
    return 'Response ' + inspect(o, options);
  }

  static error() {
    const r = new Response(null, { status: 200 });
    Object.assign(responseState(r), { type: 'error', status: 0 });
    hstate(r.headers).guard = 'immutable';
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r.headers.set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    let href;
    try {
      href = new URL(String(url)).href;
    } catch (e) {
      const err = new TypeError('Failed to parse URL from ' + url);
      Object.defineProperty(err, 'cause', { value: e, configurable: true, writable: true });
      throw err;
    }
    if (!redirectStatus.has(status)) throw new RangeError('Invalid status code ' + status);
    const r = new Response(null, { status: 200 });
    responseState(r).status = status;
    r.headers.set('location', href);
    return r;
  }
}


// cloneBody tees a stream body; bytes are shared (nobody writes them).
function cloneBody(b) {
  if (b === null) return null;
  if (b.stream === null) return new Body(b.bytes, b.load, null);
  const [x, y] = b.stream.tee();
  b.stream = x;
  return new Body(null, null, y);
}

bodyMethods(Response, responseState);
reorder(Response.prototype, ['clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
webIDL(Response, 'Response');

// ---- Request ------------------------------------------------------------------

const requests = new WeakMap();
const methodNorm = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const modes = ['same-origin', 'no-cors', 'cors'];

function requestState(o) {
  const s = requests.get(o);
  if (s === undefined) throw new TypeError('Illegal invocation');
  return s;
}

function parseURL(input) {
  try {
    return new URL(String(input));
  } catch (e) {
    const err = new TypeError('Failed to parse URL from ' + input);
    Object.defineProperty(err, 'cause', { value: e, configurable: true, writable: true });
    throw err;
  }
}

class Request {
  constructor(input, init = {}) {
    argCount('Request constructor', arguments.length, 1);
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      throw new TypeError("Request constructor: Expected init to be a dictionary.");
    }
    const from = input instanceof Request ? requestState(input) : null;
    let url;
    if (from) url = from.url;
    else {
      const u = parseURL(input);
      if (u.username || u.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + input);
      url = u.href;
    }
    let method = from ? from.method : 'GET';
    if (init.method !== undefined) {
      method = byteString(init.method);
      if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const up = method.toUpperCase();
      if (up === 'CONNECT' || up === 'TRACE' || up === 'TRACK') throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (methodNorm.has(up)) method = up;
    }
    let mode = from ? from.mode : 'cors';
    if (init.mode !== undefined) {
      mode = String(init.mode);
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      if (!modes.includes(mode) && mode !== 'navigate') {
        throw new TypeError(`Request constructor: ${mode} is not an accepted type. Expected one of ${modes.concat('navigate').join(', ')}.`);
      }
    }
    const pick = (k, dflt) => (init[k] !== undefined ? String(init[k]) : from ? from[k] : dflt);
    const headers = guarded(init.headers !== undefined ? init.headers : from ? from.headers : undefined, 'request');
    const controller = new AbortController();
    const signal = init.signal !== undefined ? init.signal : from ? from.signal : null;
    if (signal) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    let body = from ? from.body : null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const x = extractBody(init.body);
      if (x.body.stream !== null && init.duplex === undefined) throw new TypeError('RequestInit: duplex option is required when sending a body.');
      body = x.body;
      if (x.type !== null && !headers.has('content-type')) headers.append('content-type', x.type);
    } else if (from && from.body !== null) {
      // The body moves to the new request; the old one reads as used.
      if (unusable(from.body)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      body = new Body(from.body.bytes, from.body.load, from.body.stream);
      from.body.disturbed = true;
    }
    requests.set(this, {
      method, url, headers, mode, body, signal: controller.signal,
      destination: '', referrer: 'about:client', referrerPolicy: pick('referrerPolicy', ''),
      credentials: pick('credentials', 'same-origin'), cache: pick('cache', 'default'),
      redirect: pick('redirect', 'follow'), integrity: pick('integrity', ''),
      keepalive: init.keepalive !== undefined ? Boolean(init.keepalive) : from ? from.keepalive : false,
    });
  }

  get method() { return requestState(this).method; }
  get url() { return requestState(this).url; }
  get headers() { return requestState(this).headers; }
  get destination() { return requestState(this).destination; }
  get referrer() { return requestState(this).referrer; }
  get referrerPolicy() { return requestState(this).referrerPolicy; }
  get mode() { return requestState(this).mode; }
  get credentials() { return requestState(this).credentials; }
  get cache() { return requestState(this).cache; }
  get redirect() { return requestState(this).redirect; }
  get integrity() { return requestState(this).integrity; }
  get keepalive() { return requestState(this).keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return requestState(this).signal; }

  clone() {
    const s = requestState(this);
    if (unusable(s.body)) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = Object.create(Request.prototype);
    requests.set(r, { ...s, headers: guarded(s.headers, 'request'), body: cloneBody(s.body) });
    return r;
  }

  [kInspect](depth, options, inspect) {
    const o = {};
    for (const k of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
      'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal']) o[k] = this[k];
    options.depth = depth;
    return 'Request ' + inspect(o, options);
  }
}

bodyMethods(Request, requestState);
Object.defineProperty(Request.prototype, 'duplex', { get() { requestState(this); return 'half'; }, configurable: true });
reorder(Request.prototype, ['body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
webIDL(Request, 'Request');
// undici 6 leaves an enumerable, undefined 'attribute' on Request.prototype.
Object.defineProperty(Request.prototype, 'attribute', { value: undefined, enumerable: true });

// ---- FormData -----------------------------------------------------------------

function formValue(value, filename) {
  if (!isBlob(value)) return String(value);
  if (filename === undefined && typeof File === 'function' && value instanceof File) return value;
  const name = filename !== undefined ? String(filename) : value instanceof File ? value.name : 'blob';
  return new File([value], name, { type: value.type, lastModified: value.lastModified });
}

class FormData {
  #entries = [];

  constructor(form) {
    if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
  }

  append(name, value, filename = undefined) {
    argCount('FormData.append', arguments.length, 2);
    if (arguments.length === 3 && !isBlob(value)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this.#entries.push([String(name), formValue(value, filename)]);
  }

  delete(name) {
    argCount('FormData.delete', arguments.length, 1);
    name = String(name);
    this.#entries = this.#entries.filter((e) => e[0] !== name);
  }

  get(name) {
    argCount('FormData.get', arguments.length, 1);
    name = String(name);
    const e = this.#entries.find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    argCount('FormData.getAll', arguments.length, 1);
    name = String(name);
    return this.#entries.filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    argCount('FormData.has', arguments.length, 1);
    name = String(name);
    return this.#entries.some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    argCount('FormData.set', arguments.length, 2);
    if (arguments.length === 3 && !isBlob(value)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    name = String(name);
    const entry = [name, formValue(value, filename)];
    const i = this.#entries.findIndex((e) => e[0] === name);
    if (i < 0) {
      this.#entries.push(entry);
      return;
    }
    this.#entries[i] = entry;
    this.#entries = this.#entries.filter((e, j) => j <= i || e[0] !== name);
  }

  keys() { return this.#entries.map((e) => e[0])[Symbol.iterator](); }
  values() { return this.#entries.map((e) => e[1])[Symbol.iterator](); }
  entries() { return this.#entries.map((e) => [e[0], e[1]])[Symbol.iterator](); }

  forEach(callback, thisArg = undefined) {
    argCount('FormData.forEach', arguments.length, 1);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  [kInspect](depth, options, inspect) {
    const o = {};
    for (const [k, v] of this.#entries) {
      if (!Object.prototype.hasOwnProperty.call(o, k)) o[k] = v;
      else if (Array.isArray(o[k])) o[k].push(v);
      else o[k] = [o[k], v];
    }
    options.depth = depth;
    return 'FormData ' + inspect(o, options);
  }
}

FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
webIDL(FormData, 'FormData');
Object.defineProperty(FormData.prototype, Symbol.iterator, { enumerable: false });

// ---- fetch --------------------------------------------------------------------

function fetchFailed(cause) {
  const err = new TypeError('fetch failed');
  Object.defineProperty(err, 'cause', { value: cause, configurable: true, writable: true });
  return err;
}

// The fetch standard's bad ports, which fetch refuses before connecting.
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103,
  104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531,
  532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000,
  6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

function client(protocol) {
  try {
    return require(protocol === 'https:' ? 'https' : 'http');
  } catch {
    return null;
  }
}

// decoded pipes a response through zlib for its content-encoding, as undici does.
function decoded(res) {
  const enc = String(res.headers['content-encoding'] || '').trim().toLowerCase();
  const make = { gzip: 'createGunzip', 'x-gzip': 'createGunzip', deflate: 'createInflate', br: 'createBrotliDecompress' }[enc];
  if (make === undefined) return res;
  let zlib;
  try {
    zlib = require('zlib');
  } catch {
    return res;
  }
  const z = zlib[make]();
  res.on('error', (e) => z.destroy(e));
  return res.pipe(z);
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init === undefined ? {} : init);
  } catch (e) {
    return Promise.reject(e);
  }
  const s = requestState(request);
  return new Promise((resolve, reject) => {
    const signal = s.signal;
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let href = s.url;
    let method = s.method;
    let body = s.body;
    const out = {};
    for (const [k, v] of s.headers) out[k] = k in out ? out[k] + ', ' + v : v;
    for (const [k, v] of [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']]) {
      if (!(k in out)) out[k] = v;
    }
    out.connection = 'keep-alive';
    let redirects = 0;
    let redirected = false;
    let req = null;
    let res = null;
    let settled = false;
    let feed = null; // the response body's stream controller, once resolved
    const finish = () => signal.removeEventListener('abort', onAbort);
    const fail = (e) => {
      finish();
      if (!settled) {
        settled = true;
        reject(e);
      } else if (feed) {
        try { feed.error(e); } catch {}
        feed = null;
      }
    };
    const onAbort = () => {
      if (req) req.destroy();
      if (res) res.destroy();
      fail(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const send = (bytes) => {
      let u;
      try {
        u = new URL(href);
      } catch (e) {
        fail(fetchFailed(e));
        return;
      }
      if (badPorts.has(Number(u.port))) {
        fail(fetchFailed(new Error('bad port')));
        return;
      }
      const lib = u.protocol === 'http:' || u.protocol === 'https:' ? client(u.protocol) : null;
      if (lib === null) {
        fail(fetchFailed(new Error(u.protocol === 'http:' || u.protocol === 'https:' ? 'evloop: this build has no ' + u.protocol.slice(0, -1) + ' client' : 'unknown scheme')));
        return;
      }
      const opts = { hostname: u.hostname.replace(/^\[|\]$/g, ''), port: u.port || (u.protocol === 'https:' ? 443 : 80),
        path: u.pathname + u.search, method, headers: out, agent: false };
      req = lib.request(opts, (r) => {
        res = r;
        const loc = r.headers.location;
        if (redirectStatus.has(r.statusCode) && loc !== undefined && s.redirect !== 'manual') {
          r.resume();
          if (s.redirect === 'error') return fail(fetchFailed(new Error('unexpected redirect')));
          if (++redirects > 20) return fail(fetchFailed(new Error('redirect count exceeded')));
          try {
            href = new URL(loc, href).href;
          } catch (e) {
            return fail(fetchFailed(e));
          }
          // 303 turns anything but HEAD into a GET; 301 and 302 turn a POST into one. The body goes.
          if ((r.statusCode === 303 && method !== 'HEAD') || ((r.statusCode === 301 || r.statusCode === 302) && method === 'POST')) {
            method = 'GET';
            bytes = null;
            for (const k of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) delete out[k];
          }
          redirected = true;
          send(bytes);
          return;
        }
        const headers = new Headers();
        for (let i = 0; i + 1 < r.rawHeaders.length; i += 2) headers.append(r.rawHeaders[i], r.rawHeaders[i + 1]);
        const source = nullBodyStatus.has(r.statusCode) || method === 'HEAD' ? null : decoded(r);
        const response = new Response(null, { status: 200 });
        const st = responseState(response);
        Object.assign(st, { status: r.statusCode, statusText: r.statusMessage || '', headers, type: 'basic', url: href, redirected });
        hstate(headers).guard = 'immutable';
        if (source === null) {
          r.resume();
          r.on('end', finish);
        } else {
          // High-water mark 0: a chunk waits in the queue and the socket pauses
          // until a read pulls (which is also what disturbs the body).
          st.body = new Body(null, null, null);
          st.body.stream = new ReadableStream({
            type: 'bytes',
            start(c) {
              feed = c;
              source.on('data', (chunk) => {
                if (feed === null) return;
                feed.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                if (feed.desiredSize <= 0) source.pause();
              });
              source.on('end', () => {
                finish();
                if (feed === null) return;
                feed.close();
                if (feed.byobRequest) feed.byobRequest.respond(0);
                feed = null;
              });
              source.on('error', (e) => fail(fetchFailed(e)));
            },
            pull() { st.body.disturbed = true; source.resume(); },
            cancel() { feed = null; finish(); r.destroy(); },
          });
        }
        settled = true;
        resolve(response);
      });
      req.on('error', (e) => fail(fetchFailed(e)));
      req.end(bytes || undefined);
    };
    if (body === null) send(null);
    else consume(body).then((bytes) => send(bytes), (e) => fail(fetchFailed(e)));
  });
}

module.exports = { fetch, FormData, Headers, Request, Response };
