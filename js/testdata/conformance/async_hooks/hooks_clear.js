// destroy hooks for resources that end without running or run again: clearTimeout and clearImmediate before they fire, an interval cleared in its third run (one init, three before/after pairs, one destroy after the last after), a timeout turned into an interval by refresh() in its callback.
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
// When a destroy runs depends on whether a 1 ms timer is due before the next check phase:
// the cases print the destroys in the order they came, at exit.
const destroyed = [];
process.on('exit', () => w('destroyed: ' + destroyed.join(', ')));
ah.createHook({
  init(id, type, trigger) { types.set(id, type); w(`init ${id} ${type} ${trigger}`); },
  before(id) { w(`before ${id}`); },
  after(id) { w(`after ${id}`); },
  destroy(id) { destroyed.push(`${id} ${types.get(id)}`); },
}).enable();
const cleared = setTimeout(() => w('never'), 1);
clearTimeout(cleared);
const im = setImmediate(() => w('never'));
clearImmediate(im);
let n = 0;
const iv = setInterval(() => {
  w('interval ' + n);
  if (++n === 3) {
    clearInterval(iv);
    let r = 0;
    const t = setTimeout(() => {
      w('refreshed run ' + r);
      if (++r < 2) t.refresh();
    }, 1);
  }
}, 1);
