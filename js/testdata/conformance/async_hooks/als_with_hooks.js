// AsyncLocalStorage while a createHook hook is enabled: the stores still follow then, await, timers, ticks, immediates and AsyncResource scopes, and the hook sees executionAsyncId change around each callback (counted, not printed).
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
let befores = 0;
createHook({ before() { befores++; } }).enable();
const seen = [];
const note = (w) => seen.push(`${w}: ${als.getStore()}`);
als.run('A', () => {
  Promise.resolve().then(() => note('then'));
  (async () => { await null; note('await'); await new Promise((r) => setTimeout(r, 1)); note('await timer'); })();
  process.nextTick(() => note('tick'));
  setImmediate(() => note('immediate'));
  const res = new AsyncResource('R');
  als.run('B', () => res.runInAsyncScope(() => note('resource made in A')));
});
note('main');
process.on('exit', () => console.log(seen.sort().join('\n') + '\nbefore hooks ran: ' + (befores > 3) + ', main id ' + executionAsyncId()));
