// util.inspect with no depth limit over arrays nested deeper than the
// stack: node ends the text with 'Inspection interrupted prematurely'
// instead of crashing (the wasm engine once ended in 'wasm error:
// unreachable'); the program goes on.
const util = require('util');
let a = [];
for (let i = 0; i < 3000; i++) a = [a];
const s = util.inspect(a, { depth: Infinity, breakLength: Infinity });
const m = s.match(/\[(\w+): Inspection interrupted prematurely\. Maximum call stack size exceeded\.\]/);
console.log(m ? m[0] : 'complete', s.startsWith('[ [ [ '));
console.log(util.inspect([[[[]]]], { depth: null }));
console.log('after');
