// Each module has its own scope: top-level vars do not leak to globalThis; `this` is exports.
var topLevel = 1;
console.log(typeof globalThis.topLevel);
console.log(this === module.exports);
console.log(typeof require, typeof module, typeof exports, typeof __filename);
console.log(typeof arguments, arguments.length);
