// createHook and fs callbacks: fs.stat and fs.access each make one FSREQCALLBACK, triggered by the id current at the call; their callbacks run between its before and after with its id; nested requests are triggered by the outer callback's id (other types node makes are left out).
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const ids = new Map();
let n = 0;
const name = (id) => ids.get(id) || String(id);
ah.createHook({
  init(id, type, trigger) {
    if (type !== 'FSREQCALLBACK') return;
    ids.set(id, 'req' + ++n);
    w(`init ${name(id)} ${type} trigger ${trigger === ah.executionAsyncId() ? 'current' : trigger}`);
  },
  before(id) { if (ids.has(id)) w(`before ${name(id)}`); },
  after(id) { if (ids.has(id)) w(`after ${name(id)}`); },
}).enable();
fs.stat(__filename, (err, st) => {
  w(`stat callback in ${name(ah.executionAsyncId())} file ${st.isFile()}`);
  const outer = ah.executionAsyncId();
  fs.access(__filename, (err) => {
    w(`access callback in ${name(ah.executionAsyncId())} triggered by stat's ${ah.triggerAsyncId() === outer} ${err}`);
  });
});
