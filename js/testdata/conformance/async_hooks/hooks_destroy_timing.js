// When destroy hooks run (no timer involved, so node's order is fixed): destroys wait for the next check phase and run there before its immediates; those of resources that end during a check phase wait for the next one; those still waiting when the loop empties run before 'beforeExit'.
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
ah.createHook({
  init(id, type) { types.set(id, type); },
  destroy(id) { w(`  destroy ${id} ${types.get(id)}`); },
}).enable();
w('main');
process.nextTick(() => w('tick'));
queueMicrotask(() => w('microtask'));
setImmediate(() => {
  w('immediate 1');
  process.nextTick(() => w('tick in immediate 1'));
  setImmediate(() => {
    w('immediate 3');
    process.nextTick(() => w('tick in immediate 3'));
  });
});
setImmediate(() => w('immediate 2'));
process.on('beforeExit', () => w('beforeExit'));
