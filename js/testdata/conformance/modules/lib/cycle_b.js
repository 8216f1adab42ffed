// Helper: requires cycle_a.js while a is still loading and sees its partial exports.
exports.name = "b";
exports.done = false;
const a = require("./cycle_a");
console.log("in b, a.done =", a.done, "a.name =", a.name);
exports.done = true;
