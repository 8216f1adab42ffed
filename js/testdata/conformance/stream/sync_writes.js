// A Writable whose _write calls back synchronously: callbacks and 'drain' are deferred to the next tick, in order.
const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { console.log('_write', String(c)); cb(); } });
w.on('drain', () => console.log('drain'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
console.log(w.write('1', () => console.log('cb1')));
console.log(w.write('22', () => console.log('cb2')));
console.log(w.write('3', () => console.log('cb3')));
w.end(() => console.log('end cb'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => console.log('immediate'));
