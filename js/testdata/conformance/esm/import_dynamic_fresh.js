// import() of a module not yet loaded: it evaluates after the importer's job, its ticks, microtasks and the setImmediate queued beside it.
console.log('start');
import('./lib/fresh.js').then((ns) => console.log('then', ns.fresh));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
console.log('end');
