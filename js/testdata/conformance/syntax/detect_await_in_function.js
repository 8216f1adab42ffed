// An await inside an async function keeps a snippet CommonJS (module syntax detection needs top-level await).
async function g() { await null; return 'g done'; }
g().then((v) => console.log(v));
console.log(typeof require, typeof module, typeof exports, this === module.exports);
