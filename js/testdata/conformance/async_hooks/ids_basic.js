// executionAsyncId and triggerAsyncId as node numbers them, printed with fs.writeSync (console.log on a pipe makes resources of its own in node): main is 1, each Timeout, Immediate, TickObject and queueMicrotask gets the next id, triggered by the id current where it was made; a promise job with no hook enabled runs with 0 and 0.
const { executionAsyncId, triggerAsyncId } = require('async_hooks');
const fs = require('fs');
const say = (what) => fs.writeSync(1, `${what}: ${executionAsyncId()} ${triggerAsyncId()}\n`);
say('main');
setTimeout(() => {
  say('timeout');
  process.nextTick(() => say('tick in timeout'));
  setImmediate(() => {
    say('immediate in timeout');
    setTimeout(() => say('timeout in immediate'), 1);
    queueMicrotask(() => say('microtask in immediate'));
  });
}, 1);
process.nextTick(() => {
  say('tick');
  process.nextTick(() => say('tick in tick'));
});
queueMicrotask(() => say('microtask'));
Promise.resolve().then(() => {
  say('then');
  process.nextTick(() => say('tick in then'));
});
(async () => {
  await null;
  say('after await');
})();
