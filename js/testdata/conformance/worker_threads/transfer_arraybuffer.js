// postMessage with a transfer list: the sender's ArrayBuffer is detached (byteLength 0, its views empty), the receiver owns the bytes; a buffer transferred back
const { Worker } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.once('message', ({ buf, view }) => {
  const bytes = new Uint8Array(buf);
  parentPort.postMessage('worker got ' + buf.byteLength + ' bytes: ' + Array.from(bytes).join(',') + '; view ' + view.length + ' at ' + view.byteOffset);
  bytes[0] = 42;
  parentPort.postMessage(buf, [buf]);
  parentPort.postMessage('worker after sending back: ' + buf.byteLength);
});`, { eval: true });
const ab = new ArrayBuffer(6);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6]);
const view = new Uint16Array(ab, 2, 2);
w.postMessage({ buf: ab, view }, [ab]);
console.log('sender after transfer: byteLength', ab.byteLength, 'view length', view.length, 'view byteLength', view.byteLength);
let n = 0;
w.on('message', (m) => {
  if (m instanceof ArrayBuffer) console.log('main got back', m.byteLength, 'bytes, first', new Uint8Array(m)[0]);
  else console.log(m);
  if (++n === 3) w.terminate();
});
