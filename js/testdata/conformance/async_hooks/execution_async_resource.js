// executionAsyncResource: an object in main (the same one throughout), one object per resource that stays the same for every run of an interval, a different one for each timer, immediate and tick, the AsyncResource itself inside runInAsyncScope; what a callback stores on it is seen by that resource's later runs only.
const { executionAsyncResource: current, AsyncResource } = require('async_hooks');
const top = current();
console.log('main:', typeof top, top === current());
const seen = new Set([top]);
let runs = 0;
let first;
const iv = setInterval(() => {
  const res = current();
  if (runs === 0) { first = res; res.note = 'kept'; }
  console.log('interval run', runs, 'same resource', res === first, 'new', runs === 0 ? !seen.has(res) : res.note);
  seen.add(res);
  if (++runs === 3) {
    clearInterval(iv);
    setImmediate(() => {
      console.log('immediate: new resource', !seen.has(current()), 'note', current().note);
      process.nextTick(() => console.log('tick: new resource', !seen.has(current())));
    });
  }
}, 1);
const ar = new AsyncResource('Mine');
ar.runInAsyncScope(() => console.log('runInAsyncScope: the AsyncResource', current() === ar));
console.log('after: main again', current() === top);
