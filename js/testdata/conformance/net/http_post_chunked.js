// http: a POST written in pieces goes chunked; the server echoes with writeHead (chunked too); Content-Length with end(data).
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.headers['transfer-encoding'], req.headers['content-length']);
  const parts = [];
  req.setEncoding('utf8');
  req.on('data', (c) => parts.push(c));
  req.on('end', () => {
    console.log('server: body', JSON.stringify(parts.join('')));
    if (req.url === '/echo') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('echo:');
      res.end(parts.join(''));
    } else {
      res.end('len=' + parts.join('').length);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/echo' }, (res) => {
    console.log('client:', res.statusCode, res.headers['transfer-encoding'], res.headers['content-length']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => {
      console.log('client: body', body);
      const r2 = http.request({ port, host: '127.0.0.1', method: 'PUT', path: '/len' }, (res2) => {
        console.log('client2:', res2.statusCode, res2.headers['transfer-encoding'], res2.headers['content-length']);
        res2.setEncoding('utf8');
        res2.on('data', (c) => console.log('client2: body', c));
        res2.on('end', () => server.close(() => console.log('done')));
      });
      r2.end('ünïcode');
    });
  });
  req.write('part one, ');
  req.write('part two');
  req.end();
});
