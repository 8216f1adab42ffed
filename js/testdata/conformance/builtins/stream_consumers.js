// stream/consumers: text, json, buffer, arrayBuffer and blob from node streams, web streams and async generators.
const consumers = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  console.log(Object.keys(consumers).sort());
  console.log(await consumers.text(Readable.from(['hé', 'llo'])));
  const euro = Buffer.from('€');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1)])));
  console.log(await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('c')]));
  console.log(Buffer.isBuffer(buf), buf);
  const ab = await consumers.arrayBuffer(Readable.from([new Uint8Array([1, 2, 3])]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await consumers.blob(Readable.from(['xyz']));
  console.log(blob.size, await blob.text());
  console.log(await consumers.text(new ReadableStream({ start(c) { c.enqueue('web '); c.enqueue(new TextEncoder().encode('stream')); c.close(); } })));
  async function* gen() { yield 'g'; yield 'en'; }
  console.log(await consumers.text(gen()));
  await consumers.json(Readable.from(['{bad'])).catch((e) => console.log(e.name));
  const failing = new Readable({ read() { this.destroy(new Error('broken')); } });
  await consumers.text(failing).catch((e) => console.log('rejected:', e.message));
})();
