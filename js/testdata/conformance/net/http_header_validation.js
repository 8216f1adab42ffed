// http: STATUS_CODES and METHODS in full, validateHeaderName/Value errors, headersSent right after writeHead, setHeader after writeHead, writeHead with a reason and an array of headers.
const http = require('http');
console.log(JSON.stringify(http.STATUS_CODES));
console.log(http.METHODS.join(','));
for (const v of [undefined, 'a\nb', 'a\u0100', 1, null, ['a', 'b\n']]) {
  try { http.validateHeaderValue('x', v); console.log('ok', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const v of [1, '', 'a b', 'ok']) {
  try { http.validateHeaderName(v); console.log('ok', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
const srv = http.createServer((req, res) => {
  try { res.setHeader('x-bad', 'a\r\nb'); } catch (e) { console.log(e.code); }
  console.log('before', res.headersSent);
  if (req.url === '/a') res.writeHead(201, 'Made', { 'Content-Type': 'text/plain', 'X-A': [1, 2] });
  else res.writeHead(202, ['X-B', 'x', 'X-C', 'y']);
  console.log('after', res.headersSent, res.statusMessage);
  try { res.setHeader('x-late', '1'); } catch (e) { console.log(e.code, e.message); }
  try { res.writeHead(200); } catch (e) { console.log(e.code); }
  res.end('ok');
});
srv.listen(0, () => {
  const port = srv.address().port;
  const paths = ['/a', '/b'];
  (function next() {
    const path = paths.shift();
    if (path === undefined) { srv.close(() => console.log('closed')); return; }
    http.get({ port, path }, (res) => {
      const h = Object.assign({}, res.headers);
      delete h.date;
      res.resume();
      res.on('end', () => {
        console.log(path, res.statusCode, res.statusMessage, JSON.stringify(h), res.rawHeaders.filter((_, i) => i % 2 === 0).join(','));
        next();
      });
    });
  })();
});
