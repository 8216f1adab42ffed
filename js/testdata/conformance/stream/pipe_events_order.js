// A Readable piped into a slow Writable: the order of data, write, pause/resume, end, finish and close events.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
const w = new Writable({ highWaterMark: 4, write(chunk, enc, cb) { log('write', chunk.toString()); setImmediate(cb); } });
for (const ev of ['end', 'close', 'pause', 'resume']) r.on(ev, () => log('r', ev));
for (const ev of ['finish', 'close', 'drain', 'pipe', 'unpipe', 'prefinish']) w.on(ev, () => log('w', ev));
r.pipe(w);
r.push('hello'); r.push('world'); r.push(null);
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('micro'));
