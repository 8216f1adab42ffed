// fetch's classes refuse bad arguments with undici's errors; their shape (members, lengths, order) is node's
const t = (f) => { try { const v = f(); console.log('ok', v); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => new Headers(5));
t(() => new Headers([['a']]));
t(() => new Headers().get());
t(() => new Headers({ a: 1 }).has('A'));
t(() => { const h = new Headers([['b', '1'], ['a', '2']]); const o = []; h.forEach((v, k, hh) => o.push(k + '=' + v + (hh === h))); return o.join(); });
t(() => new Response('x', { status: 600 }));
t(() => new Response('x', { status: 204 }));
t(() => new Response(null, { status: 204 }).status);
t(() => new Response('x', { statusText: 'a\nb' }));
t(() => Response.redirect('http://a/', 200));
t(() => Response.redirect('/rel'));
t(() => new Request());
t(() => new Request('http://a/', { method: 'CONNECT' }));
t(() => new Request('http://a/', { method: 'bad method' }));
t(() => new Request('http://a/', { method: 'patch' }).method);
t(() => new Request('http://a/', { method: 'delete' }).method);
t(() => new Request(new Request('http://a/', { method: 'PUT', headers: { z: 1 } })).headers.get('z'));
t(() => new Request('http://u:p@a/'));
t(() => new Request('http://a/', { mode: 'navigate' }));
t(() => new FormData().get('x'));
t(() => new FormData().append('a'));
t(() => new FormData(5));
t(() => { const f = new FormData(); f.append('a', 1); f.append('a', 2); f.delete('b'); return [f.getAll('a'), f.has('a')]; });
t(() => Response.json(undefined));
t(() => Response.json(1n));
t(() => new Response(new Uint8Array([1, 2])).headers.get('content-type'));
t(() => new Response(new Blob(['a'], { type: 'text/q' })).headers.get('content-type'));
t(() => new Response({}).headers.get('content-type'));
t(() => typeof Headers.prototype.entries);
t(() => [Headers.name, Headers.length, Request.length, Response.length, FormData.length, fetch.length, fetch.name]);
t(() => Object.getOwnPropertyNames(Headers.prototype).join());
t(() => Object.getOwnPropertyNames(Response.prototype).join());
t(() => Object.getOwnPropertyNames(Request.prototype).join());
t(() => Object.getOwnPropertyNames(FormData.prototype).join());
t(() => Object.getOwnPropertyNames(Response).join());
t(() => new Request('http://a/').body);
t(() => new Request('http://a/', { method: 'POST', body: new ReadableStream() }));
(async () => {
  try { await fetch('/x'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code); }
  try { await fetch('ftp://x/'); } catch (e) { console.log(e.name, e.message, String(e.cause)); }
  try { await fetch('http://127.0.0.1:1/'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code); }
  const r = new Response('{"a":1}'); console.log(await r.json(), await new Response('x').arrayBuffer(), await new Response('xy').blob());
  try { await new Response('{').json(); } catch (e) { console.log(e.name, e.message); }
  const r3 = new Response('abc'); r3.body.getReader(); try { await r3.text(); } catch (e) { console.log(e.name, e.message); }
  try { r3.clone(); } catch (e) { console.log(e.name, e.message); }
})();
