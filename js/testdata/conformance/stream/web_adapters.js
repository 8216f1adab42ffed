// Readable.toWeb and Readable.fromWeb: a node Readable read as a web ReadableStream and back, with objectMode, errors and cancel.
const { Readable } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  const chunks = [];
  for await (const c of web) chunks.push(c.constructor.name + ':' + Buffer.from(c).toString());
  console.log(chunks);
  const objs = Readable.toWeb(Readable.from([{ a: 1 }, { b: 2 }]));
  const r = objs.getReader();
  console.log(await r.read(), await r.read(), await r.read());
  const failing = new Readable({ read() { this.destroy(new Error('node side broke')); } });
  await Readable.toWeb(failing).getReader().read().catch((e) => console.log('web read:', e.message));
  const endless = new Readable({ read() { this.push('x'); } });
  endless.on('close', () => console.log('node readable closed, destroyed:', endless.destroyed));
  await Readable.toWeb(endless).cancel('stop');
  console.log('cancelled');
  const back = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('one'); c.enqueue('two'); c.close(); } }), { objectMode: true });
  const got = [];
  for await (const c of back) got.push(c);
  console.log(got);
  const bytes = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]), { encoding: 'utf8' });
  bytes.on('data', (d) => console.log('data', typeof d, d));
  await new Promise((r) => bytes.on('end', r));
  const erroring = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web side broke')); } }));
  erroring.on('error', (e) => console.log('node error:', e.message));
  await new Promise((r) => erroring.on('close', r));
  const src = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(reason) { console.log('web cancelled:', reason && reason.message); } });
  const n = Readable.fromWeb(src, { objectMode: true });
  n.destroy(new Error('enough'));
  n.on('error', (e) => console.log('destroyed with', e.message));
  await new Promise((r) => n.on('close', r));
  try { Readable.toWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Readable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
})();
