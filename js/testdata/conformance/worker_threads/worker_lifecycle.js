// A worker's events in the parent: 'online', its message, then 'exit' with code 0; threadId -1 after.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  console.log('threadId is a number', typeof w.threadId === 'number' && w.threadId > 0);
  w.on('online', () => console.log('online'));
  w.on('message', (m) => console.log('message', m));
  w.on('exit', (code) => console.log('exit', code, w.threadId));
} else {
  parentPort.postMessage('hello from the worker');
}
