// A client request whose write() returned false (no socket yet: the body waits) emits 'drain' once it has gone out; the response's write of a buffered head and body as well.
const http = require('http');
const big = Buffer.alloc(4 << 20, 98);
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (c) => { n += c.length; });
  req.on('end', () => { res.end(`got ${n}`); });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => { console.log('response', body); server.close(() => console.log('closed')); });
  });
  const ok = req.write(big);
  console.log('write returned', ok);
  req.once('drain', () => { console.log('drain'); req.end(); });
});
