// AsyncLocalStorage and events.once / events.on: the awaiting code resumes in its own store whoever emits; a plain listener runs in the emitter's (synchronous) store.
const { AsyncLocalStorage } = require('async_hooks');
const { EventEmitter, once, on } = require('events');
const als = new AsyncLocalStorage();
const ee = new EventEmitter();
ee.on('x', (v) => console.log('listener', v, als.getStore()));
const waiting = als.run('once', async () => {
  const [v] = await once(ee, 'x');
  console.log('once resumed', v, als.getStore());
});
const iter = als.run('on', async () => {
  for await (const [v] of on(ee, 'y')) {
    console.log('on got', v, als.getStore());
    if (v === 2) break;
  }
  console.log('on done', als.getStore());
});
als.run('emitter', () => setTimeout(() => {
  ee.emit('x', 1);
  ee.emit('y', 1);
  ee.emit('y', 2);
  console.log('emitted', als.getStore());
}, 1));
Promise.all([waiting, iter]).then(() => console.log('all', als.getStore()));
