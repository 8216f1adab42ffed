// util.inspect honours showProxy, getters (true, 'get', 'set'; values, objects, null, throws) and numericSeparator.
const util = require('util');
console.log(util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true }));
console.log(util.inspect({ p: new Proxy([1], {}) }, { showProxy: true }));
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect('abcdefghijkl', { maxStringLength: 4 }));
const o = {
  get num() { return 5; },
  get obj() { return { z: [1, 2] }; },
  get nul() { return null; },
  get bad() { throw new TypeError('nope'); },
  set only(v) {},
  get both() { return 'q'; },
  set both(v) {},
};
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
class A { constructor() { this._v = 3; } get v() { return this._v; } }
console.log(util.inspect(new A(), { getters: true, showHidden: true }));
for (const n of [0, -0, 1234, -1234, 1234567.891, 1.23456789, -0.5, 1e21, 1.5e-7, 1e-7, NaN, 0.1, 12345.123456789])
  console.log(util.inspect(n, { numericSeparator: true }));
console.log(util.inspect([1234n, -123456n, new Number(12345)], { numericSeparator: true }));
console.log(util.inspect({ a: { b: 1 } }, { depth: -1 }), util.inspect([{}], { depth: -1 }), util.inspect('s', { depth: -1 }));
