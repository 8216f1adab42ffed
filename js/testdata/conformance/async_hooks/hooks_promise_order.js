// An enabled hook does not change the order of promise jobs: then chains, await continuations and catch run as without it (the hook prints only the types evloop reports; node also reports a PROMISE for every promise, which evloop does not: see site/docs/builtins.md).
const ah = require('async_hooks');
const fs = require('fs');
const say = (s) => fs.writeSync(1, s + '\n');
ah.createHook({ init(id, type) { if (type !== 'PROMISE') say('init ' + type); } }).enable();
Promise.resolve(1).then(() => say('then')).then(() => say('second then'));
(async () => {
  await null;
  say('after await');
  queueMicrotask(() => say('microtask in continuation'));
  await new Promise((r) => setImmediate(r));
  say('after await of an immediate');
})();
Promise.reject(new Error('x')).catch(() => say('catch'));
