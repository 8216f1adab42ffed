// Each message from a worker is its own callback: the nextTick queue and the promise jobs run after each one.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (i) => {
    console.log('message', i);
    process.nextTick(() => console.log('tick', i));
    Promise.resolve().then(() => console.log('promise', i));
  });
} else {
  for (let i = 1; i <= 3; i++) parentPort.postMessage(i);
}
