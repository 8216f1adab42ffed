// stream.compose: one function, a chain of streams and a generator (written into the first, read from the last), an inner error destroying it, no arguments.
const { compose, Readable, Transform, Writable, PassThrough } = require('stream');
(async () => {
  const up = compose(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
  const out = []; up.on('data', (d) => out.push(String(d))); up.end('abc'); await new Promise((r) => up.on('end', r)); console.log('one', out);
  const chain = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(null, String(c) + '1'); } }), async function* (src) { for await (const c of src) yield String(c) + '2'; });
  const got = []; chain.on('data', (d) => got.push(String(d))); chain.write('a'); chain.end('b'); await new Promise((r) => chain.on('end', r)); console.log('chain', got);
  const r = await Readable.from(['x', 'y']).compose ? 'has compose method' : 'no method'; console.log(r);
  const failing = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(new Error('inner fail')); } }));
  failing.on('error', (e) => console.log('error', e.message)); failing.write('z');
  try { compose(); } catch (e) { console.log(e.code, e.message); }
})();
