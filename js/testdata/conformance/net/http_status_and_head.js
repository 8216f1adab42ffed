// http: 404 with a custom message, 204 without a body, HEAD without a body, unknown status text.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/missing') { res.writeHead(404, 'Nope'); res.end('not here'); return; }
  if (req.url === '/empty') { res.statusCode = 204; res.end(); return; }
  res.setHeader('X-Len', '5');
  res.end('12345');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const paths = [['GET', '/missing'], ['GET', '/empty'], ['HEAD', '/head']];
  (function next() {
    const p = paths.shift();
    if (!p) { server.close(() => console.log('done')); return; }
    const req = http.request({ port, host: '127.0.0.1', method: p[0], path: p[1] }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        console.log(p[0], p[1], res.statusCode, res.statusMessage, JSON.stringify(body), res.headers['content-length'], res.headers['x-len']);
        next();
      });
    });
    req.end();
  })();
});
