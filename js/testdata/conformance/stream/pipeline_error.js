// pipeline: an error in the middle stream destroys every stream and reaches the callback once, after the closes.
const { Readable, Transform, Writable, pipeline } = require('stream');
const src = new Readable({ read() {} });
const mid = new Transform({ transform(c, e, cb) { if (String(c) === 'bad') cb(new Error('boom')); else cb(null, c); } });
const dst = new Writable({ write(c, e, cb) { console.log('dst got', String(c)); cb(); } });
for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
  s.on('close', () => console.log(n, 'close', s.destroyed));
  s.on('error', (e) => console.log(n, 'error', e.message));
}
pipeline(src, mid, dst, (err) => console.log('pipeline done', err && err.message));
src.push('ok');
setImmediate(() => { src.push('bad'); src.push('never'); });
