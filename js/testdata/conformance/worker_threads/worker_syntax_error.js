// A worker whose source does not parse: an 'error' event with a SyntaxError, then 'exit' 1.
const { Worker } = require('worker_threads');
const w = new Worker('this is not javascript (', { eval: true });
w.on('online', () => console.log('online (never)'));
w.on('error', (e) => console.log('error', e.name, e instanceof SyntaxError));
w.on('exit', (code) => console.log('exit', code));
