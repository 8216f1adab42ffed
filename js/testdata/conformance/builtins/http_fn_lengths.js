// .length of http's and https' exports, classes and their common methods, as node's
const show = (label, obj, names) => console.log(label, names.filter((k) => typeof obj[k] === 'function').map((k) => k + ':' + obj[k].length).join(' '));
const methods = ['setHeader', 'getHeader', 'setHeaders', 'appendHeader', 'removeHeader', 'hasHeader', 'getHeaders', 'getHeaderNames', 'getRawHeaderNames',
  'write', 'end', 'destroy', 'flushHeaders', 'setTimeout', 'writeHead', 'writeHeader', 'writeContinue', 'writeProcessing', 'abort', 'setNoDelay', 'setSocketKeepAlive',
  'listen', 'close', 'closeAllConnections', 'closeIdleConnections', 'createConnection', 'getName', 'cork', 'uncork', 'pipe'];
for (const m of ['http', 'https']) {
  const mod = require(m);
  show(m, mod, Object.keys(mod).filter((k) => !k.startsWith('_')).sort());
  for (const C of ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server', 'ServerResponse']) if (mod[C]) { console.log(m + '.' + C, mod[C].length); show(m + '.' + C + '.prototype', mod[C].prototype, methods); }
}
// req.pipe(dest, { end: false }) leaves dest open
const { PassThrough } = require('stream');
const srv = require('http').createServer((req, res) => {
  const out = new PassThrough();
  let got = '';
  out.on('data', (d) => { got += d; });
  out.on('finish', () => console.log('dest ended (wrong)'));
  req.pipe(out, { end: false });
  req.on('end', () => { setImmediate(() => { console.log('body', got, 'dest writable', out.writable); res.end('ok'); }); });
});
srv.listen(0, () => {
  const r = require('http').request({ port: srv.address().port, method: 'POST', agent: false }, (res) => { res.resume(); res.on('end', () => srv.close()); });
  r.end('hello');
});
