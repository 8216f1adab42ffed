// Writable backpressure: write() returns false at highWaterMark, 'drain' comes after the buffer empties, callbacks in order.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) { console.log('_write', chunk.toString(), 'len', this.writableLength); setImmediate(cb); },
});
w.on('drain', () => console.log('drain, needDrain', w.writableNeedDrain, 'len', w.writableLength));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
for (const s of ['a', 'b', 'c', 'd']) {
  const ok = w.write(s, () => console.log('cb', s));
  console.log('write', s, ok, 'needDrain', w.writableNeedDrain, 'len', w.writableLength);
}
w.once('drain', () => {
  console.log('writing more');
  w.end('e', () => console.log('end cb'));
  console.log('ended', w.writableEnded, w.writableFinished);
});
