// require of a relative file returns its module.exports; the extension may be left out.
const shorthand = require("./lib/exports_shorthand");
const same = require("./lib/exports_shorthand.js");
console.log(shorthand.a, shorthand.hello("node"));
console.log(shorthand === same);
console.log(require("./lib/helper.cjs"));
console.log(require("./lib/pkg"));
