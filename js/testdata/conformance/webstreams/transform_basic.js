// TransformStream: transform and flush, identity transform, terminate, and a transform that throws.
(async () => {
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('<end>'); },
  });
  const w = upper.writable.getWriter();
  w.write('ab'); w.write('cd'); w.close();
  const out = [];
  for await (const x of upper.readable) out.push(x);
  console.log(out);
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write(1); iw.write(2); iw.close();
  const ir = id.readable.getReader();
  console.log(await ir.read(), await ir.read(), await ir.read());
  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const tw = term.writable.getWriter();
  const tr = term.readable.getReader();
  tw.write('only').catch((e) => console.log('write rejected', e.code));
  console.log(await tr.read(), await tr.read());
  await tw.closed.catch((e) => console.log('writable errored', e.message));
  const bad = new TransformStream({ transform() { throw new Error('nope'); } });
  const bw = bad.writable.getWriter();
  await bw.write('x').catch((e) => console.log('write:', e.message));
  await bad.readable.getReader().read().catch((e) => console.log('read:', e.message));
  try { new TransformStream({ readableType: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
})();
