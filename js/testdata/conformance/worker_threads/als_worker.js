// AsyncLocalStorage and a worker: the Worker's 'message' and 'exit' listeners run in the store current when the Worker was made, not the listener's or the poster's; inside the worker a parentPort listener sees no store.
const { AsyncLocalStorage } = require('async_hooks');
const { Worker } = require('worker_threads');
const als = new AsyncLocalStorage();
const w = als.run('spawn', () => new Worker(`
  const { parentPort } = require('worker_threads');
  const { AsyncLocalStorage } = require('async_hooks');
  const als = new AsyncLocalStorage();
  als.run('in worker', () => parentPort.on('message', (m) => {
    parentPort.postMessage(m + ' seen with ' + als.getStore());
    parentPort.close();
  }));
`, { eval: true }));
als.run('listen', () => {
  w.on('message', (m) => console.log('message', m, als.getStore()));
  w.on('exit', (c) => console.log('exit', c, als.getStore()));
});
als.run('post', () => w.postMessage('hi'));
