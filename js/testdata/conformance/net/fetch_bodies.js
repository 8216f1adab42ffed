// fetch against a local server: JSON, text, FormData and URLSearchParams bodies, a refused connection; the server reads bodies with for await.
const http = require('http');
const srv = http.createServer(async (req, res) => {
  let body = ''; for await (const c of req) body += c;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ method: req.method, url: req.url, body, ct: req.headers['content-type'] }));
});
srv.listen(0, async () => {
  const base = 'http://127.0.0.1:' + srv.address().port;
  let r = await fetch(base + '/a?x=1');
  console.log(r.status, r.ok, r.headers.get('content-type'), await r.json());
  r = await fetch(base + '/p', { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
  console.log(await r.text());
  const fd = new FormData(); fd.append('k', 'v'); fd.append('f', new Blob(['abc'], { type: 'text/plain' }), 'f.txt');
  r = await fetch(base + '/form', { method: 'POST', body: fd });
  const j = await r.json(); console.log(j.ct.split(';')[0], j.body.includes('name="k"'), j.body.includes('filename="f.txt"'));
  r = await fetch(base + '/u', { method: 'POST', body: new URLSearchParams({ q: 'a b' }) });
  console.log(await r.json());
  try { await fetch('http://127.0.0.1:1/'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code); }
  srv.close();
});
