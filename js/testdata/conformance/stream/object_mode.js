// objectMode streams count objects for highWaterMark, pass any value but null, and read() returns one object.
const { Readable, Writable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
console.log(r.readableHighWaterMark, r.readableObjectMode);
console.log(r.push({ a: 1 }), r.push(2), r.push('three'), r.readableLength);
for (let i = 0; i < 14; i++) r.push(i);
console.log('push over hwm', r.push('x'), r.readableLength);
console.log(r.read(), r.read(5), r.readableLength);
const w = new Writable({ objectMode: true, highWaterMark: 2, write(o, e, cb) { console.log('got', o, typeof o); cb(); } });
console.log(w.write({ b: 2 }), w.write(0), w.write(false));
try { w.write(null); } catch (e) { console.log(e.name, e.code, e.message); }
w.end();
w.on('finish', () => console.log('finish'));
