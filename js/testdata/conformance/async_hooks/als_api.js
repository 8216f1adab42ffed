// AsyncLocalStorage API: run returns the callback's value and passes arguments, exit, enterWith, disable, two storages at once, bind/snapshot, AsyncResource.runInAsyncScope/bind.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
console.log(a.run(1, (x, y) => x + y + a.getStore(), 10, 20));
a.run('A', () => b.run('B', () => {
  console.log(a.getStore(), b.getStore());
  a.exit(() => console.log('exit:', a.getStore(), b.getStore()));
  process.nextTick(() => console.log('both in nextTick:', a.getStore(), b.getStore()));
}));
const bound = a.run('bound', () => AsyncLocalStorage.bind(() => a.getStore()));
const snap = a.run('snap', () => AsyncLocalStorage.snapshot());
console.log(bound(), snap(() => a.getStore()), a.getStore());
const res = a.run('resource', () => new AsyncResource('Job'));
console.log(res.runInAsyncScope((v) => a.getStore() + v, null, '!'), res.bind(() => a.getStore())(), typeof res.asyncId());
a.run('disabled', () => { a.disable(); console.log('after disable:', a.getStore()); });
// Two timers of one list: the second runs in the same batch, outside what the first entered
// (the first's own timer waits 50 ms: node's start time is the time at each setTimeout, so a
// busy machine could otherwise let a 1 ms timer's turn come first).
setTimeout(() => {
  a.enterWith('entered');
  console.log('enterWith:', a.getStore());
  setTimeout(() => console.log('inherits enterWith:', a.getStore()), 50);
}, 2);
setTimeout(() => console.log('other callback:', a.getStore()), 2);
try { AsyncLocalStorage.bind(1); } catch (e) { console.log(e.code); }
