// In an ES module, evaluation is itself a promise job: promise jobs and queueMicrotask run before nextTick.
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
