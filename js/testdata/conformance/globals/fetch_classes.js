// fetch's classes as undici 6 makes them: Headers (raw names kept, sorted iteration, set-cookie apart), Response, Request and FormData, how console.log prints them, and their bodies
const h = new Headers({ 'X-B': '1', 'a': '2' }); h.append('Set-Cookie', 'a=1'); h.append('set-cookie', 'b=2'); h.append('x-b', '3');
console.log(h);
console.log([...h], h.getSetCookie(), h.get('set-cookie'));
try { h.append('bad name', 'x'); } catch (e) { console.log(e.name, e.message); }
try { h.append('x', 'a\nb'); } catch (e) { console.log(e.name, e.message); }
const r = new Response('hello', { status: 201, headers: { 'content-type': 'text/x' } });
console.log(r);
console.log(r.status, r.ok, r.type, r.url, r.redirected, r.bodyUsed, typeof r.body, r.body && r.body.constructor.name);
const q = new Request('http://example.com/a?b', { method: 'post', body: 'x', headers: { a: 1 } });
console.log(q);
console.log(q.method, q.url, q.headers.get('content-type'), q.redirect, q.mode, q.credentials, q.cache, typeof q.signal, q.duplex);
try { new Request('/rel'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code); }
try { new Request('http://x/', { method: 'GET', body: 'a' }); } catch (e) { console.log(e.name, e.message); }
const fd = new FormData(); fd.append('a', '1'); fd.append('f', new File(['zz'], 'y.txt', { lastModified: 7 }), 'z.txt'); fd.set('b', 'x');
console.log(fd);
console.log([...fd].map(([k, v]) => [k, typeof v === 'string' ? v : v.constructor.name + ':' + v.name + ':' + v.size]));
console.log(Response.json({ a: 1 }).headers.get('content-type'), Response.error().type, Response.error().status, Response.redirect('http://a/', 301).headers.get('location'));
(async () => {
  const r2 = r.clone(); console.log(await r.text(), await r2.text(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  console.log(await q.text());
  const rs = new Response('abc').body; const chunks = []; for await (const c of rs) chunks.push(c); console.log(chunks);
  const fr = new Response(new URLSearchParams('a=1&b=2')); console.log(fr.headers.get('content-type'), [...(await fr.formData())]);
  console.log(await new Response(fd).text().then(t => t.length > 0));
  console.log(Object.prototype.toString.call(h), Object.prototype.toString.call(r), String(fd));
})();
