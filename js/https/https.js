// https: http's Server and ClientRequest over TLS. The server is a
// tls.Server that serves each secure connection with http.Server's own
// per-connection code; the client is http's ClientRequest with an Agent
// whose createConnection is tls.connect.
'use strict';

const http = require('http');
const tls = require('tls');
const net = require('net');

// The TLS options that make two connections different (the pool's key).
const tlsKeys = ['ca', 'cert', 'key', 'passphrase', 'rejectUnauthorized', 'servername', 'ALPNProtocols'];

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 : this.options.maxCachedSessions;
  }

  createConnection(options) {
    const o = Object.assign({}, this.options, options);
    if (o.host === undefined) o.host = 'localhost';
    if (!o.servername && !net.isIP(o.host)) o.servername = o.host;
    return tls.connect(o);
  }

  getName(options) {
    let name = super.getName(options);
    for (const k of tlsKeys) {
      const v = options[k] !== undefined ? options[k] : this.options[k];
      name += ':' + (v === undefined ? '' : String(v));
    }
    return name;
  }
}

const globalAgent = new Agent({ keepAlive: true });

class Server extends tls.Server {
  constructor(options, listener) {
    if (typeof options === 'function') { listener = options; options = {}; }
    options = Object.assign({}, options);
    if (options.ALPNProtocols === undefined) options.ALPNProtocols = ['http/1.1'];
    options.allowHalfOpen = true;
    options.noDelay = true;
    super(options);
    this._serve(listener, 'secureConnection');
  }
}
// http.Server's connection code and its close/idle handling, as node's
// https.Server borrows them from _http_server.
for (const name of ['_serve', '_attach', 'close', 'closeIdleConnections', 'closeAllConnections', 'setTimeout']) {
  Object.defineProperty(Server.prototype, name, {
    value: http.Server.prototype[name], writable: true, configurable: true, enumerable: false,
  });
}

function createServer(options, listener) { return new Server(options, listener); }

// requestArgs puts https's global agent in as the default.
function withDefault(input, options, cb) {
  if (typeof input === 'string' || (input && input.href)) {
    if (typeof options === 'function') { cb = options; options = {}; }
    return [input, Object.assign({ _defaultAgent: globalAgent }, options || {}), cb];
  }
  return [Object.assign({ _defaultAgent: globalAgent }, input || {}), options, cb];
}

function request(input, options, cb) {
  return http.request(...withDefault(input, options, cb));
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

// node's lengths where evloop's parameters differ from node's.
for (const [fn, length] of [[Agent.prototype.createConnection, 3], [Agent.prototype.getName, 0], [request, 0]]) {
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
}
if (typeof Server.prototype.close === 'function' && Object.prototype.hasOwnProperty.call(Server.prototype, 'close')) {
  Object.defineProperty(Server.prototype.close, 'length', { value: 0, configurable: true });
}
module.exports = { Agent, Server, createServer, get, globalAgent, request };
