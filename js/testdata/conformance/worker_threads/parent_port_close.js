// A worker that listens on parentPort stays alive; closing the port lets it end with code 0.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('reply', m));
  w.on('exit', (code) => console.log('exit', code));
  w.postMessage(21);
} else {
  parentPort.on('message', (n) => {
    parentPort.postMessage(n * 2);
    parentPort.close();
  });
}
