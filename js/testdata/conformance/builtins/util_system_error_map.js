// util.getSystemErrorMap lists libuv's errors in node's order with their messages; getSystemErrorName knows the resolver codes.
const util = require('util');
const m = util.getSystemErrorMap();
console.log(m.size, m.get(-13), m.get(-3008), m.get(-4095));
console.log([...m.keys()].join(','));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-3008), util.getSystemErrorName(-99999));
