// async_hooks argument errors as node's: runInAsyncScope of a non-function, a bad or null triggerAsyncId option, createHook(null) and a non-function hook, AsyncResource without a type, bind of a non-function; executionAsyncResource in main is an object.
const ah = require('async_hooks');
const r = new ah.AsyncResource('X');
for (const f of [
  () => r.runInAsyncScope(123),
  () => new ah.AsyncResource('X', { triggerAsyncId: 1.5 }),
  () => new ah.AsyncResource('X', { triggerAsyncId: -2 }),
  () => new ah.AsyncResource('X', null),
  () => ah.createHook(null),
  () => ah.createHook({ init: 1 }),
  () => ah.createHook({ destroy: 'x' }),
  () => ah.executionAsyncResource().constructor.name,
  () => new ah.AsyncResource(),
  () => r.bind(1),
  () => ah.AsyncResource.bind(function f(a, b) {}).length,
  () => typeof new ah.AsyncResource('X', 1).asyncId(),
]) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
