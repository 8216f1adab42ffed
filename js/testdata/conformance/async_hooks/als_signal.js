// AsyncLocalStorage in a signal handler: process.on('SIGUSR2') is registered inside one store and process.kill sent from another; the handler runs as a callback of the signal handle, in the store current when the first listener was added.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('register', () => {
  process.on('SIGUSR2', () => {
    console.log('handler', als.getStore());
    setImmediate(() => console.log('immediate in handler', als.getStore()));
    process.nextTick(() => console.log('tick in handler', als.getStore()));
  });
});
als.run('second listener', () => process.on('SIGUSR2', () => console.log('second handler', als.getStore())));
als.run('kill', () => {
  process.kill(process.pid, 'SIGUSR2');
  console.log('after kill', als.getStore());
});
setTimeout(() => process.removeAllListeners('SIGUSR2'), 50);
