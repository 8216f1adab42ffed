// Writing, adding or deleting a namespace property throws a TypeError in module code (strict mode).
import * as ns from './lib/counter.js';
for (const f of [() => { ns.count = 5; }, () => { ns.extra = 1; }, () => { delete ns.count; }, () => Object.defineProperty(ns, 'x', { value: 1 })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
console.log(delete ns.missing, ns.count);
