// Messages both ways in turn: the parent and the worker loops wake each other.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (n) => {
    console.log('parent got', n);
    if (n >= 5) w.terminate();
    else w.postMessage(n + 1);
  });
  w.on('exit', (code) => console.log('exit', code));
  w.postMessage(0);
} else {
  parentPort.on('message', (n) => parentPort.postMessage(n + 1));
}
