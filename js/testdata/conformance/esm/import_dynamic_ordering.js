// import() of a module already loaded settles after the importer's code and 7 promise jobs, before nextTick callbacks in an ES module.
import './lib/counter.js';
const log = [];
import('./lib/counter.js').then(() => log.push('import'));
process.nextTick(() => log.push('tick'));
let p = Promise.resolve();
for (let i = 1; i <= 9; i++) p = p.then(() => log.push(i));
setImmediate(() => console.log(log.join(' ')));
