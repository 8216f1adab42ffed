// eval: true runs a string as the worker's main script, with require and parentPort.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort, isMainThread, workerData } = require('worker_threads');
  parentPort.postMessage({ isMainThread, doubled: workerData * 2 });
`, { eval: true, workerData: 21 });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
