// createHook's init, before, after and destroy for Timeout, Immediate, TickObject and Microtask resources, in node's order: init when made (with its trigger and the id current then), before and after around each callback, destroy once each, in the order the resources ended. Hooks write with fs.writeSync, as node's docs advise.
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
// When a destroy runs depends on whether a 1 ms timer is due before the next check phase:
// the cases print the destroys in the order they came, at exit.
const destroyed = [];
process.on('exit', () => w('destroyed: ' + destroyed.join(', ')));
ah.createHook({
  init(id, type, trigger, resource) {
    types.set(id, type);
    w(`init ${id} ${type} trigger ${trigger} in ${ah.executionAsyncId()} resource ${typeof resource}`);
  },
  before(id) { w(`before ${id} ${types.get(id)}`); },
  after(id) { w(`after ${id} ${types.get(id)}`); },
  destroy(id) { destroyed.push(`${id} ${types.get(id)}`); },
}).enable();
w('main');
setTimeout(() => {
  w('timeout');
  process.nextTick(() => w('tick in timeout'));
  setImmediate(() => {
    w('immediate');
    queueMicrotask(() => w('microtask in immediate'));
    process.nextTick(() => w('tick in immediate'));
    setTimeout(() => { w('last timeout'); process.nextTick(() => w('last tick')); }, 2);
  });
}, 1);
process.nextTick(() => w('tick'));
process.on('beforeExit', () => w('beforeExit'));
