// A module is evaluated once; later requires return the same cached object and its state.
const c1 = require("./lib/counter");
const c2 = require("./lib/counter");
console.log(c1 === c2);
console.log(c1.next(), c2.next(), c1.next());
const key = require.resolve("./lib/counter");
console.log(typeof key, key in require.cache);
delete require.cache[key];
const c3 = require("./lib/counter");
console.log(c3 === c1, c3.next());
