// http: malformed request heads reach 'clientError' with llhttp's code and reason; good heads around them (leading empty lines, trimmed and repeated headers, a latin1 byte in a value) parse as node parses them.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request:', req.method, JSON.stringify(req.url), req.httpVersion, JSON.stringify(req.headers), JSON.stringify(req.rawHeaders));
  res.end('ok');
});
server.on('clientError', (err, socket) => {
  console.log('clientError:', err.code, err.reason, err.message);
  socket.destroy();
});
const heads = [
  '\r\nGET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Two:  one  \r\nx-two: two\r\nCookie: a=1\r\ncookie: b=2\r\nConnection: close\r\n\r\n',
  'GET /b HTTP/1.0\r\nHost: y\r\nX-L: caf\xe9\r\n\r\n',
  'get / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nNoColon\r\n\r\n',
];
server.listen(0, '127.0.0.1', () => {
  let i = 0;
  (function next() {
    if (i === heads.length) { server.close(); return; }
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(Buffer.from(heads[i++], 'latin1')));
    let got = '';
    c.on('data', (d) => { got += d.toString('latin1'); });
    c.on('close', () => {
      const status = got.split('\r\n')[0];
      console.log('response:', status || '(none)');
      next();
    });
  })();
});
