// A worker path that is neither absolute nor ./ or ../ relative throws ERR_WORKER_PATH; a missing file emits MODULE_NOT_FOUND.
const { Worker } = require('worker_threads');
try {
  new Worker('worker.js');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const w = new Worker('./no-such-worker-file.js');
w.on('error', (e) => console.log('error', e.code));
w.on('exit', (code) => console.log('exit', code));
