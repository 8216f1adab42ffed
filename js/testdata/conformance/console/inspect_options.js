// util.inspect options read from the caller: maxArrayLength, maxStringLength, customInspect, numericSeparator (node's formatNumber, quirks included) and getters (true, 'get', 'set'; a throwing getter), also through defaultOptions and formatWithOptions; util.types.isProxy.
const util = require('util');
console.log(util.inspect([1,2,3,4], { maxArrayLength: 2 }), util.inspect('abcdef', { maxStringLength: 2 }), util.inspect({ [util.inspect.custom]() { return 'C'; } }, { customInspect: false }));
console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect(123456789n, { numericSeparator: true }), util.inspect([1e6, -12345.6789], { numericSeparator: true }));
console.log(util.inspect({ a: { b: [1, 2] }, c: 'x' }, { compact: true }));
console.log(util.inspect({ a: [{ b: 1 }] }, { depth: 0 }), util.inspect(new Map([[1, 2]]), { showHidden: true }));
util.inspect.defaultOptions.depth = 0; console.log({ a: { b: 1 } }); util.inspect.defaultOptions.depth = 2;
console.log(util.inspect({ get x() { return { y: 1 }; }, get n() { return null; }, set s(v) {}, get gs() { return 'v'; }, set gs(v) {} }, { getters: true }));
console.log(util.inspect({ get x() { return 1; }, get gs() { return 'v'; }, set gs(v) {} }, { getters: 'get' }), util.inspect({ get x() { return 1; }, get gs() { return 'v'; }, set gs(v) {} }, { getters: 'set' }));
console.log(util.inspect([-0.5, 1e-7, 0.1, -0, 1e21, 1.5e300, 123456.5, -1234, 1234, 12, NaN, -Infinity, 1e-7 + 1, 100000000000000000000], { numericSeparator: true }));
console.log(util.inspect([-12345678901234567890n, 0n, 1000n], { numericSeparator: true }));
util.inspect.defaultOptions.maxArrayLength = 2; console.log([1, 2, 3], new Set([1, 2, 3])); util.inspect.defaultOptions.maxArrayLength = 100;
console.log(util.inspect([1, 2], { maxArrayLength: 0 }), util.inspect([1, 2], { maxArrayLength: -1 }), util.inspect('abc', { maxStringLength: null }), util.inspect([1,2], { maxArrayLength: Infinity }));
console.log(util.inspect({ get a() { return [1, { b: 2 }]; } }, { getters: true, depth: 0 }));
class P { constructor() { this._v = 3; } get v() { return this._v; } }
console.log(util.inspect(new P(), { getters: true, showHidden: true }));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %s', 1234567, 1234567, 1234567), util.formatWithOptions({ getters: true }, '%o', { get z() { return 1; } }));
console.log(util.inspect({ get a() { return 1; }, get b() { throw new Error('no'); } }, { getters: true }), util.types.isProxy(new Proxy({}, {})), util.types.isProxy({}));
