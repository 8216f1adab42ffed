// `exports` is an alias of module.exports: adding works, reassigning loses; module.exports can be
// replaced by any value.
console.log(require("./lib/exports_reassigned"));
const greet = require("./lib/module_exports_function");
console.log(typeof greet, greet(), greet.extra);
console.log(module.exports === exports, typeof module.exports);
