// import * as ns: a module namespace object (null prototype, [object Module], not extensible, sorted keys, one per module).
import * as ns from './lib/counter.js';
import * as again from './lib/counter.js';
console.log(ns === again);
console.log(Object.getPrototypeOf(ns), Object.prototype.toString.call(ns), ns[Symbol.toStringTag]);
console.log(Object.isExtensible(ns), Object.isFrozen(ns), Object.keys(ns));
console.log(Object.getOwnPropertyDescriptor(ns, 'count'));
console.log('inc' in ns, 'nope' in ns, typeof ns.inc);
ns.inc();
console.log(ns.count);
console.log(ns);
