// util.inspect options: depth, compact false, breakLength; util.inspect of strings quotes them.
const util = require("util");
const deep = { a: { b: { c: { d: { e: 1 } } } } };
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect({ a: 1, b: [2] }, { compact: false }));
console.log(util.inspect({ a: 1, b: 2 }, { breakLength: 3 }));
console.log(util.inspect("str"));
