// AsyncLocalStorage across timers/promises: await setTimeout, setImmediate and the setInterval async iterator resume in the awaiting store; a value passed through is kept.
const { AsyncLocalStorage } = require('async_hooks');
const tp = require('timers/promises');
const als = new AsyncLocalStorage();
const log = [];
const note = (w) => log.push(w + ': ' + als.getStore());
const a = als.run('A', async () => {
  const v = await tp.setTimeout(2, 'value');
  note('setTimeout ' + v);
  await tp.setImmediate();
  note('setImmediate');
  let n = 0;
  for await (const x of tp.setInterval(1, 'tick')) {
    note('interval ' + x);
    if (++n === 2) break;
  }
  note('after loop');
});
const b = als.run('B', async () => {
  await tp.scheduler.wait(3);
  note('scheduler.wait');
  await tp.scheduler.yield();
  note('scheduler.yield');
});
Promise.all([a, b]).then(() => { note('all'); console.log(log.sort().join('\n')); });
