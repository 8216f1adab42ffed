// terminate() stops a worker that would run forever: 'exit' with code 1, then the promise resolves with 1.
const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
w.on('online', () => {
  w.terminate().then((code) => console.log('terminate resolved', code));
});
w.on('exit', (code) => console.log('exit', code));
