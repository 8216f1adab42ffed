// 'unhandledRejection' runs in the AsyncLocalStorage context of the rejected promise: a promise rejected inside run() at top level, a reaction that throws (its promise is made where then() was called), an async function that throws after an await and a promise rejected in a microtask.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection:', reason.message, '| store:', als.getStore());
});
als.run('made-1', () => Promise.reject(new Error('rejected at once')));
als.run('then-2', () => {
  als.run('source-2', () => Promise.resolve()).then(() => { throw new Error('thrown in then'); });
});
als.run('async-3', async () => {
  await null;
  throw new Error('thrown after await');
});
setTimeout(() => {
  als.run('outer-4', () => {
    queueMicrotask(() => {
      als.run('inner-4', () => Promise.reject(new Error('in a microtask')));
    });
  });
}, 10);
