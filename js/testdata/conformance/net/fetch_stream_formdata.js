// fetch from a local server: a FormData body goes as multipart and comes back as FormData, gzip is decoded, a body streams (fetch resolves at the head), a Request is sent, 204 has no body, abort errors the stream, fetched headers are immutable
const http = require('http');
const zlib = require('zlib');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    if (req.url === '/echo') {
      res.setHeader('content-type', req.headers['content-type'] || 'none');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end(body);
    } else if (req.url === '/gzip') {
      res.setHeader('content-encoding', 'gzip');
      res.end(zlib.gzipSync('compressed hello'));
    } else if (req.url === '/slow') {
      res.write('part1;');
      setTimeout(() => res.end('part2'), 30);
    } else if (req.url === '/hang') {
      res.write('x');
    } else if (req.url === '/nobody') {
      res.statusCode = 204; res.end();
    } else {
      res.end(req.method + ' ' + req.url + ' ' + req.headers['x-a']);
    }
  });
});
server.listen(0, async () => {
  const base = 'http://127.0.0.1:' + server.address().port;
  const fd = new FormData();
  fd.append('name', 'value');
  fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
  let r = await fetch(base + '/echo', { method: 'POST', body: fd });
  console.log(r.status, r.headers.get('content-type').startsWith('multipart/form-data; boundary='), r.headers.getSetCookie());
  const back = await r.formData();
  for (const [k, v] of back) console.log(k, typeof v === 'string' ? v : [v.name, v.type, await v.text()]);
  r = await fetch(base + '/gzip');
  console.log(r.headers.get('content-encoding'), await r.text());
  r = await fetch(base + '/slow');
  console.log('resolved', r.bodyUsed);
  const parts = [];
  for await (const c of r.body) parts.push(Buffer.from(c).toString());
  console.log(parts.join('|'), r.bodyUsed);
  const req = new Request(base + '/req', { method: 'PUT', headers: { 'x-a': 'hdr' }, body: 'payload' });
  r = await fetch(req);
  console.log(await r.text(), r.url === base + '/req', r.type, r.redirected);
  r = await fetch(base + '/nobody');
  console.log(r.status, r.body, await r.text());
  const ac = new AbortController();
  r = await fetch(base + '/hang', { signal: ac.signal });
  const reader = r.body.getReader();
  console.log('first', Buffer.from((await reader.read()).value).toString());
  ac.abort();
  try { await reader.read(); } catch (e) { console.log('read after abort:', e.name); }
  try { await fetch(base + '/x', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted:', e.name, e.message); }
  try { r.headers.set('a', 'b'); } catch (e) { console.log(e.name, e.message); }
  const c = (await fetch(base + '/echo', { method: 'POST', body: 'clone me' })).clone();
  console.log(await c.text());
  server.close();
});
