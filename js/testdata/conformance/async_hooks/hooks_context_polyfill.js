// A context store built on createHook and executionAsyncResource alone, as libraries did before AsyncLocalStorage: init copies the store of the current resource to the new one; it follows timers, immediates, nextTick, queueMicrotask, promise reactions and await, fs and zlib callbacks (printed sorted at exit).
const { createHook, executionAsyncResource } = require('async_hooks');
const fs = require('fs');
const zlib = require('zlib');
const sym = Symbol('context');
createHook({
  init(id, type, trigger, resource) {
    const cur = executionAsyncResource();
    if (cur) resource[sym] = cur[sym];
  },
}).enable();
const run = (ctx, fn) => {
  const res = executionAsyncResource();
  const prev = res[sym];
  res[sym] = ctx;
  try { return fn(); } finally { res[sym] = prev; }
};
const get = () => executionAsyncResource()[sym];
const seen = [];
const note = (w) => seen.push(`${w}: ${get()}`);
run('A', () => {
  setTimeout(() => {
    note('timeout');
    setImmediate(() => note('immediate in timeout'));
  }, 1);
  process.nextTick(() => note('nextTick'));
  queueMicrotask(() => note('queueMicrotask'));
  Promise.resolve().then(() => note('then'));
  (async () => { await null; note('after await'); await new Promise((r) => setTimeout(r, 2)); note('after timer await'); })();
  fs.stat(__filename, () => {
    note('fs.stat');
    zlib.gzip('x', () => note('gzip'));
  });
});
run('B', () => setImmediate(() => note('immediate')));
note('main');
process.on('exit', () => console.log(seen.sort().join('\n')));
