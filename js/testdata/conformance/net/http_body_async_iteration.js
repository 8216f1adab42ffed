// for await over an http message body (server request, client response); stream/consumers and stream.pipeline over a request.
const http = require('http');
const { text, json } = require('stream/consumers');
const { pipeline } = require('stream/promises');
const { Writable } = require('stream');
const srv = http.createServer(async (req, res) => {
  if (req.url === '/json') { res.end(JSON.stringify(await json(req))); return; }
  if (req.url === '/pipe') { let n = 0; await pipeline(req, new Writable({ write(c, e, cb) { n += c.length; cb(); } })); res.end('piped ' + n); return; }
  res.end('echo ' + (await text(req)).length);
});
srv.listen(0, async () => {
  const base = 'http://127.0.0.1:' + srv.address().port;
  const big = 'x'.repeat(200000);
  console.log(await (await fetch(base + '/t', { method: 'POST', body: big })).text());
  console.log(await (await fetch(base + '/json', { method: 'POST', body: '{"a":[1]}' })).text());
  console.log(await (await fetch(base + '/pipe', { method: 'POST', body: big })).text());
  for await (const c of (await new Promise((r) => http.get(base + '/t', r)))) console.log('client chunk', c.toString());
  srv.close();
});
