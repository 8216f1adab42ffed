// http: 'upgrade' on the server and the client (101, head bytes, the raw socket afterwards), 'connect' for CONNECT, and a CONNECT nobody listens for closes the connection.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => { console.log('request (unexpected)', req.method); res.end(); });
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, 'head:', String(head));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', (d) => socket.write('echo ' + d));
  socket.on('end', () => { console.log('server: upgraded socket end'); socket.end(); });
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, 'head:', String(head));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-bytes');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', () => console.log('response (unexpected)'));
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, 'head:', String(head));
    socket.once('data', (d) => {
      console.log('client got', String(d));
      socket.end();
    });
    socket.write('ping');
    socket.on('close', () => connect(port));
  });
  req.end();
});

function connect(port) {
  const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.test:443' });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, 'head:', String(head));
    socket.resume();
    socket.on('close', () => {
      server.removeAllListeners('connect');
      const raw = net.connect(port, '127.0.0.1', () => raw.write('CONNECT a.test:1 HTTP/1.1\r\nHost: a.test:1\r\n\r\n'));
      raw.on('data', (d) => console.log('unexpected data', String(d)));
      raw.on('close', () => { console.log('unlistened CONNECT closed'); server.close(); });
    });
  });
  req.end();
}
