// Dynamic import() returns a promise of the module namespace.
const p = import('./lib/values.js');
console.log(p instanceof Promise);
const m = await p;
console.log(m.default, m.named);
