// Helper: half of a require cycle with cycle_b.js.
exports.name = "a";
exports.done = false;
const b = require("./cycle_b");
console.log("in a, b.done =", b.done);
exports.done = true;
