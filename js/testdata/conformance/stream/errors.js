// Stream misuse gives node's error codes: write after end, push after EOF, bad chunk types, invalid highWaterMark.
const { Readable, Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.code, e.message));
w.end();
w.write('x', (err) => console.log('write cb', err.code));
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.code, e.message));
r.push(null);
r.push('x');
try { new Writable({ write(c, e, cb) { cb(); } }).write(5); } catch (e) { console.log(e.code, e.message); }
try { new Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
const n = new Readable();
n.on('error', (e) => console.log('n error', e.code, e.message));
n.read();
const b = new Readable({ read() {} });
b.on('error', (e) => console.log('b error', e.code, e.message));
b.push(42);
