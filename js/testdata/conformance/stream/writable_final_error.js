// An error from _final reaches end()'s callback and 'error', then 'close'; 'finish' never comes.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { setImmediate(() => cb(new Error('final failed'))); },
});
w.on('finish', () => console.log('finish'));
w.on('error', (e) => console.log('error', e.message, w.writableFinished));
w.on('close', () => console.log('close', w.errored && w.errored.message));
w.end('data', (err) => console.log('end cb', err && err.message));
