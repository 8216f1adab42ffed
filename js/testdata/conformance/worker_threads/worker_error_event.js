// An exception thrown in a worker becomes an 'error' event in the parent (same class and message), then 'exit' 1.
const { Worker } = require('worker_threads');
const w = new Worker('throw new TypeError("boom in the worker")', { eval: true });
w.on('error', (e) => console.log('error', e.name, e.message, e instanceof TypeError));
w.on('exit', (code) => console.log('exit', code));
