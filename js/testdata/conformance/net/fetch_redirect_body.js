// fetch: redirect follow/manual/error (redirected, url, 303 turns POST into GET), URLSearchParams/string/JSON bodies and their content-type, AbortController and AbortSignal.timeout, blob(), reading a body twice.
const http = require('http');
const srv = http.createServer((req, res) => {
  if (req.url === '/json') { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ a: 1, b: [1, 2] })); return; }
  if (req.url === '/redir') { res.writeHead(302, { Location: '/json' }); res.end(); return; }
  if (req.url === '/see') { res.writeHead(303, { Location: 'echo' }); res.end(); return; }
  if (req.url === '/loop') { res.writeHead(307, { Location: '/loop' }); res.end(); return; }
  if (req.url === '/slow') { setTimeout(() => res.end('late'), 500); return; }
  if (req.url === '/form' || req.url === '/echo') {
    let b = '';
    req.on('data', (d) => { b += d; });
    req.on('end', () => res.end(req.method + ' ' + req.headers['content-type'] + '|' + b));
    return;
  }
  res.statusCode = 500;
  res.end('err');
});
srv.listen(0, async () => {
  const base = 'http://127.0.0.1:' + srv.address().port;
  let r = await fetch(base + '/redir');
  console.log(r.status, r.redirected, r.url === base + '/json', await r.text());
  r = await fetch(base + '/redir', { redirect: 'manual' });
  console.log(r.status, r.redirected, r.headers.get('location'));
  try { await fetch(base + '/redir', { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.message); }
  try { await fetch(base + '/loop'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.message); }
  r = await fetch(base + '/see', { method: 'POST', body: 'x' });
  console.log(r.status, r.redirected, r.url === base + '/echo', await r.text());
  r = await fetch(base + '/other');
  console.log(r.status, r.ok, r.statusText);
  r = await fetch(base + '/form', { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  console.log(await r.text());
  r = await fetch(base + '/form', { method: 'POST', body: 'plain' });
  console.log(await r.text());
  r = await fetch(base + '/form', { method: 'POST', body: new TextEncoder().encode('bytes') });
  console.log(await r.text());
  r = await fetch(base + '/form', { method: 'POST', body: JSON.stringify({ q: 1 }), headers: { 'content-type': 'application/json' } });
  console.log(await r.text());
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  try { await fetch(base + '/slow', { signal: ac.signal }); } catch (e) { console.log(e.name, e.message, e.code); }
  try { await fetch(base + '/slow', { signal: AbortSignal.timeout(50) }); } catch (e) { console.log(e.name, e.message, e.code); }
  try { await fetch(base + '/json', { signal: AbortSignal.abort() }); } catch (e) { console.log(e.name, e.message); }
  r = await fetch(base + '/json');
  const b = await r.blob();
  console.log(b.size, b.type, await b.text());
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  console.log(r.bodyUsed);
  setTimeout(() => srv.close(() => console.log('closed')), 600);
});
