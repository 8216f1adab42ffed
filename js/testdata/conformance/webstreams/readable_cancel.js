// ReadableStream: cancel calls the source's cancel with the reason, resolves pending reads as done, and clears the queue.
const rs = new ReadableStream({
  start(c) { c.enqueue(1); },
  cancel(reason) { console.log('source cancel', reason); return new Promise((r) => setTimeout(() => { console.log('cancel done'); r('ignored'); }, 5)); },
});
const reader = rs.getReader();
reader.read().then((r) => {
  console.log('first', r);
  reader.read().then((r2) => console.log('pending read', r2));
  reader.cancel('why').then((v) => console.log('cancel resolved', v));
  reader.closed.then(() => console.log('reader closed'));
});
