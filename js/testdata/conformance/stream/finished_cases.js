// finished(): a callback on end, finish, premature close and error, and the cleanup function it returns.
const { Readable, Writable, PassThrough, finished } = require('stream');
const r = Readable.from(['a']);
finished(r, (err) => console.log('readable finished', err));
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable finished', err));
w.end('x');
const p = new PassThrough();
finished(p, (err) => console.log('premature', err && err.code, err && err.message));
p.destroy();
const e = new PassThrough();
finished(e, (err) => console.log('errored', err.message));
e.destroy(new Error('bad'));
const c = new PassThrough();
const cleanup = finished(c, () => console.log('never'));
cleanup();
c.destroy();
e.on('error', () => {});
