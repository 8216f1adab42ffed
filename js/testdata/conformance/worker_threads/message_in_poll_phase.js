// A message arrives in the receiving loop's poll phase: an immediate set there beats a 0 ms timer.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', () => {
    setTimeout(() => console.log('timeout'), 0);
    setImmediate(() => console.log('immediate'));
    console.log('message');
  });
} else {
  parentPort.postMessage('x');
}
