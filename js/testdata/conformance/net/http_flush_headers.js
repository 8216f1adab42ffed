// req.flushHeaders() and res.flushHeaders() send the head at once (the other side sees the request / response before any body), later writes are the body; GET and friends go unframed, POST chunked or with Content-Length.
const http = require('http');
const net = require('net');

// 1. The client flushes: the server's 'request' comes while the body is still to be written.
function clientFlush(next) {
  let clientReq;
  const srv = http.createServer((req, res) => {
    console.log('server request', req.method, req.headers['transfer-encoding'], 'headersSent', clientReq.headersSent);
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => { console.log('server body', body); res.end('ok'); });
    clientReq.write('late ');
    clientReq.end('body');
  });
  srv.listen(0, () => {
    clientReq = http.request({ port: srv.address().port, method: 'POST', agent: false }, (res) => {
      res.resume();
      res.on('end', () => srv.close(next));
    });
    console.log('client headersSent', clientReq.headersSent);
    clientReq.flushHeaders();
    console.log('client headersSent', clientReq.headersSent);
    clientReq.flushHeaders(); // a second one sends nothing more
  });
}

// 2. The server flushes: the client's 'response' comes before the body.
function serverFlush(next) {
  let serverRes;
  const srv = http.createServer((req, res) => {
    serverRes = res;
    res.setHeader('X-A', '1');
    res.flushHeaders();
    console.log('res headersSent', res.headersSent);
  });
  srv.listen(0, () => {
    http.get({ port: srv.address().port, agent: false }, (res) => {
      console.log('client response', res.statusCode, res.headers['x-a'], res.headers['transfer-encoding']);
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log('client body', body); srv.close(next); });
      serverRes.write('one ');
      serverRes.end('two');
    });
  });
}

// 3. What the client sends, byte for byte, per method (the raw side answers nothing).
function rawHeads(next) {
  const cases = [
    ['GET', true, null, null], ['GET', false, 'x', null], ['DELETE', true, null, null],
    ['HEAD', true, null, null], ['OPTIONS', false, 'yy', null], ['GET', false, null, 'z'],
    ['PUT', true, null, null], ['POST', false, null, 'abc'], ['POST', false, null, null], ['post', true, 'q', 'r'],
  ];
  let i = 0;
  const raw = net.createServer((s) => {
    let buf = '';
    s.on('data', (d) => { buf += d; });
    s.on('end', () => {
      console.log(JSON.stringify(buf.replace(/:\d+\r\n/, ':PORT\r\n')));
      s.end();
      one();
    });
  });
  function one() {
    if (i === cases.length) return raw.close(next);
    const [method, flush, body, last] = cases[i++];
    const req = http.request({ port: raw.address().port, method, agent: false });
    req.on('error', () => {});
    if (flush) req.flushHeaders();
    if (body) req.write(body);
    req.end(last, () => req.socket.end());
  }
  raw.listen(0, one);
}

clientFlush(() => serverFlush(() => rawHeads(() => console.log('done'))));
