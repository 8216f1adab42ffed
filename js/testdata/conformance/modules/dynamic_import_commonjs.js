// import() in a CommonJS file: an ES module, evaluated after the importer's code, ticks, microtasks and a setImmediate queued beside it.
console.log('start');
import('./lib/esm_dep.mjs').then((ns) => {
  console.log('loaded', ns.default, ns.value, Object.prototype.toString.call(ns));
  ns.bump();
  console.log('live', ns.value);
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
console.log('end');
