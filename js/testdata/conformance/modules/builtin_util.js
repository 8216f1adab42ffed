// require('util'): format, inspect, types, promisify, inherits exist and behave.
const util = require("util");
console.log(util.format("%s=%d", "x", 5));
console.log(util.inspect({ a: [1] }));
console.log(util.types.isPromise(Promise.resolve()), util.isDeepStrictEqual({ a: 1 }, { a: 1 }));
const wait = util.promisify((ms, cb) => setTimeout(() => cb(null, "waited"), ms));
wait(1).then((v) => console.log(v));
