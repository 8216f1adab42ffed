// destroy(err) on a flowing piped source: the destination is unpiped but not ended, errors and closes come in node's order.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { console.log('dst', String(c)); cb(); } });
src.on('error', (e) => console.log('src error', e.message));
src.on('close', () => console.log('src close'));
src.on('end', () => console.log('src end'));
dst.on('unpipe', () => console.log('dst unpipe'));
dst.on('finish', () => console.log('dst finish'));
dst.on('close', () => console.log('dst close'));
src.pipe(dst);
src.push('one');
setImmediate(() => {
  src.destroy(new Error('broken'));
  src.push('two');
  setImmediate(() => console.log('dst writable', dst.writable, dst.writableEnded, src.readableAborted, src.errored.message));
});
