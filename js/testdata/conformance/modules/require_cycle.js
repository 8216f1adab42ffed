// A require cycle hands out the partial exports of the module still loading.
const a = require("./lib/cycle_a");
const b = require("./lib/cycle_b");
console.log("main: a.done =", a.done, "b.done =", b.done);
