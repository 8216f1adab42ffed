// http responses: setHeaders (Headers or Map, set-cookie gathered), getRawHeaderNames, writeHeader, writeProcessing, cork/uncork, pipe's error, destroy() ending the connection with 'close'
const http = require('http');
const net = require('net');
let n = 0;
const srv = http.createServer((req, res) => {
  n++;
  if (req.url === '/destroy') {
    res.on('close', () => console.log('res close', res.destroyed));
    res.destroy();
    return;
  }
  res.setHeaders(new Map([['X-One', '1'], ['set-cookie', 'a=1']]));
  res.setHeaders(new Headers({ 'X-Two': '2' }));
  try { res.setHeaders([['a', 'b']]); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeaders({ a: 1 }); } catch (e) { console.log(e.code, e.message); }
  console.log(res.getRawHeaderNames(), res.getHeaderNames(), res.getHeader('set-cookie'));
  res.on('error', (e) => console.log('pipe error', e.code, e.message));
  res.pipe(process.stdout);
  res.cork(); res.writeProcessing(); res.writeHeader(200, { 'Content-Type': 'text/plain' }); res.write('a'); res.uncork();
  res.end('b');
});
srv.listen(0, () => {
  const port = srv.address().port;
  const sock = net.connect(port, () => sock.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  let raw = '';
  sock.on('data', (d) => { raw += d; });
  sock.on('close', () => {
    console.log(raw.replace(/Date: .*\r\n/, '').split('\r\n').join('|'));
    http.get({ port, path: '/destroy', agent: false }).on('error', (e) => { console.log('client', e.code); srv.close(() => console.log('served', n)); });
  });
});
