// process.exit() in a worker ends only the worker; its code is the 'exit' event's code.
const { Worker } = require('worker_threads');
const w = new Worker('process.exit(3)', { eval: true });
w.on('exit', (code) => {
  console.log('worker exit', code);
  setTimeout(() => console.log('parent still running'), 1);
});
