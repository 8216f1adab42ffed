// createHook enable and disable: hooks see only what happens while they are enabled, two hooks are called in the order they were enabled, disable inside a callback stops the rest (its after is not called), enable returns the hook, and a non-function hook is ERR_ASYNC_CALLBACK.
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const mk = (name) => ah.createHook({
  init(id, type) { if (type !== 'PROMISE') w(`${name} init ${id} ${type}`); },
  before(id) { w(`${name} before ${id}`); },
  after(id) { w(`${name} after ${id}`); },
});
setImmediate(() => w('immediate before any hook'));
const a = mk('a');
const b = mk('b');
w('enable returns the hook: ' + (a.enable() === a));
b.enable();
setImmediate(() => {
  w('immediate 1');
  a.disable();
  process.nextTick(() => {
    w('tick after a.disable');
    b.disable();
    setImmediate(() => w('immediate after both disabled'));
  });
});
try { ah.createHook({ before: 'no' }); } catch (e) { w(`${e.name} ${e.code} ${e.message}`); }
a.enable();
a.enable();
w('a enabled twice');
