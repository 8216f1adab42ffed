// An objectMode Transform filters and maps objects; readableObjectMode and writableObjectMode can differ.
const { Transform, Readable } = require('stream');
const t = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const line of String(chunk).split('\n')) if (line) this.push({ line, len: line.length });
    cb();
  },
});
console.log(t.readableObjectMode, t.writableObjectMode, t.readableHighWaterMark, t.writableHighWaterMark);
t.on('data', (o) => console.log(o));
t.on('end', () => console.log('end'));
Readable.from(['a\nbb\n', 'ccc\n']).pipe(t);
