// ReadableStream: controller.error rejects pending and later reads; a throwing start or pull errors the stream.
const a = new ReadableStream({ start(c) { setTimeout(() => c.error(new Error('boom')), 1); } });
const ra = a.getReader();
ra.read().then(console.log, (e) => console.log('pending read:', e.message));
ra.closed.catch((e) => console.log('closed:', e.message));
setTimeout(() => {
  ra.read().catch((e) => console.log('later read:', e.message));
  try { new ReadableStream({ start() { throw new Error('start threw'); } }); } catch (e) { console.log('b:', e.message); }
  const b2 = new ReadableStream({ start() { return Promise.reject(new Error('start rejected')); } });
  b2.getReader().read().catch((e) => console.log('b2:', e.message));
  const c = new ReadableStream({ pull() { return Promise.reject(new Error('pull rejected')); } });
  c.getReader().read().catch((e) => console.log('c:', e.message));
}, 10);
