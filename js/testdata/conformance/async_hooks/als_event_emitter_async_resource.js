// AsyncLocalStorage and EventEmitterAsyncResource / AsyncResource: listeners of an EventEmitterAsyncResource run in the store current when it was made, whoever emits; AsyncResource.bind and runInAsyncScope run in the store of the resource, then restore the caller's; a subclass names its resource after itself.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const als = new AsyncLocalStorage();
const ee = als.run('made', () => new EventEmitterAsyncResource({ name: 'X' }));
const plain = als.run('plain made', () => new EventEmitter());
ee.on('go', (v) => console.log('async resource listener', v, als.getStore()));
plain.on('go', (v) => console.log('plain listener', v, als.getStore()));
als.run('emitter', () => { ee.emit('go', 1); plain.emit('go', 2); });
console.log(ee.asyncResource.type, typeof ee.asyncId, ee.asyncResource instanceof AsyncResource);
const bound = als.run('bound', () => AsyncResource.bind((x) => console.log('bound', x, als.getStore(), typeof bound.asyncResource)));
const res = als.run('resource', () => new AsyncResource('R'));
als.run('other', () => setImmediate(() => {
  res.runInAsyncScope(function (a) { console.log('runInAsyncScope', a, this.x, als.getStore()); }, { x: 'this' }, 'arg');
  bound('later');
  console.log('after', als.getStore());
}));
class Sub extends EventEmitterAsyncResource {}
console.log(new Sub().asyncResource.eventEmitter instanceof Sub);
try { new EventEmitterAsyncResource(); } catch (e) { console.log(e.code, e.message); }
