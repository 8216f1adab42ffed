// async ids as relations that hold whatever node's own resources number (console.log is used freely here): a callback's triggerAsyncId is the executionAsyncId where it was scheduled, every resource has its own id, an interval keeps one id for all its runs, and fs and timers/promises callbacks follow the same rule.
const { executionAsyncId: eid, triggerAsyncId: tid } = require('async_hooks');
const fs = require('fs');
const seen = new Set();
const fresh = (id) => { const f = !seen.has(id); seen.add(id); return f; };
const main = eid();
console.log('main id', main, 'trigger', tid());
setTimeout(() => {
  const t = eid();
  console.log('timeout: trigger is main', tid() === main, 'new id', fresh(t) && t > main);
  setImmediate(() => {
    const imm = eid();
    console.log('immediate in timeout: triggered by it', tid() === t, 'new id', fresh(imm));
    let runs = 0;
    let first;
    const iv = setInterval(() => {
      if (runs === 0) first = eid();
      console.log('interval run', runs, 'same id', eid() === first, 'triggered by the immediate', tid() === imm);
      if (++runs === 2) {
        clearInterval(iv);
        const here = eid();
        fs.stat(__filename, () => {
          console.log('fs.stat: triggered by the interval', tid() === here, 'new id', fresh(eid()));
        });
      }
    }, 1);
  });
}, 1);
process.nextTick(() => console.log('tick: trigger is main', tid() === main, 'new id', fresh(eid())));
