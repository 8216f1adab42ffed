// pipeline of a Readable.from, a Transform and a Writable ends with the callback after 'finish'; stream/promises resolves too.
const { Readable, Transform, Writable, pipeline } = require('stream');
const sp = require('stream/promises');
const chunks = [];
const up = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const sink = () => new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
const d = sink();
d.on('finish', () => console.log('finish'));
pipeline(Readable.from(['a', 'b', 'c']), up(), d, (err) => {
  console.log('cb', err, chunks);
  sp.pipeline(Readable.from(['x', 'y']), up(), sink()).then((v) => console.log('promise', v, chunks));
});
console.log(sp === require('stream').promises, typeof sp.finished);
