// structuredClone drops prototypes, methods on prototypes and non-enumerable keys; it reads getters; errors keep name (if standard), message, cause.
class Point { constructor() { this.x = 1; } get y() { return 2; } norm() { return 0; } }
const p = structuredClone(new Point());
console.log(p, p instanceof Point, Object.getPrototypeOf(p) === Object.prototype);
const g = structuredClone({ get v() { return 'read'; } });
console.log(g, Object.getOwnPropertyDescriptor(g, 'v').value);
const hidden = {}; Object.defineProperty(hidden, 'h', { value: 1, enumerable: false }); hidden.s = 2;
console.log(structuredClone(hidden));
const e = structuredClone(new RangeError('r', { cause: { n: 5 } }));
console.log(e.name, e.message, e instanceof RangeError, e.cause, Object.keys(e));
const custom = new Error('z'); custom.name = 'Custom'; custom.code = 'X';
const c = structuredClone(custom);
console.log(c.name, c.message, c.code, typeof c.stack);
console.log(structuredClone(Object.assign([1, 2], { p: 1 })), structuredClone({ [Symbol('k')]: 1, n: null }));
