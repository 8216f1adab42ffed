// http: a GET with a Content-Length response; request and response fields, lowercased headers, event order.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, req.httpVersion, req.headers['x-custom'], req.headers.connection);
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Multi', ['a', 'b']);
  res.statusCode = 202;
  res.on('finish', () => console.log('server: finish', res.headersSent, res.writableEnded));
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/a?b=c', headers: { 'X-Custom': 'yes' } }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.httpVersion);
    console.log('client: headers', res.headers['content-type'], res.headers['content-length'], res.headers['x-multi'], res.headers.connection, res.headers['keep-alive']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => {
      console.log('client: body', body, res.complete);
      server.close(() => console.log('server closed'));
    });
  });
  req.on('close', () => console.log('client: req close'));
});
