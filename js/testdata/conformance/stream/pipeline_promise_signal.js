// stream/promises pipeline rejects with AbortError when the signal is aborted before or during
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
(async () => {
  const ac = new AbortController(); ac.abort();
  try { await pipeline(Readable.from(['a']), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal }); }
  catch (e) { console.log('before', e.name, e.code); }
  const ac2 = new AbortController();
  const src = new Readable({ read() {} });
  const p = pipeline(src, new Writable({ write(c, e, cb) { console.log('got', String(c)); cb(); } }), { signal: ac2.signal });
  src.push('x');
  setImmediate(() => ac2.abort());
  try { await p; } catch (e) { console.log('during', e.name, src.destroyed); }
})();
