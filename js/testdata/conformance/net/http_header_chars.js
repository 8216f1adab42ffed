// http: the character rules of header names, values, request paths and methods (every token character, tab, DEL, Latin-1, beyond Latin-1, lone surrogates, numbers, arrays), and Connection/Transfer-Encoding words in any case deciding keep-alive and chunking.
const http = require('http');
const names = ["!#$%&'*+.^_`|~-", 'Az09', 'a b', 'a:b', 'a\u00e9', 'a\u0100', 'a(b', 'a"b', 'a/b', 'a\tb', '@', '', 'x\ud800'];
for (const n of names) {
  try { http.validateHeaderName(n); console.log('name ok', JSON.stringify(n)); } catch (e) { console.log('name', JSON.stringify(n), e.code); }
}
const values = ['a\tb', 'a\x7fb', 'a\x1fb', '\x20~', '\x80\xff', '\u0100', 'x\udc00', 42, -1.5, ['a', 'b\x00'], ['a', 'b'], true, { toString() { return 'o\x7f'; } }];
for (const v of values) {
  try { http.validateHeaderValue('x', v); console.log('value ok', JSON.stringify(String(v))); } catch (e) { console.log('value', JSON.stringify(String(v)), e.code); }
}
for (const m of ['GET', 'get', 'M-SEARCH', 'BAD METHOD', 'B\u00c4D']) {
  try { http.request({ method: m, port: 1, host: '127.0.0.1' }).on('error', () => {}).destroy(); console.log('method ok', m); } catch (e) { console.log('method', m, e.code); }
}
for (const p of ['/a?b=c', '/a b', '/\u00ff', '/\u0100', '/\x7f', '/\t']) {
  try { http.request({ path: p, port: 1, host: '127.0.0.1' }).on('error', () => {}).destroy(); console.log('path ok', JSON.stringify(p)); } catch (e) { console.log('path', JSON.stringify(p), e.code); }
}
const conn = ['Keep-Alive', 'CLOSE', 'upgrade, Close', 'keep-alivex', 'clos', 'KEEP-ALIVE, close'];
const srv = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  if (i % 2) res.setHeader('Transfer-Encoding', ['gzip', 'CHUNKED'][i % 4 === 1 ? 1 : 0]);
  res.setHeader('Connection', conn[i]);
  res.write('ab');
  res.end('c');
});
srv.keepAliveTimeout = 50; // case 3's body ends with the connection
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  let i = 0;
  (function next() {
    if (i === conn.length) { srv.close(() => console.log('closed')); return; }
    const n = i++;
    const agent = new http.Agent({ keepAlive: true });
    const req = http.get({ port, host: '127.0.0.1', path: '/' + n, agent, headers: { Connection: conn[n] } }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(n, conn[n], res.headers.connection, res.headers['transfer-encoding'], JSON.stringify(body));
        agent.destroy();
        next();
      });
    });
    req.on('error', (e) => console.log('error', e.code));
  })();
});
