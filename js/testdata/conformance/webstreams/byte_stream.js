// Byte streams: a BYOB reader fills the caller's view, a default reader gets Uint8Arrays, byobRequest.respond.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); },
    pull(c) {
      const req = c.byobRequest;
      if (req) { req.view[0] = 9; req.respond(1); } else { c.enqueue(new Uint8Array([7])); }
      c.close();
    },
  });
  console.log(rs);
  const r = rs.getReader({ mode: 'byob' });
  let res = await r.read(new Uint8Array(3));
  console.log(res.done, Array.from(res.value));
  res = await r.read(new Uint8Array(4));
  console.log(res.done, Array.from(res.value));
  res = await r.read(new Uint8Array(4));
  console.log(res.done, Array.from(res.value));
  res = await r.read(new Uint8Array(4));
  console.log(res.done, res.value.byteLength);
  const d = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([6, 7])); c.close(); } }).getReader();
  const x = await d.read();
  console.log(x.value instanceof Uint8Array, Array.from(x.value), (await d.read()).done);
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { console.log(e.code, e.message); }
})();
