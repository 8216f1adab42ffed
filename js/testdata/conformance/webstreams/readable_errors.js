// ReadableStream: constructor and method validation, with node's error codes and messages.
const { ReadableStream, ReadableStreamDefaultReader, CountQueuingStrategy } = require('stream/web');
const show = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => new ReadableStream({ type: 'foo' }));
show(() => new ReadableStream({}, { highWaterMark: -1 }));
show(() => new ReadableStream({}, { highWaterMark: NaN }));
show(() => new ReadableStream({}, { size: 1 }));
show(() => new ReadableStream({ pull: 1 }));
show(() => new ReadableStream(5));
show(() => ReadableStream.prototype.getReader.call({}));
show(() => new ReadableStreamDefaultController());
show(() => new ReadableStreamDefaultReader({}));
show(() => new ReadableStream().getReader({ mode: 'x' }));
show(() => { const r = new ReadableStream(); r.getReader(); r.getReader(); });
show(() => new ReadableStream().pipeThrough({}));
show(() => new ReadableStream({ start(c) { c.close(); c.close(); } }));
show(() => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }));
show(() => ReadableStream.from(5));
show(() => new CountQueuingStrategy());
show(() => new CountQueuingStrategy({}));
(async () => {
  const rs = new ReadableStream();
  rs.getReader();
  await rs.cancel().catch((e) => console.log('cancel', e.code, e.message));
  const r2 = new ReadableStream().getReader();
  r2.releaseLock();
  await r2.read().catch((e) => console.log('read', e.code, e.message));
  await r2.closed.catch((e) => console.log('closed', e.code, e.message));
})();
