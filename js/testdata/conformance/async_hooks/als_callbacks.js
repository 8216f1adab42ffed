// AsyncLocalStorage: the store follows setTimeout, setInterval, setImmediate, process.nextTick, queueMicrotask, then and await, and is gone outside run (results printed sorted at exit).
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const seen = [];
const note = (where) => seen.push(where + ' ' + JSON.stringify(als.getStore()));
als.run({ id: 1 }, () => {
  note('sync');
  setTimeout(() => note('timeout'), 2);
  const iv = setInterval(() => { note('interval'); clearInterval(iv); }, 1);
  setImmediate(() => note('immediate'));
  process.nextTick(() => note('nextTick'));
  queueMicrotask(() => note('queueMicrotask'));
  Promise.resolve().then(() => note('then'));
  new Promise((resolve) => setTimeout(resolve, 1)).then(() => note('then of a timer promise'));
  (async () => {
    await null;
    note('after await');
    await new Promise((r) => setTimeout(r, 3));
    note('after timer await');
  })();
});
als.run({ id: 2 }, () => setTimeout(() => note('second run timeout'), 4));
note('outside');
setTimeout(() => note('outside timeout'), 5);
process.on('exit', () => console.log(seen.sort().join('\n')));
