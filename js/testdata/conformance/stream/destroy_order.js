// destroy(err): _destroy runs at once, 'error' then 'close' on the next tick; later writes fail with ERR_STREAM_DESTROYED.
const { Writable, Readable } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  destroy(err, cb) { console.log('_destroy', err && err.message); cb(err); },
});
w.on('error', (e) => console.log('error', e.message, w.destroyed, w.errored === e));
w.on('close', () => console.log('close'));
w.destroy(new Error('x'));
console.log('after destroy', w.destroyed, w.writable);
w.write('y', (err) => console.log('write cb', err && err.code));
process.nextTick(() => console.log('tick'));
const r = new Readable({ read() {} });
r.on('close', () => console.log('r close', r.readableAborted));
r.destroy();
r.destroy();
console.log(r.push('late'));
