// AsyncLocalStorage in process events: 'uncaughtException' runs in the store of the callback that threw, 'unhandledRejection' in the store of the code that made and rejected the promise, 'beforeExit' and 'exit' in none even after enterWith at the top.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let step = 0;
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.message, als.getStore());
  if (++step === 1) als.run('rejecting', () => setImmediate(() => Promise.reject('nope')));
});
process.on('unhandledRejection', (r) => {
  console.log('unhandled', r, als.getStore());
  als.run('immediate', () => setImmediate(() => { throw new Error('from immediate'); }));
});
let once = true;
process.on('beforeExit', () => { if (once) { once = false; console.log('beforeExit', als.getStore()); } });
process.on('exit', () => console.log('exit', als.getStore()));
als.run('timer', () => setTimeout(() => { throw new Error('boom'); }, 1));
als.enterWith('top');
console.log('main', als.getStore());
