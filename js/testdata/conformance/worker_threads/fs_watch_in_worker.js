// fs.watch in a worker: a directory the worker watches changes in the main thread; the event
// reaches the worker's own loop (not the main one), which reports it and closes its watcher.
const { Worker } = require('worker_threads');
const fs = require('fs'); const os = require('os'); const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evloop-ww-'));
const w = new Worker(`
  const fs = require('fs'); const { parentPort, workerData } = require('worker_threads');
  const watcher = fs.watch(workerData, (ev, name) => { parentPort.postMessage('worker saw ' + ev + ' ' + name); watcher.close(); });
  parentPort.postMessage('watching');
`, { eval: true, workerData: dir });
w.on('message', (m) => { console.log(m); if (m === 'watching') fs.mkdirSync(path.join(dir, 'made-by-main')); });
w.on('exit', () => { fs.rmSync(dir, { recursive: true }); console.log('exit'); });
