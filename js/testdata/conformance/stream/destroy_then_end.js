// After destroy(), end()'s callback waits for the next write tick and gets ERR_STREAM_DESTROYED; an object-mode write without a callback still takes a tick (node 20.20).
const { Writable } = require('stream');
const w = new Writable({ objectMode: true, highWaterMark: 3, write(c, e, cb) { console.log('w'); cb(); } });
w.on('close', () => console.log('close'));
process.nextTick(() => console.log('t0'));
w.write('a');
process.nextTick(() => console.log('t1'));
w.write('b', () => console.log('cb1'));
process.nextTick(() => console.log('t2'));
w.destroy();
process.nextTick(() => console.log('t3'));
w.end((err) => console.log('endcb', err && err.code));
process.nextTick(() => console.log('t4'));
