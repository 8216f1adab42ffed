// A CommonJS module's top-level frame is "Object.<anonymous>", as V8 names node's wrapper: in console.log(err), util.inspect and err.stack.
const util = require('util');
const own = (text) => text.split('\n').filter((l) => l.includes(__filename)).map((l) => l.trim().replace(__filename, 'FILE').replace(/\(\d+\)/, ''));
function f() { return new Error('in f'); }
console.log(own(util.inspect(f())));
console.log(own(util.inspect(new Error('top'))));
console.log(own(new Error('raw stack').stack));
[1].forEach(function () { console.log(own(util.inspect(new Error('callback')))); });
(function () { console.log(own(util.inspect(new Error('iife')))); })();
