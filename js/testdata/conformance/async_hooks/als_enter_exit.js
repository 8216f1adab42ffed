// AsyncLocalStorage enterWith, exit, disable in more places: enterWith inside run is undone when run returns, enterWith in a tick does not leak to the next tick, exit returns the value, a disabled storage is empty in callbacks made before, and runs again after run.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('outer', () => {
  als.enterWith('entered');
  console.log('inside after enterWith', als.getStore());
});
console.log('after run', als.getStore());
process.nextTick(() => { als.enterWith('tick1'); console.log('tick1', als.getStore()); });
process.nextTick(() => console.log('tick2', als.getStore()));
console.log('exit returns', als.run('r', () => als.exit((a, b) => [a, b, als.getStore()], 1, 2)));
const other = new AsyncLocalStorage();
other.run('o', () => {
  setTimeout(() => {
    console.log('timer after disable', other.getStore());
    other.run('again', () => setImmediate(() => console.log('run after disable', other.getStore())));
  }, 1);
  Promise.resolve().then(() => console.log('then before disable', other.getStore()));
  process.nextTick(() => {
    other.disable();
    console.log('disabled', other.getStore());
  });
});
try { als.run(); } catch (e) { console.log(e.constructor.name, e.code); }
console.log(typeof AsyncLocalStorage.bind, typeof AsyncLocalStorage.snapshot);
