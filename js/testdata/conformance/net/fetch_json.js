// fetch: GET and POST against a local http server; status, ok, headers.get, text() and json().
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    console.log('server:', req.method, req.url, req.headers['content-type'], JSON.stringify(body));
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ ok: true, got: body }));
    } else {
      res.statusCode = 418;
      res.end('teapot');
    }
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port;
  const r1 = await fetch(base + '/json', { method: 'POST', body: 'ping' });
  console.log('r1', r1.status, r1.ok, r1.headers.get('content-type'), r1.headers.get('x-none'));
  console.log('r1 json', await r1.json());
  const r2 = await fetch(base + '/tea');
  console.log('r2', r2.status, r2.ok, r2.statusText, await r2.text());
  server.close(() => console.log('server closed'));
});
