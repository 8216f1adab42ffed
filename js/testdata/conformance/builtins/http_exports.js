// http: _connectionListener (the function every server serves 'connection' with, usable on a plain net server) and setMaxIdleHTTPParsers' checks; the export keys in node's order
const http = require('http');
const net = require('net');
console.log(Object.keys(http).join());
console.log(http._connectionListener.length, http.setMaxIdleHTTPParsers.length, http.setMaxIdleHTTPParsers(5));
for (const bad of ['x', 0, 1.5, -1]) { try { http.setMaxIdleHTTPParsers(bad); } catch (e) { console.log(e.name, e.code, e.message); } }
const s = http.createServer((req, res) => res.end('served ' + req.url));
console.log(s.listeners('connection').includes(http._connectionListener));
const srv = http.createServer((req, res) => res.end('via net ' + req.url));
const plain = net.createServer((sock) => http._connectionListener.call(srv, sock));
plain.listen(0, () => {
  http.get({ port: plain.address().port, path: '/x', agent: false }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(res.statusCode, body); plain.close(); });
  });
});
