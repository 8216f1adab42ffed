// http: writeEarlyHints (103 before the response, 'information' on the
// client), addTrailers (after a chunked body; res.trailers/rawTrailers), as node.
const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  if (req.url === '/hints') {
    res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'], 'x-extra': 'yes' });
    try { res.writeEarlyHints({ link: 'not a link' }); } catch (e) { console.log(e.code, e.message); }
    try { res.writeEarlyHints('x'); } catch (e) { console.log(e.code, e.message); }
    res.end('ok');
    return;
  }
  if (req.url === '/sized') {
    res.setHeader('Content-Length', 2);
    res.addTrailers({ 'X-Dropped': '1' });
    res.end('hi');
    return;
  }
  req.on('end', () => console.log('server saw trailers', req.trailers, req.rawTrailers));
  req.resume();
  res.writeHead(200, { Trailer: 'X-Sum, X-Multi' });
  res.write('hello');
  try { res.addTrailers({ 'bad name': 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { res.addTrailers({ ok: 'bad\nvalue' }); } catch (e) { console.log(e.code, e.message); }
  res.addTrailers([['X-Sum', 'abc'], ['X-Multi', ['1', '2']]]);
  res.end(' world');
});

function raw(path) {
  return new Promise((resolve) => {
    const s = net.connect(srv.address().port, () => s.end('GET ' + path + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    let data = '';
    s.setEncoding('latin1');
    s.on('data', (d) => { data += d; });
    s.on('end', () => resolve(data.replace(/Date: [^\r]*\r\n/, '')));
  });
}

srv.listen(0, async () => {
  const port = srv.address().port;
  console.log(JSON.stringify(await raw('/hints')));
  console.log(JSON.stringify(await raw('/trailers')));
  console.log(JSON.stringify(await raw('/sized')));
  await new Promise((resolve) => {
    const req = http.get({ port, path: '/hints' }, (res) => {
      res.resume();
      res.on('end', () => { console.log(res.statusCode, res.trailers); resolve(); });
    });
    req.on('information', (info) => console.log('information', info));
  });
  await new Promise((resolve) => {
    const req = http.request({ port, path: '/trailers', method: 'POST', headers: { Trailer: 'X-Client' } }, (res) => {
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log(body, res.trailers, res.rawTrailers); resolve(); });
    });
    req.write('a');
    req.addTrailers({ 'X-Client': 'c1' });
    req.end('b');
  });
  srv.close();
});
