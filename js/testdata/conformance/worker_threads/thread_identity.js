// isMainThread and threadId: the main thread is 0; a worker has a positive id that matches worker.threadId.
const { Worker, isMainThread, threadId, parentPort } = require('worker_threads');
if (isMainThread) {
  console.log('main', isMainThread, threadId);
  const w = new Worker(__filename);
  const id = w.threadId;
  w.on('message', (m) => console.log('worker', m.isMainThread, m.threadId === id, m.hasParentPort));
} else {
  parentPort.postMessage({ isMainThread, threadId, hasParentPort: parentPort !== null });
}
